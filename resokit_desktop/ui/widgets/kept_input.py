"""Input a tab could not store when its window had to go (an automatic lock), kept in memory.

A tab that holds unsaved input hands it over with ``release_unsaved()`` (which also stops its
save timers: the file is about to close) and takes it back with ``restore_kept()`` in the new
window after unlocking. Nothing here is ever written to disk or logged: it is client data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from resokit_desktop.services.errors import WriteFailedError
from resokit_desktop.ui.widgets.autosave import AutoSaver
from resokit_desktop.ui.widgets.save_status import SaveStatus


@dataclass
class KeptInput:
    client_id: int | None  # None: a new client not stored yet
    record_id: int | None  # the tab's own record (a session), None when new
    fields: dict[str, Any]  # every field as typed, valid or not
    error: WriteFailedError | None  # why the last save failed; None: invalid input

    def __repr__(self) -> str:  # never show client data in a traceback or a log
        return f"KeptInput(client_id={self.client_id}, record_id={self.record_id})"


def show_kept(status: SaveStatus, saver: AutoSaver, kept: KeptInput, problems: list[str]) -> None:
    """Mark restored input as not stored: why (a failed write, or the field messages), and
    retry a failed write a moment later, as after any failed save."""
    if kept.error is not None:
        status.show_failed(kept.error)
        saver.retry_later()
    else:
        status.show_invalid(next(iter(problems), ""))
