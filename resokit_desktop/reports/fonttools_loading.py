"""fontTools for the reports' fonts: its variable-font package's code run only when used, and
subsetting that does not read the layout tables it is told to drop.

fpdf2 embeds fonts with fontTools' subsetter, which imports two submodules of fontTools.varLib
(varStore, multiVarStore). Importing a submodule runs its package's ``__init__`` first, and this
one loads the tools for building variable fonts (merger, designspace, colour and feature builders;
about 20 ms) that the reports never use. ``put_off_package_code`` sets a stand-in package in its
place: its submodules import as usual, and the first name asked of the package that is not a
submodule runs the package's own code into the stand-in, which is from then on the package.

Before subsetting, fontTools reads the layout tables GDEF, GSUB and GPOS (to convert their
formats), also when the options drop them, as fpdf2's do: about 4 ms a font. ``quick_subset``
takes them out first, with the one rule that depends on them (a legacy kern table goes with
GPOS), so the subset font is the same byte for byte (tests/reports/test_fpdf_loading.py).
Only for the fontTools versions it was checked against (``PROVEN``).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

import fontTools

PROVEN = ("4.68.0",)  # fontTools versions whose subsetting quick_subset gives byte for byte
_LAYOUT = ("GDEF", "GSUB", "GPOS")
_fonttools_subset: list[Any] = []  # Subsetter.subset as fontTools has it, once replaced


class PackageCodeOnFirstUse(types.ModuleType):
    """A package whose ``__init__`` runs when one of its own names is first used (see above)."""

    def __init__(self, spec: Any) -> None:
        super().__init__(spec.name)
        self.__spec__ = spec
        self.__loader__ = spec.loader
        self.__file__ = spec.origin
        self.__package__ = spec.name
        self.__path__ = list(spec.submodule_search_locations)
        self.__dict__["_own_code"] = threading.RLock()  # held while the package's code runs

    def __getattr__(self, name: str) -> Any:  # only for names not set yet
        if name.startswith("__") or name == "_own_code":
            raise AttributeError(name)
        submodule = f"{self.__name__}.{name}"
        if submodule in sys.modules:
            return sys.modules[submodule]
        if importlib.util.find_spec(submodule) is not None:
            return importlib.import_module(submodule)
        self.run_own_code()
        if name in self.__dict__:
            return self.__dict__[name]
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")

    def run_own_code(self) -> None:
        """Run the package's ``__init__`` into this module (once)."""
        lock = self.__dict__["_own_code"]
        with lock:
            if self.__dict__.get("_own_code_ran"):
                return
            self.__dict__["_own_code_ran"] = True
            self.__spec__.loader.exec_module(self)


def put_off_package_code(package: str) -> bool:
    """Set the stand-in for a package not yet imported; True when it did."""
    if package in sys.modules:
        return False
    parent, _, child = package.rpartition(".")
    spec = importlib.util.find_spec(package)
    if spec is None or spec.submodule_search_locations is None:
        return False
    stand_in = PackageCodeOnFirstUse(spec)
    sys.modules[package] = stand_in
    if parent:
        setattr(sys.modules[parent], child, stand_in)
    return True


def quick_subset(subsetter: Any, font: Any) -> None:
    """Subsetter.subset, with the layout tables the options drop taken out first (see above)."""
    options = subsetter.options
    dropped = [tag for tag in _LAYOUT if tag in font and tag in options.drop_tables]
    if "GPOS" in dropped and "kern" in font and not options.legacy_kern:
        del font["kern"]  # fontTools drops it while GPOS is still there (it looks at kern first)
    for tag in dropped:
        del font[tag]
    _fonttools_subset[0](subsetter, font)


def use_quick_subset() -> bool:
    """Put quick_subset in fontTools' place for the proven versions; True when it did."""
    if fontTools.version not in PROVEN:
        return False
    from fontTools import subset  # lazy: after put_off_package_code (it imports varLib's parts)

    if subset.Subsetter.subset is not quick_subset:
        _fonttools_subset[:] = [subset.Subsetter.subset]
        subset.Subsetter.subset = quick_subset  # type: ignore[method-assign]
    return True
