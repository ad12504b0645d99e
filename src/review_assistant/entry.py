"""The console script: Ctrl+C while the command's modules are still loading ends quietly too.

``cli.main`` is the error boundary once the CLI is imported; importing it (typer, pydantic, the
settings) takes a noticeable moment, and an interrupt then would otherwise print a traceback.
"""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from review_assistant.cli import main
    except KeyboardInterrupt:
        from review_assistant.errors import INTERRUPTED

        sys.stderr.write(INTERRUPTED + "\n")
        sys.exit(130)
    main()
