"""Load fpdf2 for the reports: without numpy, its PDF-object check cheap on Python 3.11, and its
line breaking without re-measuring each line for every character (fpdf_quick_lines)."""

from __future__ import annotations

import sys

from resokit_desktop import import_without_numpy

import_without_numpy("fpdf")  # before the fpdf imports below: they then find fpdf loaded

import fpdf.syntax  # noqa: E402
from fpdf import FPDF, FontFace  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402

from resokit_desktop.reports.fpdf_quick_lines import use_quick_lines  # noqa: E402

__all__ = ["FPDF", "FontFace", "HasSerialize", "XPos", "YPos", "use_quick_object_check"]


class _HasSerializeMeta(type):
    def __instancecheck__(cls, instance: object) -> bool:
        # What Python's runtime protocol check answers for a one-method protocol: the attribute
        # exists and is not None.
        return getattr(instance, "serialize", None) is not None


class HasSerialize(metaclass=_HasSerializeMeta):
    """Stands in for fpdf2's runtime-checkable ``PrimitiveSerializable`` protocol inside
    ``fpdf.syntax.render_pdf_primitive``, the function every PDF object is written through.

    On Python 3.11 each isinstance() against a Protocol collects the protocol's attributes
    anew (about 10 µs); a summary with its web drawing makes some 5,000 of them (~50 ms).
    Python 3.12 made that check fast itself, so the stand-in is used on older versions only.
    """


def use_quick_object_check() -> bool:
    """Put HasSerialize in fpdf2's place where it helps; True when it did."""
    if sys.version_info >= (3, 12) or not hasattr(fpdf.syntax, "PrimitiveSerializable"):
        return False
    fpdf.syntax.PrimitiveSerializable = HasSerialize  # type: ignore[misc, assignment]
    return True


use_quick_object_check()
use_quick_lines()
