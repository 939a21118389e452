"""The line under the card sort that names the focus talents, with "Rollen voorstellen…" beside."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.sort_model import CardSortModel
from resokit_desktop.ui.talents.talent_texts import ui_language

_tr = translator("TalentsTab")


class FocusLine(QWidget):
    """The focus talents in their order; the button asks for role ideas that fit them."""

    suggest_requested = Signal()

    def __init__(self, model: CardSortModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.label = QLabel(self)
        self.label.setObjectName("focus_talents_line")
        self.label.setWordWrap(True)
        self.suggest_button = QPushButton(_tr("Rollen &voorstellen…"), self)
        self.suggest_button.setObjectName("talents_suggest_roles")
        self.suggest_button.setToolTip(_tr("Rollen die passen bij de focustalenten; de gekozen "
                                           "rol wordt een rolplan op het tabblad Rollen"))
        self.suggest_button.clicked.connect(self.suggest_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.suggest_button)
        model.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang = ui_language()
        talents = [self._model.talent(key) for key in self._model.focus_keys()]
        names = [f"★{rank} {talent.display_label(lang)}"
                 for rank, talent in enumerate(talents, start=1) if talent is not None]
        if names:
            self.label.setText(_tr("Focustalenten: %1").replace("%1", " · ".join(names)))
        else:
            self.label.setText(_tr("Nog geen focustalenten: maak er één tot drie (F) om rollen "
                                   "te laten voorstellen."))
        self.suggest_button.setEnabled(bool(names))
