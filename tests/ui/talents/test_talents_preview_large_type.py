"""The on-screen print preview of "Mijn talenten" shows the large type of the saved PDF, not the
normal type of other documents (the sizes of the same card label are read back with pypdf)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from talent_steps import drag, open_tab

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import Pile
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo


def _sizes(data: bytes, needle: str) -> list[float]:
    """The point size each piece of text holding needle is drawn at."""
    found: list[float] = []

    def visit(text, cm, tm, _font, size):
        if needle in text:
            found.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


def _preview_pdf(dialog, path: Path) -> bytes:
    """What the preview draws, caught on a PDF printer (the preview widget paints the same)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)
    return path.read_bytes()


def test_the_preview_shows_the_large_type_that_is_saved(qtbot, db_path, tmp_path):
    from resokit_desktop.ui.printing.talents_preview import TalentsPreviewDialog

    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(name="Jo"))
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    drag(tab.board, "repair", tab.board.piles[Pile.LIKE])
    assert tab.flush()
    dialog = TalentsPreviewDialog(dossier.db, client_id, tab.model.sort.sort_id, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "mijn-talenten.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.last_saved == target, timeout=20000)
    saved = _sizes(target.read_bytes(), "Koken")
    shown = _sizes(_preview_pdf(dialog, tmp_path / "preview.pdf"), "Koken")
    assert saved and shown
    assert saved[0] >= 12  # large type in the saved PDF (18 pt for two cards)
    assert abs(shown[0] - saved[0]) <= 1.5, (shown, saved)
    # Another language in the options bar: the preview stays in large type.
    combo = dialog.language_combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(combo, Qt.Key.Key_End)  # English
    qtbot.waitUntil(lambda: dialog.lang == "en")
    shown_en = _sizes(_preview_pdf(dialog, tmp_path / "preview-en.pdf"), "Cooking")
    assert shown_en and abs(shown_en[0] - saved[0]) <= 1.5, (shown_en, saved)
    tab.set_client(None)
    dossier.close()


def test_the_print_menu_prints_the_sort_on_screen(qtbot, db_path):
    """Two dated sorts; the earlier one chosen in the tab: the menu's print starts on it."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from resokit_desktop.domain.talents import CardSort, SortedTalent
    from resokit_desktop.storage import talents_repo
    from resokit_desktop.storage.connection import open_database

    sys.path.insert(0, str(Path(__file__).parents[1] / "roles"))
    from roles_helpers import close_window, open_window, show_tab

    db = open_database(db_path)
    client_id = clients_repo.save_client(db, Client(name="Jo"))
    for day, key in (("2025-03-01", "cooking"), ("2026-03-01", "repair")):
        talents_repo.save_card_sort(db, CardSort(
            client_id=client_id, sort_id=talents_repo.new_sort(db, client_id, day),
            talents=[SortedTalent(card_key=key, pile=Pile.CAN)]))
    sorts = [r[0] for r in db.execute(
        "SELECT id FROM talent_sorts WHERE client_id = ? ORDER BY sort_date", [client_id])]
    db.conn.close()
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "talents")
    assert tab.current_sort_id() == sorts[1]  # the latest first
    combo = tab.sort_combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(combo, Qt.Key.Key_Home)  # the sort of 1 March 2025
    qtbot.waitUntil(lambda: tab.current_sort_id() == sorts[0])
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["sort"] = dialog.sort_id
        seen["cards"] = [text for block in dialog.make_document().blocks
                         for text in getattr(block, "items", ())]
        dialog.reject()

    QTimer.singleShot(0, look)
    main.action_registry.get("print_talents").trigger()  # Bestand > Mijn talenten afdrukken…
    assert seen["sort"] == sorts[0]
    assert any("Koken" in line for line in seen["cards"]), seen["cards"]
    close_window(main, dossier)
