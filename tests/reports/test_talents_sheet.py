"""The printed "Mijn talenten": the sorted cards per pile on one page, in the client's language,
in large type; read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pdf_reading import pdf_pages
from pypdf import PdfReader

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import CardSort, Pile, SortedTalent
from resokit_desktop.reports.printables import SheetHeader
from resokit_desktop.reports.talents_sheet import talents_sheet_pdf
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import talent_service
from resokit_desktop.storage import clients_repo, talents_repo
from resokit_desktop.storage.connection import open_database


def _client_with_sort(db, languages: str) -> int:
    client_id = clients_repo.save_client(db, Client(name="Marie-Louise", languages=languages))
    talents_repo.save_card_sort(db, CardSort(client_id, [
        SortedTalent("cooking", Pile.CAN, focus_rank=1, example="soupe pour tout le couloir",
                     gives_energy=True),
        SortedTalent("listening", Pile.LIKE, focus_rank=2),
        SortedTalent("repair", Pile.LEARN),
        SortedTalent("gardening", Pile.NOT_NOW),
    ], sort_date="2026-03-04"))
    return client_id


def _pdf(db, client_id: int, lang: str) -> bytes:
    sheet = talent_service.sheet_piles(db, client_id, lang)
    header = SheetHeader(client_label="Marie-Louise")
    return talents_sheet_pdf(sheet, header, ReportTexts(lang))


def test_the_sheet_is_one_page_in_the_clients_language_with_large_type(qapp, tmp_path):
    db = open_database(tmp_path / "sheet.resokit")
    client_id = _client_with_sort(db, "Arabisch, Frans")
    lang = talent_service.client_language(db, client_id, "nl")
    assert lang == "fr"
    content = _pdf(db, client_id, lang)
    pages = pdf_pages(content)
    assert len(pages) == 1
    text = pages[0]
    for label in ("Cuisiner", "Écouter", "Réparer des objets", "Jardiner"):
        assert label in text, label
    assert "soupe pour tout le couloir" in text
    assert "Mes talents" in text and "Je sais faire" in text
    assert "Dingen herstellen" not in text  # no Dutch card text in a French sheet
    # Large type: the card lines are set at 14 pt or more.
    reader = PdfReader(io.BytesIO(content))
    sizes: list[float] = []

    def visit(text_part, cm, tm, font_dict, font_size):
        if "Cuisiner" in text_part:
            sizes.append(font_size * tm[0])

    reader.pages[0].extract_text(visitor_text=visit)
    assert sizes and max(sizes) >= 14


def test_many_cards_still_fit_on_one_page(qapp, tmp_path):
    db = open_database(tmp_path / "many.resokit")
    client_id = clients_repo.save_client(db, Client(name="Jo"))
    piles = list(Pile)
    talents_repo.save_card_sort(db, CardSort(client_id, [
        SortedTalent(card.key, piles[i % 4], example="een voorbeeld in eigen woorden",
                     focus_rank=1 if i == 0 else None)
        for i, card in enumerate(talent_service.builtin_deck().cards)]))
    pages = pdf_pages(_pdf(db, client_id, "nl"))
    assert len(pages) == 1
    for card in talent_service.builtin_deck().cards:
        assert card.label("nl") in pages[0]
    assert "★ Dingen herstellen – een voorbeeld in eigen woorden" in pages[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_sheet_renders_to_a_picture_with_ink_on_it(qapp, tmp_path):
    from PySide6.QtGui import QImage

    db = open_database(tmp_path / "render.resokit")
    client_id = _client_with_sort(db, "")
    pdf = tmp_path / "mijn-talenten.pdf"
    pdf.write_bytes(_pdf(db, client_id, "nl"))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull() and image.height() > image.width()
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 200  # text, not an empty page


def test_the_session_summary_shows_the_latest_sort_per_pile(qapp, tmp_path):
    from datetime import date

    from resokit_desktop.domain.summary import SummaryOptions
    from resokit_desktop.services.summary_pipeline import summary_pdf

    db = open_database(tmp_path / "summary.resokit")
    client_id = _client_with_sort(db, "")
    earlier = talents_repo.list_sorts(db, client_id)[0].id
    later = talent_service.start_new_sort(db, client_id, "2026-09-01", copy_from=earlier)
    sort = talent_service.load_sort(db, client_id, later)
    sort.talents[3].pile = Pile.LIKE  # gardening: now something the person likes
    talent_service.save_sort(db, sort)
    text = " ".join(pdf_pages(summary_pdf(db, client_id, SummaryOptions(lang="nl"),
                                          today=date(2026, 9, 2))))
    assert "Koken – soupe pour tout le couloir" in text  # a focus talent with its example
    assert "Dit doe ik graag Luisteren, Tuinieren" in text
    assert "Nu even niet" not in text
