"""The summary PDF carries the composition, coverage and change charts when the client has the
data: read back with pypdf, rendered with pdftoppm and checked for drawn (non-white) pixels."""

from __future__ import annotations

import io
import subprocess

from pdf_reading import pdf_pages
from pypdf import PdfReader
from PySide6.QtGui import QImage

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
from resokit_desktop.domain.web.model import EntryKind, Function, Member, Position, TieAttributes
from resokit_desktop.services import web_service
from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
from resokit_desktop.storage import clients_repo


def summary(db, client_id: int, **options) -> bytes:
    chosen = SummaryOptions(**options)
    return build_pdf(prepare_summary(db, client_id, chosen), chosen)


def _client(db, versions: int) -> int:
    client_id = clients_repo.save_client(db, Client(name="Pdf Grafiek"))
    for n in range(versions):
        version = web_service.new_version(db, client_id, f"2026-0{n + 1}-10")
        entry = web_service.add_entry(db, client_id, EntryKind.PERSON, f"Lid {n}")
        version.members[entry.id] = Member(entry.id, entry.name, EntryKind.PERSON,
                                           Position("family", 1),
                                           TieAttributes(functions=frozenset({Function.ADVICE}),
                                                         paid=n == 0))
        web_service.save_version(db, version)
    return client_id


def _chart_page(pdf: bytes) -> int:
    pages = pdf_pages(pdf)
    found = [n for n, page in enumerate(pages) if "Grafieken" in page]
    assert len(found) == 1
    return found[0]


def test_summary_prints_the_three_charts(qt_fonts, db, tmp_path) -> None:
    pdf = summary(db, _client(db, 2))
    page = _chart_page(pdf)
    text = " ".join(pdf_pages(pdf)[page:])
    for title in ("Samenstelling van het netwerk", "Wie geeft welke steun?",
                  "Verandering door de tijd"):
        assert title in text
    reader = PdfReader(io.BytesIO(pdf))
    assert sum(len(p.images) for p in reader.pages[page:]) >= 3
    out = tmp_path / "page"
    (tmp_path / "s.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page + 1), "-l", str(page + 1),
                    str(tmp_path / "s.pdf"), str(out)], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QImage.pixelColor(image, x, y).lightness() < 200)
    assert dark > 500  # bars, lines and words were drawn


def test_one_version_has_no_change_chart_and_no_web_no_charts(qt_fonts, db) -> None:
    pdf = summary(db, _client(db, 1))
    text = " ".join(pdf_pages(pdf)[_chart_page(pdf):])
    assert "Wie geeft welke steun?" in text
    assert "Verandering door de tijd" not in text
    bare = clients_repo.save_client(db, Client(name="Zonder web"))
    assert "Grafieken" not in " ".join(pdf_pages(summary(db, bare)))


def test_client_copy_carries_the_charts_too(qt_fonts, db) -> None:
    pdf = summary(db, _client(db, 2), copy=SummaryCopy.CLIENT)
    assert "Je netwerk in beeld" in " ".join(pdf_pages(pdf))


def test_uncovered_functions_and_reference_figures_are_said_in_words(qt_fonts, db) -> None:
    text = " ".join(pdf_pages(summary(db, _client(db, 1))))
    assert "Alleen betaalde hulp geeft: advies." in text
    assert "Niemand geeft: praktische hulp, emotionele steun, gezelschap." in text
    assert "gemiddeld ongeveer 5 netwerkleden" in text and "ongeveer 30" in text
