"""Garbage holding a Qt window is freed between events, never in the middle of other work.

A window Python owns that sits in a reference cycle (a tab or dialog whose last reference was
dropped) used to be deleted by whichever allocation next crossed the collector's threshold: on
a fresh Debian that was inside Qt's style-sheet code while another tab was being built, and the
test run crashed with a segmentation fault during garbage collection.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLabel, QWidget

from resokit_desktop.app import create_application
from resokit_desktop.ui.gc_safe_points import SafePointCollector, install


def _window_in_a_cycle(freed: list[str]) -> None:
    window = QWidget()
    window.itself = window  # only this cycle keeps it: the next collection would free it
    window.destroyed.connect(lambda: freed.append("window"))


def test_a_window_in_a_cycle_is_freed_at_the_next_safe_point_not_inside_other_work(qapp, qtbot):
    collector = SafePointCollector(qapp, interval_ms=20)
    try:
        freed: list[str] = []
        _window_in_a_cycle(freed)
        # Work that allocates far past every threshold and keeps what it made, as building a
        # tab does, with Qt calls in between: without safe points the window is deleted in here.
        built = []
        for _ in range(3):
            built.append([[index] for index in range(20 * gc.get_threshold()[0])])
            label = QLabel("⚠")
            label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
            built.append(label)
        assert freed == []
        qtbot.waitUntil(lambda: freed == ["window"])  # the timer's turn: between events
    finally:
        collector.stop()


def test_the_application_collects_at_safe_points_once(qapp):
    first = install(qapp)
    app = create_application()
    assert app is qapp
    assert qapp.findChildren(SafePointCollector) == [first]
    assert not gc.isenabled()  # automatic collection stays off while the app runs
