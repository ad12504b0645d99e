"""Build hook: the wheel carries the top-level resource folders the installed product reads.

``prompts/`` (LLM rule prompts), ``policies/`` (the bundled policy documents for ``kb ensure``) and
``ui/`` (the workbench CSS) stay at the top of the repository, where contributors edit them; a
built wheel gets copies in ``review_assistant/_bundled/``, which ``review_assistant.resources``
prefers when present. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCE_FOLDERS = ("prompts", "policies", "ui")


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders in place
        target = Path(self.build_lib) / "review_assistant" / "_bundled"
        for name in RESOURCE_FOLDERS:
            source = HERE / name
            if not source.is_dir():
                raise SystemExit(f"missing resource folder: {source}")
            shutil.copytree(source, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildPyWithResources})
