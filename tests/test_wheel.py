"""The built wheel is the installed product: it carries its resources and reviews a sample by itself.

The wheel is built offline from a copy of the tree (``pip wheel --no-deps --no-build-isolation``),
installed with ``--no-deps`` into a fresh venv whose only extra path is the running interpreter's
site-packages (added by a ``.pth``, so nothing is downloaded and no editable path to a source
tree is followed), and then ``review-assistant check`` runs there with no PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

from review_assistant.resources import REPO_ROOT

pytestmark = pytest.mark.slow

SAMPLE = REPO_ROOT / "corpus" / "samples" / "goal_sheets" / "gs02_funds_mismatch.docx"
TREE = ("src", "prompts", "policies", "ui", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


def _run(args: list[str | Path], **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, env=env,
                          check=False, **kw)  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's bin folder, with the wheel built from this tree installed."""
    base = tmp_path_factory.mktemp("wheel")
    tree = base / "tree"
    for name in TREE:
        src = REPO_ROOT / name
        if src.is_dir():
            shutil.copytree(src, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            tree.mkdir(exist_ok=True)
            shutil.copy2(src, tree / name)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                  "-w", base / "dist", tree])
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = (base / "dist").glob("review_assistant-*.whl")
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert made.returncode == 0, made.stderr
    (own_site,) = venv.glob("lib/python*/site-packages")
    (own_site / "shared_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    inst = _run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--no-deps",
                 "--no-index", wheel])
    assert inst.returncode == 0, inst.stdout[-2000:] + inst.stderr[-2000:]
    return venv / "bin"


def test_wheel_carries_resources_and_checks_a_sample(installed: Path, tmp_path: Path) -> None:
    where = _run([installed / "python", "-c",
                  "import review_assistant.resources as r, review_assistant.llm.prompts as p;"
                  "print(r.RESOURCE_ROOT); print(len(p.rule_prompt_ids()))"], cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    root, n_prompts = where.stdout.split()
    assert "site-packages" in root and root.endswith("_bundled")
    assert int(n_prompts) == len(list((REPO_ROOT / "prompts").glob("[A-Z]*.md")))
    for folder in ("prompts", "policies", "ui"):
        assert (Path(root) / folder).is_dir()

    out = _run([installed / "review-assistant", "check", "--home", tmp_path / "home", "--format", "json", SAMPLE],
               cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    gs02 = [f for f in data["findings"] if f["rule_id"] == "GS-02"]
    assert gs02 and gs02[0]["severity"] == "error"
    # Rule metadata came from the wheel's rule_basis.yaml: dimension and policy basis are filled.
    assert gs02[0]["dimension"] and gs02[0]["policy_refs"]


def test_wheel_without_rule_basis_fails_loudly(installed: Path, tmp_path: Path) -> None:
    found = _run([installed / "python", "-c", "import review_assistant.checks.rulebook as r; print(r._BASIS_FILE)"],
                 cwd=tmp_path)
    basis = Path(found.stdout.strip())
    moved = basis.with_suffix(".moved")
    basis.rename(moved)
    try:
        out = _run([installed / "review-assistant", "check", "--home", tmp_path / "home", SAMPLE], cwd=tmp_path)
    finally:
        moved.rename(basis)
    assert out.returncode == 1
    assert "安装不完整" in out.stderr and "rule_basis.yaml" in out.stderr and "Traceback" not in out.stderr
