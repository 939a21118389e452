"""`resokit access-export`: a client's right-of-access PDF and JSON file (others as initials)."""

from __future__ import annotations

import argparse
from pathlib import Path

from resokit_desktop.cli.common import check_new_output, open_existing
from resokit_desktop.cli.errors import CommandError

NAME = "access-export"
LANGUAGES = ("nl", "fr", "en")


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME, help="write everything stored about a client (right of access) as a readable "
        "PDF and a JSON file; other people's names become initials")
    parser.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    parser.add_argument("--client", metavar="ID", required=True,
                        help="the client's id, as shown in the dossier's Overzicht tab")
    parser.add_argument("--out-dir", metavar="FOLDER",
                        help="write inzage-<id>-<date>.pdf and .json into this folder")
    parser.add_argument("--out", metavar="PATH.pdf",
                        help="write this PDF, and the JSON file beside it (PATH.json)")
    parser.add_argument("--lang", dest="export_lang", choices=LANGUAGES,
                        help="language of the PDF (default: nl)")
    parser.add_argument("--keep-names", action="store_true",
                        help="keep other people's names as written (default: initials)")
    return NAME


def _client_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) <= 0:
        raise CommandError(f"--client {text!r} is not a client id (a whole number)")
    return int(text)


def _targets(args: argparse.Namespace) -> tuple[Path, Path] | Path:
    """(pdf, json) for --out, or the folder for --out-dir; refused before the dossier opens."""
    if args.out_dir and args.out:
        raise CommandError("give --out-dir or --out, not both")
    if args.out:
        pdf = Path(args.out).expanduser()
        if pdf.suffix.lower() != ".pdf":
            raise CommandError(f"--out {args.out!r} must end in .pdf (the JSON goes beside it)")
        return (check_new_output(pdf, overwrite=True),
                check_new_output(pdf.with_suffix(".json"), overwrite=True))
    if args.out_dir:
        folder = Path(args.out_dir).expanduser()
        if not folder.is_dir():
            raise CommandError(f"folder {folder} does not exist")
        return check_new_output(folder / "inzage.pdf", overwrite=True).parent
    raise CommandError("give --out-dir or --out for the files to write")


def run(args: argparse.Namespace) -> int:
    client_id = _client_id(args.client)
    targets = _targets(args)
    lang = args.export_lang or getattr(args, "lang", None) or "nl"
    # lazy: loaded only when this command runs, so other commands and --help stay quick
    from resokit_desktop.services import privacy_exports
    from resokit_desktop.storage.errors import NotFoundError, StorageError

    db = open_existing(Path(args.data))
    try:
        options = {"initials_for_others": not args.keep_names, "lang": lang}
        try:
            if isinstance(targets, tuple):
                files = privacy_exports.write_access_files(db, client_id, *targets, **options)
            else:
                files = privacy_exports.export_access_to_folder(db, client_id, targets, **options)
        except NotFoundError:
            raise CommandError(f"there is no client with id {client_id}") from None
        except (OSError, StorageError) as exc:
            raise CommandError(f"could not write the files: {exc}") from exc
    finally:
        db.conn.close()
    print(f"Wrote the access export ({files.rows} rows) to {files.pdf} and {files.json}")
    return 0
