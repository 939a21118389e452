""""Rollen voorstellen": role ideas that fit the client's focus talents, each with why it fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.role_service import RoleSuggestion
from resokit_desktop.ui.roles.role_texts import _tr, setting_name


def reason_text(suggestion: RoleSuggestion) -> str:
    """'Past bij: koken, verhalen vertellen.' — the focus talents that brought the idea up."""
    return _tr("Voorgesteld omdat het past bij: %1.").replace(
        "%1", ", ".join(t.label for t in suggestion.talents))


class SuggestRolesDialog(QDialog):
    """Pick one suggestion; ``chosen()`` gives it after the dialog was accepted."""

    def __init__(self, suggestions: list[RoleSuggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggest_roles_dialog")
        self.setWindowTitle(_tr("Rollen voorstellen"))
        self.resize(640, 460)
        self._suggestions = suggestions
        intro = QLabel(_tr("Deze rollen steunen op de focustalenten van de cliënt. Kies er één "
                          "om er samen een rolplan van te maken."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("suggestion_list")
        self.list.setAccessibleName(_tr("Voorgestelde rollen"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        for index, suggestion in enumerate(suggestions):
            text = "\n".join((suggestion.title, reason_text(suggestion),
                              suggestion.description,
                              _tr("Waar: %1").replace("%1", setting_name(suggestion.idea.setting))))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(_tr("Rolplan &starten"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("suggestion_start")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.empty = QLabel(_tr("Nog geen voorstellen: kies eerst één tot drie focustalenten op "
                               "de talentenkaart."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not suggestions)
        self.start_button.setEnabled(bool(suggestions))
        if suggestions:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> RoleSuggestion | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._suggestions[item.data(Qt.ItemDataRole.UserRole)]
