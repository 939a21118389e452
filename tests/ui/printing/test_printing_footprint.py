"""What printing leaves behind: no fpdf2 at start-up, no temporary files, one audit entry."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from resokit_desktop.storage import audit_repo
from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog


def test_opening_the_app_and_its_print_menu_does_not_import_fpdf() -> None:
    code = ("import sys, resokit_desktop.app, resokit_desktop.ui.main_window, "
            "resokit_desktop.ui.printing.print_actions, "
            "resokit_desktop.ui.printing.summary_preview, "
            "resokit_desktop.ui.printing.printables_preview; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'fpdf'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


def test_preview_print_and_save_leave_no_temporary_files(qtbot, rich_db, tmp_path: Path,
                                                         monkeypatch) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    dialog = SummaryPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)
    dialog.save_to(tmp_path / "saved.pdf")
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=30000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printed.pdf", "rich.resokit",
                                                          "rich.resokit-shm", "rich.resokit-wal",
                                                          "saved.pdf", "tmp"]
    assert list(private_tmp.iterdir()) == []


def test_saving_and_printing_are_written_to_the_audit_log(qtbot, rich_db, tmp_path: Path) -> None:
    client_id = rich_db.rich_client_id
    dialog = SummaryPreviewDialog(rich_db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_to(tmp_path / "saved.pdf")
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=30000)
    dialog.done(SummaryPreviewDialog.DialogCode.Accepted)  # what the print button ends with
    events = [e.event for e in audit_repo.list_entries(rich_db, client_id)]
    assert "exported" in events and "printed" in events
