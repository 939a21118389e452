"""`resokit summary` loads only what the summary needs and opens the dossier file once.

The real command runs in a child process through a small wrapper that records, with an audit
hook, every file it opens and every SQLite connection it makes, and lists the modules loaded at
the end; a fake sqlite-utils plugin installed on the child's path must never run.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from rich_client import CLIENT_NAME, make_rich_client

from resokit_desktop.cli.main import main
from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Session, SessionType
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import open_database

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = r"""
import json, sys
import sqlcipher3

report = {"opens": [], "connects": []}


def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        report["opens"].append(str(args[0]))


sys.addaudithook(hook)
real_connect = sqlcipher3.connect


def connect(database, *args, **kwargs):
    report["connects"].append(str(database))
    return real_connect(database, *args, **kwargs)


sqlcipher3.connect = connect
from resokit_desktop.cli.main import main

code = main(sys.argv[2:])
report["modules"] = sorted(sys.modules)
with open(sys.argv[1], "w", encoding="utf-8") as handle:
    json.dump(report, handle)
sys.exit(code)
"""

# A sqlite-utils plugin, as `pip install` would leave it: it must not run inside the summary.
PLUGIN = "import pathlib, os\npathlib.Path(os.environ['PLUGIN_MARK']).write_text('ran')\n"
ENTRY_POINTS = "[sqlite_utils]\nnosy = nosy_plugin\n"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory) -> tuple[Path, int, int]:
    """A file with a rich client (web, charts) and a client with only a session."""
    path = tmp_path_factory.mktemp("summary-footprint") / "dossiers.resokit"
    db = open_database(path)
    rich = make_rich_client(db)
    plain = clients_repo.save_client(db, Client(name="Mira Vos"))
    sessions_repo.save_session(db, Session(client_id=plain, date="2026-03-02",
                                           type=SessionType.FOLLOW_UP, worked_on="Kennismaking."))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path, rich, plain


def run_summary(tmp_path: Path, data: Path, client_id: int) -> tuple[dict, Path]:
    plugins = tmp_path / "site"
    info = plugins / "nosy_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: nosy-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(ENTRY_POINTS)
    (plugins / "nosy_plugin.py").write_text(PLUGIN)
    out = tmp_path / "summary.pdf"
    report = tmp_path / "report.json"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(plugins), str(ROOT)])
    env["PLUGIN_MARK"] = str(tmp_path / "plugin-ran")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(report), "summary", "--data", str(data),
         "--client", str(client_id), "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text(encoding="utf-8")), out


def test_no_sqlite_utils_plugin_runs_on_the_dossier(dossier, tmp_path: Path) -> None:
    data, rich, _ = dossier
    report, out = run_summary(tmp_path, data, rich)
    assert CLIENT_NAME in PdfReader(out).pages[0].extract_text()
    assert not (tmp_path / "plugin-ran").exists(), "a sqlite-utils plugin ran in the summary"
    assert "nosy_plugin" not in report["modules"]


def test_the_summary_opens_the_file_once(dossier, tmp_path: Path) -> None:
    data, rich, _ = dossier
    report, _ = run_summary(tmp_path, data, rich)
    assert report["connects"] == [str(data)]
    assert [p for p in report["opens"] if Path(p).name == data.name] == [str(data)]


def test_a_summary_with_a_web_loads_no_charting_library(dossier, tmp_path: Path) -> None:
    data, rich, _ = dossier
    modules = set(run_summary(tmp_path, data, rich)[0]["modules"])
    unneeded = {"numpy", "pyqtgraph", "importlib.metadata", "resokit_desktop.ui",
                "resokit_desktop.app", "resokit_desktop.cli.demo_command",
                "resokit_desktop.cli.export_web_command"}
    assert sorted(unneeded & modules) == []


def test_a_summary_without_pictures_loads_no_qt_drawing(dossier, tmp_path: Path) -> None:
    data, _, plain = dossier
    report, out = run_summary(tmp_path, data, plain)
    assert "Mira Vos" in PdfReader(out).pages[0].extract_text()
    modules = set(report["modules"])
    drawing = {"PySide6.QtWidgets", "PySide6.QtSvg", "resokit_desktop.rendering.web_render",
               "resokit_desktop.rendering.chart_pictures"}
    assert sorted(drawing & modules) == []


def test_the_collector_runs_again_after_a_summary_in_process(dossier, tmp_path: Path,
                                                             qapp) -> None:
    """The summary pauses Python's garbage collector while it builds; a program that calls it
    (the tests, a future caller) gets it back running."""
    data, rich, _ = dossier
    out = tmp_path / "summary.pdf"
    assert gc.isenabled()
    assert main(["summary", "--data", str(data), "--client", str(rich), "--out", str(out)]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # only a whole `resokit` process freezes at its end
    assert CLIENT_NAME in PdfReader(out).pages[0].extract_text()
