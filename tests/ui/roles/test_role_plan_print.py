"""The role plan on one page holds every field the Rollen tab shows (read back with pypdf)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from roles_helpers import seed_client

from resokit_desktop.domain.roles import (
    Barrier,
    GoodThing,
    RolePlan,
    RoleSetting,
    RoleStatus,
    RoleStep,
)
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import roles_repo, talents_repo
from resokit_desktop.ui.printing.printables_preview import RolePlanPreviewDialog


def _text(dialog, path: Path) -> tuple[int, str]:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_the_printed_role_plan_has_every_field_of_the_screen(qtbot, db_path, tmp_path):
    client_id = seed_client(db_path, "Rosa Rollen", focus=("cooking",))
    dossier = DossierFile.open(db_path)
    try:
        (talent,) = talents_repo.focus_talents(dossier.db, client_id)
        plan = RolePlan(
            client_id=client_id, title="Recepten-oma van het breicafe",
            setting=RoleSetting.ORGANISATION, place="Dienstencentrum", key_person="Rita",
            talent_ids=[talent.id], need="Jongeren willen oude recepten leren.",
            brings=[GoodThing.RESPECT, GoodThing.RELATIONS],
            barriers=[Barrier.TRANSPORT, Barrier.OTHER], barrier_note="Trappen in het station",
            support="Samen de tram nemen.", status=RoleStatus.ACTIVE, status_since="2026-03-02",
            evaluation="Ik word er blij van.", created_on="2026-01-05",
            steps=[RoleStep("Eerste keer meegaan", "Rosa", "2026-01-20", done=True),
                   RoleStep("Appeltaart meebrengen", "Rosa", "2026-04-01")])
        roles_repo.save_role_plan(dossier.db, plan)
        dialog = RolePlanPreviewDialog(dossier.db, client_id, plan.id)
        qtbot.addWidget(dialog)
        pages, text = _text(dialog, tmp_path / "rolplan.pdf")
    finally:
        dossier.close()
    assert pages == 1
    for expected in ("Mijn rol: Recepten-oma van het breicafe", "Dienstencentrum",
                     "in de organisatie", "Rita", "Koken",
                     "Jongeren willen oude recepten leren.", "respect", "relaties en contacten",
                     "vervoer", "Trappen in het station", "Samen de tram nemen.",
                     "actief, sinds 2 maart 2026", "Appeltaart meebrengen", "1 april 2026",
                     "Eerste keer meegaan (gedaan)", "Ik word er blij van."):
        assert expected in text, expected


def test_the_print_button_previews_the_open_plan(qtbot, db_path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from roles_helpers import close_window, open_window, show_tab

    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    for title in ("Buurtgids", "Kok van de buurttafel"):
        QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(tab.form.title_field, title)
        assert tab.save_now()
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["plan"] = dialog.plan_combo.currentText()
        dialog.reject()

    QTimer.singleShot(0, look)
    QTest.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert seen["plan"] == "Kok van de buurttafel"  # the one on screen, not the first
    close_window(main, dossier)


def test_the_print_menu_previews_the_plan_on_screen(qtbot, db_path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from roles_helpers import close_window, open_window, show_tab

    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    for title in ("Buurtgids", "Kok van de buurttafel", "Voorlezer"):
        QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(tab.form.title_field, title)
        assert tab.save_now()
    # The middle plan chosen with a click in the list of plans.
    (item,) = [tab.plan_list.item(i) for i in range(tab.plan_list.count())
               if tab.plan_list.item(i).text().startswith("Kok van de buurttafel")]
    rect = tab.plan_list.visualItemRect(item)
    QTest.mouseClick(tab.plan_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.form.title_field.text() == "Kok van de buurttafel")
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["plan"] = dialog.plan_combo.currentText()
        seen["combo"] = [dialog.plan_combo.itemText(i) for i in range(dialog.plan_combo.count())]
        dialog.reject()

    QTimer.singleShot(0, look)
    main.action_registry.get("print_role_plan").trigger()  # Bestand > Rolplan afdrukken…
    assert seen["plan"] == "Kok van de buurttafel"  # the one on screen, not the first
    assert len(seen["combo"]) == 3  # the others can still be chosen
    close_window(main, dossier)


def test_the_print_menu_starts_on_the_first_plan_when_the_tab_has_none(qtbot, db_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from roles_helpers import close_window, open_window

    client_id = seed_client(db_path)
    dossier = DossierFile.open(db_path)
    for title in ("Buurtgids", "Kok van de buurttafel"):
        roles_repo.save_role_plan(dossier.db, RolePlan(client_id=client_id, title=title))
    dossier.close()
    main, dossier = open_window(qtbot, db_path, client_id)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["combo"] = [dialog.plan_combo.itemText(i) for i in range(dialog.plan_combo.count())]
        seen["plan"] = dialog.plan_combo.currentText()
        dialog.reject()

    QTimer.singleShot(0, look)
    main.action_registry.get("print_role_plan").trigger()
    assert seen["plan"] == seen["combo"][0]
    close_window(main, dossier)
