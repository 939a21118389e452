"""A friendly line over an empty list or table saying what to do next (gone once rows are shown).

    hint = EmptyState(view, lambda: _tr("Nog geen gesprekken. Ctrl+N maakt er een."), "sessions")

``text()`` is asked each time the view's rows change, so it may depend on a search or filter;
``refresh()`` re-checks after anything else that changes what the line should say.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QLabel):
    def __init__(self, view: QAbstractItemView, text: Callable[[], str], name: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName(f"empty_{name}")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet("color: #444; padding: 16px 12px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        self._text = text
        self._model = None
        view.viewport().installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.isVisibleTo(self._view):
            self.setText(self._text())  # the language was switched: say it in the new one
            self.setAccessibleName(self.text())
            self._place()

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.refresh)

    def _place(self) -> None:
        width = self._view.viewport().width()
        self.setFixedWidth(max(width, 100))
        self.adjustSize()
        self.move(0, 0)

    def refresh(self) -> None:
        """Show the line when the view has no rows, with the text for the present state."""
        self._watch_model()
        model = self._view.model()
        empty = model is None or model.rowCount() == 0
        if empty:
            self.setText(self._text())
            self.setAccessibleName(self.text())
            self._place()
        self.setVisible(empty)

    def shown_text(self) -> str:
        """The line as the user sees it ('' when the view has rows)."""
        return self.text() if self.isVisibleTo(self._view) else ""
