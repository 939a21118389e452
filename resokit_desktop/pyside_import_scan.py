"""PySide's look at every module imported after it, answered from the source file's bytes.

PySide6 checks each module imported after it for use of its ``__feature__`` switches: it reads
the module's whole source through ``inspect.getsource`` and looks for the word "PySide6". That
call also searches all loaded modules for the one it was given, every time, so the ~500 modules
`resokit summary` loads after Qt (fpdf2, fontTools, sqlite_utils, ...) cost it about 60 ms.
``use_quick_import_scan`` puts in a check with the same answer read straight from the module's
.py file (Python source is ASCII-compatible, so the word is there as bytes exactly when it is
there as text); in the installed program (frozen, no .py files) from the module's loader, as
inspect would; anything else is still checked by PySide's own function.

Only for the PySide6 versions it was checked against (``PROVEN``;
tests/test_pyside_import_scan.py compares both checks' answers).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

PROVEN = ("6.11.3",)  # PySide6 versions whose feature check this answers word for word
_FEATURE = "shibokensupport.feature"  # where PySide6 keeps the check (after QtCore loads)


def quick_check(own_check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """The check, reading a module's .py file itself; PySide's own check for anything else."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        elif isinstance(path, str) and getattr(sys, "frozen", False):
            # The installed program (PyInstaller): its modules' source, if any, only comes from
            # their loader, which is where inspect.getsource ends up after searching all loaded
            # modules for this one.
            get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
            if get_source is not None:
                try:
                    source = get_source(module.__name__)
                except (ImportError, OSError):
                    return own_check(module)
                return source is not None and "PySide6" in source
        return own_check(module)

    uses_pyside.own_check = own_check  # type: ignore[attr-defined]
    return uses_pyside


def use_quick_import_scan() -> bool:
    """Put the quick check in PySide's place (once PySide6 is loaded); True when it is there."""
    feature = sys.modules.get(_FEATURE)
    pyside = sys.modules.get("PySide6")
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or getattr(pyside, "__version__", None) not in PROVEN \
            or not callable(own_check):
        return False
    if not hasattr(own_check, "own_check"):
        feature._mod_uses_pyside = quick_check(own_check)  # type: ignore[attr-defined]
    return True
