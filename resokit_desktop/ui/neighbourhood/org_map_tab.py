"""The "Buurtkaart organisatie": the register's entries as pins on one map of the organisation,
placed by dragging (each move an undo step, stored at once), filtered by kind; a double-click or
Enter opens the entry in the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.buurtkaart import Point, clamp_point
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodKind
from resokit_desktop.rendering.map_scene import MapScene
from resokit_desktop.services import org_map_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.commands import MoveItemsCommand
from resokit_desktop.ui.neighbourhood.org_map_view import (
    EntryPinItem,
    OrgMapView,
    declutter_labels,
)
from resokit_desktop.ui.neighbourhood.register_texts import kind_text
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("OrganisationMap")
NUDGE = 0.005
BLANK = -1
PIN_SCALE = 0.7  # many entries share one map: smaller pins and names than a client's map
SHAPES = {"place": "●", "key_figure": "▲", "initiative": "◆", "organisation": "■",
          "informal_network": "⬢"}


class OrgMapTab(QWidget):
    """Reads and writes through ``org_map_service`` on ``db``."""

    #: Open this register entry (id) in the register list and form.
    open_entry = Signal(int)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_map")
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.points: dict[int, Point] = {}
        self.items: dict[int, EntryPinItem] = {}
        self.scene = MapScene(self, interactive=False)
        self.view = OrgMapView(self.scene, self)
        self.view.setAccessibleName(_tr("Buurtkaart van de organisatie"))
        self.view.dragged.connect(self._dragged)
        self.view.nudged.connect(self._nudged)
        self.view.open_requested.connect(self.open_entry)
        self.map_combo = ComboBox(self)
        self.map_combo.setAccessibleName(_tr("Kaart"))
        self.map_combo.activated.connect(self._map_chosen)
        self.kind_combo = ComboBox(self)
        self.kind_combo.setAccessibleName(_tr("Soort"))
        self.kind_combo.addItem(_tr("Alle soorten"), None)
        for kind in NeighbourhoodKind:
            self.kind_combo.addItem(kind_text(kind), str(kind))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        fit = QPushButton(_tr("Passend maken"), self)
        fit.clicked.connect(self.view.fit_to_window)
        map_label, kind_label = QLabel(_tr("K&aart:"), self), QLabel(_tr("S&oort:"), self)
        map_label.setBuddy(self.map_combo)
        kind_label.setBuddy(self.kind_combo)
        bar = QHBoxLayout()
        for widget in (map_label, self.map_combo, kind_label, self.kind_combo, fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.unplaced = QListWidget(self)
        self.unplaced.setAccessibleName(_tr("Nog niet op de kaart"))
        self.unplaced.itemActivated.connect(lambda _i: self.place_chosen())
        self.place_button = QPushButton(_tr("Op de kaart &zetten"), self)
        self.place_button.clicked.connect(self.place_chosen)
        self.open_button = QPushButton(_tr("Openen in het register"), self)
        self.open_button.clicked.connect(self._open_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("organisation_map_message")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(_tr("Sleep de items naar hun plek (pijltjes verschuiven, Ctrl+Z maakt "
                          "ongedaan). Dubbelklik of Enter opent een item in het register."), side)
        hint.setWordWrap(True)
        side_layout.addWidget(hint)
        legend = QLabel("\n".join(f"{SHAPES[str(k)]}  {kind_text(k)}" for k in NeighbourhoodKind),
                        side)
        legend.setAccessibleName(_tr("Legende"))
        side_layout.addWidget(legend)
        unplaced_label = QLabel(_tr("&Nog niet op de kaart:"), side)
        unplaced_label.setBuddy(self.unplaced)
        side_layout.addWidget(unplaced_label)
        side_layout.addWidget(self.unplaced, 1)
        side_layout.addWidget(self.place_button)
        side_layout.addWidget(self.open_button)
        side_layout.addWidget(self.message)
        side.setMaximumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        for keys, handler in ((QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                              ("Ctrl+Shift+Z", self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self, handler)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register and the positions again (the undo history starts afresh)."""
        self.undo_stack.clear()
        self._fill_maps()
        image = org_map_service.image_id(self.db)
        self.scene.set_map_image(org_map_service.image(self.db, image))
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items = {}
        self.entries = {}
        self.points = {}
        for pin in org_map_service.pins(self.db):
            self.entries[pin.entry.id] = pin.entry
            if pin.point is not None:
                self.points[pin.entry.id] = pin.point
        self._sync()
        self.view.fit_to_window()

    def _fill_maps(self) -> None:
        self.map_combo.clear()
        self.map_combo.addItem(_tr("Lege kaart"), BLANK)
        for number, info in enumerate(org_map_service.images(self.db), start=1):
            self.map_combo.addItem(_tr("Stratenplan {n}").format(n=number), info.id)
        current = org_map_service.image_id(self.db)
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(
            BLANK if current is None else current)))

    def _map_chosen(self, index: int) -> None:
        image = self.map_combo.itemData(index)
        image = None if image == BLANK else image
        try:
            org_map_service.set_image(self.db, image)
        except org_map_service.StorageError:
            self.message.setText(_tr("Niet bewaard: het bestand kon niet geschreven worden."))
            return
        self.scene.set_map_image(org_map_service.image(self.db, image))
        for item in self.items.values():
            item.radius = self.scene.symbol_radius * PIN_SCALE
            item.prepareGeometryChange()
        self._sync()
        self.view.fit_to_window()

    # Mirroring the positions -----------------------------------------------------------------
    def _sync(self) -> None:
        for entry_id in [i for i in self.items if i not in self.points]:
            self.scene.removeItem(self.items.pop(entry_id))
        for entry_id, point in self.points.items():
            item = self.items.get(entry_id)
            if item is None:
                item = EntryPinItem(self.entries[entry_id], self.scene.symbol_radius * PIN_SCALE)
                self.scene.addItem(item)
                self.items[entry_id] = item
            item.setPos(self.scene.scene_point(point))
        self.unplaced.clear()
        for entry_id, entry in self.entries.items():
            if entry_id not in self.points:
                item = QListWidgetItem(f"{entry.name} ({kind_text(entry.kind)})", self.unplaced)
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.kind_combo.currentData()
        for item in self.items.values():
            item.setVisible(kind is None or str(item.entry.kind) == kind)
            if not item.isVisible():
                item.setSelected(False)
        for row in range(self.unplaced.count()):
            entry = self.entries[self.unplaced.item(row).data(Qt.ItemDataRole.UserRole)]
            self.unplaced.item(row).setHidden(kind is not None and str(entry.kind) != kind)
        declutter_labels(list(self.items.values()))

    def _set_points(self, points: dict[int, Point | None]) -> None:
        """The undo commands' one way to change positions: stored at once, then shown."""
        try:
            org_map_service.move(self.db, points)
        except org_map_service.StorageError:
            self.message.setText(_tr("Niet bewaard: het bestand kon niet geschreven worden."))
            self._sync()
            return
        for entry_id, point in points.items():
            if point is None:
                self.points.pop(entry_id, None)
            else:
                self.points[entry_id] = clamp_point(*point)
        self.message.setText("")
        self._sync()

    def _move(self, new: dict[int, Point | None], merge_key: str | None = None) -> None:
        old = {i: self.points.get(i) for i in new}
        if old != new:
            self.undo_stack.push(MoveItemsCommand(self._set_points, old, new, _tr("Verplaatsen"),
                                                  merge_key))

    # Gestures --------------------------------------------------------------------------------
    def _dragged(self, points: dict[int, Point]) -> None:
        self._move({i: clamp_point(*p) for i, p in points.items()})
        self._sync()  # dragged off the map: back onto its edge

    def _nudged(self, dx: int, dy: int) -> None:
        ids = [i for i in self.view.selected_ids() if i in self.points]
        self._move({i: clamp_point(self.points[i][0] + dx * NUDGE,
                                   self.points[i][1] + dy * NUDGE) for i in ids}, "keyboard")

    def place_chosen(self) -> None:
        """The chosen unplaced entry goes to the middle of the view, selected, ready to drag."""
        item = self.unplaced.currentItem()
        if item is None or item.isHidden():
            return
        entry_id = int(item.data(Qt.ItemDataRole.UserRole))
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        self._move({entry_id: self.scene.map_point(centre)})
        self.scene.clearSelection()
        self.items[entry_id].setSelected(True)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) == 1:
            self.open_entry.emit(ids[0])
