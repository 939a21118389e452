"""Every empty list and tab says what to do next, in one line, and the line goes with content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.ui.inclusion_web.unplaced_list import UnplacedPanel
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _line(widget, name: str) -> str:
    """The empty-state line as shown ('' when hidden)."""
    label = widget.findChild(QLabel, f"empty_{name}")
    assert label is not None, name
    return label.text() if label.isVisibleTo(widget) else ""


def _new_client_by_keys(qtbot, window, name: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _type(qtbot, name)
    assert window.flush_pending()


def test_client_list_empty_then_a_client_then_no_search_hits(qtbot, window, dossier):
    panel = window.client_list
    assert _line(panel, "client_list") == "Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N."
    _new_client_by_keys(qtbot, window, "Nora Nieuw")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert _line(panel, "client_list") == ""
    panel.search_field.setFocus()
    qtbot.keyClicks(panel.search_field, "zzz")
    qtbot.waitUntil(lambda: panel.model.search() == "zzz")
    assert _line(panel, "client_list").startswith("Geen cliënt gevonden voor deze zoekterm.")
    panel.search_field.selectAll()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert _line(panel, "client_list") == ""


def test_sessions_list_says_where_to_write_until_a_session_is_stored(qtbot, window, dossier):
    _new_client_by_keys(qtbot, window, "Sam Sessie")
    qtbot.keyClick(window, Qt.Key.Key_P, ALT)  # Ges&prekken
    tab = window.tab_widget("sessions")
    qtbot.waitUntil(tab.isVisible)
    assert _line(tab, "session_list").startswith("Nog geen gesprekken. Schrijf rechts het eerste")
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)  # Waaraan &gewerkt
    _type(qtbot, "Kennismaking")
    assert window.flush_pending()
    client_id = window.current_client_id()
    assert len(sessions_repo.list_sessions(dossier.db, client_id)) == 1
    qtbot.waitUntil(lambda: tab.session_list.count() == 1)
    assert _line(tab, "session_list") == ""


def test_role_plans_say_which_button_until_a_plan_exists(qtbot, window, dossier):
    _new_client_by_keys(qtbot, window, "Rita Rol")
    qtbot.keyClick(window, Qt.Key.Key_R, ALT)  # &Rollen
    tab = window.tab_widget("roles")
    qtbot.waitUntil(tab.isVisible)
    assert "Nieuw rolplan (Alt+N)" in _line(tab, "role_plans")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _line(tab, "role_plans") == "")


def test_charts_point_to_the_web_tab_until_there_is_a_web(qtbot, window, dossier):
    _new_client_by_keys(qtbot, window, "Chris Grafiek")
    tab = window.tab_widget("charts")
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)  # Gra&fieken
    qtbot.waitUntil(tab.isVisible)
    line = _line(tab, "charts")
    assert "nog geen inclusieweb" in line
    assert "Inclusieweb (Alt+C)" in line


def _register(qtbot, dossier) -> RegisterWindow:
    window = RegisterWindow(RegisterService(dossier.db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_register_list_empty_then_no_hits(qtbot, dossier):
    register = _register(qtbot, dossier)
    panel = register.list_panel
    assert _line(panel, "register_list").startswith("Het buurtregister is nog leeg.")
    assert "Ctrl+N" in _line(panel, "register_list")
    register.close()
    RegisterService(dossier.db).save(NeighbourhoodEntry(
        kind=NeighbourhoodKind.PLACE, name="Bibliotheek Noord", neighbourhood="Laken"))
    register = _register(qtbot, dossier)
    panel = register.list_panel
    assert _line(panel, "register_list") == ""
    search = panel.search_field
    search.setFocus()
    qtbot.keyClicks(search, "zzz")
    qtbot.waitUntil(lambda: _line(panel, "register_list") != "")
    assert _line(panel, "register_list").startswith("Niets gevonden.")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _line(panel, "register_list") == "")


def test_unplaced_list_says_how_to_add_someone_new(qtbot, dossier):
    panel = UnplacedPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_entries([])
    assert "druk Insert" in _line(panel, "unplaced_list")
    client_id = clients_repo.save_client(dossier.db, Client(name="Uma"))
    panel.set_entries([RegistryEntry(id=1, client_id=client_id, kind=EntryKind.PERSON,
                                     name="Buurvrouw Ans")])
    assert _line(panel, "unplaced_list") == ""


def _visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_no_client_chosen_says_ctrl_n_until_there_is_one(qtbot, window, dossier):
    hint = window.findChild(QLabel, "empty_dossier_hint")
    assert hint.isVisible() and "(Ctrl+N)" in hint.text()
    _new_client_by_keys(qtbot, window, "Eva Eerst")
    assert not hint.isVisible()


def test_web_and_buurtkaart_offer_their_start_button_until_one_exists(qtbot, window, dossier):
    _new_client_by_keys(qtbot, window, "Bart Begin")
    for key, letter, words in (("inclusion_web", Qt.Key.Key_C, "nog geen inclusieweb"),
                               ("buurtkaart", Qt.Key.Key_K, "nog geen buurtkaart")):
        tab = window.tab_widget(key)
        qtbot.keyClick(window, letter, ALT)
        qtbot.waitUntil(tab.isVisible)
        assert any(words in text for text in _visible_texts(tab)), key
        assert tab.start_button.isVisible()
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda tab=tab: not tab.start_button.isVisible())
        assert not any(words in text for text in _visible_texts(tab)), key


def test_the_line_follows_a_language_switch(qtbot, dossier):
    from PySide6.QtCore import QCoreApplication  # lazy: test helper

    from resokit_desktop import i18n  # lazy: test helper

    panel = UnplacedPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_entries([])
    try:
        i18n.install_language(QCoreApplication.instance(), "en")
        qtbot.waitUntil(lambda: _line(panel, "unplaced_list").startswith("Everything is on"))
    finally:
        i18n.install_language(QCoreApplication.instance(), "nl")
    qtbot.waitUntil(lambda: _line(panel, "unplaced_list").startswith("Alles staat op dit web"))
