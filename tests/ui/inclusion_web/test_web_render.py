"""The render API other parts use: PNG and SVG of the same drawing, with the legend, offscreen."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage

from resokit_desktop.rendering.web_legend import legend_text_entries
from resokit_desktop.rendering.web_render import render_web_png, render_web_svg
from resokit_desktop.services import demo_service, web_service


def _demo_version(db):
    ids = demo_service.fill_demo(db, date(2026, 11, 23))
    return web_service.load_version(db, ids[0])


def _ink(image: QImage, x0: int, x1: int) -> int:
    white = QColor("#FFFFFF").rgb()
    return sum(1 for x in range(x0, x1, 3) for y in range(0, image.height(), 3)
               if image.pixel(x, y) != white)


def test_png_has_the_asked_size_a_web_and_a_legend(qapp, db):
    version = _demo_version(db)
    image = QImage.fromData(render_web_png(version, 1200, 800))
    assert (image.width(), image.height()) == (1200, 800)
    assert _ink(image, 0, 800) > 5000  # the web
    assert _ink(image, 900, 1200) > 300  # the legend column
    bare = QImage.fromData(render_web_png(version, 1200, 800, legend=False))
    assert _ink(bare, 1000, 1200) < _ink(image, 1000, 1200)


def test_svg_is_vector_with_names_and_legend_text(qapp, db):
    version = _demo_version(db)
    svg = render_web_svg(version, 1000, 700).decode("utf-8")
    assert "<svg" in svg and "<image" not in svg  # drawn, not a pasted bitmap
    for text in ("Els", "Familie", "Persoon", "Betaalde hulp"):
        assert text in svg
    initials = render_web_svg(version, 1000, 700, initials_only=True).decode("utf-8")
    assert "Breicafé" not in initials and "B." in initials


def test_legend_entries_as_text_cover_shapes_functions_and_states(qapp):
    labels = [label for _symbol, label in legend_text_entries(markers=True)]
    for expected in ("Persoon", "Plaats", "Groep of organisatie", "Advies", "Gezelschap",
                     "Betaalde hulp", "Nieuw", "Verder weg"):
        assert expected in labels


def test_svg_has_no_empty_groups_and_draws_the_same(qapp, db):
    """Qt writes a style group for every state change, half of them empty; they are left out
    (fpdf2 works through every group when it prints the summary), and the picture is unchanged."""
    import re

    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    version = _demo_version(db)
    svg = render_web_svg(version, 1000, 700)
    assert re.findall(rb"<g\b[^>]*>\s*</g>", svg) == []

    def drawn(data: bytes) -> QImage:
        image = QImage(1000, 700, QImage.Format.Format_ARGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        QSvgRenderer(QByteArray(data)).render(painter)
        painter.end()
        return image

    from resokit_desktop.rendering import web_render

    full = web_render.render_web_svg(version, 1000, 700, compact=False)
    assert len(re.findall(rb"<g\b[^>]*>\s*</g>", full)) > 0
    assert drawn(svg) == drawn(full)


def test_svg_items_carry_their_group_style_and_look_the_same_on_screen_and_in_print(
        qapp, db, tmp_path):
    """Qt wraps nearly every item in a style group of its own; compact SVG gives that style to
    the item itself (fpdf2 goes through far fewer groups when it prints the summary). The picture
    is the same drawn by Qt and printed by fpdf2 (pages rendered by pdftoppm, pixel for pixel)."""
    import re
    import subprocess

    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    from resokit_desktop.rendering import web_render
    from resokit_desktop.reports.blocks import Document
    from resokit_desktop.reports.pdf_render import ReportPdf

    version = _demo_version(db)
    compact = render_web_svg(version, 1000, 1200)
    full = web_render.render_web_svg(version, 1000, 1200, compact=False)
    lone = rb"<g\b[^>]*>\s*<(?:path|polyline|circle|rect|text)\b[^>]*>(?:[^<]*</\w+>)?\s*</g>"
    assert len(re.findall(lone, full)) > 100
    assert re.findall(lone, compact) == []
    assert compact.count(b"<text") == full.count(b"<text")

    def drawn(data: bytes) -> QImage:
        image = QImage(1000, 1200, QImage.Format.Format_ARGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        QSvgRenderer(QByteArray(data)).render(painter)
        painter.end()
        return image

    assert drawn(compact) == drawn(full)

    def printed(data: bytes, name: str) -> bytes:
        pdf = ReportPdf(Document(title="Web"))
        pdf.add_page()
        pdf.image(data, x=18, y=30, w=174, h=208.8, keep_aspect_ratio=True)
        (tmp_path / f"{name}.pdf").write_bytes(bytes(pdf.output()))
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
        return next(tmp_path.glob(f"{name}*.png")).read_bytes()

    assert printed(compact, "compact") == printed(full, "full")
