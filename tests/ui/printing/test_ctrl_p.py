"""Ctrl+P in the main window opens the summary preview of the open client."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog


def test_ctrl_p_opens_the_preview_of_the_open_client(qtbot, tmp_path: Path) -> None:
    from resokit_desktop.ui.main_window import MainWindow

    dossier = DossierFile.open(tmp_path / "demo.resokit")
    ids = fill_demo(dossier.db)
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.show()
    assert window.open_client(ids[0])
    with qtbot.waitActive(window):
        window.activateWindow()
    seen: list[tuple[str, int, int]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SummaryPreviewDialog):
            QTimer.singleShot(50, look_and_close)
            return
        seen.append((dialog.windowTitle(), dialog.client_id, dialog.pages_painted))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    title, client_id, pages = seen[0]
    assert title == "Samenvatting afdrukken" and client_id == ids[0] and pages >= 1
    dossier.close()
