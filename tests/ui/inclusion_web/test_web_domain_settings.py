"""The organisation's own life domains, set in settings, are what new webs start with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.inclusion_web.domain_set_page import DomainSetPage


def test_own_domains_typed_in_settings_reach_a_new_web(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    page = DomainSetPage(dossier)
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert page.default_radio.isChecked()
    QTest.mouseClick(page.own_radio, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.own_edit, "Thuis | Maison | Home")
    assert page.validate()  # one domain is not enough
    QTest.keyClick(page.own_edit, Qt.Key.Key_Return)
    QTest.keyClicks(page.own_edit, "Markt")
    QTest.keyClick(page.own_edit, Qt.Key.Key_Return)
    QTest.keyClicks(page.own_edit, "Markt")
    assert any("staat er al" in p for p in page.validate())
    page.own_edit.setPlainText("Thuis | Maison | Home\nMarkt\nMoskee of kerk")
    assert page.validate() == []
    page.save()
    dossier.close()

    db = open_database(db_path)
    client_id = clients_repo.save_client(db, Client(id=None, name="X"))
    version = web_service.new_version(db, client_id, "2026-02-01")
    assert [d.label("nl") for d in version.domain_set.domains] == ["Thuis", "Markt",
                                                                   "Moskee of kerk"]
    assert version.domain_set.domains[0].label("fr") == "Maison"
    db.conn.close()


def test_choosing_the_ndti_preset(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    page = DomainSetPage(dossier)
    qtbot.addWidget(page)
    page.load()
    page.ndti_radio.setChecked(True)
    page.save()
    assert web_service.preferred_domain_set(dossier.db).key == "ndti"
    again = DomainSetPage(dossier)
    qtbot.addWidget(again)
    again.load()
    assert again.ndti_radio.isChecked()
    dossier.close()
