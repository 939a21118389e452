"""Choose an automatic backup to restore: each listed with its date and number of clients;
the copies kept aside by earlier restores are listed too and can be removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.backup_service import BackupInfo
from resokit_desktop.services.dossier_file import KeptAside
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.erase_notice import describe_kept_aside
from resokit_desktop.ui.widgets.dates import display_datetime

_tr = translator("RestoreDialog")


def describe(info: BackupInfo) -> str:
    when = display_datetime(info.created)
    if info.ok is None:
        return _tr("%1 — niet te openen met de huidige wachtwoordzin").replace("%1", when)
    if not info.ok:
        return _tr("%1 — beschadigd, niet bruikbaar").replace("%1", when)
    return _tr("%1 — %2 cliënten").replace("%1", when).replace("%2", str(info.clients or 0))


class RestoreDialog(QDialog):
    """Lists backups newest first; only whole ones can be chosen."""

    def __init__(self, infos: list[BackupInfo], damaged_file: bool = False,
                 parent: QWidget | None = None, kept: list[KeptAside] | None = None,
                 remove: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self._remove = remove
        self.setObjectName("restore_dialog")
        self.setWindowTitle(_tr("Herstellen uit back-up"))
        if damaged_file:
            text = _tr("Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. "
                       "Het beschadigde bestand wordt apart bewaard, niet overschreven.")
        else:
            text = _tr("Kies de back-up die je wilt terugzetten. Het huidige bestand wordt "
                       "eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.")
        intro = QLabel(text, self)
        intro.setObjectName("restore_intro")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backup_list")
        self.list.setAccessibleName(_tr("Back-ups"))
        first_usable = None
        for info in infos:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_usable is None:
                first_usable = item
            self.list.addItem(item)
        empty = QLabel(_tr("Er zijn geen back-ups gevonden."), self)
        empty.setObjectName("restore_none")
        empty.setVisible(not infos)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(_tr("Terugzetten"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        cancel = buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("restore_cancel")
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        self.list.currentItemChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        self._add_kept_aside(layout, kept or [])
        layout.addWidget(buttons)
        if first_usable is not None:
            self.list.setCurrentItem(first_usable)
        self._update_button()
        self.resize(560, 480 if kept else 360)

    # -- copies kept aside by earlier restores ---------------------------------------------
    def _add_kept_aside(self, layout: QVBoxLayout, kept: list[KeptAside]) -> None:
        self.kept_label = QLabel(_tr(
            "Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het "
            "dossier toen bevatte, ook verwijderde cliënten:"), self)
        self.kept_label.setObjectName("kept_aside_intro")
        self.kept_label.setWordWrap(True)
        self.kept_list = QListWidget(self)
        self.kept_list.setObjectName("kept_aside_list")
        self.kept_list.setAccessibleName(_tr("Apart bewaarde kopieën"))
        for copy in kept:
            # The list shows when and why; the long file name is in the tooltip and the question.
            item = QListWidgetItem(describe_kept_aside(copy, with_name=False))
            item.setToolTip(copy.path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            self.kept_list.addItem(item)
        self.kept_list.setMaximumHeight(120)
        self.remove_kept_button = QPushButton(_tr("Kopie verwijderen…"), self)
        self.remove_kept_button.setObjectName("remove_kept_button")
        self.remove_kept_button.clicked.connect(self._remove_chosen_copy)
        self.kept_list.currentItemChanged.connect(self._update_kept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_kept_button)
        layout.addWidget(self.kept_label)
        layout.addWidget(self.kept_list)
        layout.addLayout(row)
        self._update_kept()

    def _update_kept(self, *_args) -> None:
        shown = self.kept_list.count() > 0 and self._remove is not None
        for widget in (self.kept_label, self.kept_list, self.remove_kept_button):
            widget.setVisible(shown)
        self.remove_kept_button.setEnabled(self.kept_list.currentItem() is not None)

    def _remove_chosen_copy(self) -> None:
        item = self.kept_list.currentItem()
        if item is None or self._remove is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kopie verwijderen"), _tr(
            "Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.")
            + "\n\n" + item.text() + "\n" + item.toolTip(), QMessageBox.StandardButton.NoButton,
            self)
        box.setObjectName("confirm_remove_kept")
        yes = box.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirm_remove_kept_yes")
        no = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            self._remove(Path(item.data(Qt.ItemDataRole.UserRole)))
        except (OSError, ValueError):
            QMessageBox.warning(self, _tr("Kopie verwijderen"), _tr(
                "De kopie kon niet verwijderd worden."))
            return
        self.kept_list.takeItem(self.kept_list.row(item))
        self._update_kept()

    def _update_button(self, *_args) -> None:
        item = self.list.currentItem()
        self.restore_button.setEnabled(item is not None and bool(item.flags()
                                                                 & Qt.ItemFlag.ItemIsEnabled))

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(item.data(Qt.ItemDataRole.UserRole))
