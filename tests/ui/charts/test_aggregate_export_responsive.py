"""The anonymous export runs off the UI thread: a busy state, the buttons off, the event loop
ticking while the figures are gathered and written, and both files there afterwards."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.services import aggregate_export, web_service
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.charts.aggregate_dialog import AggregateDialog


def test_export_keeps_the_loop_running_and_writes_both_files(qtbot, dossier, tmp_path,
                                                             monkeypatch):
    client_id = clients_repo.save_client(dossier.db, Client(name="Geheim"))
    web_service.new_version(dossier.db, client_id, "2026-03-03")
    # A gate held by the test: the build waits for it wherever it runs. On the UI thread no
    # tick could happen while it waits; off the UI thread the timer keeps firing.
    gate = threading.Event()
    real_build = aggregate_export.build
    seen: dict[str, object] = {"ticks_while_busy": 0}

    def gated_build(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        gate.wait(timeout=5)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(aggregate_export, "build", gated_build)
    dialog = AggregateDialog(dossier, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(dialog, "choose_target", lambda: tmp_path / "cijfers.csv")

    def tick():
        if dialog.busy:
            seen["ticks_while_busy"] += 1
            seen.setdefault("message", dialog.message.text())
            seen.setdefault("buttons_off", not dialog.export_button.isEnabled()
                            and not dialog.close_button.isEnabled())
            if seen["ticks_while_busy"] >= 3:
                gate.set()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "Geschreven" in dialog.message.text(),
                    timeout=20000)
    timer.stop()
    assert seen["ticks_while_busy"] >= 3
    assert seen["thread"] is not threading.main_thread()
    assert seen["message"] == "Bezig met exporteren…"
    assert seen["buttons_off"]
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()
    assert "1 cliënten, 1 versies" in dialog.message.text()
    csv_bytes = (tmp_path / "cijfers.csv").read_bytes()
    assert csv_bytes.startswith(b"# ") and b"Geheim" not in csv_bytes
    assert (tmp_path / "cijfers.pdf").read_bytes().startswith(b"%PDF")


def test_from_the_menu_the_export_reads_the_open_file(qtbot, window, dossier, tmp_path):
    from PySide6.QtWidgets import QApplication

    client_id = clients_repo.save_client(dossier.db, Client(name="Geheim"))
    web_service.new_version(dossier.db, client_id, date.today().isoformat())
    seen: dict[str, object] = {}

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AggregateDialog):
            QTimer.singleShot(20, act)
            return
        dialog.choose_target = lambda: tmp_path / "team.csv"
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        seen["busy"] = dialog.busy
        dialog.wait()
        seen["message"] = dialog.message.text()
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    window.action_registry.get("aggregate_export").trigger()  # Bestand > Anonieme cijfers…
    assert seen["busy"]
    assert "1 cliënten, 1 versies" in seen["message"], seen["message"]
    assert (tmp_path / "team.csv").exists() and (tmp_path / "team.pdf").exists()
