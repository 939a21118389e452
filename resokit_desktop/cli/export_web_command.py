"""`resokit export-web`: write a client's inclusion web as PNG, SVG or GraphML."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from resokit_desktop.cli.common import check_new_output, open_existing
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.domain.validation import parse_iso_date
from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically

NAME = "export-web"
FORMATS = ("png", "svg", "graphml")
DEFAULT_SIZE = (1600, 1100)


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(
        NAME, help="write a client's inclusion web as PNG, SVG or GraphML")
    parser.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    parser.add_argument("--client", metavar="ID", required=True,
                        help="the client's id, as shown in the dossier's Overzicht tab")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, required=True,
                        help="png or svg (the drawing with its legend), graphml (the network)")
    parser.add_argument("--out", metavar="PATH", required=True, help="the file to write")
    parser.add_argument("--version", dest="version_date", metavar="DATE",
                        help="the web version's date (YYYY-MM-DD; default: the latest)")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="image size in pixels for png/svg (default: 1600x1100)")
    return NAME


def _client_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise CommandError(f"--client {text!r} is not a client id (a whole number)") from None
    if value <= 0:
        raise CommandError(f"--client {text!r} is not a client id (a whole number)")
    return value


def _size(text: str | None) -> tuple[int, int]:
    if text is None:
        return DEFAULT_SIZE
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size {text!r} is not like 1600x1100") from None
    if not (64 <= width <= 10000 and 64 <= height <= 10000):
        raise CommandError(f"--size {text!r}: each side must be between 64 and 10000 pixels")
    return width, height


def run(args: argparse.Namespace) -> int:
    client_id = _client_id(args.client)
    size = _size(args.size)
    version_date = None
    if args.version_date is not None:
        try:
            version_date = parse_iso_date(args.version_date).isoformat()
        except (ValueError, AttributeError):
            raise CommandError(
                f"--version {args.version_date!r} is not a date like 2026-11-23") from None
    out = check_new_output(Path(args.out), overwrite=True)
    # lazy: loaded only when this command runs, so other commands and --help stay quick
    from resokit_desktop.services import web_service
    from resokit_desktop.storage import clients_repo

    db = open_existing(Path(args.data))
    try:
        if not clients_repo.client_exists(db, client_id):
            raise CommandError(f"there is no client with id {client_id}")
        try:
            version = web_service.load_version(db, client_id, version_date)
        except web_service.UnknownVersionError:
            dates = ", ".join(r.version_date for r in web_service.list_versions(db, client_id))
            raise CommandError(f"client {client_id} has no web version of {args.version_date}"
                               + (f" (versions: {dates})" if dates else "")) from None
        if version is None:
            raise CommandError(f"client {client_id} has no inclusion web yet")
        data = _render(version, args.fmt, size, getattr(args, "lang", None) or "nl",
                       web_service.count_paid_staff(db))
    finally:
        db.conn.close()
    try:
        write_bytes_atomically(out, data)
    except OutputRefused as exc:
        raise CommandError(f"{out} {exc.reason}; give the name of a regular file") from exc
    except OSError as exc:
        raise CommandError(f"could not write {out}: {exc.strerror or exc}") from exc
    print(f"Wrote the web of {version.version_date} to {out}")
    return 0


def _render(version, fmt: str, size: tuple[int, int], lang: str,
            count_paid_staff: bool = True) -> bytes:
    if fmt == "graphml":
        # lazy: loaded only when this command runs, so other commands and --help stay quick
        from resokit_desktop.services.web_graphml import graphml_bytes

        return graphml_bytes(version, count_paid_staff)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # lazy: Qt's drawing code loads only when a picture is asked for
    from resokit_desktop import i18n
    from resokit_desktop.rendering.web_render import (
        ensure_application,
        render_web_png,
        render_web_svg,
    )

    i18n.install_language(ensure_application(), lang)
    render = render_web_png if fmt == "png" else render_web_svg
    return render(version, *size, lang=lang)
