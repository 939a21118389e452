"""Resokit Desktop: an offline tool for mapping and strengthening a client's social network."""

import sys

__version__ = "0.1.0"


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: many Qt calls drop a reference to None.

    Every call of a void Qt method (painter.setRenderHint, ...), every Python override Qt calls
    (paint, shape), and bool results (isSelected) take one reference from None, True or False
    without having taken it. Python 3.12 made these immortal, so the wheel's bug only shows on
    3.11: after some ten thousand calls (a few redraws of a web) the interpreter aborts with
    "deallocating None". A reference count far out of reach keeps them alive; harmless.
    """
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 48


_keep_none_alive()
