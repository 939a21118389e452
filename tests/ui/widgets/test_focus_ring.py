"""The focus ring: Tab moves a clearly visible ring from control to control, in every window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.ui.widgets.focus_ring import FOCUS_COLOR, install_focus_ring


def ring_pixels(window: QWidget, widget: QWidget) -> int:
    """How many pixels of the focus colour lie in a band just outside ``widget``, as shown."""
    image = window.grab().toImage()
    inner = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    outer = inner.adjusted(-3, -3, 3, 3)
    count = 0
    for x in range(outer.left(), outer.right() + 1):
        for y in range(outer.top(), outer.bottom() + 1):
            if inner.adjusted(2, 2, -2, -2).contains(x, y):
                continue
            if not (0 <= x < image.width() and 0 <= y < image.height()):
                continue
            if _is_focus_colour(image.pixelColor(x, y)):
                count += 1
    return count


def _is_focus_colour(colour) -> bool:
    return (abs(colour.red() - FOCUS_COLOR.red()) < 40
            and abs(colour.green() - FOCUS_COLOR.green()) < 40
            and abs(colour.blue() - FOCUS_COLOR.blue()) < 40)


def perimeter(widget: QWidget) -> int:
    return 2 * (widget.width() + widget.height())


@pytest.fixture
def form(qtbot, qapp):
    tracker = install_focus_ring(qapp)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(12, 12, 12, 12)
    controls = [QLineEdit(), QPushButton("Bewaren"), QComboBox(), QCheckBox("Betaald"),
                QTableWidget(3, 2)]
    controls[2].addItems(["Wekelijks", "Maandelijks"])
    for control in controls:
        layout.addWidget(control)
    qtbot.addWidget(window)
    window.resize(360, 420)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, controls
    tracker.remove()


def test_tab_moves_a_visible_ring_from_control_to_control(qtbot, form):
    window, controls = form
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    for index, control in enumerate(controls):
        assert QApplication.focusWidget() is control
        around = ring_pixels(window, control)
        # A solid ring: the band around the control is at least one perimeter of focus colour.
        assert around >= perimeter(control), (type(control).__name__, around)
        if index + 1 < len(controls):
            others = ring_pixels(window, controls[index + 1])
            assert others < perimeter(controls[index + 1]) // 2
            qtbot.keyClick(control, Qt.Key.Key_Tab)


def test_the_current_tab_of_a_tab_bar_shows_the_ring(qtbot, qapp):
    tracker = install_focus_ring(qapp)
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    tabs = QTabWidget()
    for title in ("Overzicht", "Gesprekken", "Inclusieweb"):
        tabs.addTab(QLabel(title), title)
    layout.addWidget(field)
    layout.addWidget(tabs)
    qtbot.addWidget(window)
    window.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        bar = tabs.tabBar()
        assert QApplication.focusWidget() is bar
        image = window.grab().toImage()
        rect = bar.tabRect(bar.currentIndex()).translated(bar.mapTo(window, bar.rect().topLeft()))
        count = sum(1 for x in range(rect.left(), rect.right() + 1)
                    for y in range(rect.top(), rect.bottom() + 1)
                    if _is_focus_colour(image.pixelColor(x, y)))
        assert count >= rect.width() + rect.height(), count  # at least half a solid ring
    finally:
        tracker.remove()


def test_a_control_flush_with_its_panel_edge_still_shows_the_whole_ring(qtbot, qapp):
    tracker = install_focus_ring(qapp)
    window = QWidget()
    outer = QVBoxLayout(window)
    panel = QWidget()  # no margins: the ring has no room outside the table
    inner = QVBoxLayout(panel)
    inner.setContentsMargins(0, 0, 0, 0)
    table = QTableWidget(2, 2)
    inner.addWidget(table)
    field = QLineEdit()
    outer.addWidget(field)
    outer.addWidget(panel)
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is table
        assert ring_pixels(window, table) >= perimeter(table)
    finally:
        tracker.remove()


def test_no_ring_without_keyboard_focus(qtbot, form):
    window, controls = form
    controls[1].setFocus(Qt.FocusReason.TabFocusReason)
    controls[1].clearFocus()
    assert ring_pixels(window, controls[1]) < perimeter(controls[1]) // 2


def test_at_start_up_the_ring_comes_with_the_first_paint(qtbot, qapp):
    """The app's start-up (after_first_paint): the first window shows without waiting for the
    ring, which then appears around the control that has the focus and follows it as usual."""
    tracker = install_focus_ring(qapp, after_first_paint=True)
    try:
        assert install_focus_ring(qapp) is tracker  # one tracker per app
        window = QWidget()
        layout = QVBoxLayout(window)
        first, second = QLineEdit(), QLineEdit()
        layout.addWidget(first)
        layout.addWidget(second)
        qtbot.addWidget(window)
        window.resize(300, 160)
        first.setFocus()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: ring_pixels(window, first) >= perimeter(first))
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is second
        qtbot.waitUntil(lambda: ring_pixels(window, second) >= perimeter(second))
        assert ring_pixels(window, first) < perimeter(first) // 2
    finally:
        tracker.remove()
    assert install_focus_ring(qapp) is not tracker  # removed: a new one can be installed
    install_focus_ring(qapp).remove()
