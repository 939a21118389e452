"""The scene mirrors one WebDocument: it builds items from the model and follows its signals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from resokit_desktop.domain.names import initials_of
from resokit_desktop.domain.web.geometry import inside_web, position_from_unit, position_to_unit
from resokit_desktop.domain.web.model import Member, Position
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.rendering.web_items import LineItem, MemberItem, WebBackgroundItem

R = style.WEB_RADIUS


def current_lang() -> str:
    return QLocale().name()[:2] or "nl"


class WebScene(QGraphicsScene):
    """Items for the background, each member, each tie; never changes the document itself."""

    #: The user dropped one or more dragged members: {entry id: new position}.
    members_dragged = Signal(object)

    def __init__(self, parent=None, *, interactive: bool = True, lang: str | None = None,
                 show_labels: bool = True, initials_only: bool = False) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.lang = lang or current_lang()
        self.show_labels = show_labels
        self.initials_only = initials_only
        self.document: WebDocument | None = None
        self.background: WebBackgroundItem | None = None
        self.member_items: dict[int, MemberItem] = {}
        self.tie_items: dict[tuple[int, int], LineItem] = {}
        self.ego_items: dict[int, LineItem] = {}
        self.markers: dict[int, str] = {}
        mx, my = R + style.LABEL_MARGIN, R + style.LABEL_MARGIN_Y
        self.setSceneRect(QRectF(-mx, -my, 2 * mx, 2 * my))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # Building --------------------------------------------------------------------------------
    def set_document(self, document: WebDocument | None) -> None:
        if self.document is not None:
            for signal in (self.document.member_added, self.document.member_removed,
                           self.document.member_moved, self.document.member_changed,
                           self.document.tie_added, self.document.tie_removed):
                signal.disconnect()
        for line in [*self.tie_items.values(), *self.ego_items.values()]:
            line.detach()  # break the member <-> line reference cycles before the items go
        self.clear()
        self.member_items.clear()
        self.tie_items.clear()
        self.ego_items.clear()
        self.background = None
        self.document = document
        if document is None:
            return
        self.background = WebBackgroundItem(document.version.domain_set, self.lang,
                                            self.show_labels)
        self.addItem(self.background)
        for entry_id in document.version.members:
            self._add_member_item(entry_id)
        for a, b in sorted(document.version.ties):
            self._add_tie_item(a, b)
        document.member_added.connect(self._on_member_added)
        document.member_removed.connect(self._on_member_removed)
        document.member_moved.connect(self._on_member_moved)
        document.member_changed.connect(self._on_member_changed)
        document.tie_added.connect(self._add_tie_item)
        document.tie_removed.connect(self._on_tie_removed)

    def set_markers(self, markers: dict[int, str]) -> None:
        """Comparison markers (added/lost/closer/further) drawn as tags beside members."""
        self.markers = dict(markers)
        for entry_id, item in self.member_items.items():
            item.marker = self.markers.get(entry_id, "")
            item.update()

    def label_for(self, member: Member) -> str:
        return initials_of(member.name) if self.initials_only else member.name

    def scene_point(self, member: Member) -> QPointF:
        assert self.document is not None
        x, y = position_to_unit(member.position, self.document.domain_keys())
        return QPointF(x * R, y * R)

    def position_at(self, point: QPointF, margin: float = 0.06) -> Position | None:
        """The stored position for a scene point on the web; None when the point is off the web."""
        if self.document is None or not inside_web(point.x() / R, point.y() / R, margin):
            return None
        return position_from_unit(point.x() / R, point.y() / R, self.document.domain_keys())

    def _add_member_item(self, entry_id: int) -> None:
        member = self.document.member(entry_id)
        item = MemberItem(member, self.label_for(member), self.interactive)
        item.marker = self.markers.get(entry_id, "")
        item.setPos(self.scene_point(member))
        self.addItem(item)
        self.member_items[entry_id] = item
        self._sync_ego_line(entry_id)

    def _sync_ego_line(self, entry_id: int) -> None:
        item = self.member_items[entry_id]
        pen = style.ego_pen(item.member.tie.strength)
        line = self.ego_items.get(entry_id)
        if pen is None:
            if line is not None:
                line.detach()
                self.removeItem(line)
                del self.ego_items[entry_id]
            return
        if line is None:
            line = LineItem(None, item, pen)
            self.addItem(line)
            self.ego_items[entry_id] = line
        else:
            line.setPen(pen)

    def _add_tie_item(self, a: int, b: int) -> None:
        if (a, b) in self.tie_items:
            return
        line = LineItem(self.member_items[a], self.member_items[b], style.tie_pen())
        if self.interactive:
            line.setFlag(LineItem.GraphicsItemFlag.ItemIsSelectable)
        self.addItem(line)
        self.tie_items[(a, b)] = line

    # Following the document ------------------------------------------------------------------
    def _on_member_added(self, entry_id: int) -> None:
        self._add_member_item(entry_id)

    def _on_member_removed(self, entry_id: int) -> None:
        line = self.ego_items.pop(entry_id, None)
        if line is not None:
            line.detach()
            self.removeItem(line)
        item = self.member_items.pop(entry_id)
        self.removeItem(item)

    def _on_member_moved(self, entry_id: int) -> None:
        item = self.member_items[entry_id]
        item.setPos(self.scene_point(item.member))

    def _on_member_changed(self, entry_id: int) -> None:
        item = self.member_items[entry_id]
        item.set_member(self.document.member(entry_id), self.label_for(item.member))
        self._sync_ego_line(entry_id)

    def _on_tie_removed(self, a: int, b: int) -> None:
        line = self.tie_items.pop((a, b), None)
        if line is not None:
            line.detach()
            self.removeItem(line)

    # Dragging --------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self.document is None:
            return
        moved: dict[int, Position] = {}
        for entry_id, item in self.member_items.items():
            expected = self.scene_point(item.member)
            if (item.pos() - expected).manhattanLength() > 0.5:
                x, y = item.pos().x() / R, item.pos().y() / R
                moved[entry_id] = position_from_unit(x, y, self.document.domain_keys())
        if moved:
            self.members_dragged.emit(moved)

    def selected_member_ids(self) -> list[int]:
        return sorted(i.entry_id for i in self.selectedItems() if isinstance(i, MemberItem))

    def selected_ties(self) -> list[tuple[int, int]]:
        return sorted(i.key for i in self.selectedItems()
                      if isinstance(i, LineItem) and i.key is not None)
