"""The canvas kit on a tiny scene of its own: real mouse drags, rubber band, pan, keys, pinch and
the generic undo commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QInputDevice, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from resokit_desktop.ui.canvas.commands import (
    AddItemCommand,
    MoveItemsCommand,
    RemoveItemsCommand,
)
from resokit_desktop.ui.canvas.interactions import ItemDrag, KeyboardNudge, Pan, RubberBandSelect
from resokit_desktop.ui.canvas.touch import TouchInput
from resokit_desktop.ui.canvas.view import CanvasView

FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
         | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)


class TinyModel:
    """A model of named points; the scene mirrors it."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.points: dict[str, tuple[float, float]] = {}
        self.items: dict[str, QGraphicsRectItem] = {}
        self.scene = scene

    def add(self, entry: tuple[str, tuple[float, float]]) -> None:
        key, point = entry
        self.points[key] = point
        item = QGraphicsRectItem(QRectF(-10, -10, 20, 20))
        item.setFlags(FLAGS)
        item.setData(0, key)
        item.setPos(*point)
        self.scene.addItem(item)
        self.items[key] = item

    def remove(self, key: str) -> None:
        del self.points[key]
        self.scene.removeItem(self.items.pop(key))

    def set_points(self, points: dict[str, tuple[float, float]]) -> None:
        for key, point in points.items():
            self.points[key] = point
            self.items[key].setPos(*point)


@pytest.fixture
def canvas(qtbot):
    scene = QGraphicsScene(QRectF(0, 0, 1000, 800))
    model = TinyModel(scene)
    stack = QUndoStack()
    view = CanvasView(scene)
    view.resize(400, 300)
    view.auto_fit = False
    qtbot.addWidget(view)
    for entry in (("a", (100.0, 100.0)), ("b", (200.0, 100.0)), ("c", (600.0, 600.0))):
        stack.push(AddItemCommand(model.add, model.remove, entry[0], entry, "add"))
    view.add_interaction(Pan(view))  # first: a Space drag starting on an item still pans
    drag = view.add_interaction(ItemDrag(view))

    def on_moved(moved) -> None:
        old = {i.data(0): (o.x(), o.y()) for i, (o, _n) in moved.items()}
        new = {i.data(0): (n.x(), n.y()) for i, (_o, n) in moved.items()}
        stack.push(MoveItemsCommand(model.set_points, old, new, "move"))

    drag.moved.connect(on_moved)
    view.add_interaction(RubberBandSelect(view))
    nudges: list[tuple[int, int]] = []
    view.add_interaction(KeyboardNudge(view, big_step=10)).nudged.connect(
        lambda dx, dy: nudges.append((dx, dy)))
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(150, 100)
    return view, model, stack, nudges


def _at(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def _drag(widget, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton,
          modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mousePress(widget, button, modifier, start)
    for i in range(1, 7):
        point = start + (end - start) * (i / 6)
        QTest.mouseMove(widget, QPoint(round(point.x()), round(point.y())))
    QTest.mouseRelease(widget, button, modifier, end)


def test_dragging_an_item_is_one_undo_step_and_undo_puts_it_back(canvas):
    view, model, stack, _ = canvas
    before = stack.count()
    _drag(view.viewport(), _at(view, 100, 100), _at(view, 140, 160))
    assert model.points["a"] == pytest.approx((140, 160), abs=1.5)
    assert model.points["b"] == (200, 100)
    assert stack.count() == before + 1
    stack.undo()
    assert model.points["a"] == (100, 100)
    assert model.items["a"].pos() == QPointF(100, 100)
    stack.redo()
    assert model.points["a"] == pytest.approx((140, 160), abs=1.5)


def test_a_click_without_moving_changes_nothing(canvas):
    view, model, stack, _ = canvas
    before = stack.count()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_at(view, 200, 100))
    assert stack.count() == before
    assert model.items["b"].isSelected()


def test_rubber_band_selects_what_it_touches_and_a_drag_moves_both(canvas):
    view, model, stack, _ = canvas
    _drag(view.viewport(), _at(view, 70, 60), _at(view, 230, 130))
    assert {i.data(0) for i in view.scene().selectedItems()} == {"a", "b"}
    _drag(view.viewport(), _at(view, 100, 100), _at(view, 100, 150))
    assert model.points["a"][1] == pytest.approx(150, abs=1.5)
    assert model.points["b"][1] == pytest.approx(150, abs=1.5)
    stack.undo()
    assert (model.points["a"], model.points["b"]) == ((100, 100), (200, 100))


def test_escape_during_a_drag_puts_the_items_back_and_records_nothing(canvas):
    view, model, stack, _ = canvas
    before = stack.count()
    viewport = view.viewport()
    start = _at(view, 100, 100)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(viewport, start + QPoint(20, 20))
    QTest.mouseMove(viewport, start + QPoint(40, 40))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert stack.count() == before
    assert model.items["a"].pos() == QPointF(100, 100)


def test_middle_button_and_space_drag_pan_the_canvas(canvas, qtbot):
    view, model, stack, _ = canvas
    view.zoom_by(2.0)
    centre = view.mapToScene(view.viewport().rect().center())
    _drag(view.viewport(), QPoint(200, 150), QPoint(120, 100), button=Qt.MouseButton.MiddleButton)
    moved = view.mapToScene(view.viewport().rect().center())
    assert moved.x() > centre.x() + 10 and moved.y() > centre.y() + 10
    QTest.keyPress(view, Qt.Key.Key_Space)
    _drag(view.viewport(), QPoint(120, 100), QPoint(200, 150))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    back = view.mapToScene(view.viewport().rect().center())
    assert back.x() < moved.x() - 10
    assert model.points["a"] == (100, 100)  # panning moves no item


def test_arrow_keys_nudge_the_selection_shift_for_big_steps(canvas):
    view, model, _stack, nudges = canvas
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert nudges == []  # nothing selected: the key is left to the view
    model.items["a"].setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert nudges == [(1, 0), (0, -10)]


def test_wheel_keys_and_pinch_zoom(canvas, qtbot):
    view, *_ = canvas
    start = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(start * 1.2)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(start)
    TouchInput(view)
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    viewport = view.viewport()
    (QTest.touchEvent(viewport, device).press(0, QPoint(150, 150), viewport)
     .press(1, QPoint(250, 150), viewport).commit())
    QTest.touchEvent(viewport, device).move(0, QPoint(100, 150), viewport).move(
        1, QPoint(300, 150), viewport).commit()
    QTest.touchEvent(viewport, device).release(0, QPoint(100, 150), viewport).release(
        1, QPoint(300, 150), viewport).commit()
    qtbot.waitUntil(lambda: view.zoom() > start * 1.5)


def test_remove_runs_its_first_commands_before_and_undoes_them_after():
    log: list[str] = []
    items = {"a": ("a", (1, 1)), "b": ("b", (2, 2))}

    from PySide6.QtGui import QUndoCommand

    class Line(QUndoCommand):
        def redo(self) -> None:
            log.append("line off")

        def undo(self) -> None:
            log.append("line on")

    stack = QUndoStack()
    command = RemoveItemsCommand(lambda item: log.append(f"add {item[0]}"),
                                 lambda key: log.append(f"remove {key}"), items, "remove",
                                 first=[Line()])
    stack.push(command)
    stack.undo()
    assert log == ["line off", "remove a", "remove b", "add a", "add b", "line on"]


def test_keyed_moves_merge_into_one_step():
    points: dict[str, int] = {"a": 0}
    stack = QUndoStack()
    for value in (1, 2, 3):
        stack.push(MoveItemsCommand(points.update, {"a": points["a"]}, {"a": value}, "nudge",
                                    merge_key="keys"))
    assert stack.count() == 1
    stack.undo()
    assert points["a"] == 0
