"""The team's reflection checklist: answers, notes kept in the file, dated, reopened, printed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.reflection_service import ReflectionService, question_keys
from resokit_desktop.services.summary_service import ORGANISATION_NAME
from resokit_desktop.storage.settings_repo import set_setting
from resokit_desktop.ui.help.reflection_dialog import ReflectionDialog

DAY = date(2026, 3, 4)


def _dialog(qtbot, dossier) -> ReflectionDialog:
    dialog = ReflectionDialog(ReflectionService(dossier.db))
    dialog.today = lambda: DAY
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer(qtbot, dialog: ReflectionDialog, key: str, code: str, note: str) -> None:
    row = dialog.rows[key]
    dialog.scroll.ensureWidgetVisible(row)
    button = row.findChild(QRadioButton, f"answer_{code}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    row.note.setFocus()
    qtbot.keyClicks(row.note, note)
    qtbot.keyClick(row.note, Qt.Key.Key_Return)


def _close(dialog) -> None:
    dialog.close()
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_answers_and_notes_are_kept_in_the_file_and_shown_after_reopening(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    dialog = _dialog(qtbot, dossier)
    first, second = question_keys("nl")[0], question_keys("nl")[-1]
    assert dialog.rows[first].date_label.text() == "nog niet beantwoord"
    _answer(qtbot, dialog, first, "partly", "enkel in de visietekst")
    _answer(qtbot, dialog, second, "not_yet", "volgende teamdag bespreken")
    assert dialog.rows[first].date_label.text().startswith("op ")
    assert "4" in dialog.rows[first].date_label.text()
    _close(dialog)
    dossier.close()

    reopened = DossierFile.open(db_path)
    try:
        again = _dialog(qtbot, reopened)
        row = again.rows[first]
        assert row.answer() == "partly"
        assert row.note.text() == "enkel in de visietekst"
        assert again.rows[second].answer() == "not_yet"
        saved = ReflectionService(reopened.db).answers()
        assert saved[first].date == "2026-03-04"
        assert saved[second].note == "volgende teamdag bespreken"
        # a question left alone stays unanswered
        assert again.rows[question_keys("nl")[1]].answer() == ""
        _close(again)
    finally:
        reopened.close()


def test_the_date_follows_the_last_change_only(db) -> None:
    service = ReflectionService(db)
    key = question_keys("nl")[2]
    service.save(key, "yes", "", date(2026, 1, 5))
    assert service.save(key, "yes", "", date(2026, 2, 9)).date == "2026-01-05"  # unchanged
    assert service.save(key, "partly", "", date(2026, 2, 9)).date == "2026-02-09"
    assert service.answers()[key].answer == "partly"


def test_the_printed_checklist_holds_questions_answers_notes_and_dates(db, tmp_path) -> None:
    set_setting(db, ORGANISATION_NAME, "Buurtcentrum De Brug")
    service = ReflectionService(db)
    keys = question_keys("nl")
    service.save(keys[0], "yes", "staat in het jaarplan", date(2026, 3, 4))
    service.save(keys[3], "not_yet", "", date(2026, 3, 5))
    for lang, answer, title in (("nl", "Ja", "Reflectielijst"),
                                ("fr", "Oui", "Liste de réflexion"),
                                ("en", "Yes", "Reflection list")):
        path = tmp_path / f"checklist-{lang}.pdf"
        path.write_bytes(service.pdf(lang))
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
        assert title in text
        assert "Buurtcentrum De Brug" in text
        assert "staat in het jaarplan" in text
        assert answer in text
        assert ("04-03-2026" if lang == "nl" else "04/03/2026") in text
    nl_text = " ".join(" ".join(
        page.extract_text() for page in PdfReader(tmp_path / "checklist-nl.pdf").pages).split())
    assert "Nog niet" in nl_text and "Beleid van de organisatie" in nl_text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "checklist-nl.pdf"), str(tmp_path / "page")],
                   check=True, timeout=60)
    assert any(Path(tmp_path).glob("page-*1.png"))


def test_the_help_menu_opens_the_checklist(qtbot, window) -> None:
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "reflection_dialog":
            seen.append(dialog.windowTitle())
            dialog.reject()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    window.action_registry.get("reflection_checklist").trigger()
    timer.stop()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen == ["Reflectielijst: eenzaamheidssensitief werken"]
