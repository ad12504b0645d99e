"""Checks: deterministic rules and LLM rule prompts behind one protocol and one registry.

Rule modules live in subpackages (``goal_sheet/``, ``report/`` …) and register themselves on
import; :func:`load_builtin_checks` imports every module of every subpackage, so adding a rule is
adding a file. Rule modules must keep heavy imports (LangChain, Chroma) inside functions.
"""

from __future__ import annotations

import importlib
import pkgutil

_loaded = False


def load_builtin_checks() -> None:
    """Import every rule module once (each registers its checks on import)."""
    global _loaded
    if _loaded:
        return
    for sub in pkgutil.iter_modules(__path__):
        if not sub.ispkg:
            continue
        package = importlib.import_module(f"{__name__}.{sub.name}")
        for mod in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{mod.name}")
    _loaded = True
