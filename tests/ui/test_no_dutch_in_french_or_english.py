"""In French and in English no Dutch source string is shown: a walk over every widget of the main
window with a dossier open on each tab, and of every settings page, compares what is visible with
the Dutch source strings of the .ts file (strings the same in both languages are left out)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def dutch_only(lang: str) -> set[str]:
    """Dutch sources whose translation in lang differs (so seeing them means: not translated)."""
    found, same, translations = set(), set(), set()
    tree = ET.parse(ROOT / "i18n" / f"resokit_{lang}.ts")
    for message in tree.getroot().iter("message"):
        source = _plain(message.findtext("source", ""))
        node = message.find("translation")
        translation = _plain("" if node is None else (node.text or ""))
        (same if source == translation else found).add(source)
        translations.add(translation)
    # A text that is the same in both languages somewhere ("E-mail", "Logo") proves nothing, nor
    # does one that is the translation of another text (English "Map:" for "Kaart:").
    return {text for text in found - same - translations if len(text) > 1}


def _model_texts(view: QAbstractItemView) -> list[str]:
    """The column headers of a table or tree (cells hold the client's own data)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QTreeView

    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return []
    model = view.model()
    texts = []
    for section in range(header.count()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text a user can read (or hear) on root and its children: text -> where."""
    shown: dict[str, str] = {}

    def add(text: str | None, where: str) -> None:
        for line in (text or "").splitlines() or [""]:
            if line.strip():
                shown.setdefault(_plain(line), where)
        if text and text.strip():
            shown.setdefault(_plain(text), where)

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        add(widget.toolTip(), name)
        add(widget.accessibleName(), name)
        add(widget.accessibleDescription(), name)
        if widget.isWindow():
            add(widget.windowTitle(), name)
        if isinstance(widget, QLabel):
            add(widget.text(), name)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), name)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), name)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget.placeholderText(), name)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), name)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index), name)
        elif isinstance(widget, QMenu):
            add(widget.title(), name)
        if isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget):
                add(text, name)
        for action in widget.actions():
            add(action.text(), f"{name} action")
            add(action.toolTip() if action.toolTip() != _plain(action.text()) else "", name)
    return shown


def dutch_shown(root: QWidget, lang: str) -> dict[str, str]:
    dutch = dutch_only(lang)
    return {text: where for text, where in visible_texts(root).items() if text in dutch}


@pytest.fixture
def window_in(demo_window_in):
    return demo_window_in


def _walk_tabs(qtbot, window, lang: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        found |= dutch_shown(window, lang)
    for menu in window.menuBar().findChildren(QMenu):
        found |= dutch_shown(menu, lang)
    return found


def test_the_walk_does_see_dutch_in_the_dutch_window(qtbot, window_in) -> None:
    """The check itself: in Dutch, the same walk finds the Dutch strings (so it can fail)."""
    found = _walk_tabs(qtbot, window_in("nl"), "fr")
    assert len(found) > 100, sorted(found)
    assert {"Bestand", "Gesprekken", "Naam of pseudoniem *", "Verbinden"} <= set(found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_dutch_on_the_main_window_and_the_dossier_tabs(qtbot, window_in, lang: str) -> None:
    found = _walk_tabs(qtbot, window_in(lang), lang)
    assert not found, f"{lang}: Dutch shown: {sorted(found.items())[:40]}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_dutch_in_the_settings_dialog(qtbot, window_in, lang: str) -> None:
    window = window_in(lang)
    found: dict[str, str] = {}

    def walk() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, walk)
            return
        for row in range(dialog.page_list.count()):
            dialog.page_list.setCurrentRow(row)
            found.update(dutch_shown(dialog, lang))
        dialog.reject()

    QTimer.singleShot(0, walk)
    window.open_settings()
    assert not found, f"{lang}: Dutch shown: {sorted(found.items())[:40]}"
