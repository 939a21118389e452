"""A registry entry dragged from the unplaced list and dropped on the web lands where it falls."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from web_ui_helpers import finish, make_tab, stored, viewport_point, wait_saved

from resokit_desktop.domain.web.model import EntryKind, Position
from resokit_desktop.services import web_service
from resokit_desktop.ui.canvas.view import ENTRY_MIME


def _send(viewport, point: QPointF, data: QMimeData) -> tuple[bool, bool]:
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point.toPoint(), copy, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(point, copy, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_an_entry_dropped_on_the_web_is_placed_where_it_lands(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    rita = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, "Rita")
    tab._refresh_side()
    assert tab.unplaced.list.count() == 1
    data = QMimeData()
    data.setData(ENTRY_MIME, QByteArray(str(rita.id).encode()))
    target = QPointF(viewport_point(tab, Position("friends", 2)))
    assert _send(tab.editor.view.viewport(), target, data) == (True, True)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    placed = [m for m in version.members.values() if m.entry_id == rita.id]
    assert len(placed) == 1 and placed[0].position.domain == "friends"
    # Text that is not an entry id is refused and changes nothing.
    junk = QMimeData()
    junk.setData(ENTRY_MIME, QByteArray(b"not-a-number"))
    assert _send(tab.editor.view.viewport(), target, junk)[1] is False
    finish(tab, dossier)
