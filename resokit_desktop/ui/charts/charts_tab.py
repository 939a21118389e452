"""The dossier's Grafieken tab: pyqtgraph loads when the tab is first shown, never at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.chart_figures import ChangePoint, ClientCharts
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.rendering import chart_texts as texts
from resokit_desktop.services import chart_service, web_events
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import DossierTabBase, register_tab

_t = translator("Charts")


class ChartsTab(DossierTabBase):
    """One client's charts; they follow every saved edit of the web."""

    def __init__(self, dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.client_id: int | None = None
        self.board = None  # the pyqtgraph ChartBoard, built on first show
        self.charts: ClientCharts | None = None
        self._points: tuple[ChangePoint, ...] | None = None
        self._stale = True
        self.message = QLabel(_t("Kies een cliënt om de grafieken te zien."))
        self.message.setObjectName("empty_charts")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.export_button = QToolButton()
        self.export_button.setText(_t("Grafiek exporteren"))
        self.export_button.setAccessibleName(_t("Grafiek exporteren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self._export_menu(self.export_button))
        self.export_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.stack, 1)
        listener = self._web_saved
        web_events.subscribe(listener)
        # The Python side may outlive the widget: stop listening when Qt deletes the tab.
        self.destroyed.connect(lambda *_: web_events.unsubscribe(listener))

    # DossierTab protocol ---------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self._points = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def flush(self) -> bool:
        return True  # nothing to save: the charts only read

    # Drawing ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Reread the history each time the tab is shown: the client's words on a comparison
        # may have been written meanwhile (they are no web save). Charts that did not change
        # are not redrawn, so this stays cheap.
        self._points = None
        self.refresh()

    def _ensure_board(self):
        if self.board is None:
            # lazy: pyqtgraph loads with the first look at the charts, not at start-up.
            from resokit_desktop.ui.charts.chart_board import ChartBoard

            self.board = ChartBoard()
            scroll = QScrollArea()
            scroll.setAccessibleName(_t("Grafieken van de cliënt"))
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.board)
            self.stack.addWidget(scroll)
            for key, plot in self.board.plots.items():
                plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                plot.customContextMenuRequested.connect(
                    lambda pos, k=key, p=plot: self._export_menu(p, k).exec(p.mapToGlobal(pos)))
        return self.board

    def refresh(self, version: WebVersion | None = None) -> None:
        """Redraw from the file (or from ``version`` as just saved); cheap after the first time."""
        self._stale = False
        if self.client_id is None:
            self._show_message(_t("Kies een cliënt om de grafieken te zien."))
            return
        db = self.dossier.db
        if self._points is None or (version is not None and version.id not in {
                p.version_id for p in self._points}):
            self._points = chart_service.history(db, self.client_id)
            version = None
        charts = chart_service.charts_for(db, self.client_id, version, self._points)
        self.charts = charts
        if charts is None:
            self._show_message(_t("Deze cliënt heeft nog geen inclusieweb: de grafieken "
                                  "verschijnen zodra er een web is. Begin het op het tabblad "
                                  "Inclusieweb (Alt+C)."))
            return
        board = self._ensure_board()
        lang = QLocale().name()[:2] or "nl"  # the window's language (as the web's labels)
        board.show_charts(charts, {d.key: d.label(lang) for d in charts.domain_set.domains})
        self.stack.setCurrentIndex(1)
        self.export_button.setEnabled(True)

    def _show_message(self, text: str) -> None:
        self.charts = None
        self.message.setText(text)
        self.stack.setCurrentIndex(0)
        self.export_button.setEnabled(False)

    def _web_saved(self, version: WebVersion) -> None:
        if version.client_id != self.client_id:
            return
        if self.isVisible():
            self.refresh(version)
        else:
            self._points = None
            self._stale = True

    # Export ----------------------------------------------------------------------------------
    def _export_menu(self, parent: QWidget, only: str | None = None) -> QMenu:
        menu = QMenu(parent)
        for key, title in texts.titles().items():
            if only is not None and key != only:
                continue
            for fmt, text in (("png", _t("{title}: afbeelding (PNG)…")),
                              ("svg", _t("{title}: tekening (SVG)…"))):
                menu.addAction(text.format(title=title), lambda k=key, f=fmt: self.export(k, f))
        return menu

    def export(self, key: str, fmt: str, path: Path | None = None) -> Path | None:
        """Save one chart as PNG or SVG; asks where when no path is given."""
        if self.board is None or self.charts is None:
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _ = QFileDialog.getSaveFileName(
                self, _t("Grafiek exporteren"), str(Path(folder) / f"{_t('grafiek')}-{key}.{fmt}"),
                "PNG (*.png)" if fmt == "png" else "SVG (*.svg)")
            if not chosen:
                return None
            path = Path(chosen)
        from resokit_desktop.ui.charts.chart_export import chart_bytes  # lazy: with the board

        try:
            chart_service.write_export(path, chart_bytes(self.board.plots[key], fmt))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, _t("Grafiek exporteren"),
                                _t("De grafiek kon niet bewaard worden: {reason}").format(
                                    reason=exc.strerror if isinstance(exc, OSError) and
                                    exc.strerror else str(exc)))
            return None
        return path


register_tab(
    "charts", 70,
    lambda: QCoreApplication.translate("DossierTabs", "Gra&fieken"),
    lambda dossier, parent: ChartsTab(dossier, parent),
)
