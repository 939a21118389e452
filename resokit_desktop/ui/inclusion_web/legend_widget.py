"""The legend beside the web on screen: the printed legend's painting in a widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from resokit_desktop.rendering.web_labels import translate
from resokit_desktop.rendering.web_legend import legend_rows, paint_legend


def _t(text: str) -> str:
    return translate("WebLegend", text)


class LegendWidget(QWidget):
    """The legend beside the web on screen."""

    def __init__(self, parent: QWidget | None = None, markers: bool = False) -> None:
        super().__init__(parent)
        self.markers = markers
        self.setAccessibleName(_t("Legenda"))
        # The legend is painted: a screen reader reads its entries from the description.
        self.setAccessibleDescription("\n".join(label for _paint, label in legend_rows(markers)))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        font_px = self.fontInfo().pixelSize() or 14
        return QSize(240, int(len(legend_rows(self.markers)) * font_px * 0.92 * 2.0) + 12)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        font_px = self.fontInfo().pixelSize() or 14
        paint_legend(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), font_px * 0.92,
                     self.markers)
        painter.end()
