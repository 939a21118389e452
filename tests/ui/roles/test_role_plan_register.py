"""A role plan's place picked from the neighbourhood register (searching, with real keys): the
plan shows it, the file holds the link after reopening, and the printed plan names its address and
opening hours."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.ui.neighbourhood.entry_picker import EntryPicker
from resokit_desktop.ui.printing.printables_preview import RolePlanPreviewDialog


def test_a_plan_place_from_the_register_is_kept_shown_and_printed(qtbot, db_path, tmp_path):
    client_id = seed_client(db_path)
    dossier = DossierFile.open(db_path)
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Sporthal Noord"))
    soup = service.save(NeighbourhoodEntry(name="Soepcafé De Pollepel", address="Kerkstraat 9",
                                           opening_hours="di en do 11u-14u"))
    dossier.close()
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    plan = tab.start_plan("Gastvrouw")
    assert plan is not None
    link = tab.form.register_link

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EntryPicker):
            QTimer.singleShot(20, pick)
            return
        QTest.keyClicks(dialog.search_field, "pollepel")
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        QTest.keyClick(dialog.search_field, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(link.pick_button, Qt.MouseButton.LeftButton)
    assert tab.form.place_field.text() == "Soepcafé De Pollepel"
    assert "Kerkstraat 9" in link.label.text() and "di en do 11u-14u" in link.label.text()
    qtbot.waitUntil(lambda: not tab.has_pending_edits(), timeout=3000)
    close_window(main, dossier)

    (stored,) = stored_plans(db_path, client_id)
    assert stored.neighbourhood_entry_id == soup and stored.place == "Soepcafé De Pollepel"
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert "Kerkstraat 9" in tab.form.register_link.label.text()
    dialog = RolePlanPreviewDialog(dossier.db, client_id, stored.id)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "plan.pdf"))
    dialog.paintRequested.emit(printer)
    reader = PdfReader(io.BytesIO((tmp_path / "plan.pdf").read_bytes()))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
    assert "Soepcafé De Pollepel — Kerkstraat 9 — di en do 11u-14u" in text
    close_window(main, dossier)
