"""Exporting the web from the window goes through the one safe output path: a FIFO chosen in
the file dialog is refused with a Dutch message and left as it was; a regular file is 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from resokit_desktop.services import demo_service, web_service
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.inclusion_web.web_export_dialog import export_version


def _latest_demo_web(tmp_path):
    db = open_database(tmp_path / "demo.resokit")
    client_id = demo_service.fill_demo(db)[0]
    version = web_service.load_version(db, client_id)
    db.conn.close()
    return version


def _choose_in_dialogs(target, seen: list[str]) -> Callable[[], None]:
    """Pick target in Qt's file dialog, agree to replace it, and read the message that follows;
    returns the function that stops looking (so no later test is touched)."""
    stopped: list[bool] = []

    def step() -> None:
        if stopped:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Yes) is None:
            seen.append(box.text())  # the message after the export: the last dialog
            box.accept()
            return
        # The next look comes first: accepting may open a nested question with its own loop.
        QTimer.singleShot(20, step)
        if isinstance(box, QFileDialog):
            box.setDirectory(str(target.parent))
            box.selectFile(target.name)
            box.accept()
        elif isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()  # "replace the existing file?"

    QTimer.singleShot(0, step)
    return lambda: stopped.append(True)


def test_a_fifo_chosen_for_the_export_is_refused_and_left(qtbot, tmp_path):
    version = _latest_demo_web(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    fifo = tmp_path / "pijp.graphml"
    os.mkfifo(fifo)
    seen: list[str] = []
    stop = _choose_in_dialogs(fifo, seen)
    assert export_version(parent, version, "graphml") is None
    stop()
    assert seen == ["Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een "
                    "andere naam."]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_regular_export_is_private(qtbot, tmp_path):
    version = _latest_demo_web(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "web.graphml"
    target.write_text("oud")
    os.chmod(target, 0o644)
    seen: list[str] = []
    stop = _choose_in_dialogs(target, seen)
    assert export_version(parent, version, "graphml") == target
    stop()
    assert seen == [] and target.read_text() != "oud"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
