"""A sleeping tie marked "to reactivate" carries its own symbol (↻) on the web: on screen with a
tooltip, toggled from the member panel (and undone), in the SVG export and in the legend."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGraphicsItem,
)
from web_ui_helpers import drag, finish, make_tab, stored, viewport_point, wait_saved

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import (
    EntryKind,
    Member,
    Position,
    TieAttributes,
    TieStatus,
)
from resokit_desktop.rendering.web_items import MemberItem
from resokit_desktop.rendering.web_legend import legend_rows, legend_text_entries
from resokit_desktop.rendering.web_render import render_web_svg
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab

MARK = "↻"
LEGEND_TEXT = "Slapend, om te reactiveren (↻)"
TIP = "Slapende band: om te reactiveren"


def _picture(item: MemberItem) -> QImage:
    """The member's item painted alone on white, as the scene paints it."""
    bounds = item.boundingRect()
    image = QImage(round(bounds.width()) + 2, round(bounds.height()) + 2,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.translate(QPointF(1, 1) - bounds.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def _shows_mark(item: MemberItem) -> bool:
    """The item looks different from itself with the reactivate flag off."""
    drawn = _picture(item)
    member = item.member
    item.member = replace(member, tie=replace(member.tie, reactivate=False))
    try:
        plain = _picture(item)
    finally:
        item.member = member
    return drawn != plain


def _indicator(check: QCheckBox) -> QPoint:
    """The middle of a tick box's box, where a user clicks."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option,
                                        check).center()


def _tab_with(qtbot, db_path, members: dict[str, TieAttributes]):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(id=None, name="Testcliënt"))
    version = web_service.new_version(dossier.db, client_id, "2026-01-10")
    ids = {}
    for index, (name, tie) in enumerate(members.items()):
        entry = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, name)
        version.members[entry.id] = Member(entry.id, name, EntryKind.PERSON,
                                           Position("friends", 2, 0.2 + 0.3 * index, 0.5), tie)
        ids[name] = entry.id
    web_service.save_version(dossier.db, version)
    tab = InclusionWebTab(dossier)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)
    qtbot.waitUntil(lambda: not tab.editor.scene.layout_pending())
    return tab, dossier, ids


def test_only_the_sleeping_tie_marked_to_reactivate_shows_the_mark(qtbot, db_path):
    sleeping = TieStatus.SLEEPING
    tab, dossier, ids = _tab_with(qtbot, db_path, {
        "Piotr": TieAttributes(status=sleeping, reactivate=True),
        "Leila": TieAttributes(status=sleeping),
        "Tom": TieAttributes(status=TieStatus.ACTIVE, reactivate=True),  # no longer asleep
    })
    items = tab.editor.scene.member_items
    assert _shows_mark(items[ids["Piotr"]])
    assert TIP in items[ids["Piotr"]].toolTip()
    for name in ("Leila", "Tom"):
        assert not _shows_mark(items[ids[name]]), name
        assert TIP not in items[ids[name]].toolTip(), name
    finish(tab, dossier)


def test_ticking_reactivate_in_the_panel_adds_the_mark_and_undo_brings_it_back(qtbot,
                                                                               db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    drag(view.viewport(), view.palette_slot_center(EntryKind.PERSON).toPoint(),
         viewport_point(tab, Position("friends", 2)))
    panel = tab.member_panel
    QTest.keyClicks(panel.name_edit, "Oud-collega")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, tab)
    (entry_id,) = stored(db_path, client_id)[0].members
    status = panel.tie_editors.widgets["status"]
    status.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(status, Qt.Key.Key_Home)
    while status.currentData() != TieStatus.SLEEPING:
        QTest.keyClick(status, Qt.Key.Key_Down)
    scene = tab.editor.scene

    def item() -> MemberItem:
        qtbot.waitUntil(lambda: not scene.layout_pending())
        return scene.member_items[entry_id]

    assert not _shows_mark(item())
    check = panel.tie_editors.widgets["reactivate"]
    panel.ensureWidgetVisible(check)
    box = _indicator(check)
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=box)
    assert check.isChecked()
    assert _shows_mark(item()) and TIP in item().toolTip()
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=box, delay=600)  # not a double click
    assert not check.isChecked()
    assert not _shows_mark(item()) and TIP not in item().toolTip()
    tab.undo_stack().undo()  # Ctrl+Z in the window (the tab alone has no menu)
    assert _shows_mark(item()) and TIP in item().toolTip()
    assert check.isChecked()
    wait_saved(qtbot, tab)
    assert stored(db_path, client_id)[0].members[entry_id].tie.reactivate
    finish(tab, dossier)


def test_the_svg_export_and_the_legend_carry_the_mark(qapp, db):
    client_id = clients_repo.save_client(db, Client(id=None, name="Testcliënt"))
    version = web_service.new_version(db, client_id, "2026-01-10")
    entry = web_service.add_entry(db, client_id, EntryKind.PERSON, "Piotr")
    version.members[entry.id] = Member(
        entry.id, "Piotr", EntryKind.PERSON, Position("work", 2, 0.5, 0.5),
        TieAttributes(status=TieStatus.SLEEPING, reactivate=True))
    marked = render_web_svg(version, 1000, 700).decode("utf-8")
    version.members[entry.id] = replace(version.members[entry.id],
                                        tie=TieAttributes(status=TieStatus.SLEEPING))
    unmarked = render_web_svg(version, 1000, 700).decode("utf-8")
    assert LEGEND_TEXT in marked and LEGEND_TEXT in unmarked  # the legend explains it always
    assert marked.count(MARK) == unmarked.count(MARK) + 1  # and the member carries it
    assert LEGEND_TEXT in [label for _paint, label in legend_rows()]
    assert (MARK, LEGEND_TEXT) in legend_text_entries()


def test_the_legend_tab_lists_the_mark(qtbot, db_path):
    from resokit_desktop.ui.inclusion_web.legend_widget import LegendWidget

    tab, dossier, _ = make_tab(qtbot, db_path)
    tab.side_tabs.setCurrentIndex(tab.side_tabs.count() - 1)
    assert tab.side_tabs.tabText(tab.side_tabs.currentIndex()).replace("&", "") == "Legenda"
    legend = tab.side_tabs.currentWidget().findChild(LegendWidget)
    qtbot.waitUntil(legend.isVisible)
    assert LEGEND_TEXT in legend.accessibleDescription()  # what a screen reader reads out
    assert legend.height() >= legend.sizeHint().height()  # every row shows, the new one too
    finish(tab, dossier)
