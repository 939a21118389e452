"""How many user actions a 15-member web with functions takes, driving the real web tab.

    .venv/bin/python benchmarks/web_action_count.py

Counted as one action each: a click, a double-click, a drag (press, move, release) from the
palette, one key press (Alt+letter included) and typing one name. Goal (issue 10): at most 40.
``tests/ui/inclusion_web/test_web_action_count.py`` runs the same script and checks the file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from resokit_desktop.domain.web.geometry import position_to_unit  # noqa: E402
from resokit_desktop.domain.web.model import EntryKind, Position  # noqa: E402
from resokit_desktop.rendering import web_style  # noqa: E402
from resokit_desktop.rendering.web_items import MemberItem  # noqa: E402

# name, domain, ring, kind, function badge letters (P, E, A, G)
WEB = [
    ("Mama", "family", 1, EntryKind.PERSON, "EP"),
    ("Papa", "family", 2, EntryKind.PERSON, ""),
    ("Zus Lies", "family", 1, EntryKind.PERSON, "E"),
    ("Tom", "friends", 1, EntryKind.PERSON, "G"),
    ("Sara", "friends", 2, EntryKind.PERSON, ""),
    ("Buurvrouw Ria", "neighbourhood", 2, EntryKind.PERSON, "P"),
    ("Bakkerij", "neighbourhood", 3, EntryKind.PLACE, ""),
    ("Collega Ali", "work", 2, EntryKind.PERSON, ""),
    ("Taalschool", "learning", 3, EntryKind.GROUP, ""),
    ("Voetbalclub", "leisure", 2, EntryKind.GROUP, "G"),
    ("Moskee", "faith", 3, EntryKind.PLACE, ""),
    ("Gamegroep", "online", 3, EntryKind.GROUP, ""),
    ("Huisarts", "services", 2, EntryKind.PERSON, "A"),
    ("OCMW", "services", 3, EntryKind.GROUP, "A"),
    ("Thuisverpleging Els", "services", 2, EntryKind.PERSON, "P"),
]


def _wait(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not follow")
        QApplication.processEvents()


def _spot(tab, domain: str, ring: int) -> QPoint:
    """Where a person would click: in the sector and ring, beside whoever is already there."""
    scene, view = tab.editor.scene, tab.editor.view
    r = web_style.WEB_RADIUS
    point = QPoint()
    for angle, radius in ((0.5, 0.5), (0.2, 0.5), (0.8, 0.5), (0.5, 0.1), (0.5, 0.9),
                          (0.2, 0.1), (0.8, 0.9)):
        x, y = position_to_unit(Position(domain, ring, angle, radius),
                                tab.editor.document.domain_keys(), scene.layout.spans)
        point = view.mapFromScene(QPointF(x * r, y * r))
        if not any(isinstance(i, MemberItem) for i in view.items(point)):
            return point
    return point


def build_web(tab) -> int:
    """Make WEB on the tab's (empty) web as a user would; returns the number of actions."""
    view, viewport = tab.editor.view, tab.editor.view.viewport()
    name = tab.member_panel.name_edit
    actions = 0
    for text, domain, ring, kind, letters in WEB:
        target = _spot(tab, domain, ring)
        before = len(tab.editor.document.version.members)
        if kind == EntryKind.PERSON:  # a double-click where the person belongs
            QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier, target)
        else:  # a place or group: dragged from the palette to where it belongs
            start = view.palette_slot_center(kind).toPoint()
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, start)
            QTest.mouseMove(viewport, (start + target) / 2)
            QTest.mouseMove(viewport, target)
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, target)
        actions += 1
        _wait(lambda before=before: len(tab.editor.document.version.members) == before + 1)
        _wait(name.hasFocus)
        QTest.keyClicks(name, text)
        actions += 1
        for letter in letters:  # Alt + badge letter ticks the function in the panel
            check = next(c for c in tab.member_panel.function_checks.values()
                         if c.text().startswith(f"&{letter} "))
            QTest.keyClick(name, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
            actions += 1
            _wait(check.isChecked)  # a mnemonic clicks after a short animation
    QTest.keyClick(name, Qt.Key.Key_Return)  # the last name: Enter, back to the web
    actions += 1
    return actions


def main() -> int:
    from resokit_desktop.app import create_application
    from resokit_desktop.domain.client import Client
    from resokit_desktop.services import web_service
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab

    create_application(lang="nl")
    with tempfile.TemporaryDirectory() as folder:
        dossier = DossierFile.open(Path(folder) / "count.resokit")
        client_id = clients_repo.save_client(dossier.db, Client(id=None, name="Telling"))
        web_service.new_version(dossier.db, client_id, "2026-01-10")
        tab = InclusionWebTab(dossier)
        tab.resize(960, 690)
        tab.show()
        tab.activateWindow()
        tab.set_client(client_id)
        count = build_web(tab)
        tab.set_client(None)
        dossier.close()
    print(f"15-member web with functions: {count} actions (goal: at most 40; "
          f"before issue 10: 54)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
