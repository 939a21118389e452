"""The scene mirrors one WebDocument: it builds items from the model and follows its signals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene

from resokit_desktop.domain.names import initials_of
from resokit_desktop.domain.web.geometry import (
    inside_web,
    position_from_unit,
    position_to_unit,
    uniform_spans,
)
from resokit_desktop.domain.web.layout import (
    Footprint,
    Placement,
    WebLayout,
    centre_zone,
    place,
    quiet_border,
    web_layout,
    widened,
)
from resokit_desktop.domain.web.model import Member, Position
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.rendering.web_items import LineItem, MemberItem, WebBackgroundItem
from resokit_desktop.rendering.web_label_fit import LabelFitter

R = style.WEB_RADIUS


def current_lang() -> str:
    return QLocale().name()[:2] or "nl"


class WebScene(QGraphicsScene):
    """Items for the background, each member, each tie; never changes the document itself."""

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
        #: Text size relative to normal (the app's text-size setting, presentation mode).
        self.text_scale = 1.0
        self.min_hit_radius = 0.0
        #: Names stay inside the disc with its domain names (the desk's fitted view); off in
        #: presentation, where the full screen has room around the web.
        self.bounded_labels = interactive
        self.layout = WebLayout(uniform_spans(1))
        # Many changes in a row (an undo of a big move, a paste) lay the web out once.
        self._relayout_timer = QTimer(self, singleShot=True, interval=0)
        self._label_fitter = LabelFitter()
        self._relayout_timer.timeout.connect(self.relayout)
        mx, my = R + style.LABEL_MARGIN, R + style.LABEL_MARGIN_Y
        self.setSceneRect(QRectF(-mx, -my, 2 * mx, 2 * my))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # Layout: sector widths, member size, names -------------------------------------------------
    def label_px(self) -> float:
        return style.LABEL_PX * self.text_scale

    def footprint(self) -> Footprint:
        """A member's drawing on the unit disc, measured from the current fonts."""
        px = self.label_px()
        rect = style.member_rect(style.SYMBOL_RADIUS, px, px * style.LABEL_CORE_EMS)
        return Footprint(rect.left() / R, rect.top() / R, rect.right() / R, rect.bottom() / R)

    def obstacles(self) -> list[tuple[float, float, float, float]]:
        """The client's disc and the ring names, on the unit disc: members keep clear of them."""
        if self.background is None:
            return []
        return [centre_zone()] + [(r.left() / R, r.top() / R, r.right() / R, r.bottom() / R)
                                  for r in self.background.ring_label_rects()]

    def restyle(self) -> None:
        """Take over the current colours (high contrast switched on or off)."""
        for line in self.tie_items.values():
            line.setPen(style.tie_pen())
        for entry_id in list(self.ego_items):
            self._sync_ego_line(entry_id)
        for item in self.items():
            item.update()
        self.update()

    def set_min_hit_radius(self, radius: float) -> None:
        """Members answer to a touch this far (scene units) from their centre (0: normal)."""
        for item in self.member_items.values():
            item.set_min_hit_radius(radius / max(item.scale(), 1e-6))
        self.min_hit_radius = radius

    def set_bounded_labels(self, bounded: bool) -> None:
        if bounded != self.bounded_labels:
            self.bounded_labels = bounded
            self.relayout()

    def set_text_scale(self, scale: float) -> None:
        if abs(scale - self.text_scale) > 1e-6:
            self.text_scale = scale
            self.relayout()

    def placement(self, domain: str, ring: int, wanted: tuple[float, float] | None = None,
                  others: dict[int, Position] | None = None, name: str = "") -> Placement:
        """A free spot for a new or moved member (and members moved to make room) among
        ``others`` (default: everyone on the web); with no ``wanted`` spot, one with room for
        the whole ``name`` where there is."""
        assert self.document is not None
        self.ensure_layout()
        if others is None:
            others = {k: m.position for k, m in self.document.version.members.items()}
        footprint = self.footprint()
        metrics = QFontMetricsF(style.scene_font(self.label_px()))
        whole = widened(footprint, (metrics.horizontalAdvance(name) + 6) / R) if name else None
        return place(others, domain, ring, self.document.domain_keys(), footprint,
                     wanted, self.obstacles(), whole_name=whole)

    def layout_pending(self) -> bool:
        return self._relayout_timer.isActive()

    def ensure_layout(self) -> None:
        """Lay out now what is waiting (before measuring or placing anything)."""
        if self._relayout_timer.isActive():
            self.relayout()

    def relayout(self) -> None:
        """Sector widths and member size from the members now on the web; then the names."""
        self._relayout_timer.stop()
        if self.document is None or self.background is None:
            return
        positions = [m.position for m in self.document.version.members.values()]
        keys, footprint = self.document.domain_keys(), self.footprint()
        self.layout = web_layout(positions, keys, footprint)
        pill = self.background.ring_label_rects()[0] if self.background.show_labels else None
        size = (pill.width() / R, pill.height() / R) if pill is not None else (0.22, 0.06)
        self.background.set_format(self.layout.spans, self.text_scale,
                                   quiet_border(positions, keys, footprint, self.layout, size))
        for item in self.member_items.values():
            if item.scale() != self.layout.item_scale:
                item.setScale(self.layout.item_scale)
            point = self.scene_point(item.member)
            if item.pos() != point:  # each move makes its lines follow: only real moves
                item.setPos(point)
        self._fit_labels()
        self._fit_scene_rect()

    def _fit_scene_rect(self) -> None:
        rect = self.background.content_rect() if self.background is not None else QRectF()
        for item in self.member_items.values():
            rect = rect.united(item.sceneBoundingRect())
        self.setSceneRect(rect.adjusted(-8, -8, 8, 8))

    def _fit_labels(self) -> None:
        """Each name as wide as it needs where there is room (see web_label_fit.py)."""
        fixed: list[QRectF] = []
        bounds = None
        if self.background is not None:
            fixed = self.background.ring_label_rects() + self.background.domain_label_rects()
            # On screen names stay inside the disc with its domain names (what "fit" shows); a
            # print grows its picture round them instead (no tooltip on paper).
            bounds = self.background.content_rect() if self.bounded_labels else None
        self._label_fitter.fit(self.member_items.values(), self.label_px(),
                               self.layout.item_scale, fixed, bounds)

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
        # The layout first: members are put where they belong once, not moved (lines and all)
        # by the first relayout.
        self.layout = web_layout([m.position for m in document.version.members.values()],
                                 document.domain_keys(), self.footprint())
        self.background = WebBackgroundItem(document.version.domain_set, self.lang,
                                            self.show_labels)
        self.addItem(self.background)
        for entry_id in document.version.members:
            self._add_member_item(entry_id)
        for a, b in sorted(document.version.ties):
            self._add_tie_item(a, b)
        self.relayout()
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

    def scene_point(self, member: Member | Position) -> QPointF:
        assert self.document is not None
        position = member.position if isinstance(member, Member) else member
        x, y = position_to_unit(position, self.document.domain_keys(), self.layout.spans)
        return QPointF(x * R, y * R)

    def position_at(self, point: QPointF, margin: float = 0.06) -> Position | None:
        """The stored position for a scene point on the web; None when the point is off the web."""
        if self.document is None or not inside_web(point.x() / R, point.y() / R, margin):
            return None
        self.ensure_layout()
        return position_from_unit(point.x() / R, point.y() / R, self.document.domain_keys(),
                                  self.layout.spans)

    def _add_member_item(self, entry_id: int) -> None:
        member = self.document.member(entry_id)
        item = MemberItem(member, self.label_for(member), self.interactive, self.label_px())
        item.setScale(self.layout.item_scale)
        item.set_min_hit_radius(self.min_hit_radius / max(self.layout.item_scale, 1e-6))
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
        self._relayout_timer.start()

    def _on_member_removed(self, entry_id: int) -> None:
        line = self.ego_items.pop(entry_id, None)
        if line is not None:
            line.detach()
            self.removeItem(line)
        item = self.member_items.pop(entry_id)
        self.removeItem(item)
        self._relayout_timer.start()

    def _on_member_moved(self, entry_id: int) -> None:
        item = self.member_items[entry_id]
        item.setPos(self.scene_point(item.member))  # at once; sectors and names follow soon
        self._relayout_timer.start()

    def _on_member_changed(self, entry_id: int) -> None:
        item = self.member_items[entry_id]
        item.set_member(self.document.member(entry_id), self.label_for(item.member))
        self._sync_ego_line(entry_id)
        self._relayout_timer.start()

    def _on_tie_removed(self, a: int, b: int) -> None:
        line = self.tie_items.pop((a, b), None)
        if line is not None:
            line.detach()
            self.removeItem(line)

    # Dragging --------------------------------------------------------------------------------
    def position_of(self, item: MemberItem) -> Position:
        """The web position where a (dragged) member item now stands."""
        x, y = item.pos().x() / R, item.pos().y() / R
        return position_from_unit(x, y, self.document.domain_keys(), self.layout.spans)

    def snap_back(self, entry_id: int) -> None:
        """Put a member's item back where the document has it (a drag that changed nothing)."""
        self._on_member_moved(entry_id)

    def selected_member_ids(self) -> list[int]:
        return sorted(i.entry_id for i in self.selectedItems() if isinstance(i, MemberItem))

    def selected_ties(self) -> list[tuple[int, int]]:
        return sorted(i.key for i in self.selectedItems()
                      if isinstance(i, LineItem) and i.key is not None)
