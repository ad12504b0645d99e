"""Batch-level rules that look across the documents of one check (GEN-01, EA-GOAL-03)."""
