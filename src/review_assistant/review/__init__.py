"""Reviewing: the check pipeline, the findings store, the audit trail and the one service."""
