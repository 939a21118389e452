"""Compare two versions side by side: changes marked by symbol and text, figures, client's words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.comparison import WebComparison
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.rendering.web_labels import marker_label
from resokit_desktop.rendering.web_scene import WebScene
from resokit_desktop.reports.figure_texts import (
    figure_explanation,
    figure_name,
    format_change,
    format_value,
)
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import web_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.inclusion_web.new_version_dialog import version_texts
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_t = translator("CompareDialog")


class _WebPane(QGraphicsView):
    """A read-only web, fitted to its pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.web_scene = WebScene(interactive=False)
        super().__init__(self.web_scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setMinimumSize(260, 220)
        self._document: WebDocument | None = None

    def show_version(self, version, markers: dict[int, str]) -> None:
        """Draw the version with its markers; a version already shown only gets new markers
        (choosing another partner for the comparison does not rebuild this picture)."""
        shown = self._document.version if self._document is not None else None
        if shown is not None and shown == version:
            if markers != self.web_scene.markers:
                self.web_scene.set_markers(markers)
            return
        self._document = WebDocument(version, self)
        self.web_scene.set_document(self._document)
        self.web_scene.set_markers(markers)
        self.fitInView(self.web_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fitInView(self.web_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class CompareDialog(QDialog):
    def __init__(self, db, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.comparison: WebComparison | None = None
        self.setWindowTitle(_t("Versies vergelijken"))
        rows = web_service.list_versions(db, client_id)
        self.old_combo, self.new_combo = ComboBox(), ComboBox()
        for combo in (self.old_combo, self.new_combo):
            for text, row in zip(version_texts(rows), rows, strict=True):
                combo.addItem(text, row.id)
        self.old_combo.setCurrentIndex(max(0, len(rows) - 2))
        self.new_combo.setCurrentIndex(len(rows) - 1)
        self.old_combo.setAccessibleName(_t("Eerdere versie"))
        self.new_combo.setAccessibleName(_t("Latere versie"))
        self.old_pane, self.new_pane = _WebPane(), _WebPane()
        self.old_pane.setAccessibleName(_t("Eerdere versie van het web"))
        self.new_pane.setAccessibleName(_t("Latere versie van het web"))
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.changes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(_t("Cijfers van beide versies"))
        self.table.setHorizontalHeaderLabels([_t("Kenmerk"), _t("Eerder"), _t("Later"),
                                              _t("Verschil")])
        self.table.verticalHeader().hide()
        # Figure names are whole phrases: wrap them rather than cutting them off.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # On a 1024-pixel screen the labels get two lines rather than an ellipsis.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # sized to their longest value in _fit_value_columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.words_edit = QPlainTextEdit()
        self.words_edit.setAccessibleName(_t("Wat de cliënt over de verandering zegt"))
        self.words_edit.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.words_edit.setPlaceholderText(_t("Wat betekent deze verandering voor de cliënt? "
                                              "Schrijf het in de eigen woorden van de cliënt."))
        self.saved_label = QLabel()
        self._words_timer = QTimer(self, singleShot=True, interval=800)
        self._words_timer.timeout.connect(self.save_words)
        self.words_edit.textChanged.connect(self._words_timer.start)

        top = QHBoxLayout()
        top.addWidget(QLabel(_t("Eerder:")))
        top.addWidget(self.old_combo)
        top.addSpacing(16)
        top.addWidget(QLabel(_t("Later:")))
        top.addWidget(self.new_combo)
        top.addStretch(1)
        legend = "   ".join(f"{style.MARKER_SYMBOLS[m]} {marker_label(m)}"
                           for m in ("added", "lost", "closer", "further"))
        top.addWidget(QLabel(legend))
        panes = QHBoxLayout()
        panes.addWidget(self.old_pane, 1)
        panes.addWidget(self.new_pane, 1)
        bottom = QGridLayout()
        bottom.addWidget(self.changes_label, 0, 0)
        bottom.addWidget(self.table, 0, 1)
        words_box = QVBoxLayout()
        words_title = QLabel(_t("In de woorden van de cliënt"))
        words_title.setStyleSheet("font-weight: bold")
        words_box.addWidget(words_title)
        words_box.addWidget(self.words_edit, 1)
        words_box.addWidget(self.saved_label)
        bottom.addLayout(words_box, 0, 2)
        # The figures table gets half the width: its labels and four columns need it most.
        bottom.setColumnStretch(0, 2)
        bottom.setColumnStretch(1, 5)
        bottom.setColumnStretch(2, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(panes, 5)
        bottom_widget = QWidget()
        bottom_widget.setLayout(bottom)
        bottom_widget.setMaximumHeight(200)
        layout.addWidget(bottom_widget, 2)
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None:
            self.resize(min(1400, available.width() - 40), min(900, available.height() - 40))
        self.refresh()

    def refresh(self) -> None:
        self.save_words()
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if old_id is None or new_id is None:
            return
        result = web_service.compare(self.db, old_id, new_id)
        self.comparison = result
        self.old_pane.show_version(result.old, {i: "lost" for i in result.lost})
        markers = {i: "added" for i in result.added}
        markers.update({i: "closer" for i in result.closer})
        markers.update({i: "further" for i in result.further})
        self.new_pane.show_version(result.new, markers)
        parts = []
        for name in ("added", "lost", "closer", "further"):
            ids = getattr(result, name)
            names = ", ".join(html.escape(result.name_of(i)) for i in ids) or "—"
            parts.append(f"<p><b>{style.MARKER_SYMBOLS[name]} {html.escape(marker_label(name))}"
                         f"</b><br>{names}</p>")
        self.changes_label.setText("".join(parts))
        self.table.setRowCount(len(result.deltas))
        texts = ReportTexts(self.old_pane.web_scene.lang)
        for row, delta in enumerate(result.deltas):
            values = (figure_name(texts, delta.key), format_value(delta.key, delta.old, texts),
                      format_value(delta.key, delta.new, texts),
                      format_change(delta.key, delta.old, delta.new, texts))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(figure_explanation(texts, delta.key))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._fit_value_columns()
        self._words_pair = None
        self.words_edit.setPlainText(web_service.client_words(self.db, old_id, new_id))
        self._words_timer.stop()
        self._words_pair = (old_id, new_id)
        self.saved_label.setText("")

    def _fit_value_columns(self) -> None:
        """The value columns as wide as their longest text on one line, with the cell margins
        (Qt's own fit counts a narrower margin, so '+20 %-punt' lost its last letters)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in (1, 2, 3):
            texts = [self.table.horizontalHeaderItem(column).text()]
            texts += [self.table.item(row, column).text() for row in range(self.table.rowCount())
                      if self.table.item(row, column) is not None]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, widest + 20)

    def save_words(self) -> None:
        pair = getattr(self, "_words_pair", None)
        if pair is None:
            return
        words = self.words_edit.toPlainText()
        if words != web_service.client_words(self.db, *pair):
            web_service.record_client_words(self.db, self.client_id, pair[0], pair[1], words)
            self.saved_label.setText(_t("Bewaard"))

    def done(self, result: int) -> None:
        self.save_words()
        super().done(result)
