"""Settings typed into the dialog are stored in the file under the keys the summary reads."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from resokit_desktop.storage import settings_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.settings.settings_dialog import SettingsDialog


def _dialog(qtbot, dossier) -> SettingsDialog:
    dialog = SettingsDialog(dossier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_names_and_logo_are_stored_in_the_file(qtbot, dossier, db_path, tmp_path):
    logo_path = tmp_path / "logo.png"
    image = QImage(1200, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d3a"))
    assert image.save(str(logo_path))

    dialog = _dialog(qtbot, dossier)
    general = dialog.pages["general"]
    qtbot.keyClicks(general.organisation_field, "Buurtwerk Noord")
    qtbot.keyClicks(general.worker_field, "Sofie Maes")
    logo = dialog.show_page("logo")
    qtbot.keyClicks(logo.path_field, str(logo_path))
    qtbot.keyClick(logo.path_field, Qt.Key.Key_Return)
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    fresh = open_database(db_path)
    try:
        assert settings_repo.get_setting(fresh, "organisation.name") == "Buurtwerk Noord"
        assert settings_repo.get_setting(fresh, "worker.name") == "Sofie Maes"
        png = base64.b64decode(settings_repo.get_setting(fresh, "organisation.logo_png"))
    finally:
        fresh.conn.close()
    assert png.startswith(b"\x89PNG")
    stored = QImage.fromData(png, "PNG")
    assert (stored.width(), stored.height()) == (600, 200)  # large logos are scaled down

    # Opening the dialog again shows what is stored.
    again = _dialog(qtbot, dossier)
    assert again.pages["general"].organisation_field.text() == "Buurtwerk Noord"
    assert again.pages["logo"].logo_base64() is not None


def test_an_unreadable_logo_is_refused_at_the_field(qtbot, dossier, db_path, tmp_path):
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("geen afbeelding")
    dialog = _dialog(qtbot, dossier)
    logo = dialog.show_page("logo")
    qtbot.keyClicks(logo.path_field, str(not_an_image))
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "niet als afbeelding" in logo.message.text()
    assert settings_repo.get_setting(dossier.db, "organisation.logo_png") is None


def test_cancel_changes_nothing(qtbot, dossier):
    dialog = _dialog(qtbot, dossier)
    qtbot.keyClicks(dialog.pages["general"].organisation_field, "Niet bewaren")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert settings_repo.get_setting(dossier.db, "organisation.name") is None
