"""Start the desktop application: Qt set-up, fonts, language, the dossier file, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resokit_desktop import i18n, paths
from resokit_desktop.resources import FONT_BOLD, FONT_FAMILY, FONT_ITALIC, FONT_REGULAR, fonts_dir
from resokit_desktop.services.data_folder import ensure_data_folder
from resokit_desktop.ui import startup_probe
from resokit_desktop.ui.quit_signals import QuitSignals
from resokit_desktop.ui.security.first_window import show_first_window
from resokit_desktop.ui.widgets import background
from resokit_desktop.ui.widgets.focus_ring import install_focus_ring


def load_fonts() -> None:
    """Ship our own font: with no font visible to fontconfig, Qt draws empty boxes."""
    for name in (FONT_REGULAR, FONT_BOLD, FONT_ITALIC):
        QFontDatabase.addApplicationFont(str(fonts_dir() / name))


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    paths.set_application_identity()
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(11)
    app.setFont(font)
    install_focus_ring(app, after_first_paint=True)  # the first window paints without it
    # --lang wins over the language chosen in the settings (kept per user, not in the file).
    i18n.install_language(app, i18n.startup_language(lang))
    startup_probe.install_if_asked(app)
    return app


def data_path_for(args: argparse.Namespace) -> Path:
    """The dossier file to open: --data, or the file in the per-user data folder, which is
    ours alone and so made 0700 even when an older version left it 0755."""
    if args.data:
        return Path(args.data).expanduser()
    path = paths.default_data_path()
    ensure_data_folder(path, tighten_existing=True)
    return path


def run_app(args: argparse.Namespace) -> int:
    """Start-up: one-writer lock, unlock (or choose a passphrase, or restore a damaged file),
    a verified backup, then the main window; the dossier session handles locking after that."""
    app = create_application(lang=args.lang)
    path = data_path_for(args)
    # An existing file's first dialog at once; the session's modules load once it has painted.
    first = show_first_window(path)
    # lazy: after the first window (ui/security/first_window.py)
    from resokit_desktop.ui.security.dossier_session import DossierSession

    session = DossierSession(path, first_window=first)
    # Logout and shutdown (SIGTERM, SIGHUP) end the app like Quit: input saved, file closed.
    quit_signals = QuitSignals(parent=app)
    quit_signals.requested.connect(lambda _number: session.end_for_signal())
    try:
        if not session.start():
            return 0 if session.ending else 1
        if session.ending:  # the signal came while a start-up dialog was open
            code = 0
        else:
            code = app.exec()
    finally:
        # Background work (a PDF being built) finishes before the objects it reports to go.
        background.wait_for_all()
        session.shutdown()
        quit_signals.close()
    return code
