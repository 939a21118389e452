"""The buurtkaart's graphics scene: the map (an image or a blank canvas), the neighbourhood
boundary, home and the pins, mirroring a MapDocument through its signals."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsPixmapItem, QGraphicsScene

from resokit_desktop.domain.buurtkaart import Point, clamp_point
from resokit_desktop.rendering.map_document import HOME, MapDocument
from resokit_desktop.rendering.map_items import BOUNDARY_COLOUR, HomeItem, PinItem, VertexItem

BLANK_SIZE = (1600.0, 1100.0)
BLANK_FILL = QColor("#F7F5F0")
GRID_LINE = QColor("#E3DED3")


class MapScene(QGraphicsScene):
    """Items for the map, boundary, home and each pin; never changes the document itself."""

    def __init__(self, parent=None, *, interactive: bool = True, home_label: str = "") -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.home_label = home_label
        self.document: MapDocument | None = None
        self.map_rect = QRectF(0, 0, *BLANK_SIZE)
        self.background = QGraphicsPixmapItem()
        self.background.setZValue(-10)
        self.background.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.addItem(self.background)
        self.boundary_item = QGraphicsPathItem()
        self.boundary_item.setZValue(2)
        self.addItem(self.boundary_item)
        self.pin_items: dict[int, PinItem] = {}
        self.vertex_items: list[VertexItem] = []
        self.home_item: HomeItem | None = None
        self.set_map_image(None)

    # Geometry ----------------------------------------------------------------------------------
    @property
    def symbol_radius(self) -> float:
        """Pins scale with the map: about 1/60 of its longer side."""
        return max(self.map_rect.width(), self.map_rect.height()) / 60

    def scene_point(self, point: Point) -> QPointF:
        return QPointF(point[0] * self.map_rect.width(), point[1] * self.map_rect.height())

    def map_point(self, scene_point: QPointF) -> Point:
        return clamp_point(scene_point.x() / self.map_rect.width(),
                           scene_point.y() / self.map_rect.height())

    def on_map(self, scene_point: QPointF) -> bool:
        return self.map_rect.contains(scene_point)

    # Map image -------------------------------------------------------------------------------
    def set_map_image(self, image: QImage | None) -> None:
        """The map to draw on; None (or a null image) is a blank canvas with a light grid."""
        if image is not None and not image.isNull():
            self.map_rect = QRectF(0, 0, image.width(), image.height())
            self.background.setPixmap(QPixmap.fromImage(image))
        else:
            self.map_rect = QRectF(0, 0, *BLANK_SIZE)
            self.background.setPixmap(QPixmap())
        self.setSceneRect(self.map_rect)
        self.update()
        self._rebuild()

    def drawBackground(self, painter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#FFFFFF"))
        if self.background.pixmap().isNull():
            painter.fillRect(self.map_rect, BLANK_FILL)
            painter.setPen(QPen(GRID_LINE, self.symbol_radius * 0.12))
            step = self.map_rect.width() / 16
            x = step
            while x < self.map_rect.width():
                painter.drawLine(QPointF(x, 0), QPointF(x, self.map_rect.height()))
                x += step
            y = step
            while y < self.map_rect.height():
                painter.drawLine(QPointF(0, y), QPointF(self.map_rect.width(), y))
                y += step

    # Mirroring the document -------------------------------------------------------------------
    def set_document(self, document: MapDocument | None) -> None:
        if self.document is not None:
            for signal in (self.document.pin_added, self.document.pin_removed,
                           self.document.pin_changed, self.document.points_moved,
                           self.document.home_changed, self.document.boundary_changed):
                signal.disconnect()
        self.document = document
        if document is not None:
            document.pin_added.connect(self._on_pin_added)
            document.pin_removed.connect(self._on_pin_removed)
            document.pin_changed.connect(self._on_pin_changed)
            document.points_moved.connect(self.sync_points)
            document.home_changed.connect(self._sync_home)
            document.boundary_changed.connect(self._sync_boundary)
        self._rebuild()

    def _rebuild(self) -> None:
        for item in list(self.pin_items.values()):
            self.removeItem(item)
        self.pin_items = {}
        if self.document is not None:
            for contact_id in sorted(self.document.version.pins):
                self._on_pin_added(contact_id)
        self._sync_home()
        self._sync_boundary()

    def _on_pin_added(self, contact_id: int) -> None:
        pin = self.document.pin(contact_id)
        item = PinItem(pin, self.symbol_radius, self.interactive)
        item.setPos(self.scene_point(pin.point))
        self.addItem(item)
        self.pin_items[contact_id] = item

    def _on_pin_removed(self, contact_id: int) -> None:
        self.removeItem(self.pin_items.pop(contact_id))

    def _on_pin_changed(self, contact_id: int) -> None:
        self.pin_items[contact_id].set_pin(self.document.pin(contact_id))

    def sync_points(self) -> None:
        """Put every item where the document has it (after a move, or a drag that changed
        nothing)."""
        if self.document is None:
            return
        for contact_id, item in self.pin_items.items():
            item.setPos(self.scene_point(self.document.pin(contact_id).point))
        self._sync_home()
        self._sync_boundary()

    def _sync_home(self) -> None:
        home = self.document.version.home if self.document is not None else None
        if home is None:
            if self.home_item is not None:
                self.removeItem(self.home_item)
                self.home_item = None
            return
        if self.home_item is None:
            self.home_item = HomeItem(self.symbol_radius * 1.2, self.home_label,
                                      self.interactive)
            self.addItem(self.home_item)
        self.home_item.setPos(self.scene_point(home))

    def _sync_boundary(self) -> None:
        points = list(self.document.version.boundary) if self.document is not None else []
        path = QPainterPath()
        if points:
            path.addPolygon(QPolygonF([self.scene_point(p) for p in points]))
            path.closeSubpath()
        r = self.symbol_radius
        self.boundary_item.setPath(path)
        pen = QPen(BOUNDARY_COLOUR, r * 0.35, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.boundary_item.setPen(pen)
        fill = QColor(BOUNDARY_COLOUR)
        fill.setAlpha(28)
        self.boundary_item.setBrush(fill)
        if not self.interactive:
            return
        while len(self.vertex_items) > len(points):
            self.removeItem(self.vertex_items.pop())
        while len(self.vertex_items) < len(points):
            item = VertexItem(len(self.vertex_items), r * 0.55)
            self.addItem(item)
            self.vertex_items.append(item)
        for item, point in zip(self.vertex_items, points, strict=True):
            item.setPos(self.scene_point(point))

    # Reading the scene -----------------------------------------------------------------------
    def item_key(self, item) -> tuple | None:
        return getattr(item, "key", None)

    def selected_pin_ids(self) -> list[int]:
        return sorted(i.contact_id for i in self.selectedItems() if isinstance(i, PinItem))

    def selected_keys(self) -> list[tuple]:
        return [i.key for i in self.selectedItems() if hasattr(i, "key")]

    def home_key(self) -> tuple:
        return HOME
