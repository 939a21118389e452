"""`resokit register export|import`: share the neighbourhood register with a colleague as a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from resokit_desktop.cli.common import check_new_output, open_existing
from resokit_desktop.cli.errors import CommandError

NAME = "register"
KINDS = ("place", "key_figure", "initiative", "organisation", "informal_network")


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME, help="export the neighbourhood register (no client data) or import a colleague's")
    actions = parser.add_subparsers(dest="register_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    export = actions.add_parser("export", help="write the register (or part of it) as JSON")
    export.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    export.add_argument("out", metavar="OUT.json", help="the file to write")
    export.add_argument("--neighbourhood", metavar="NAME", help="only this neighbourhood")
    export.add_argument("--kind", choices=KINDS, help="only this kind of entry")
    export.add_argument("--overwrite", action="store_true", help="replace OUT.json if it exists")
    imported = actions.add_parser(
        "import", help="merge a colleague's register file: new entries are added; duplicates "
        "(same name and address) keep both notes, and our value where both filled a field")
    imported.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    imported.add_argument("source", metavar="IN.json", help="the colleague's register file")
    imported.add_argument("--dry-run", action="store_true",
                          help="only say what would change; write nothing")
    return NAME


def run(args: argparse.Namespace) -> int:
    return _export(args) if args.register_action == "export" else _import(args)


def _export(args: argparse.Namespace) -> int:
    target = check_new_output(Path(args.out), overwrite=args.overwrite)
    # lazy: the register service (and SQLite) loads only when this action runs
    from resokit_desktop.services.register_service import EntryFilter, RegisterService

    db = open_existing(Path(args.data))
    try:
        query = EntryFilter(kind=args.kind, neighbourhood=args.neighbourhood)
        try:
            count = RegisterService(db).export(target, query)
        except OSError as exc:
            raise CommandError(f"could not write {target}: {exc}") from exc
    finally:
        db.conn.close()
    print(f"Wrote {count} register entries to {target} (no client data)")
    return 0


def _import(args: argparse.Namespace) -> int:
    # lazy: the register service (and SQLite) loads only when this action runs
    from resokit_desktop.services.register_service import (
        MergeAction,
        RegisterFileRefused,
        RegisterService,
        StorageError,
    )

    source = Path(args.source).expanduser()
    db = open_existing(Path(args.data))
    try:
        service = RegisterService(db)
        try:
            preview = service.preview_import(source)
        except RegisterFileRefused as refused:
            detail = f" ({refused.detail})" if refused.detail else ""
            raise CommandError(f"{source} was not imported: {refused.code.replace('_', ' ')}"
                               f"{detail}; nothing was changed") from refused
        for item in preview.items:
            for conflict in item.conflicts:
                print(f"kept ours: {item.theirs.name}: {conflict.field}: {conflict.ours!r} "
                      f"(theirs: {conflict.theirs!r})")
        counts = (preview.count(MergeAction.NEW), preview.count(MergeAction.MERGE),
                  preview.count(MergeAction.SAME))
        if args.dry_run:
            print(f"Would add {counts[0]}, merge {counts[1]}, leave {counts[2]} unchanged "
                  "(dry run: nothing written)")
            return 0
        try:
            service.apply_import(preview)
        except StorageError as exc:
            raise CommandError(f"could not write {args.data}: {exc}; nothing was changed") \
                from exc
    finally:
        db.conn.close()
    print(f"Added {counts[0]}, merged {counts[1]}, left {counts[2]} unchanged")
    return 0
