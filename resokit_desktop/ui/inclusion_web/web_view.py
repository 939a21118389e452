"""The web's view: zoom, fit, and the mouse gestures (palette drop, connect, double-click, drop)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from resokit_desktop.domain.web.model import EntryKind, Function
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_items import MemberItem
from resokit_desktop.rendering.web_labels import function_letter, kind_label
from resokit_desktop.rendering.web_scene import WebScene
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.interactions import ItemDrag, KeyboardNudge, Pan, RubberBandSelect
from resokit_desktop.ui.canvas.view import ENTRY_MIME, CanvasView
from resokit_desktop.ui.inclusion_web.palette_room import placement_clear_of
from resokit_desktop.ui.inclusion_web.web_interactions import NewTieDrag, PaletteDrop
from resokit_desktop.ui.text_size import DEFAULT_POINT_SIZE

__all__ = ["ENTRY_MIME", "WebView"]
PALETTE_KINDS = (EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP)
PALETTE_GAP = 4  # viewport pixels kept free round the palette


_t = translator("WebView")


class PaletteOverlay(QFrame):
    """Three shapes to drag onto the web. Mouse events pass through to the view underneath."""

    # Narrow (a shape over its name), so it stays in the view's corner clear of the web.
    SLOT = QSize(66, 50)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(self.SLOT.width() + 8, self.SLOT.height() * 3 + 26)
        self.setToolTip(_t("Sleep een vorm op het web om iemand of iets toe te voegen"))

    def slot_rect(self, index: int) -> QRect:
        return QRect(4, 22 + index * self.SLOT.height(), self.SLOT.width(), self.SLOT.height())

    def kind_at(self, point_in_self: QPointF) -> EntryKind | None:
        for index, kind in enumerate(PALETTE_KINDS):
            if self.slot_rect(index).contains(point_in_self.toPoint()):
                return kind
        return None

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.RING_LINE, 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setPen(style.SOFT_INK)
        painter.setFont(style.scene_font(11, bold=True))
        painter.drawText(QRect(0, 4, self.width(), 18), Qt.AlignmentFlag.AlignCenter,
                         _t("Toevoegen"))
        for index, kind in enumerate(PALETTE_KINDS):
            rect = self.slot_rect(index)
            style.paint_symbol(painter, kind, QPointF(rect.center().x(), rect.top() + 15), 11)
            painter.setPen(style.INK)
            painter.setFont(style.scene_font(11))
            label = kind_label(kind).split(" ")[0]
            painter.drawText(rect.adjusted(0, 28, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()


class WebView(CanvasView):
    """Shows a WebScene; its gesture objects turn into requests the editor makes undo commands
    of."""

    #: Put a new registry entry of this kind at this position.
    new_member_requested = Signal(str, object)
    #: Put an existing registry entry (id) at this position.
    place_entry_requested = Signal(int, object)
    #: Draw a who-knows-whom tie between two members.
    tie_requested = Signal(int, int)
    #: Keyboard: move the selection (domain step, ring step).
    nudge_requested = Signal(int, int)
    #: The user dropped one or more dragged members: {entry id: new position}.
    members_dragged = Signal(object)
    #: Keyboard: add a new person at a free spot.
    insert_requested = Signal()
    #: Del pressed.
    delete_requested = Signal()
    #: One key chose the kind of the selected members: 1 person, 2 place, 3 group.
    kind_requested = Signal(str)
    #: A badge letter (P, E, A, G) switched that function of the selected members on or off.
    function_toggled = Signal(str)

    def __init__(self, scene: WebScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.web_scene = scene
        self.connect_mode = False
        # Presentation mode makes the web's text larger still.
        self.presentation_factor = 1.0
        self.add_interaction(Pan(self))
        self.add_interaction(PaletteDrop(self))
        self.add_interaction(NewTieDrag(self))
        self.add_interaction(ItemDrag(self)).moved.connect(self._on_items_moved)
        self.add_interaction(RubberBandSelect(self))
        self.add_interaction(KeyboardNudge(
            self, has_selection=lambda: bool(scene.selected_member_ids()))
        ).nudged.connect(self.nudge_requested)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_t("Inclusieweb"))
        self.setBackgroundBrush(QColor("#FFFFFF"))
        # Names and sector widths change the drawn area: a fitted view follows.
        self._own_rect: QRectF | None = None  # set while the web keeps clear of the palette
        scene.sceneRectChanged.connect(self._refit)
        self.palette_overlay = PaletteOverlay(self)
        self.palette_overlay.move(10, 10)
        self.palette_overlay.raise_()

    # Zoom and fit ------------------------------------------------------------------------------
    def fit_rect(self) -> QRectF:
        """The disc with its domain names: what "fit" shows as large as the view allows."""
        background = self.web_scene.background
        if background is None or not self.web_scene.bounded_labels:
            return self.web_scene.sceneRect()  # names may reach beyond: show them all
        return background.content_rect().adjusted(-6, -6, 6, 6)

    def _refit(self, _rect=None) -> None:
        if self.auto_fit:
            self.fit_view()
        elif self._own_rect is not None:  # zoomed in: the whole web stays in reach
            self.setSceneRect(self._own_rect.united(self.web_scene.sceneRect()))

    def fit_view(self) -> None:
        """The web as large as the view allows, with nothing drawn under the palette."""
        content = self.fit_rect()
        placement = placement_clear_of(QSizeF(self.viewport().size()), content,
                                       self._drawn_rects(), self._palette_corner())
        if placement == placement_clear_of(QSizeF(self.viewport().size()), content, [], None):
            # Nothing under the palette: Qt's own fit, the view following the scene's rectangle.
            self._own_rect = None
            self.setSceneRect(QRectF())
            self.fitInView(content, Qt.AspectRatioMode.KeepAspectRatio)
            return
        # The view's own scene rectangle is exactly what the viewport shows (half a pixel less
        # all round, so no scroll bar appears): centred, it puts the web where it was placed.
        s = placement.scale
        view = self.viewport().size()
        shown = QRectF(content.left() - placement.left / s, content.top() - placement.top / s,
                       view.width() / s, view.height() / s).adjusted(0.5 / s, 0.5 / s,
                                                                     -0.5 / s, -0.5 / s)
        self._own_rect = shown
        self.setSceneRect(shown)
        self.setTransform(QTransform.fromScale(s, s))
        self.centerOn(shown.center())

    def _palette_corner(self) -> QRectF | None:
        """The palette's rectangle on the viewport with a small gap round it (None: hidden)."""
        palette = self.palette_overlay
        if palette.isHidden():
            return None
        top_left = self.viewport().mapFrom(self, palette.geometry().topLeft())
        return QRectF(QRect(top_left, palette.size())).adjusted(-PALETTE_GAP, -PALETTE_GAP,
                                                                 PALETTE_GAP, PALETTE_GAP)

    def _drawn_rects(self) -> list[QRectF]:
        """What the palette must never cover: domain and ring names, and every member."""
        scene = self.web_scene
        rects: list[QRectF] = []
        if scene.background is not None:
            rects += scene.background.domain_label_rects() + scene.background.ring_label_rects()
        rects += [item.sceneBoundingRect() for item in scene.member_items.values()]
        return rects

    def fit_to_window(self) -> None:
        self._sync_text_scale()
        super().fit_to_window()

    def _sync_text_scale(self) -> None:
        """The web's text follows the app's text size (Ctrl++ / Ctrl+-), times the presentation
        factor."""
        size = self.font().pointSizeF()
        factor = (size / DEFAULT_POINT_SIZE if size > 0 else 1.0) * self.presentation_factor
        self.web_scene.set_text_scale(round(factor, 3))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._sync_text_scale()
            if self.auto_fit:
                self.fit_view()

    # Gestures ----------------------------------------------------------------------------------
    def palette_slot_center(self, kind: EntryKind) -> QPointF:
        """Where a kind's palette slot is, in viewport coordinates (for keyboard-less tests)."""
        rect = self.palette_overlay.slot_rect(PALETTE_KINDS.index(kind))
        global_pos = self.palette_overlay.mapToGlobal(rect.center())
        return QPointF(self.viewport().mapFromGlobal(global_pos))

    def palette_kind(self, viewport_pos: QPointF) -> EntryKind | None:
        """The palette shape under a viewport point, if the palette shows."""
        if not self.palette_overlay.isVisible():
            return None
        global_pos = self.viewport().mapToGlobal(viewport_pos.toPoint())
        return self.palette_overlay.kind_at(QPointF(self.palette_overlay.mapFromGlobal(global_pos)))

    def member_at(self, viewport_pos: QPointF) -> MemberItem | None:
        for item in self.items(viewport_pos.toPoint()):
            if isinstance(item, MemberItem):
                return item
        return None

    def _on_items_moved(self, moved: dict) -> None:
        members = {item.entry_id: self.web_scene.position_of(item)
                   for item in moved if isinstance(item, MemberItem)}
        if members and self.web_scene.document is not None:
            self.members_dragged.emit(members)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.member_at(event.position()) is None and self.palette_kind(
                event.position()) is None:
            position = self.web_scene.position_at(self.mapToScene(event.position().toPoint()),
                                                  margin=0.0)
            if position is not None:
                self.new_member_requested.emit(str(EntryKind.PERSON), position)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Insert:
            self.insert_requested.emit()
            event.accept()
            return
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.web_scene.selected_member_ids():
            kinds = {Qt.Key.Key_1: EntryKind.PERSON, Qt.Key.Key_2: EntryKind.PLACE,
                     Qt.Key.Key_3: EntryKind.GROUP}
            if key in kinds:
                self.kind_requested.emit(str(kinds[key]))
                event.accept()
                return
            function = function_for_key(event.text())
            if function is not None:
                self.function_toggled.emit(str(function))
                event.accept()
                return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)  # Esc, arrows (nudge), + and -

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab / Shift+Tab walk through the members clockwise; past the last one focus moves on."""
        if self._select_neighbour(forward):
            return True
        return super().focusNextPrevChild(forward)

    def _select_neighbour(self, forward: bool) -> bool:
        document = self.web_scene.document
        if document is None or not document.version.members:
            return False
        keys = document.domain_keys()

        def order(entry_id: int) -> tuple:
            p = document.member(entry_id).position
            return (keys.index(p.domain) if p.domain in keys else 0, p.angle, p.ring, entry_id)

        ids = sorted(document.version.members, key=order)
        selected = self.web_scene.selected_member_ids()
        if not selected:
            index = 0 if forward else len(ids) - 1
        else:
            index = ids.index(selected[0]) + (1 if forward else -1)
        self.web_scene.clearSelection()
        if not 0 <= index < len(ids):
            return False
        item = self.web_scene.member_items[ids[index]]
        item.setSelected(True)
        item.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(item)
        return True

    # A registry entry dropped from the unplaced list (CanvasView reads the drop) -------------
    takes_entries = True

    def drop_entry(self, entry_id: int, scene_point: QPointF) -> bool:
        position = self.web_scene.position_at(scene_point)
        if position is None:
            return False
        self.place_entry_requested.emit(entry_id, position)
        return True

def function_for_key(text: str) -> Function | None:
    """The function whose badge letter (in the UI language) was typed, if any."""
    for function in Function:
        if text and text.upper() == function_letter(function).upper():
            return function
    return None
