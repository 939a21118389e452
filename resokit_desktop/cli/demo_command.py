"""`resokit demo --data FILE`: write a new dossier file with a fictional caseload."""

from __future__ import annotations

import argparse
from pathlib import Path

from resokit_desktop.cli.common import check_new_output
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.private_files import install

NAME = "demo"


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME,
        help="write a new PLAIN (unencrypted, so the sqlite3 shell can inspect it) file with "
        "fictional demo clients; the app encrypts it with a passphrase when it first opens it",
    )
    parser.add_argument("--data", metavar="FILE", required=True, help="the new file to write")
    return NAME


def run(args: argparse.Namespace) -> int:
    target = check_new_output(Path(args.data))
    partial = target.with_name(target.name + ".partial")
    for leftover in _side_files(partial):
        leftover.unlink(missing_ok=True)
    try:
        db = open_database(partial)
        try:
            ids = fill_demo(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.conn.close()
        if target.exists():
            raise CommandError(f"{target} already exists; choose another name")
        install(partial, target)  # 0600, fsynced, renamed: the one way a file is put in place
    except CommandError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure: one line, and no half-made file
        raise CommandError(f"could not write {target}: {exc}") from exc
    finally:
        for leftover in _side_files(partial):
            leftover.unlink(missing_ok=True)
    print(f"Wrote {len(ids)} demo clients to {target}")
    return 0


def _side_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
