"""A typical working session leaves no client text in temp folders, logs, settings, recent
files, window titles or crash output: only in the encrypted dossier (and deliberate exports)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.security import private_temp, transfer
from resokit_desktop.security.access_export import export_access
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo

PASSPHRASE = "hygiëne in de praktijk"
TOKEN = "cnryhyg3e5a9b1f7"
NAME = f"Rosa {TOKEN}"


def _hits(folder: Path, skip: Path | None = None) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if not path.is_file() or (skip and skip in path.parents):
            continue
        try:
            data = subprocess.run(["cat", str(path)], capture_output=True).stdout
        except OSError:
            continue
        if TOKEN.encode() in data or TOKEN.encode("utf-16-le") in data:
            found.append(str(path))
    return found


def _titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]


def test_typical_session_leaves_no_client_text_behind(qtbot, tmp_path: Path, monkeypatch,
                                                      caplog, capfd) -> None:
    from resokit_desktop.ui.main_window import MainWindow

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    caplog.set_level(logging.DEBUG)
    work = tmp_path / "werk"
    exports = tmp_path / "exports"
    work.mkdir()
    exports.mkdir()

    dossier = DossierFile.open(work / "dossiers.resokit", PASSPHRASE)
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts such as Ctrl+N work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Type a new client, save by leaving the form, search for it.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.overview.form
    qtbot.keyClicks(form.name_field, NAME)
    qtbot.mouseClick(form.notes_field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.notes_field, f"Wil zwemmen {TOKEN}")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: clients_repo.list_clients(dossier.db, search=TOKEN) != [])
    qtbot.keyClicks(window.client_list.search_field, TOKEN)
    client_id = clients_repo.list_clients(dossier.db, search=TOKEN)[0].id
    assert all(TOKEN not in title for title in _titles())

    # A failing save (full disk) must not spill the text into logs or stderr either.
    pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages}")
    window.overview.set_client(client_id)
    qtbot.mouseClick(form.notes_field.viewport(), Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText(f" {TOKEN}" * 3000)  # ~50 kB: needs new pages
    qtbot.keyClick(form.notes_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.overview.save_now() is False
    dossier.db.execute("PRAGMA max_page_count = 1073741823")
    assert window.overview.save_now() is True

    # Deliberate exports, a backup, and a preview in the private temp folder.
    export_access(dossier.db, client_id, exports)
    transfer.export_client(dossier.db, client_id, exports / "x.resokit-overdracht", "ander")
    dossier.backup_now()
    with private_temp.private_temp_dir() as preview:
        (preview / "voorbeeld.pdf").write_text(NAME)
        assert _hits(preview)  # the scan sees what is there…
    assert not preview.exists()  # …and the folder is gone afterwards
    assert all(TOKEN not in title for title in _titles())
    window.overview.saver.stop()
    window.close()
    dossier.close()

    places = [temp, work] + [Path(os.environ[k]) for k in (
        "XDG_RUNTIME_DIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")]
    leaks = [hit for place in places if place.exists() for hit in _hits(place)]
    assert leaks == []
    assert TOKEN not in caplog.text
    out, err = capfd.readouterr()
    assert TOKEN not in out and TOKEN not in err
    assert _hits(exports), "the deliberate export does hold the data"


CRASHER = """
import sys
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage import sessions_repo
from resokit_desktop.domain.session import Session
db = open_database(sys.argv[1], "crash zin")
# A session for a client that does not exist: the save fails and nobody catches it.
sessions_repo.save_session(db, Session(client_id=999, date="2026-01-01",
                                       worked_on=sys.argv[2], client_words=sys.argv[2]))
"""


def test_crash_output_holds_no_client_text(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CRASHER, str(tmp_path / "c.resokit"),
         f"notitie {TOKEN}"], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "Traceback" in done.stderr
    assert TOKEN not in done.stderr and TOKEN not in done.stdout
