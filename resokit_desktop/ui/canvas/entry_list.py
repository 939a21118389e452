"""A list of the client's registry entries that drags an entry onto a canvas (web or map)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QListWidget

from resokit_desktop.ui.canvas.view import ENTRY_MIME


class EntryDragList(QListWidget):
    """Each item holds a registry entry id (UserRole); a drag carries it as ``ENTRY_MIME``."""

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        data = QMimeData()
        data.setData(ENTRY_MIME, QByteArray(str(item.data(Qt.ItemDataRole.UserRole)).encode()))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.CopyAction)
