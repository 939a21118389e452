"""Choosing another version to compare with redraws only the picture of the version that
changed: the other side keeps its drawing and only its markers follow the new pair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import EntryKind, Member, Position
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog


def _three_versions(db) -> int:
    client_id = clients_repo.save_client(db, Client(name="Marie Dubois"))
    names = ["Rita", "Karel", "Buurthuis"]
    for day, count in (("2026-01-10", 1), ("2026-03-10", 2), ("2026-06-10", 3)):
        version = web_service.new_version(db, client_id, day)
        for name in names[len(version.members):count]:
            kind = EntryKind.PLACE if name == "Buurthuis" else EntryKind.PERSON
            entry = web_service.add_entry(db, client_id, kind, name)
            version.members[entry.id] = Member(entry.id, name, kind, Position("family", 1))
        web_service.save_version(db, version)
    return client_id


def test_choosing_another_new_version_keeps_the_old_picture(qtbot, db_path) -> None:
    dossier = DossierFile.open(db_path)
    client_id = _three_versions(dossier.db)
    dialog = CompareDialog(dossier.db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    old_items = dict(dialog.old_pane.web_scene.member_items)
    new_items_before = dict(dialog.new_pane.web_scene.member_items)
    new_before = dialog.new_combo.currentIndex()

    dialog.new_combo.setFocus()
    QTest.keyClick(dialog.new_combo, Qt.Key.Key_Up if new_before else Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.new_combo.currentIndex() != new_before)

    assert dialog.old_pane.web_scene.member_items == old_items  # the very same drawn items
    assert all(dialog.old_pane.web_scene.member_items[k] is v for k, v in old_items.items())
    assert dialog.new_pane.web_scene.member_items.keys() != new_items_before.keys()
    # The markers still follow the pair shown: what the new side added is marked there.
    added = dialog.comparison.added
    assert all(dialog.new_pane.web_scene.member_items[i].marker == "added" for i in added)
    dialog.close()
    dossier.close()
