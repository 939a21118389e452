"""The organisation map's canvas: register entries as pins (a shape and colour per kind) on the
organisation's map, dragged, nudged with the arrows, zoomed and panned with the canvas kit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.rendering.map_items import LabelledItem
from resokit_desktop.rendering.map_scene import MapScene
from resokit_desktop.ui.canvas.interactions import ItemDrag, KeyboardNudge, Pan, RubberBandSelect
from resokit_desktop.ui.canvas.view import CanvasView

KIND_COLOURS = {
    NeighbourhoodKind.PLACE: QColor("#2F7D4A"),
    NeighbourhoodKind.KEY_FIGURE: QColor("#A0522D"),
    NeighbourhoodKind.INITIATIVE: QColor("#2A64A0"),
    NeighbourhoodKind.ORGANISATION: QColor("#6B4C9A"),
    NeighbourhoodKind.INFORMAL_NETWORK: QColor("#8A6D1F"),
}


def kind_path(kind: str, r: float) -> QPainterPath:
    """Circle (place), triangle (key figure), diamond (initiative), square (organisation),
    hexagon (informal network): the shape says the kind, not the colour alone."""
    path = QPainterPath()
    if kind == NeighbourhoodKind.KEY_FIGURE:
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.25), QPointF(r * 1.15, r * 0.85),
                                   QPointF(-r * 1.15, r * 0.85)]))
    elif kind == NeighbourhoodKind.INITIATIVE:
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.2), QPointF(r * 1.2, 0), QPointF(0, r * 1.2),
                                   QPointF(-r * 1.2, 0)]))
    elif kind == NeighbourhoodKind.ORGANISATION:
        path.addRect(-r, -r, 2 * r, 2 * r)
    elif kind == NeighbourhoodKind.INFORMAL_NETWORK:
        path.addPolygon(QPolygonF([QPointF(r * 1.1 * dx, r * 1.1 * dy) for dx, dy in (
            (1, 0), (0.5, 0.87), (-0.5, 0.87), (-1, 0), (-0.5, -0.87), (0.5, -0.87))]))
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    path.closeSubpath()
    return path


def paint_kind(painter: QPainter, kind: str, r: float, selected: bool = False) -> None:
    if selected:
        painter.setPen(QPen(QColor("#E39B2D"), r * 0.35))
        painter.setBrush(QColor(227, 155, 45, 60))
        painter.drawEllipse(QPointF(0, 0), r * 1.7, r * 1.7)
    painter.setPen(QPen(QColor("white"), r * 0.18))
    painter.setBrush(KIND_COLOURS.get(NeighbourhoodKind(kind), QColor("#555555")))
    painter.drawPath(kind_path(kind, r))


class EntryPinItem(LabelledItem):
    """One register entry on the organisation map; ``key`` is ("entry", id)."""

    def __init__(self, entry: NeighbourhoodEntry, radius: float) -> None:
        super().__init__(("entry", entry.id), radius, True)
        self.entry = entry
        self.label = entry.name
        self.label_hidden = False  # set by declutter_labels: the name would run into another
        self.setToolTip(entry.name)

    @property
    def entry_id(self) -> int:
        return int(self.entry.id)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_kind(painter, str(self.entry.kind), self.radius, self.isSelected())
        if not self.label_hidden or self.isSelected():
            self.paint_label(painter)


def declutter_labels(items: list[EntryPinItem]) -> None:
    """Names never run into each other: from the top of the map down, a name that would touch
    one already shown is left to its tooltip, and shows while its pin is selected."""
    shown: list = []
    for item in sorted((i for i in items if i.isVisible()), key=lambda i: (i.y(), i.x())):
        rect = item.label_scene_rect()
        item.label_hidden = any(rect.intersects(other) for other in shown)
        if not item.label_hidden:
            shown.append(rect)
        item.update()


class OrgMapView(CanvasView):
    """Drags and arrow keys become requests; a double-click or Enter opens the entry."""

    #: {entry id: new map point} after a drag.
    dragged = Signal(object)
    #: Arrow keys: (dx, dy) steps for the selection.
    nudged = Signal(int, int)
    #: Open this entry in the register.
    open_requested = Signal(int)

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.add_interaction(Pan(self))
        self.add_interaction(ItemDrag(self)).moved.connect(self._on_moved)
        self.add_interaction(RubberBandSelect(self))
        self.add_interaction(KeyboardNudge(self, big_step=10)).nudged.connect(self.nudged)

    def selected_ids(self) -> list[int]:
        return sorted(i.entry_id for i in self.scene().selectedItems()
                      if isinstance(i, EntryPinItem))

    def _on_moved(self, moved: dict) -> None:
        points = {item.entry_id: self.map_scene.map_point(new)
                  for item, (_old, new) in moved.items() if isinstance(item, EntryPinItem)}
        if points:
            self.dragged.emit(points)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        for item in self.items(event.position().toPoint()):
            if isinstance(item, EntryPinItem):
                self.open_requested.emit(item.entry_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ids = self.selected_ids()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(ids) == 1:
            self.open_requested.emit(ids[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab walks through the visible pins; past the last one focus moves on."""
        items = sorted((i for i in self.scene().items()
                        if isinstance(i, EntryPinItem) and i.isVisible()),
                       key=lambda i: (i.label.casefold(), i.entry_id))
        selected = [i for i in items if i.isSelected()]
        index = (0 if forward else len(items) - 1) if not selected else \
            items.index(selected[0]) + (1 if forward else -1)
        self.scene().clearSelection()
        if not items or not 0 <= index < len(items):
            return super().focusNextPrevChild(forward)
        items[index].setSelected(True)
        self.ensureVisible(items[index])
        return True
