"""In French and in English no Dutch source string is shown on any screen: every dossier tab of a
demo client with something chosen on it (a member on the web, a card in the card sort, an open role
plan, a pin on the buurtkaart), the register window's two pages, the caseload overview, the
aggregate export dialog, the compare dialog, the print previews and the unlock dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget
from test_no_dutch_in_french_or_english import dutch_shown

TODAY = date(2026, 11, 2)


@pytest.fixture
def demo(demo_window_in):
    """make(lang): the main window in lang with the first demo client open."""
    return demo_window_in


def _choose_something(qtbot, tab: QWidget) -> None:
    """Select what shows the tab's side panel: a member, a card, a plan, a pin."""
    key = tab.property("tab_key")
    if key == "inclusion_web":
        items = tab.editor.scene.member_items
        assert items, "the demo client has a web"
        tab.editor.select_only(next(iter(items)))
    elif key == "talents":
        card_list = next(lst for lst in tab.board.lists() if lst.count())
        card_list.setCurrentRow(0)
        card_list.item(0).setSelected(True)
    elif key == "roles":
        assert tab.plan_list.count(), "the demo client has a role plan"
        tab.plan_list.setCurrentRow(0)
        assert tab.current_plan_id() is not None
    elif key == "buurtkaart":
        pins = tab.editor.scene.pin_items
        assert pins, "the demo client has a buurtkaart with pins"
        tab.editor.select_only(next(iter(pins)))
    qtbot.wait(30)


def _every_tab(qtbot, window, lang: str) -> dict[str, str]:
    found: dict[str, str] = {}
    keys = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        keys.append(tab.property("tab_key"))
        qtbot.wait(30)
        _choose_something(qtbot, tab)
        found |= {text: f"{keys[-1]}: {where}" for text, where in dutch_shown(window, lang).items()}
    assert len(keys) == 7, keys
    return found


def test_the_walk_sees_dutch_on_the_new_tabs_in_dutch(qtbot, demo) -> None:
    """The check can fail: in Dutch it finds the new screens' Dutch strings."""
    found = _every_tab(qtbot, demo("nl"), "fr")
    seen = {"Eigen kaart…", "Over de gekozen kaart",  # Talentenkaart, a card chosen
            "Naam van de rol", "Status van het plan",  # Rollen, a plan open
            "Naam van de plaats", "Legende van de buurtkaart",  # Buurtkaart, a pin chosen
            "Leden per levensdomein", "Verandering door de tijd",  # Grafieken
            "Wat geeft deze band?", "Verbinden"}  # Inclusieweb, a member chosen
    assert seen <= set(found), sorted(seen - set(found))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_dutch_on_any_dossier_tab_with_something_chosen(qtbot, demo, lang: str) -> None:
    found = _every_tab(qtbot, demo(lang), lang)
    assert not found, f"{lang}: Dutch shown: {sorted(found.items())[:40]}"


def _show(qtbot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(30)
    return widget


def _close(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _register(qtbot, window, lang) -> dict[str, str]:
    from resokit_desktop.services.register_service import RegisterService
    from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

    shown = _show(qtbot, RegisterWindow(RegisterService(window.dossier.db), window,
                                        today=lambda: TODAY))
    found: dict[str, str] = {}
    try:
        assert shown.list_panel.table.model().rowCount(), "the demo has a register"
        table = shown.list_panel.table
        table.selectionModel().setCurrentIndex(
            table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for index in range(shown.tabs.count()):
            shown.tabs.setCurrentIndex(index)
            qtbot.wait(30)
            found |= dutch_shown(shown, lang)
    finally:
        _close(shown)
    return found


def _caseload(qtbot, window, lang) -> dict[str, str]:
    window.action_registry.get("caseload_overview").trigger()
    overview = window._caseload_window
    qtbot.waitExposed(overview)
    try:
        overview.bar_choice.setCurrentIndex(1)
        qtbot.wait(30)
        return dutch_shown(overview, lang)
    finally:
        _close(overview)


def _dialog(make):
    def walk(qtbot, window, lang) -> dict[str, str]:
        shown = _show(qtbot, make(window))
        try:
            return dutch_shown(shown, lang)
        finally:
            _close(shown)
    return walk


def _aggregate(window):
    from resokit_desktop.ui.charts.aggregate_dialog import AggregateDialog
    return AggregateDialog(window.dossier.db, window, today=TODAY)


def _compare(window):
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog
    return CompareDialog(window.dossier.db, window.demo_ids[0], window)


def _preview(name):
    def make(window):
        from resokit_desktop.ui.printing import printables_preview, summary_preview, talents_preview
        dialog_class = {
            "summary": summary_preview.SummaryPreviewDialog,
            "web": printables_preview.WebSheetPreviewDialog,
            "compare": printables_preview.ComparisonPreviewDialog,
            "role_plan": printables_preview.RolePlanPreviewDialog,
            "talents": talents_preview.TalentsPreviewDialog,
        }[name]
        return dialog_class(window.dossier.db, window.demo_ids[0], parent=window)
    return make


def _unlock(_window):
    from resokit_desktop.security.passphrase import AttemptThrottle
    from resokit_desktop.ui.security.unlock_panel import UnlockDialog
    return UnlockDialog(lambda _text: None, AttemptThrottle(lambda: 1000.0), "dossiers.resokit")


SCREENS = {
    "register": _register,
    "caseload": _caseload,
    "aggregate": _dialog(_aggregate),
    "compare": _dialog(_compare),
    "unlock": _dialog(_unlock),
    **{f"preview_{name}": _dialog(_preview(name))
       for name in ("summary", "web", "compare", "role_plan", "talents")},
}


def test_the_walk_sees_dutch_on_the_other_screens_in_dutch(qtbot, demo) -> None:
    window = demo("nl")
    empty = [name for name, walk in SCREENS.items() if not walk(qtbot, window, "fr")]
    assert not empty, f"no Dutch seen in Dutch on: {empty}"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_dutch_on_the_other_screens(qtbot, demo, lang: str, screen: str) -> None:
    found = SCREENS[screen](qtbot, demo(lang), lang)
    assert not found, f"{lang} {screen}: Dutch shown: {sorted(found.items())[:40]}"
