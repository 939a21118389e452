"""The wrong-passphrase message in the unlock dialog is shown whole, not cut at top or bottom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from resokit_desktop.security.passphrase import AttemptThrottle
from resokit_desktop.ui.security.unlock_panel import WRONG, UnlockDialog


class StandingClock:
    def __call__(self) -> float:
        return 1000.0


def _fits(label: QLabel) -> bool:
    needed = label.heightForWidth(label.width())
    needed = needed if needed > 0 else label.sizeHint().height()
    return label.height() >= needed and label.width() >= label.minimumSizeHint().width()


@pytest.mark.parametrize("point_size", [11, 16])
def test_wrong_passphrase_message_fits_its_room(qtbot, point_size):
    dialog = UnlockDialog(lambda _text: WRONG, AttemptThrottle(StandingClock()),
                          "dossiers.resokit")
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSize(point_size)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.panel.field, "niet de goede zin")
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20000)
    message = dialog.panel.message
    assert "Verkeerde wachtwoordzin" in message.text()
    for _ in range(10):
        QApplication.processEvents()
    assert message.isVisible()
    assert _fits(message), (message.size(), message.heightForWidth(message.width()))
    assert _fits(dialog.panel.wait_label)
    # The whole label lies inside the dialog.
    top_left = message.mapTo(dialog, message.rect().topLeft())
    assert dialog.rect().contains(top_left)
    assert dialog.rect().contains(message.mapTo(dialog, message.rect().bottomRight()))
