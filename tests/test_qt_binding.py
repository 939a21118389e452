"""The Qt binding keeps Python's reference counts straight (PySide6 6.12.0 did not, on 3.11).

With that wheel every void Qt call, bool result and Python override took a reference from None,
True or False, and after a few redraws of a web the interpreter aborted ('deallocating None').
pyproject.toml keeps PySide6 below 6.12; this test fails if a version with the bug comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

    app = QApplication([])

    class Item(QGraphicsItem):
        def boundingRect(self):
            return QRectF(0, 0, 10, 10)

        def paint(self, painter, option, widget=None):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.isSelected()

    scene = QGraphicsScene()
    items = [Item() for _ in range(100)]
    for item in items:
        scene.addItem(item)
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(40):
        painter = QPainter(image)
        scene.render(painter)
        painter.end()
    print(before - sys.getrefcount(None))
    """
)


def test_painting_does_not_drain_references_to_none():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # 4,000 paint calls: a leaking binding loses thousands; a sound one a handful at most.
    assert int(result.stdout.strip().splitlines()[-1]) < 100
