"""Printing without risk: the client copy first every time, names by copy, the documents folder,
a saved mark that goes away on any change, and a save dialog in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel
from rich_client import CLIENT_NAME, OBSERVATION
from test_summary_preview import choose, text_of

from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

WORKER = "Exemplaar voor de hulpverlener"
CLIENT = "Exemplaar voor de cliënt"


@pytest.fixture(autouse=True)
def fresh_print_settings():
    QSettings().remove("printing")
    yield
    QSettings().remove("printing")


@pytest.fixture
def documents(tmp_path: Path, monkeypatch) -> Path:
    """The user's documents folder, pinned inside the test's own folder."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home / "Documents"


def _dialog(qtbot, rich_db) -> SummaryPreviewDialog:
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_print_starts_on_the_client_copy(qtbot, rich_db, tmp_path: Path) -> None:
    first = _dialog(qtbot, rich_db)
    assert first.copy_combo.currentText() == CLIENT
    choose(qtbot, first.copy_combo, WORKER)
    first.save_to(tmp_path / "worker")
    qtbot.waitUntil(first.save_button.isEnabled, timeout=30000)
    first.close()
    # The next print, after a worker copy was made, starts on the client copy again.
    again = _dialog(qtbot, rich_db)
    assert again.copy_combo.currentText() == CLIENT
    again.save_to(tmp_path / "next")
    qtbot.waitUntil(again.save_button.isEnabled, timeout=30000)
    assert OBSERVATION not in text_of(tmp_path / "next.pdf")
    assert QSettings().value("printing/summary_copy") is None


def test_default_file_names_say_the_copy_and_never_the_client(qtbot, rich_db) -> None:
    dialog = _dialog(qtbot, rich_db)
    client_name = dialog.default_file_name()
    assert client_name.endswith("-client.pdf")
    choose(qtbot, dialog.copy_combo, WORKER)
    worker_name = dialog.default_file_name()
    assert worker_name.endswith("-worker.pdf")
    for part in CLIENT_NAME.split():
        assert part.lower() not in (client_name + worker_name).lower()


def test_the_saved_mark_goes_away_when_anything_changes(qtbot, rich_db, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, rich_db)
    plain = dialog.save_button.text()
    for index, change in enumerate((
            lambda: choose(qtbot, dialog.copy_combo, WORKER),
            lambda: qtbot.mouseClick(dialog.initials_box, Qt.MouseButton.LeftButton),
            lambda: choose(qtbot, dialog.language_combo, "English"))):
        dialog.save_to(tmp_path / f"saved-{index}")
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30000)
        assert dialog.save_button.text() == "Opgeslagen ✓"
        change()
        assert dialog.save_button.text() == plain, index
        assert dialog.save_button.toolTip() == ""


def test_the_save_dialog_opens_in_documents_with_the_copy_name_all_in_dutch(
        qtbot, rich_db, documents: Path) -> None:
    from resokit_desktop.i18n import install_language

    install_language(QApplication.instance(), "nl")
    dialog = _dialog(qtbot, rich_db)
    seen: dict[str, object] = {}

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, inspect)
            return
        seen["folder"] = Path(box.directory().absolutePath())
        seen["name"] = box.findChild(QLabel, "fileNameLabel").buddy().text()
        seen["texts"] = [w.text() for w in box.findChildren(QLabel) if w.isVisible()] + [
            w.text() for w in box.findChildren(QAbstractButton) if w.isVisible()]
        box.reject()

    QTimer.singleShot(0, inspect)
    assert dialog.save_pdf() is False  # cancelled
    assert seen["folder"] == documents
    assert str(seen["name"]).endswith("-client.pdf")
    texts = " ".join(str(t) for t in seen["texts"]).replace("&", "")
    for english in ("Look in", "Files of type", "File name", "Save", "Cancel"):
        assert english not in texts, texts
    assert "Zoeken in" in texts and "Bestandstype" in texts
