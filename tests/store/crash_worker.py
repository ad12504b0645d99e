"""Subprocess for the crash-safety test: saves decisions forever, printing ACK after each returns.

Usage: crash_worker.py HOME REVIEW_ID FINDING_ID USERNAME
"""

from __future__ import annotations

import sys

from review_assistant.service import ReviewService
from review_assistant.settings import load_settings


def main() -> None:
    home, review_id, finding_id, username = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    service = ReviewService(load_settings(home))
    user = service.user(username)
    n = 0
    while True:
        n += 1
        if n % 2:
            service.add_manual(user, review_id, message=f"人工问题{n}")
        else:
            service.reject(user, finding_id, service.get_finding(user, finding_id).version, f"理由{n}")
        # Printed only after the service call returned, i.e. what the UI would report as saved.
        sys.stdout.write(f"ACK {n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
