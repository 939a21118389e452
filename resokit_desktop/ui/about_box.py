"""The Help menu's "Over Resokit Desktop": what the program is and its version."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop import __version__
from resokit_desktop.translation import translator

_tr = translator("MainWindow")  # the window's words, as before


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, _tr("Over Resokit Desktop"), _tr(
        "Resokit Desktop %1\n\nBrengt samen met een cliënt het sociale netwerk in kaart en "
        "versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens "
        "blijven in één bestand op deze computer.").replace("%1", __version__))
