"""The window and the command line print a summary through the same pipeline, and the command
line never loads the window's code."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from rich_client import CLIENT_NAME, make_rich_client

from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

ROOT = Path(__file__).resolve().parents[3]

# Runs `resokit summary` as the console script does, then names every module of the window's
# package that got loaded on the way (printed at exit, after the command finished).
WRAPPER = """
import atexit, sys
atexit.register(lambda: print("UI MODULES:", sorted(m for m in sys.modules
                                                    if m.startswith("resokit_desktop.ui"))))
from resokit_desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _dossier(folder: Path) -> tuple[Path, int]:
    path = folder / "one-pipeline.resokit"
    db = open_database(path)
    client_id = make_rich_client(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path, client_id


def _summary_command(data: Path, client_id: int, out: Path, *options: str):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, "-c", WRAPPER, "summary", "--data", str(data), "--client",
         str(client_id), "--out", str(out), *options],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False, env=env)


def _text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def _choose(qtbot, combo, data: str) -> None:
    """Step through the box with the keyboard until the wanted entry is shown."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_the_command_line_loads_no_window_code(tmp_path: Path) -> None:
    data, client_id = _dossier(tmp_path)
    out = tmp_path / "summary.pdf"
    result = _summary_command(data, client_id, out, "--copy", "worker")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Samenvatting van het gesprek" in _text_of(out)
    loaded = [line for line in result.stdout.splitlines() if line.startswith("UI MODULES:")]
    assert loaded == ["UI MODULES: []"], result.stdout


def test_the_preview_and_the_command_line_write_the_same_summary(
        qtbot, qapp, tmp_path: Path) -> None:
    from resokit_desktop.app import load_fonts

    load_fonts()
    QSettings().remove("printing")
    data, client_id = _dossier(tmp_path)
    from_cli = tmp_path / "cli.pdf"
    result = _summary_command(data, client_id, from_cli, "--copy", "worker", "--lang", "en",
                              "--initials")
    assert result.returncode == 0, result.stderr[-3000:]

    db = open_database(data)
    try:
        dialog = SummaryPreviewDialog(db, client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        _choose(qtbot, dialog.copy_combo, "worker")
        _choose(qtbot, dialog.language_combo, "en")
        if not dialog.initials_box.isChecked():
            qtbot.mouseClick(dialog.initials_box, Qt.MouseButton.LeftButton)
        dialog.save_to(tmp_path / "window.pdf")
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)
    finally:
        db.conn.close()
    from_window = _text_of(tmp_path / "window.pdf")
    assert "Summary of the conversation" in from_window and CLIENT_NAME not in from_window
    assert from_window == _text_of(from_cli)
