"""Load fpdf2 for the reports: without numpy (nor unittest.mock, nor the variable-font instancer
before their first use), its PDF-object check cheap on Python 3.11, and its line breaking without
re-measuring each line for every character (fpdf_quick_lines)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from resokit_desktop import import_on_first_use, import_without_numpy
from resokit_desktop.reports.fonttools_loading import put_off_package_code, use_quick_subset


def _patch_on_call(*args: Any, **kwargs: Any) -> Any:
    """unittest.mock.patch, loaded when first called: fpdf2 calls it only to sign a PDF."""
    from unittest.mock import patch  # lazy: see _mock_put_off

    return patch(*args, **kwargs)


@contextmanager
def _mock_put_off() -> Iterator[None]:
    """While fpdf2 loads, its ``from unittest.mock import patch`` (fpdf.sign, for signing PDFs)
    gets _patch_on_call instead of loading unittest.mock and asyncio (about 25 ms) at once.

    Only that one name is offered, and only for the time of the import (when unittest.mock is
    not loaded already): any other importer then gets the real module.
    """
    if "unittest.mock" in sys.modules or "fpdf" in sys.modules:
        yield
        return
    stand_ins = {"unittest": types.ModuleType("unittest"),
                 "unittest.mock": types.ModuleType("unittest.mock")}
    stand_ins["unittest.mock"].patch = _patch_on_call  # type: ignore[attr-defined]
    stand_ins["unittest"].__path__ = []  # a package, so its submodule is looked up
    added = [name for name in stand_ins if name not in sys.modules]
    for name in added:
        sys.modules[name] = stand_ins[name]
    try:
        yield
    finally:
        for name in added:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]


if "fpdf" not in sys.modules:
    # fpdf2 uses fontTools' instancer for variable fonts only (the reports' DejaVu fonts are
    # not): it loads when first used (about 10 ms, mostly CFF tools); so does the code of the
    # variable-font package itself (about 20 ms; see fonttools_loading).
    import_on_first_use("fontTools.varLib.instancer")
    put_off_package_code("fontTools.varLib")
with _mock_put_off():
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




def open_png_first() -> bool:
    """Pillow's first Image.open loads its readers for BMP, GIF, JPEG, PPM and PNG (about 8 ms);
    the reports embed PNG pictures (charts, maps, logos), so only the PNG reader is loaded and
    marked as that first set. Any other picture still opens: Pillow then loads that set and, if
    need be, all its readers, as it does for a format it does not know yet."""
    image = sys.modules.get("PIL.Image")
    if image is None or getattr(image, "_initialized", None) != 0:
        return False
    import PIL.PngImagePlugin  # noqa: F401  # lazy: only when Pillow has not opened a picture yet

    image._initialized = 1  # type: ignore[attr-defined]
    return True


use_quick_object_check()
use_quick_lines()
use_quick_subset()
open_png_first()
