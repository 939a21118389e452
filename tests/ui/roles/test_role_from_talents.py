""""Rollen voorstellen…" on the Talentenkaart tab: a focus talent just chosen with the mouse is
stored first, the Rollen tab comes forward with ideas that fit it, and the idea taken is a plan
there and in the file after reopening."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.talents import Pile

LEFT = Qt.MouseButton.LeftButton


def _click(widget) -> None:
    QTest.mouseClick(widget, LEFT, pos=widget.rect().center())


def test_suggest_roles_from_the_card_sort_makes_a_plan_on_the_roles_tab(qtbot, db_path):
    client_id = seed_client(db_path, focus=())  # a card sort with nothing sorted yet
    main, dossier = open_window(qtbot, db_path, client_id)
    talents = show_tab(qtbot, main, "talents")
    line = talents.focus_line
    assert "Nog geen focustalenten" in line.label.text()
    assert not line.suggest_button.isEnabled()

    # Sort one more card with the mouse, then make it a focus talent in the details panel.
    deck = talents.board.deck_list
    deck.scrollToItem(deck.item_for("cooking"))
    QTest.mouseClick(deck.viewport(), LEFT, pos=deck.point_of("cooking"))
    pile = talents.board.list_for(Pile.CAN)
    QTest.keyClick(deck, Qt.Key.Key_1)  # into "Dit kan ik"
    qtbot.waitUntil(lambda: pile.item_for("cooking") is not None)
    QTest.mouseClick(pile.viewport(), LEFT, pos=pile.point_of("cooking"))
    box = talents.details.focus_box
    talents.details.parentWidget().parentWidget().ensureWidgetVisible(box)  # the side panel scrolls
    QTest.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert "★1 Koken" in line.label.text()
    assert line.suggest_button.isEnabled()

    seen: dict[str, object] = {}

    def take_first() -> None:
        dialog = QApplication.activeModalWidget()
        seen["texts"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["chosen"] = dialog.chosen()
        _click(dialog.start_button)

    QTimer.singleShot(0, take_first)
    _click(line.suggest_button)  # at once: the focus talent is not autosaved yet
    qtbot.waitUntil(lambda: "chosen" in seen)
    suggestion = seen["chosen"]
    assert suggestion is not None
    assert all("Koken" in text for text in seen["texts"])
    roles = main.tabs.currentWidget()
    assert roles.property("tab_key") == "roles"
    assert roles.plan_list.count() == 1
    assert roles.form.title_field.text() == suggestion.title
    close_window(main, dossier)

    (plan,) = stored_plans(db_path, client_id)
    assert plan.idea_key == suggestion.idea.key
    assert plan.talent_ids == [t.id for t in suggestion.talents]
    main, dossier = open_window(qtbot, db_path, client_id)
    roles = show_tab(qtbot, main, "roles")
    assert roles.plan_list.count() == 1
    assert roles.plan_list.item(0).text().startswith(suggestion.title)
    close_window(main, dossier)
