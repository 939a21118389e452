"""Shared UI fixtures: an open dossier file and a shown, active main window on it."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from resokit_desktop import i18n
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.text_size import DEFAULT_POINT_SIZE

DEMO_DAY = date(2026, 3, 16)  # the demo's dates are fixed, so its screens hold on any day


@pytest.fixture(autouse=True)
def collect_after_each_test():
    """Widgets a test dropped (pytest-qt holds them weakly) are freed when it ends: left to the
    collector, a cycle holding one was once freed inside Qt's style-sheet code of a later test
    and the run crashed (a segmentation fault while garbage-collecting)."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def fresh_user_settings(qapp):
    """Each test starts from a first start: no window layout, language or folder remembered by
    an earlier test (they share one settings file in the test session's home)."""
    QSettings().clear()
    yield


@pytest.fixture
def dossier(db_path: Path, request):
    """The dossier file; under the mark ``demo_dossier`` it holds the demo clients (their ids
    in ``client_ids``), made as on DEMO_DAY."""
    opened = DossierFile.open(db_path)
    if request.node.get_closest_marker("demo_dossier"):
        opened.client_ids = fill_demo(opened.db, DEMO_DAY)
    yield opened
    opened.close()


@pytest.fixture
def app_font_and_layout():
    """The app's own text size at 100 % and no window layout left by another test."""
    from resokit_desktop.ui.main_window import SETTINGS_GROUP

    QSettings().remove(SETTINGS_GROUP)
    font = QApplication.font()
    original = font.pointSizeF()
    font.setPointSizeF(DEFAULT_POINT_SIZE)
    QApplication.setFont(font)
    yield
    font.setPointSizeF(original)
    QApplication.setFont(font)
    QSettings().remove(SETTINGS_GROUP)


@pytest.fixture
def window(qtbot, dossier):
    """A main window on the dossier; dialogs a failing test leaves open are closed and reported."""
    from resokit_desktop.ui.main_window import MainWindow

    main = MainWindow(dossier)
    # Not qtbot.addWidget: pytest-qt would close it before this fixture can drop bad input.
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # shortcuts such as Ctrl+N and Del work in the active window only
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    # Never hang on a dialog a failing test left behind: close it and say so.
    left_open: list[str] = []

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            left_open.append(dialog.objectName())
            dialog.reject()

    guard = QTimer()
    guard.timeout.connect(close_dialogs)
    guard.start(200)
    # A test may end with invalid input in a form: drop it, so closing asks nothing.
    for tab in main.built_tabs():  # tabs never shown hold no input
        if getattr(tab, "has_pending_edits", lambda: False)():
            tab.discard_changes()
    main.close()
    guard.stop()
    main.deleteLater()
    assert not left_open, f"dialogs left open: {left_open}"


LANGUAGE_DEMO_DAY = date(2026, 11, 2)  # the screens in every language are made as on this day


@pytest.fixture
def demo_window_in(request, dossier, qapp):
    """make(lang): the main window in lang with the first demo client open (``demo_ids`` holds
    the demo's clients); Dutch again afterwards."""
    ids = fill_demo(dossier.db, today=LANGUAGE_DEMO_DAY)

    def make(lang: str):
        i18n.install_language(qapp, lang)
        window = request.getfixturevalue("window")
        window.client_list.select_client(ids[0])
        assert window.open_client(ids[0])
        window.demo_ids = ids
        return window

    yield make
    i18n.install_language(qapp, "nl")
