"""fontTools' variable-font package (fontTools.varLib) without running its own code until used.

fpdf2 embeds fonts with fontTools' subsetter, which imports two submodules of fontTools.varLib
(varStore, multiVarStore). Importing a submodule runs its package's ``__init__`` first, and this
one loads the tools for building variable fonts (merger, designspace, colour and feature builders;
about 20 ms) that the reports never use. ``put_off_package_code`` sets a stand-in package in its
place: its submodules import as usual, and the first name asked of the package that is not a
submodule runs the package's own code into the stand-in, which is from then on the package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any


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
