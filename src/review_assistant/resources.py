"""Where the product's non-code resources live: one root for prompts/, policies/ and ui/.

In a source checkout (and an editable install) the root is the repository: ``prompts/``,
``policies/`` and ``ui/`` sit beside ``src/``. A built wheel carries copies of those folders in
``review_assistant/_bundled/`` (``setup.py`` puts them there), and then that folder is the root.
The choice is made once, here; every caller asks :func:`resource_dir` or :func:`resource_file`,
which fail loudly, in Chinese, when the installation is missing something, instead of running on
with no prompts or no rule metadata.

Package data that lives inside the package itself (``checks/rule_basis.yaml``) is found beside
its module and checked with :func:`require_file`.
"""

from __future__ import annotations

from pathlib import Path

from review_assistant.errors import ResourceMissing

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[1]
BUNDLED_DIR = PACKAGE_DIR / "_bundled"
RESOURCE_ROOT = BUNDLED_DIR if BUNDLED_DIR.is_dir() else REPO_ROOT


def require_file(path: Path, what: str) -> Path:
    """``path`` when it is a file; otherwise an error naming what is missing and where it was looked for."""
    if not path.is_file():
        raise ResourceMissing(f"安装不完整：找不到{what}（{path}）。请重新安装 review_assistant，或在源码目录中运行。")
    return path


def resource_dir(name: str) -> Path:
    """A bundled resource folder (``prompts``, ``policies``, ``ui``); raises when it is not there."""
    path = RESOURCE_ROOT / name
    if not path.is_dir():
        raise ResourceMissing(f"安装不完整：找不到随附资源目录 {name}/（{path}）。请重新安装 review_assistant，或在源码目录中运行。")
    return path


def resource_file(folder: str, name: str, what: str) -> Path:
    """One bundled file, e.g. ``resource_file("ui", "app.css", "界面样式表")``."""
    return require_file(resource_dir(folder) / name, what)
