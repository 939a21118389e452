"""Resokit Desktop: an offline tool for mapping and strengthening a client's social network."""

import sys
import threading
import types

__version__ = "0.1.0"


def import_without_numpy(module: str) -> None:
    """Import a module whose numpy use is optional without loading numpy (about 0.17 s).

    sqlite_utils only uses numpy to map numpy scalar types when inserting them, which this
    application never does; fpdf2 only uses it to speed up GIF decoding and PNG alpha checks,
    and the reports embed SVG drawings. Marking numpy as unavailable for that one import skips
    the cost; the marker is removed at once, so charts (pyqtgraph) import numpy normally later.
    When numpy is already loaded (the window drew a chart) the module simply uses it.
    """
    if module in sys.modules:
        return
    if "numpy" in sys.modules:
        __import__(module)
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        __import__(module)
    finally:
        del sys.modules["numpy"]


class _LoadOnFirstUse(types.ModuleType):
    """Stands in for a module until one of its names is first used, then loads it (once, under
    a lock, so two threads never see it half loaded) without numpy, and becomes a copy of it.

    Probes of a module's make-up (PySide's import hook reads ``__file__`` and ``__wrapped__`` of
    every imported module) do not load it. Neither does ``__path__``: importing a submodule
    (``import sqlite_utils.db``) before first use would run it twice, so it fails loudly
    instead ("not a package"); use the package's names, or call ``load_now`` first.
    """

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._lock = threading.Lock()

    def __getattr__(self, attr: str):  # only for names not set: the module is not loaded yet
        if attr == "_lock" or attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self._load(), attr)

    def _load(self) -> types.ModuleType:
        with self._lock:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]  # the real import puts the module there
                try:
                    import_without_numpy(self.__name__)
                finally:
                    sys.modules.setdefault(self.__name__, self)
            real = sys.modules[self.__name__]
            if real is not self:
                self.__dict__.update(real.__dict__)
            return real


def import_on_first_use(module: str) -> None:
    """``import module`` costs nothing until one of its names is used (see _LoadOnFirstUse)."""
    if module not in sys.modules:
        sys.modules[module] = _LoadOnFirstUse(module)


def is_loaded(module: str) -> bool:
    """Imported, and not only put off by ``import_on_first_use``."""
    return module in sys.modules and not isinstance(sys.modules[module], _LoadOnFirstUse)


def load_now(module: str) -> None:
    """Load a module that ``import_on_first_use`` put off (nothing when it is loaded)."""
    stand_in = sys.modules.get(module)
    if isinstance(stand_in, _LoadOnFirstUse):
        stand_in._load()


# Here, in the top package, because any module may be the first to import sqlite_utils. It costs
# about 0.09 s (click, pluggy, dateutil): loaded when first used, the unlock dialog shows before.
import_on_first_use("sqlite_utils")
# sqlite_utils imports dateutil's date parser (about 0.01 s) for recipes this application never
# calls; it loads if one is ever used.
import_on_first_use("dateutil.parser")
