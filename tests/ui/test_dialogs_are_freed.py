"""Dialogs opened from the main window are freed once closed: opening one ten times through its
menu entry, shortcut or button leaves no more top-level widgets alive than before."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

OPENS = 10


pytestmark = pytest.mark.demo_dossier  # the fixture "dossier" holds the demo clients


def _live_top_levels() -> int:
    """Top-level widgets still alive once every pending deleteLater has run."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
    return len(QApplication.topLevelWidgets())


class _Closer:
    """Rejects every modal dialog as soon as it is shown, remembering its class name."""

    def __init__(self) -> None:
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.closed.append(type(dialog).__name__)
            dialog.reject()


def _action(key: str) -> Callable:
    return lambda qtbot, window: window.action_registry.get(key).trigger()


def _ctrl_p(qtbot, window) -> None:
    window.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)


def _web_tab(window):
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    return tab


def _compare_button(qtbot, window) -> None:
    qtbot.mouseClick(_web_tab(window).compare_button, Qt.MouseButton.LeftButton)


def _web_export(qtbot, window) -> None:
    _web_tab(window).export_button.menu().actions()[0].trigger()


DIALOGS = {
    "compare": (_compare_button, "CompareDialog"),
    "settings": (_action("settings"), "SettingsDialog"),
    "audit": (_action("audit_log"), "AuditDialog"),
    "retention": (_action("retention_review"), "RetentionDialog"),
    "access_export": (_action("access_export"), "AccessExportDialog"),
    "transfer_export": (_action("transfer_export"), "TransferExportDialog"),
    "transfer_import": (_action("transfer_import"), "TransferImportDialog"),
    "web_export": (_web_export, "QFileDialog"),
    "print_summary": (_ctrl_p, "SummaryPreviewDialog"),
    "save_summary_pdf": (_action("save_summary_pdf"), "QFileDialog"),
    "print_web": (_action("print_web"), "WebSheetPreviewDialog"),
    "print_comparison": (_action("print_comparison"), "ComparisonPreviewDialog"),
    "print_role_plan": (_action("print_role_plan"), "RolePlanPreviewDialog"),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_opening_a_dialog_ten_times_leaves_no_window_behind(qtbot, window, dossier, name):
    open_dialog, class_name = DIALOGS[name]
    assert window.open_client(dossier.client_ids[0])
    closer = _Closer()
    # Once, so what lives as long as the window (a tab's widgets, caches) exists before counting.
    closer.timer.start()
    open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: len(closer.closed) == 1, timeout=20000)
    before = _live_top_levels()
    for _ in range(OPENS):
        open_dialog(qtbot, window)
        qtbot.waitUntil(lambda: not QApplication.activeModalWidget(), timeout=20000)
    closer.timer.stop()
    assert closer.closed == [class_name] * (OPENS + 1)
    assert _live_top_levels() == before
