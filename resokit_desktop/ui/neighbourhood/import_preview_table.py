"""The import preview as a table: per entry of the colleague's file what the import will do
(new, notes joined, empty fields filled, a later check date), and each conflict with a choice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from resokit_desktop.domain.neighbourhood.merge import FieldConflict, MergeAction, MergeItem
from resokit_desktop.services.register_service import ImportPreview
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.register_texts import field_text, kind_text
from resokit_desktop.ui.widgets.dates import display_date

COLUMN_CHOICE = 4


_tr = translator("RegisterExchange")


@dataclass
class PreviewRow:
    name: str
    what: str
    ours: str
    theirs: str
    conflict: FieldConflict | None = None


def _value(name: str, value: object) -> str:
    if name == "kind":
        return kind_text(str(value))
    if name == "last_checked":
        return display_date(str(value or ""))
    return " ".join(str(value or "").split())


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """Every change the import makes, in the file's order; entries already equal are left out."""
    rows: list[PreviewRow] = []
    for item in preview.items:
        if item.action == MergeAction.NEW:
            theirs = item.theirs
            where = " · ".join(p for p in (kind_text(theirs.kind), theirs.neighbourhood) if p)
            rows.append(PreviewRow(theirs.name, _tr("Nieuw"), "", where))
            continue
        if item.action == MergeAction.MERGE:
            rows.extend(_merge_rows(item))
    return rows


def _merge_rows(item: MergeItem) -> list[PreviewRow]:
    ours, theirs = item.ours, item.theirs
    assert ours is not None
    rows = [PreviewRow(ours.name, _tr("Verschil: %1").replace("%1", field_text(c.field)),
                       _value(c.field, c.ours), _value(c.field, c.theirs), c)
            for c in item.conflicts]
    rows += [PreviewRow(ours.name, _tr("Aangevuld: %1").replace("%1", field_text(name)), "",
                        _value(name, getattr(theirs, name))) for name in item.filled]
    if item.adds_notes:
        rows.append(PreviewRow(ours.name, _tr("Notities: beide bewaard"),
                               _value("notes", ours.notes), _value("notes", theirs.notes)))
    if item.newer_check:
        rows.append(PreviewRow(ours.name, _tr("Later nagekeken"),
                               _value("last_checked", ours.last_checked),
                               _value("last_checked", theirs.last_checked)))
    return rows


class ImportPreviewTable(QTableWidget):
    """Read-only but for the "take theirs" check boxes of conflicts (Space or a click)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("register_import_preview")
        self.setAccessibleName(_tr("Wat het importeren verandert"))
        self.setHorizontalHeaderLabels([_tr("Item"), _tr("Wat er gebeurt"), _tr("Jouw versie"),
                                        _tr("Hun versie"), _tr("Neem hun versie")])
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows and Space work in it
        header = self.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.setColumnWidth(0, 220)
        self._rows: list[PreviewRow] = []

    def show_preview(self, preview: ImportPreview | None) -> None:
        self._rows = preview_rows(preview) if preview is not None else []
        self.setRowCount(len(self._rows))
        for row, line in enumerate(self._rows):
            for column, text in enumerate((line.name, line.what, line.ours, line.theirs)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
            choice = QTableWidgetItem(_tr("Hun versie") if line.conflict else "")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if line.conflict is not None:
                choice.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                choice.setCheckState(Qt.CheckState.Unchecked)
            else:
                choice.setFlags(flags)
            self.setItem(row, COLUMN_CHOICE, choice)

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def apply_choices(self) -> None:
        """Write the ticked boxes into the preview's conflicts (unticked: ours stays)."""
        for row, line in enumerate(self._rows):
            if line.conflict is not None:
                state = self.item(row, COLUMN_CHOICE).checkState()
                line.conflict.take_theirs = state == Qt.CheckState.Checked
