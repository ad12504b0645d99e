from reviewkit import reviewer, service, sheet, sheet_b, trainee, unit_a, unit_b  # noqa: F401
