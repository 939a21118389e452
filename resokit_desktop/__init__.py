"""Resokit Desktop: an offline tool for mapping and strengthening a client's social network."""

import sys

__version__ = "0.1.0"


def import_without_numpy(module: str) -> None:
    """Import a module whose numpy use is optional without loading numpy (about 0.17 s).

    sqlite_utils only uses numpy to map numpy scalar types when inserting them, which this
    application never does; fpdf2 only uses it to speed up GIF decoding and PNG alpha checks,
    and the reports embed SVG drawings. Marking numpy as unavailable for that one import skips
    the cost; the marker is removed at once, so charts (pyqtgraph) import numpy normally later.
    When numpy is already loaded (the window drew a chart) the module simply uses it.
    """
    if module in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        __import__(module)
    finally:
        del sys.modules["numpy"]


# Here, in the top package, because any module may be the first to import sqlite_utils.
import_without_numpy("sqlite_utils")
