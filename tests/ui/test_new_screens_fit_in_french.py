"""At 1366×768 in French and in English the new screens show their words whole: no button, tab
title or column header narrower than its text, and the role plan's form needs no sideways
scrolling."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTabBar, QWidget

TODAY = date(2026, 11, 2)


@pytest.fixture
def demo(qtbot, demo_window_in):
    def make(lang: str):
        window = demo_window_in(lang)
        window.resize(1366, 768)  # the test screen is smaller: the window keeps its size
        qtbot.waitUntil(lambda: window.width() == 1366)
        return window

    return make


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


def clipped(root: QWidget) -> list[str]:
    """Buttons, tab titles and column headers on root narrower than what they say."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not button.text() or type(button).__name__ in {
                "QToolButton", "QCheckBox", "QRadioButton"}:
            continue
        if button.width() + 1 < button.sizeHint().width():
            problems.append(f"button {button.text()!r}: {button.width()} < "
                            f"{button.sizeHint().width()}")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar, root):
            continue
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            if rect.width() and not bar.rect().contains(rect) and not bar.usesScrollButtons():
                problems.append(f"tab {bar.tabText(index)!r} outside its bar")
    for header in root.findChildren(QHeaderView):
        if not _shown(header, root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) + 2 < needed:
                text = header.model().headerData(section, Qt.Orientation.Horizontal)
                problems.append(f"column {text!r}: {header.sectionSize(section)} < {needed}")
    return problems


def _tab(qtbot, window, key: str) -> QWidget:
    for index in range(window.tabs.count()):
        if window.tabs.widget(index).property("tab_key") == key:
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            return window.tabs.widget(index)
    raise AssertionError(key)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_window_is_not_wider_than_the_screen(qtbot, demo, lang: str) -> None:
    window = demo(lang)
    assert window.minimumSizeHint().width() <= 1366, window.minimumSizeHint()
    assert window.width() <= 1366
    assert clipped(window.client_list) == []  # its short column headers


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("key", ["talents", "roles", "buurtkaart", "charts"])
def test_the_new_tabs_show_their_words_whole(qtbot, demo, lang: str, key: str) -> None:
    window = demo(lang)
    tab = _tab(qtbot, window, key)
    if key == "roles":
        tab.plan_list.setCurrentRow(0)
        qtbot.wait(50)
        assert tab._scroll.horizontalScrollBar().maximum() == 0, "the plan form scrolls sideways"
    assert clipped(tab) == []


@pytest.mark.parametrize(("lang", "width"), [
    ("fr", 1280), ("en", 1280), ("fr", 1366), ("en", 1366), ("pseudo", 1366)])
def test_the_role_plan_form_needs_no_sideways_scrolling(qtbot, demo, lang: str,
                                                         width: int) -> None:
    window = demo(lang)
    window.resize(width, 768)
    qtbot.waitUntil(lambda: window.width() == width)
    tab = _tab(qtbot, window, "roles")
    tab.plan_list.setCurrentRow(0)
    qtbot.wait(50)
    assert tab._scroll.horizontalScrollBar().maximum() == 0, (
        tab.form.minimumSizeHint(), tab._scroll.viewport().width())
    checks = [check for check in tab.form.findChildren(QAbstractButton)
              if type(check).__name__ == "QCheckBox" and check.isVisible()]
    assert checks and all(check.width() >= check.sizeHint().width() for check in checks)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_register_shows_its_words_whole(qtbot, demo, lang: str) -> None:
    from resokit_desktop.services.register_service import RegisterService
    from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

    window = demo(lang)
    register = RegisterWindow(RegisterService(window.dossier.db), window, today=lambda: TODAY)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitExposed(register)
    register.resize(1280, 720)  # as on a 1366×768 screen (the test screen is smaller)
    qtbot.waitUntil(lambda: register.width() == 1280)
    problems = []
    for index in range(register.tabs.count()):
        register.tabs.setCurrentIndex(index)
        qtbot.wait(30)
        problems += clipped(register)
    register.close()
    assert problems == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_settings_page_names_are_whole(qtbot, demo, lang: str) -> None:
    from resokit_desktop.ui.settings.settings_dialog import SettingsDialog

    window = demo(lang)
    dialog = SettingsDialog(window.dossier, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = dialog.page_list
    assert pages.horizontalScrollBar().maximum() == 0, [
        pages.item(row).text() for row in range(pages.count())]
    dialog.reject()
