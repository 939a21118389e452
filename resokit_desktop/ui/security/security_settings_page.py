"""Settings page "Beveiliging": idle time before locking, and how many backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from resokit_desktop.services import backup_service, lock_settings
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.settings_pages import register_page
from resokit_desktop.ui.widgets.wheel_safe import SpinBox

_tr = translator("SecuritySettings")


def _spin(parent: QWidget, name: str, low: int, high: int, accessible: str) -> QSpinBox:
    spin = SpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setAccessibleName(accessible)
    return spin


class SecurityPage(QWidget):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = dossier.db
        self.idle_minutes = _spin(self, "setting_idle_minutes", 0, 240,
                                  _tr("Vergrendelen na zoveel minuten zonder activiteit"))
        self.idle_minutes.setSpecialValueText(_tr("nooit"))
        self.idle_minutes.setSuffix(_tr(" min"))
        self.keep_daily = _spin(self, "setting_keep_daily", 1, 60, _tr("Dagelijkse back-ups"))
        self.keep_weekly = _spin(self, "setting_keep_weekly", 0, 52, _tr("Wekelijkse back-ups"))
        form = QFormLayout(self)
        form.addRow(_tr("Vergrendelen na"), self.idle_minutes)
        form.addRow(_tr("Dagelijkse back-ups bewaren"), self.keep_daily)
        form.addRow(_tr("Wekelijkse back-ups bewaren"), self.keep_weekly)
        hint = QLabel(_tr("Back-ups staan versleuteld in de map 'backups' naast het "
                          "dossierbestand. Een verwijderde cliënt blijft in oudere back-ups "
                          "staan tot die wegvallen."), self)
        hint.setWordWrap(True)
        form.addRow(hint)

    def load(self) -> None:
        self.idle_minutes.setValue(int(lock_settings.idle_minutes(self._db)))
        daily, weekly = backup_service.keep_counts(self._db)
        self.keep_daily.setValue(daily)
        self.keep_weekly.setValue(weekly)

    def validate(self) -> list[str]:
        return []

    def save(self) -> None:
        """Store the values; the settings dialog then tells the session (its ``on_saved``)."""
        lock_settings.set_idle_minutes(self._db, self.idle_minutes.value())
        backup_service.set_keep_counts(self._db, self.keep_daily.value(), self.keep_weekly.value())


register_page("security", 40, lambda: _tr("Beveiliging"), SecurityPage)
