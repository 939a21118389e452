"""The quick stand-in for fpdf2's PrimitiveSerializable protocol answers exactly as the protocol
does, so every PDF object is written as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Protocol, runtime_checkable

import fpdf.syntax
import pytest
from fpdf.syntax import Name, Raw, render_pdf_primitive

from resokit_desktop.reports.fpdf_loading import HasSerialize


@runtime_checkable
class ProtocolAsInFpdf(Protocol):  # fpdf.syntax.PrimitiveSerializable, word for word
    def serialize(self) -> str: ...


class Serializes:
    def serialize(self) -> str:
        return "/Own"


class Blocked(Serializes):
    serialize = None  # type: ignore[assignment]


class AttributeOnly:
    def __init__(self) -> None:
        self.serialize = lambda: "/Late"


SAMPLES = [Serializes(), Blocked(), AttributeOnly(), Name("Type"), Raw("1 0 R"), "text",
           b"\x00\xff", True, 3, 2.5, None, [1, Name("A")], {Name("K"): "v"}, object()]


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_the_stand_in_answers_as_the_protocol(value) -> None:
    assert isinstance(value, HasSerialize) == isinstance(value, ProtocolAsInFpdf)


def test_pdf_objects_are_written_as_before() -> None:
    original = fpdf.syntax.PrimitiveSerializable
    written = []
    for check in (ProtocolAsInFpdf, HasSerialize):
        fpdf.syntax.PrimitiveSerializable = check
        try:
            written.append([render_pdf_primitive(v) for v in SAMPLES[:-1] if v is not SAMPLES[1]])
        finally:
            fpdf.syntax.PrimitiveSerializable = original
    assert written[0] == written[1]
    assert "/Own" in written[1] and "/Late" in written[1]


PROJECT = Path(__file__).resolve().parents[2]
LOADING_WITHOUT_MOCK = """
import os, sys
import resokit_desktop.reports.fpdf_loading
import fpdf.sign
print("mock loaded with fpdf2:", "unittest.mock" in sys.modules or "asyncio" in sys.modules)
with fpdf.sign.patch("os.sep", "!"):
    print("patched:", os.sep)
print("restored:", os.sep)
import unittest.mock
print("real module:", unittest.mock.patch is not fpdf.sign.patch, hasattr(unittest.mock, "Mock"))
"""


def test_fpdf2_loads_without_unittest_mock_and_its_patch_still_works() -> None:
    # A fresh process: this one has loaded unittest.mock long ago.
    result = subprocess.run([sys.executable, "-c", LOADING_WITHOUT_MOCK], capture_output=True,
                            text=True, timeout=120, check=True, cwd=PROJECT)
    assert result.stdout.splitlines() == [
        "mock loaded with fpdf2: False", "patched: !", f"restored: {os.sep}",
        "real module: True True"]


WITHOUT_INSTANCER = """
import sys
import resokit_desktop
from resokit_desktop.reports.fpdf_loading import FPDF
from resokit_desktop.resources import FONT_REGULAR, fonts_dir
pdf = FPDF()
pdf.add_font("DejaVu Sans", "", str(fonts_dir() / FONT_REGULAR))
pdf.add_page()
pdf.set_font("DejaVu Sans", size=12)
pdf.cell(text="Samenvatting é ë ç ’ €")
print("written:", bytes(pdf.output())[:5] == b"%PDF-")
print("instancer loaded:", resokit_desktop.is_loaded("fontTools.varLib.instancer"))
import fpdf.fonts
print("instancer on use:", fpdf.fonts.instancer.instantiateVariableFont.__module__)
"""


def test_fpdf2_loads_the_variable_font_instancer_only_when_used() -> None:
    result = subprocess.run([sys.executable, "-c", WITHOUT_INSTANCER], capture_output=True,
                            text=True, timeout=120, check=True, cwd=PROJECT)
    assert result.stdout.splitlines() == [
        "written: True", "instancer loaded: False",
        "instancer on use: fontTools.varLib.instancer"]


ONE_PAGE = """
import sys
from datetime import UTC, datetime
if sys.argv[1] == "ours":
    import resokit_desktop
    from resokit_desktop.reports.fpdf_loading import FPDF
else:
    sys.modules["numpy"] = None
    from fpdf import FPDF
pdf = FPDF()
pdf.set_creation_date(datetime(2026, 1, 2, tzinfo=UTC))
pdf.add_font("DejaVu Sans", "", sys.argv[2])
pdf.add_page()
pdf.set_font("DejaVu Sans", size=12)
pdf.cell(text="Samenvatting é ë ç ’ € ﬁ")
sys.stdout.buffer.write(bytes(pdf.output()))
if sys.argv[1] == "ours":
    print("\\nvariable-font builders loaded:", "fontTools.varLib.merger" in sys.modules)
    import fontTools.varLib
    print("package names on use:", callable(fontTools.varLib.build),
          fontTools.varLib.varStore is sys.modules["fontTools.varLib.varStore"],
          "fontTools.varLib.merger" in sys.modules)
"""


def test_fonts_are_embedded_as_before_without_the_variable_font_builders() -> None:
    from resokit_desktop.resources import FONT_REGULAR, fonts_dir

    runs = {way: subprocess.run([sys.executable, "-c", ONE_PAGE, way,
                                 str(fonts_dir() / FONT_REGULAR)], capture_output=True,
                                timeout=120, check=True, cwd=PROJECT).stdout
            for way in ("fpdf2 alone", "ours")}
    pdf, _, report = runs["ours"].rpartition(b"\n%%EOF\n")
    assert pdf + b"\n%%EOF\n" == runs["fpdf2 alone"]
    assert report.decode().splitlines() == [
        "", "variable-font builders loaded: False", "package names on use: True True True"]


@pytest.mark.parametrize("name", ["regular", "bold", "italic"])
@pytest.mark.parametrize("legacy_kern", [False, True])
def test_quick_subsetting_gives_the_same_font_bytes(name: str, legacy_kern: bool) -> None:
    import io

    from fontTools import subset, ttLib

    from resokit_desktop.reports import fonttools_loading
    from resokit_desktop.resources import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, fonts_dir

    assert fonttools_loading.use_quick_subset()  # fails after a fontTools update: see PROVEN
    own = fonttools_loading._fonttools_subset[0]
    path = fonts_dir() / {"regular": FONT_REGULAR, "bold": FONT_BOLD, "italic": FONT_ITALIC}[name]
    subsets = []
    for way in (own, fonttools_loading.quick_subset):
        font = ttLib.TTFont(str(path), recalcTimestamp=False, lazy=True)
        options = subset.Options(notdef_outline=True, recommended_glyphs=True,
                                 legacy_kern=legacy_kern)
        options.drop_tables += ["FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx"]  # as fpdf2 does
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="Samenvatting van het gesprek é ë ç ’ € ﬁ → ✓ AVAWTo")
        way(subsetter, font)
        out = io.BytesIO()
        font.save(out)
        subsets.append(out.getvalue())
    assert subsets[0] == subsets[1]
    assert (b"kern" in subsets[0][:400]) == legacy_kern  # the table directory names it


FRESH_PICTURES = """
import io, sys
import resokit_desktop.reports.fpdf_loading
from PIL import Image
png, gif, jpeg, bmp = (bytes.fromhex(h) for h in sys.argv[1:5])
opened = Image.open(io.BytesIO(png))
opened.load()
print("png:", opened.format, opened.size)
print("other readers loaded:", sorted(n.split(".")[1] for n in sys.modules
      if n in ("PIL.GifImagePlugin", "PIL.JpegImagePlugin", "PIL.BmpImagePlugin")))
for data in (gif, jpeg, bmp):
    other = Image.open(io.BytesIO(data))
    other.load()
    print("other:", other.format, other.size)
"""


def test_a_png_opens_without_loading_the_other_picture_readers() -> None:
    import io

    from PIL import Image

    def made(fmt: str) -> str:
        out = io.BytesIO()
        Image.new("RGB", (4, 3), (200, 30, 40)).save(out, fmt)
        return out.getvalue().hex()

    result = subprocess.run([sys.executable, "-c", FRESH_PICTURES, made("PNG"), made("GIF"),
                             made("JPEG"), made("BMP")], capture_output=True, text=True,
                            timeout=120, check=True, cwd=PROJECT)
    assert result.stdout.splitlines() == [
        "png: PNG (4, 3)", "other readers loaded: []", "other: GIF (4, 3)",
        "other: JPEG (4, 3)", "other: BMP (4, 3)"]
