"""Settings page "Beveiliging": idle time before locking, and how many backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from resokit_desktop.security import backups
from resokit_desktop.security.idle_lock import DEFAULT_IDLE_MINUTES, SETTING_IDLE_MINUTES
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import settings_repo
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
        get = settings_repo.get_setting
        self.idle_minutes.setValue(int(get(self._db, SETTING_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)))
        self.keep_daily.setValue(int(get(self._db, backups.SETTING_KEEP_DAILY,
                                         backups.DEFAULT_KEEP_DAILY)))
        self.keep_weekly.setValue(int(get(self._db, backups.SETTING_KEEP_WEEKLY,
                                          backups.DEFAULT_KEEP_WEEKLY)))

    def validate(self) -> list[str]:
        return []

    def save(self) -> None:
        settings_repo.set_setting(self._db, SETTING_IDLE_MINUTES, self.idle_minutes.value())
        settings_repo.set_setting(self._db, backups.SETTING_KEEP_DAILY, self.keep_daily.value())
        settings_repo.set_setting(self._db, backups.SETTING_KEEP_WEEKLY, self.keep_weekly.value())
        widget = self.parentWidget()
        while widget is not None:
            session = getattr(widget, "security_session", None)
            if session is not None:
                session.apply_settings()
                break
            widget = widget.parentWidget()


register_page("security", 40, lambda: _tr("Beveiliging"), SecurityPage)
