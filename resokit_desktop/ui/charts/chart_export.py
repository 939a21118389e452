"""Export one chart as PNG (pyqtgraph's ImageExporter) or SVG (Qt's SVG generator).

pyqtgraph 0.14's SVGExporter fails on the path syntax Qt 6.11 writes (even for an empty plot:
"not enough values to unpack" in correctCoordinates), so the SVG is painted from the chart's
scene with QSvgGenerator: the same vector drawing, text kept as text.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters  # ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

EXPORT_WIDTH = 1600  # pixels: sharp enough to print or to show on a projector


def chart_bytes(plot: pg.PlotWidget, fmt: str) -> bytes:
    """The chart as PNG or SVG bytes, the same as on screen (a hidden chart is sized first)."""
    item = plot.getPlotItem()
    if not plot.isVisible() and plot.width() < 400:
        plot.resize(900, 520)  # never shown: pyqtgraph would export at 640x480
    if fmt == "svg":
        return _svg_bytes(plot)
    exporter = exporters.ImageExporter(item)
    exporter.parameters()["width"] = EXPORT_WIDTH
    image = exporter.export(toBytes=True)
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    return bytes(buffer.data())


def suggested_name(stem: str, fmt: str) -> str:
    return str(Path(stem).with_suffix("." + fmt))


def _svg_bytes(plot: pg.PlotWidget) -> bytes:
    source = plot.getPlotItem().sceneBoundingRect()
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(device)
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(plot.accessibleName())
    painter = QPainter(generator)
    try:
        plot.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    return bytes(buffer.data())
