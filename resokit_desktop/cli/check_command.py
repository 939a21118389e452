"""`resokit check --data FILE`: report whether a dossier file is whole; exit 3 when damaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from resokit_desktop.cli.common import disk_problem_line
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.cli.passphrase import passphrase_for, passphrase_worked, wrong_passphrase
from resokit_desktop.security import integrity

NAME = "check"
EXIT_DAMAGED = 3


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME, help="check a dossier file page by page (exit 3 when it is damaged)"
    )
    parser.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    return NAME


def _existing_path(value: str) -> Path:
    """The file to check; an empty file is checked too (the verdict is integrity's, as in the
    app: empty with backups beside it is a damaged file, empty without is no dossier yet)."""
    path = Path(value).expanduser()
    if not path.exists():
        raise CommandError(f"{path} does not exist")
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not a dossier file")
    return path


def run(args: argparse.Namespace) -> int:
    path = _existing_path(args.data)
    passphrase = passphrase_for(path)
    report = integrity.diagnose(path, passphrase)
    if report.status == integrity.EMPTY:
        raise CommandError(f"{path} is empty: no dossier in it yet and no backups beside it")
    if report.status in (integrity.DISK_FULL, integrity.READ_ONLY):
        raise CommandError(disk_problem_line(path, report.status))
    if report.status == integrity.WRONG_PASSPHRASE:
        raise wrong_passphrase(path)
    passphrase_worked(path, passphrase)
    if report.status == integrity.NOT_A_DOSSIER:
        raise CommandError(f"{path} is not a Resokit dossier file")
    print(f"file: {path}")
    print(f"encryption: {'SQLCipher' if report.kind == 'encrypted' else 'none (plain SQLite)'}")
    for name, value in sorted(report.cipher.items()):
        print(f"  {name}: {value}")
    if report.schema_version is not None:
        print(f"schema version: {report.schema_version}")
    if report.clients is not None:
        print(f"clients: {report.clients}")
    if report.status == integrity.OK:
        print("integrity: ok")
        return 0
    print("integrity: DAMAGED")
    for problem in report.problems[:20]:
        print(f"  {problem}")
    if report.has_backups:
        print("automatic backups exist: open the app to restore the newest good one")
    return EXIT_DAMAGED
