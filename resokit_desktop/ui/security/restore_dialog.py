"""Choose an automatic backup to restore: each listed with its date and number of clients."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.security.backups import BackupInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def describe(info: BackupInfo) -> str:
    when = info.created.strftime("%d-%m-%Y %H:%M")
    if info.ok is None:
        return _tr("%1 — niet te openen met de huidige wachtwoordzin").replace("%1", when)
    if not info.ok:
        return _tr("%1 — beschadigd, niet bruikbaar").replace("%1", when)
    return _tr("%1 — %2 cliënten").replace("%1", when).replace("%2", str(info.clients or 0))


class RestoreDialog(QDialog):
    """Lists backups newest first; only whole ones can be chosen."""

    def __init__(self, infos: list[BackupInfo], damaged_file: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addWidget(buttons)
        if first_usable is not None:
            self.list.setCurrentItem(first_usable)
        self._update_button()
        self.resize(520, 360)

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
