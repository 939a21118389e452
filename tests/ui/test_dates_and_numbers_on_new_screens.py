"""In French, the new screens write dates as 14/03/2026 and decimals with a comma: the Rollen tab
with a role plan open, the Talentenkaart's sort list, the Buurtkaart's versions, the Grafieken
tab (its labels and the change chart's axis), the register window and the caseload overview; in
Dutch they write 14-03-2026."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from test_no_dutch_in_french_or_english import visible_texts

from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

TODAY = date(2026, 11, 2)
SLASHED = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
DASHED = re.compile(r"\b\d{2}-\d{2}-\d{4}\b")
POINT_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")


@pytest.fixture
def demo(demo_window_in):
    return demo_window_in


def _tab(qtbot, window, key: str):
    for index in range(window.tabs.count()):
        if window.tabs.widget(index).property("tab_key") == key:
            window.tabs.setCurrentIndex(index)
            qtbot.wait(30)
            return window.tabs.widget(index)
    raise AssertionError(key)


def _texts_of(widget) -> str:
    return "\n".join(visible_texts(widget))


def _roles_texts(qtbot, window) -> str:
    tab = _tab(qtbot, window, "roles")
    assert tab.plan_list.count()
    texts = []
    for row in range(tab.plan_list.count()):
        tab.plan_list.setCurrentRow(row)
        qtbot.wait(20)
        texts.append(_texts_of(tab))
    return "\n".join(texts)


def _chart_texts(qtbot, window) -> str:
    tab = _tab(qtbot, window, "charts")
    ticks = []
    for plot in tab.findChildren(__import__("pyqtgraph").PlotWidget):
        axis = plot.getPlotItem().getAxis("bottom")
        for level in axis._tickLevels or []:  # the ticks setTicks() was given
            ticks += [label for _value, label in level]
    return _texts_of(tab) + "\n" + "\n".join(ticks)


def _register_texts(qtbot, window) -> str:
    shown = RegisterWindow(RegisterService(window.dossier.db), window, today=lambda: TODAY)
    shown.show()
    qtbot.waitExposed(shown)
    try:
        model = shown.list_panel.table.model()
        cells = [str(model.index(row, column).data() or "")
                 for row in range(model.rowCount()) for column in range(model.columnCount())]
        texts = [_texts_of(shown), *cells]
        shown.tabs.setCurrentIndex(1)
        qtbot.wait(20)
        texts.append(_texts_of(shown))
        return "\n".join(texts)
    finally:
        shown.close()
        shown.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _caseload_texts(qtbot, window) -> str:
    window.action_registry.get("caseload_overview").trigger()
    overview = window._caseload_window
    qtbot.waitExposed(overview)
    try:
        texts = [_texts_of(overview)]
        for index in range(overview.bar_choice.count()):
            overview.bar_choice.setCurrentIndex(index)
            texts += [overview.client_list.item(i).text()
                      for i in range(overview.client_list.count())]
        return "\n".join(texts)
    finally:
        overview.close()


def _talents_texts(qtbot, window) -> str:
    return _texts_of(_tab(qtbot, window, "talents"))


def _map_texts(qtbot, window) -> str:
    return _texts_of(_tab(qtbot, window, "buurtkaart"))


SCREENS = {"buurtkaart": _map_texts, "talents": _talents_texts, "roles": _roles_texts,
           "charts": _chart_texts, "register": _register_texts, "caseload": _caseload_texts}


@pytest.mark.parametrize("screen", ["talents", "roles", "buurtkaart", "charts", "register"])
def test_dates_in_french_are_written_day_slash_month(qtbot, demo, screen: str) -> None:
    text = SCREENS[screen](qtbot, demo("fr"))
    assert SLASHED.search(text), f"no 14/03/2026-style date on {screen}"
    assert not DASHED.findall(text), f"{screen}: Dutch-style dates {DASHED.findall(text)[:5]}"


@pytest.mark.parametrize("screen", ["talents", "roles", "buurtkaart", "charts", "register"])
def test_dates_in_dutch_are_written_day_dash_month(qtbot, demo, screen: str) -> None:
    text = SCREENS[screen](qtbot, demo("nl"))
    assert DASHED.search(text), f"no 14-03-2026-style date on {screen}"
    assert not SLASHED.findall(text), f"{screen}: {SLASHED.findall(text)[:5]}"


@pytest.mark.parametrize("screen", list(SCREENS))
def test_decimals_in_french_have_a_comma(qtbot, demo, screen: str) -> None:
    text = SCREENS[screen](qtbot, demo("fr"))
    assert not POINT_DECIMAL.findall(text), f"{screen}: {POINT_DECIMAL.findall(text)[:5]}"
