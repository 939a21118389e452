"""`resokit summary`: write a client's session summary as a PDF (worker or client copy)."""

from __future__ import annotations

import argparse
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from resokit_desktop.cli.common import check_new_output, open_existing
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
from resokit_desktop.domain.validation import parse_iso_date
from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically

NAME = "summary"
LANGUAGES = ("nl", "fr", "en")


def add_parser(subparsers: argparse._SubParsersAction) -> str:
    parser = subparsers.add_parser(NAME, help="write a client's session summary as a PDF")
    parser.add_argument("--data", metavar="FILE", required=True, help="the dossier file")
    parser.add_argument("--client", metavar="ID", required=True, type=int, help="client id")
    parser.add_argument("--out", metavar="PATH.pdf", required=True, help="the PDF to write")
    parser.add_argument("--copy", choices=[c.value for c in SummaryCopy], default="worker",
                        help="worker copy (with observations) or client copy (plain language)")
    parser.add_argument("--session", metavar="DATE",
                        help="the session's date (YYYY-MM-DD; default: the latest session)")
    parser.add_argument("--lang", dest="summary_lang", choices=LANGUAGES,
                        help="language of the summary (default: nl)")
    parser.add_argument("--initials", action="store_true",
                        help="name the client by initials only")
    return NAME


def run(args: argparse.Namespace) -> int:
    # The whole command runs with the collector paused; a process that ends with the command
    # (the real command line, see cli.main) leaves it paused rather than pay for one last,
    # large collection of everything made meanwhile.
    with _collector_paused(resume=not getattr(args, "ends_process", False)):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    out = check_new_output(Path(args.out), overwrite=True)
    if args.session is not None:
        try:
            parse_iso_date(args.session)
        except ValueError as exc:
            raise CommandError(f"--session {args.session!r} is not a date like 2026-11-23") from exc
    lang = args.summary_lang or getattr(args, "lang", None) or "nl"
    options = SummaryOptions(copy=SummaryCopy(args.copy), initials_only=args.initials,
                             lang=lang, session_date=args.session)
    db = open_existing(Path(args.data))
    try:
        content = _build(db, args.client, options)
        try:
            write_bytes_atomically(out, content)
        except OutputRefused as exc:
            raise CommandError(f"{out} {exc.reason}; give the name of a regular file") from exc
        except OSError as exc:
            raise CommandError(f"could not write {out}: {exc.strerror or exc}") from exc
        _audit(db, args.client)
    finally:
        db.conn.close()
    print(f"Wrote summary to {out}")
    return 0


@contextmanager
def _collector_paused(resume: bool = True) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the summary is made: it would walk the
    growing heap of fpdf2, fontTools and Qt objects some 250 times (about 0.1 s) and find next to
    no garbage (the peak memory is the same). With resume, it runs again afterwards as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled and resume:
            gc.enable()


def _qt_starter(lang: str) -> Callable[[], None]:
    """Start Qt for drawing once, when the first picture is drawn (see _start_qt)."""
    started: list[bool] = []

    def start() -> None:
        if not started:
            _start_qt(lang)
            started.append(True)
    return start


def _start_qt(lang: str) -> None:
    """A windowless Qt application: fonts for drawing the web, and the chosen language."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # lazy: Qt loads only once the arguments are known to be good
    from resokit_desktop import i18n, paths
    from resokit_desktop.rendering.web_render import ensure_application

    app = ensure_application()  # the web is drawn with Qt's graphics scene: a QApplication
    paths.set_application_identity()
    i18n.install_language(app, lang)


def _build(db, client_id: int, options: SummaryOptions) -> bytes:
    # lazy: the summary pipeline (Qt drawing, fpdf2) loads only when this command runs
    from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
    from resokit_desktop.services.summary_service import SummaryError

    try:
        data = prepare_summary(db, client_id, options,
                               before_drawing=_qt_starter(options.lang))
    except SummaryError as exc:
        if exc.code == "no_client":
            raise CommandError(f"there is no client with id {client_id}") from exc
        raise CommandError(
            f"client {client_id} has no session on {options.session_date}") from exc
    return build_pdf(data, options)


def _audit(db, client_id: int) -> None:
    try:
        # lazy: loaded only when this command runs, so other commands and --help stay quick
        from resokit_desktop.security.audit import AuditEvent, record_quietly
    except ImportError:
        return
    record_quietly(db, AuditEvent.EXPORTED, client_id)
