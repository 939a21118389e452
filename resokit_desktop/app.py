"""Start the desktop application: Qt set-up, fonts, language, the dossier file, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from resokit_desktop import i18n, paths
from resokit_desktop.resources import FONT_BOLD, FONT_FAMILY, FONT_ITALIC, FONT_REGULAR, fonts_dir


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
    i18n.install_language(app, lang)
    return app


def run_app(args: argparse.Namespace) -> int:
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage.errors import NewerSchemaError, NotADossierError
    from resokit_desktop.ui.main_window import MainWindow

    app = create_application(lang=args.lang)
    data_path = Path(args.data).expanduser() if args.data else paths.default_data_path()
    try:
        dossier = DossierFile.open(data_path)
    except NewerSchemaError:
        QMessageBox.critical(
            None, app.translate("App", "Resokit Desktop"),
            app.translate("App", "Dit bestand is gemaakt met een nieuwere versie van Resokit "
                                 "Desktop. Werk de toepassing bij om het te openen."))
        return 1
    except (NotADossierError, OSError):
        QMessageBox.critical(
            None, app.translate("App", "Resokit Desktop"),
            app.translate("App", "Dit bestand kan niet geopend worden als Resokit-dossier."))
        return 1
    window = MainWindow(dossier)
    window.show()
    code = app.exec()
    dossier.close()
    return code
