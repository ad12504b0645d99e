"""Monitoring-table checks (MON-*): 双监控, execution progress, forecasts and their treatment."""
