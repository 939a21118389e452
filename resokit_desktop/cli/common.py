"""Helpers shared by the sub-commands: checking output paths and opening the dossier file."""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

from resokit_desktop.cli.errors import CommandError
from resokit_desktop.pyside_import_scan import use_quick_import_scan
from resokit_desktop.security.instance_lock import HardLinkedError, check_single_name, real_path
from resokit_desktop.security.safe_output import OutputRefused, check_output_target
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.errors import (
    DiskFullError,
    NewerSchemaError,
    NotADossierError,
    StorageUnavailableError,
    WrongPassphraseError,
)

# The lock above loaded Qt: from here on PySide looks at each module imported (fpdf2, fontTools,
# sqlite_utils ...); the quick check answers the same from the module's file (~60 ms less).
use_quick_import_scan()


def check_new_output(path: Path, overwrite: bool = False) -> Path:
    """Refuse an output path that exists (unless allowed), is a folder, a device, a FIFO or a
    link, or cannot be written; only the check runs here, nothing is written."""
    path = path.expanduser()
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name")
    if os.path.lexists(path):
        try:
            check_output_target(path)
        except OutputRefused as exc:
            raise CommandError(f"{path} {exc.reason}; give the name of a regular file") from exc
    if path.exists() and not overwrite:
        raise CommandError(f"{path} already exists; choose another name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CommandError(f"folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise CommandError(f"cannot write in folder {parent}")
    return path


def disk_problem_line(path: Path, problem: StorageUnavailableError | str) -> str:
    """One line for a file that cannot be used because of its place: never "wrong passphrase"
    (DiskFullError or "disk_full"; ReadOnlyError or "read_only")."""
    if isinstance(problem, DiskFullError) or problem == "disk_full":
        return f"{path}: the disk is full; free some space and try again (nothing was changed)"
    return (f"{path}: the file or its folder is read-only; copy it to a folder you may "
            "write in, or ask for write access (nothing was changed)")


def open_existing(path: Path, passphrase: str | None = None) -> sqlite_utils.Database:
    """Open an existing dossier file for a sub-command, translating failures into one line."""
    path = path.expanduser()
    if not path.exists():
        raise CommandError(f"{path} does not exist")
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not a dossier file")
    refuse_second_names(path)
    # lazy: the passphrase prompt (QtCore settings behind the wrong-try record): only when
    # a command opens a file
    from resokit_desktop.cli.passphrase import passphrase_for, passphrase_worked, wrong_passphrase

    given = [passphrase]

    def ask(kind: str) -> str | None:  # the file's header is read once, by open_database
        if given[0] is None:
            given[0] = passphrase_for(path, kind)
        return given[0]

    try:
        db = open_database(real_path(path), ask_passphrase=ask)
    except NewerSchemaError as exc:
        raise CommandError(
            f"{path} was written by a newer Resokit Desktop (schema {exc.file_version}); "
            "update the application to open it"
        ) from exc
    except WrongPassphraseError as exc:
        raise wrong_passphrase(path) from exc
    except StorageUnavailableError as exc:
        raise CommandError(disk_problem_line(path, exc)) from exc
    except NotADossierError as exc:
        raise CommandError(f"{path} is not a Resokit dossier file or cannot be read") from exc
    passphrase_worked(path, given[0])
    return db


def refuse_second_names(path: Path) -> None:
    """A dossier file with more than one name (hard link) is never opened: see instance_lock."""
    try:
        check_single_name(path)
    except HardLinkedError as exc:
        raise CommandError(str(exc)) from exc
