"""PySide6's import hook, with its per-module source check made cheap for the app's start-up.

PySide keeps an import hook (``shibokensupport.feature``, for ``from __feature__ import …``)
that asks of every module imported after PySide whether its source text mentions "PySide6".
It answers with ``inspect.getsource``: about 0.13 ms a module, and the app imports some 300
(11 ms before the first window alone). ``use_quick_source_check`` answers the same question by
reading the module's ``.py`` file; anything else (no file, compiled only, unreadable) still
goes to PySide's own check. Nothing changes when PySide no longer has the function.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 (loads shiboken6, which installs the hook)

_MARK = "_resokit_quick_source_check"


def use_quick_source_check() -> bool:
    """Put the quick check in PySide's place (once); True when it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
