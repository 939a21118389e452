"""The member panel's widget for every tie field, made, filled and read back from the table.

One widget per ``TieField`` (``domain/web/tie_fields.py``), chosen by its kind: a line edit for
text, a note box, a combo box of the allowed values, a tick box for a flag (consecutive flags
share a row), a titled box of tick boxes for a set. Labels come from ``rendering/web_labels.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.model import TieAttributes
from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, FieldKind, TieField
from resokit_desktop.rendering import web_labels as labels
from resokit_desktop.ui.widgets.wheel_safe import ComboBox


def choice_combo(values: Iterable, label: Callable[[Any], str]) -> QComboBox:
    """A combo box that keeps a narrow panel narrow; each item's data is its value."""
    combo = ComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for value in values:
        combo.addItem(label(value), value)
    # Should a translation still be too long for a narrow panel, the tooltip says it whole.
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
    return combo


def select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class TieFieldEditors:
    """Every tie field's widget. ``changed(name)`` follows each edit; ``typing(name)`` follows
    each key in a note (the panel stores a note once the typing pauses)."""

    def __init__(self, changed: Callable[[str], None], typing: Callable[[str], None]) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.checks: dict[str, dict[StrEnum, QCheckBox]] = {}
        for field in TIE_FIELDS:
            self.widgets[field.name] = self._make(field, changed, typing)
        # A field shown only for some values of another: follow that field's every change.
        for field in TIE_FIELDS:
            if field.shown_when is not None:
                condition = self.widgets[field.shown_when[0]]
                condition.currentIndexChanged.connect(lambda _index: self.update_shown())

    def _make(self, field: TieField, changed: Callable[[str], None],
              typing: Callable[[str], None]) -> QWidget:
        name = field.name
        if field.kind == FieldKind.TEXT:
            edit = QLineEdit()
            edit.setPlaceholderText(labels.tie_field_placeholder(name))
            edit.textEdited.connect(lambda _text: changed(name))
            return edit
        if field.kind == FieldKind.NOTE:
            note = QPlainTextEdit()
            note.setPlaceholderText(labels.tie_field_placeholder(name))
            note.setAccessibleName(labels.tie_field_label(name))
            note.setFixedHeight(80)
            note.setTabChangesFocus(True)  # Tab moves on, as in every other field
            note.textChanged.connect(lambda: typing(name))
            return note
        if field.kind == FieldKind.CHOICE:
            combo = choice_combo(list(field.values), lambda v: labels.value_label(name, v))
            combo.currentIndexChanged.connect(lambda _index: changed(name))
            return combo
        if field.kind == FieldKind.FLAG:
            check = QCheckBox(labels.tie_field_label(name))
            check.toggled.connect(lambda _on: changed(name))
            return check
        box = QGroupBox(labels.tie_field_label(name))
        column = QVBoxLayout(box)
        self.checks[name] = {}
        for value in field.values:
            check = QCheckBox(labels.choice_text(name, value))
            column.addWidget(check)
            self.checks[name][value] = check
            check.toggled.connect(lambda _on: changed(name))
        return box

    def rows(self, section: str) -> list[tuple[str | None, QWidget]]:
        """The form rows of one section in table order: (label, widget), or (None, widget) for
        a row without a label (a set's box; flags next to each other, one under the other)."""
        rows: list[tuple[str | None, QWidget]] = []
        flags: QVBoxLayout | None = None
        for field in (f for f in TIE_FIELDS if f.section == section):
            widget = self.widgets[field.name]
            if field.kind == FieldKind.FLAG:
                if flags is None:
                    group = QWidget()
                    flags = QVBoxLayout(group)
                    flags.setContentsMargins(0, 0, 0, 0)
                    rows.append((None, group))
                flags.addWidget(widget)
                continue
            flags = None
            label = None if field.kind == FieldKind.SET else labels.tie_field_label(field.name)
            rows.append((label, widget))
        return rows

    def load(self, tie: TieAttributes) -> None:
        """Show the tie's values (a text field whose text already matches is left alone, so
        the cursor stays where it is)."""
        for field in TIE_FIELDS:
            value = getattr(tie, field.name)
            widget = self.widgets[field.name]
            if field.kind == FieldKind.TEXT and widget.text() != value:
                widget.setText(value)
            elif field.kind == FieldKind.NOTE and widget.toPlainText() != value:
                widget.setPlainText(value)
            elif field.kind == FieldKind.CHOICE:
                select(widget, value)
            elif field.kind == FieldKind.FLAG:
                widget.setChecked(value)
            elif field.kind == FieldKind.SET:
                for item, check in self.checks[field.name].items():
                    check.setChecked(item in value)
        self.update_shown()

    def update_shown(self) -> None:
        """Hide the fields that do not apply to the values shown (e.g. only a sleeping tie can
        be marked for reactivation); widgets not yet placed in the panel are left alone."""
        values = self.values()
        for field in TIE_FIELDS:
            widget = self.widgets[field.name]
            if field.shown_when is not None and widget.parentWidget() is not None:
                widget.setVisible(field.applies(values))

    def values(self) -> dict[str, Any]:
        """Every field's value as shown, by name."""
        found: dict[str, Any] = {}
        for field in TIE_FIELDS:
            widget = self.widgets[field.name]
            if field.kind == FieldKind.TEXT:
                found[field.name] = widget.text()
            elif field.kind == FieldKind.NOTE:
                found[field.name] = widget.toPlainText()
            elif field.kind == FieldKind.CHOICE:
                found[field.name] = widget.currentData()
            elif field.kind == FieldKind.FLAG:
                found[field.name] = widget.isChecked()
            else:
                found[field.name] = frozenset(
                    v for v, c in self.checks[field.name].items() if c.isChecked())
        return found
