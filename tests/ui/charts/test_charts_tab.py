"""The Grafieken tab in the real main window: it shows the client's figures, follows web edits,
names uncovered functions in words, and exports charts as PNG and SVG that are not empty."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import (
    EntryKind,
    Function,
    Member,
    Position,
    TieAttributes,
)
from resokit_desktop.services import web_service
from resokit_desktop.storage import clients_repo


def _client_with_web(db) -> int:
    client_id = clients_repo.save_client(db, Client(name="Grafiek Cliënt"))
    first = web_service.new_version(db, client_id, "2026-01-10")
    for name, kind, domain, paid, functions in (
            ("Moeder", EntryKind.PERSON, "family", False, {Function.PRACTICAL}),
            ("Begeleider", EntryKind.PERSON, "services", True, {Function.EMOTIONAL}),
            ("Bib", EntryKind.PLACE, "leisure", False, set())):
        entry = web_service.add_entry(db, client_id, kind, name)
        first.members[entry.id] = Member(entry.id, name, kind, Position(domain, 1),
                                         TieAttributes(paid=paid, functions=frozenset(functions)))
    web_service.save_version(db, first)
    second = web_service.new_version(db, client_id, "2026-06-01")
    entry = web_service.add_entry(db, client_id, EntryKind.PERSON, "Buurvrouw")
    second.members[entry.id] = Member(entry.id, "Buurvrouw", EntryKind.PERSON,
                                      Position("neighbourhood", 2))
    web_service.save_version(db, second)
    web_service.record_client_words(db, client_id, first.id, second.id, "Ik ben minder alleen.")
    return client_id


def _open_charts(qtbot, window, client_id):
    assert window.open_client(client_id)
    tab = window.tab_widget("charts")
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    qtbot.waitUntil(lambda: tab.board is not None and tab.charts is not None)
    return tab


def _drawn(tab, key):
    return {label: (value, extra) for label, value, extra in tab.board.drawn[key]}


def test_charts_show_the_clients_figures(qtbot, window, dossier):
    client_id = _client_with_web(dossier.db)
    tab = _open_charts(qtbot, window, client_id)
    assert window.tabs.tabText(window.tabs.indexOf(tab)).replace("&", "") == "Grafieken"
    domains = _drawn(tab, "domains")
    assert domains["Familie"][0] == 1 and domains["Buurt"][0] == 1
    makeup = _drawn(tab, "makeup")
    assert makeup["Betaalde hulp"][0] == 1 and makeup["Niet betaald"][0] == 3
    assert makeup["Plaatsen"][0] == 1 and makeup["Personen"][0] == 3
    coverage = _drawn(tab, "coverage")
    assert coverage["Praktische hulp"] == (1, "")
    assert coverage["Emotionele steun"] == (1, "⚠ Alleen betaalde hulp")
    assert coverage["Advies"] == (0, "⚠ Niemand")
    change = _drawn(tab, "change")
    assert change["Grootte"][0] == 4
    assert "Ik ben minder alleen." in tab.board.words_label.text()
    reference = [value for _, value, _ in tab.board.drawn["reference"]]
    assert reference == [4, 5, 30]
    assert tab.board.drawn["reference"][1][2] == "gemiddeld ± 5"


def test_charts_follow_a_web_edit_in_the_web_tab(qtbot, window, dossier):
    client_id = _client_with_web(dossier.db)
    tab = _open_charts(qtbot, window, client_id)
    assert _drawn(tab, "change")["Grootte"][0] == 4
    web_tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(web_tab)
    entry = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, "Nieuwe vriend")
    web_tab.editor.place_entry(entry.id, Position("friends", 1))
    qtbot.waitUntil(lambda: not web_tab.saver.is_pending() and not web_tab.has_pending_edits())
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: _drawn(tab, "change")["Grootte"][0] == 5)
    assert _drawn(tab, "domains")["Vrienden"][0] == 1


def test_a_shown_chart_redraws_when_the_web_is_saved(qtbot, window, dossier):
    client_id = _client_with_web(dossier.db)
    tab = _open_charts(qtbot, window, client_id)
    version = web_service.load_version(dossier.db, client_id)
    for member in version.members.values():
        if member.name == "Moeder":
            member.tie.functions = frozenset({Function.PRACTICAL, Function.ADVICE})
    web_service.save_version(dossier.db, version)
    assert _drawn(tab, "coverage")["Advies"] == (1, "")


def test_exported_png_is_not_blank_and_svg_parses(qtbot, window, dossier, tmp_path):
    client_id = _client_with_web(dossier.db)
    tab = _open_charts(qtbot, window, client_id)
    png = tab.export("coverage", "png", tmp_path / "steun.png")
    image = QImage(str(png))
    assert image.width() >= 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 10  # more than a white page
    svg = tab.export("change", "svg", tmp_path / "verandering.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Verandering door de tijd" in svg.read_text(encoding="utf-8")


def test_starting_the_main_window_does_not_import_pyqtgraph(tmp_path: Path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from resokit_desktop.services.dossier_file import DossierFile\n"
        "from resokit_desktop.ui.main_window import MainWindow\n"
        f"dossier = DossierFile.open({str(tmp_path / 'f.resokit')!r})\n"
        "window = MainWindow(dossier)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('pyqtgraph' in sys.modules)\n"
        "window.close(); dossier.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_words_recorded_elsewhere_show_when_the_tab_is_shown_again(qtbot, window, dossier):
    client_id = _client_with_web(dossier.db)
    tab = _open_charts(qtbot, window, client_id)
    window.tabs.setCurrentWidget(window.tab_widget("inclusion_web"))
    first, second = (v.id for v in web_service.list_versions(dossier.db, client_id))
    web_service.record_client_words(dossier.db, client_id, first, second, "Nu met de buren.")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: "Nu met de buren." in tab.board.words_label.text())
