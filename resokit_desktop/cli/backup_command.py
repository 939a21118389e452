"""`resokit backup --data FILE --out PATH`: write a verified copy of a dossier, keyed alike."""

from __future__ import annotations

import argparse
from pathlib import Path

from resokit_desktop.cli.common import check_new_output, disk_problem_line, refuse_second_names
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.cli.passphrase import passphrase_for, passphrase_worked, wrong_passphrase
from resokit_desktop.security.backups import backup_file_to
from resokit_desktop.storage.errors import (
    NotADossierError,
    PassphraseRequiredError,
    StorageError,
    StorageUnavailableError,
    WrongPassphraseError,
)

NAME = "backup"


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME, help="write a verified backup copy of a dossier file (encrypted like the file)"
    )
    parser.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    parser.add_argument("--out", metavar="PATH", required=True, help="the new backup file")
    return NAME


def existing_dossier(value: str) -> Path:
    path = Path(value).expanduser()
    if not path.exists():
        raise CommandError(f"{path} does not exist")
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not a dossier file")
    if path.stat().st_size == 0:
        raise CommandError(f"{path} is empty, not a dossier file")
    refuse_second_names(path)
    return path


def run(args: argparse.Namespace) -> int:
    source = existing_dossier(args.data)
    target = check_new_output(Path(args.out))
    if target.resolve() == source.resolve():
        raise CommandError("the backup must not replace the dossier file itself")
    passphrase = passphrase_for(source)
    try:
        counts = backup_file_to(source, target, passphrase)
    except WrongPassphraseError as exc:
        raise wrong_passphrase(source) from exc
    except StorageUnavailableError as exc:
        raise CommandError(disk_problem_line(source, exc)) from exc
    except PassphraseRequiredError as exc:
        raise CommandError(f"{source} is encrypted; a passphrase is needed") from exc
    except NotADossierError as exc:
        raise CommandError(f"{source} is not a Resokit dossier file or cannot be read") from exc
    except (StorageError, OSError) as exc:
        raise CommandError(f"backup not written: {exc}") from exc
    passphrase_worked(source, passphrase)
    clients = counts.get("clients", 0)
    kind = "encrypted" if passphrase else "plain"
    print(f"Wrote a verified {kind} backup with {clients} clients to {target}")
    return 0
