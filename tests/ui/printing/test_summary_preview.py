"""The summary print preview as a worker uses it: choose options, print through Qt, save a PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from rich_client import CLIENT_NAME, OBSERVATION

from resokit_desktop.ui.actions import ActionRegistry
from resokit_desktop.ui.printing import print_actions
from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def print_to_pdf(dialog: SummaryPreviewDialog, path: Path) -> int:
    """What the preview's print button does: paintRequested with a printer, here a PDF one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)
    return dialog.pages_painted


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the box and step through it."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def fresh_settings() -> None:
    QSettings().remove("printing")


def test_print_path_writes_the_worker_copy(qtbot, rich_db, tmp_path: Path) -> None:
    fresh_settings()
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Every print starts on the client copy; the worker copy is chosen for this print.
    choose(qtbot, dialog.copy_combo, "Exemplaar voor de hulpverlener")
    out = tmp_path / "printed.pdf"
    pages = print_to_pdf(dialog, out)
    assert pages >= 3
    text = text_of(out)
    assert len(PdfReader(str(out)).pages) == pages
    for expected in ("Samenvatting van het gesprek", "Afspraak 9: bellen naar het café",
                     "Stap 2 voor plan 3: proeven in de keuken", "Koken", CLIENT_NAME,
                     "Vertrouwelijk", f"Pagina {pages} van {pages}", "€5"):
        assert expected in text, expected
    assert OBSERVATION in text


def test_client_copy_with_initials_in_french_through_the_options_bar(
        qtbot, rich_db, tmp_path: Path) -> None:
    fresh_settings()
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.copy_combo, "Exemplaar voor de cliënt")
    qtbot.mouseClick(dialog.initials_box, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.language_combo, "Français")
    out = tmp_path / "client.pdf"
    print_to_pdf(dialog, out)
    text = text_of(out)
    assert "Résumé de notre entretien" in text
    assert "Ce que nous avons convenu" in text
    assert OBSERVATION not in text
    assert "F. N.-D." in text
    assert "Françoise" not in text and "Noël" not in text
    # The web drawing is French too, although the window speaks Dutch (the printed page holds
    # it as an image; the saved PDF keeps its words as text).
    dialog.save_to(tmp_path / "client-saved")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)
    saved = text_of(tmp_path / "client-saved.pdf")
    for french in ("Lien fort", "Se connaissent", "Groupe ou organisation", "Moi", "proche"):
        assert french in saved, french
    for dutch in ("Sterke band", "Kennen elkaar", "Groep of organisatie", "dichtbij"):
        assert dutch not in saved, dutch
    # Initials and language are remembered for next time (and nothing about the client is);
    # the copy is not: every print starts on the client copy.
    settings = QSettings()
    assert settings.value("printing/summary_copy") is None
    assert settings.value("printing/summary_language") == "fr"
    assert str(settings.value("printing/summary_initials")) == "true"
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert "Françoise" not in stored and "F. N.-D." not in stored
    again = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(again)
    assert again.copy_combo.currentData() == "client"
    assert again.initials_box.isChecked()
    assert again.language_combo.currentData() == "fr"


def test_save_as_pdf_builds_in_the_background_and_writes_the_file(
        qtbot, rich_db, tmp_path: Path) -> None:
    fresh_settings()
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.copy_combo, "Exemplaar voor de hulpverlener")
    target = tmp_path / "samenvatting"
    dialog.save_to(target)
    # While the PDF is built the button waits; the event loop keeps running meanwhile.
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)
    written = tmp_path / "samenvatting.pdf"
    assert written.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".partial", ".tmp-write"))] \
        == []
    text = text_of(written)
    assert "Afspraak 0: bellen naar het café" in text and OBSERVATION in text


def test_save_into_a_folder_name_warns_and_writes_nothing(qtbot, rich_db, tmp_path: Path) -> None:
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    seen: list[str] = []

    def answer_the_warning() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_warning)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_the_warning)
    dialog.save_to(folder)
    assert seen and "niet opgeslagen" in seen[0]
    assert list(folder.iterdir()) == []


def test_print_actions_take_ctrl_p_and_sit_in_the_file_menu(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    print_actions.add_actions(registry, window)
    assert registry.shortcut_owner("Ctrl+P") == "print_summary"
    assert registry.get("print_summary").text() == "Samenvatting afdrukken…"
    assert {"save_summary_pdf", "print_web", "print_comparison", "print_role_plan"} <= set(
        registry.keys())


class _Dossier:
    def __init__(self, db) -> None:
        self.db = db


class FakeMainWindow(QMainWindow):
    """The parts of the main window the print actions use: the open file and the client."""

    def __init__(self, db, client_id: int) -> None:
        super().__init__()
        self.dossier = _Dossier(db)
        self._client_id = client_id

    def current_client_id(self) -> int:
        return self._client_id

    def flush_pending(self) -> bool:
        return True


def test_save_as_pdf_from_the_menu_asks_a_name_and_writes_it(qtbot, rich_db,
                                                             tmp_path: Path) -> None:
    fresh_settings()
    window = FakeMainWindow(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    print_actions.add_actions(registry, window)
    registry.set_client_selected(True)
    window.show()
    target = tmp_path / "gesprek.pdf"

    def type_the_name() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, type_the_name)
            return
        # Offscreen, typed paths race the file model and its completer popup; choose the folder
        # and the name through the dialog itself, then accept as its Save button does.
        box.setDirectory(str(target.parent))
        box.selectFile(target.name)
        box.accept()

    QTimer.singleShot(0, type_the_name)
    registry.get("save_summary_pdf").trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=30000)
    qtbot.waitUntil(lambda: "opgeslagen" in window.statusBar().currentMessage(), timeout=5000)
    assert "Afspraak 5: bellen naar het café" in text_of(target)


def test_save_as_pdf_refuses_a_fifo_with_a_message_and_leaves_it(qtbot, rich_db, tmp_path):
    import os
    import stat

    fresh_settings()
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    dialog.save_to(fifo)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert seen == ["Het bestand kon niet opgeslagen worden: dit is geen gewoon bestand (een "
                    "map, apparaat, pijp of koppeling); kies een andere naam"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("rich.resokit")] \
        == ["pijp.pdf"]
