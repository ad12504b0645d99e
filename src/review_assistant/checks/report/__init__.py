"""Deterministic rules on ex-ante appraisal reports (EA-*, GEN-04)."""
