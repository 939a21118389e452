"""The idle-lock time: how long the window may stay untouched before it locks (file setting)."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.storage.settings_repo import get_setting, set_setting

DEFAULT_IDLE_MINUTES = 10
SETTING_IDLE_MINUTES = "security.idle_lock_minutes"  # settings_repo key; 0 = never


def idle_minutes(db: sqlite_utils.Database) -> float:
    return float(get_setting(db, SETTING_IDLE_MINUTES, DEFAULT_IDLE_MINUTES))


def set_idle_minutes(db: sqlite_utils.Database, minutes: int) -> None:
    set_setting(db, SETTING_IDLE_MINUTES, minutes)
