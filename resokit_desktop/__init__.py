"""Resokit Desktop: an offline tool for mapping and strengthening a client's social network."""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite_utils without the numpy import it attempts (about 0.17 s of start-up).

    sqlite_utils only uses numpy to map numpy scalar types when inserting them, which this
    application never does. Marking numpy as unavailable for that one import skips the cost;
    the marker is removed at once, so charts (pyqtgraph) import numpy normally later. It runs
    here, in the top package, because any module may be the first to import sqlite_utils.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()
