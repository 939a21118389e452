"""Event-loop lag through start-up, unlock, a client, the web tab, search, backup and print preview.

    .venv/bin/python benchmarks/bench_lag.py [--clients 10000] [--platform auto|xvfb|offscreen]

A QTimer at 10 ms records how late each tick comes (the stall the user would feel); per phase it
prints the worst and the 95th-percentile stall in ms. Goal: no stall over 100 ms at 10,000
clients. Runs under Xvfb when it is installed and no display is set (``auto``), offscreen
otherwise, and says which; prints the load average. Works on older checkouts too, so a
baseline can be measured in the same run (``git worktree add /tmp/base main``, run it there).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "benchmark wachtwoordzin voor de vertraging"
TICK_MS = 10
GOAL_MS = 100


def _under_xvfb(argv: list[str]) -> int | None:
    """Re-run this script under xvfb-run when asked (or auto and possible); None: run here."""
    args = argparse.Namespace(platform="auto")
    if "--platform" in argv:
        args.platform = argv[argv.index("--platform") + 1]
    if os.environ.get("RESOKIT_LAG_CHILD") or args.platform == "offscreen":
        return None
    if os.environ.get("DISPLAY") or not shutil.which("xvfb-run"):
        return None
    env = dict(os.environ, RESOKIT_LAG_CHILD="xvfb", QT_QPA_PLATFORM="xcb")
    return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                            str(Path(__file__).resolve()), *argv], env=env)


class LagProbe:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start-up"
        self.stalls: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last) * 1000 - TICK_MS)
        self.stalls.setdefault(self.phase, []).append(late)
        self._last = now


def spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_backup(session) -> None:
    """Keep the event loop running (and probed) until the backup thread is done."""
    while session.backup_running:
        spin(50)


def run(clients: int) -> dict[str, list[float]]:
    from caseload import write_caseload
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from resokit_desktop.storage.connection import open_database

    tmp = Path(tempfile.mkdtemp(prefix="resokit-lag-"))
    try:
        path = tmp / "lag.resokit"
        write_caseload(path, clients)
        open_database(path, PASSPHRASE).conn.close()  # encrypt it once
        os.environ.pop("RESOKIT_PASSPHRASE", None)
        app = QApplication.instance() or QApplication(sys.argv)
        probe = LagProbe()
        probe.start()
        from resokit_desktop.security import backups
        from resokit_desktop.ui.security.dossier_session import DossierSession

        session = DossierSession(path, idle_ms=3_600_000)

        def type_passphrase() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog.objectName() != "unlock_dialog":
                QTimer.singleShot(20, type_passphrase)
                return
            QTest.keyClicks(dialog.panel.field, PASSPHRASE)
            probe.enter("unlock")
            QTest.keyClick(dialog.panel.field, Qt.Key.Key_Return)

        QTimer.singleShot(0, type_passphrase)
        assert session.start(), "the dossier did not open"
        spin(2500)  # first paint, the check after it and the start-up backup
        wait_for_backup(session)
        window = session.window

        probe.enter("open a client")
        client_id = window.dossier.db.execute("SELECT min(id) FROM clients").fetchone()[0]
        window.open_client(client_id)
        spin(800)

        probe.enter("web tab")
        window.tabs.setCurrentWidget(window.tab_widget("inclusion_web"))
        spin(800)

        probe.enter("search")
        field = window.findChild(QLineEdit, "client_search")
        field.setFocus()
        for char in "Marie Pe":
            QTest.keyClick(field, char)
            spin(60)
        spin(600)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key.Key_Delete)
        spin(600)

        probe.enter("backup")
        for _when, old in backups.backup_files(path):
            old.unlink()
        session._daily_backup()
        spin(200)
        wait_for_backup(session)
        spin(300)

        probe.enter("print preview")
        from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

        window.open_client(client_id)
        dialog = SummaryPreviewDialog(window.dossier.db, client_id, window)
        dialog.open()
        spin(2000)
        dialog.reject()
        spin(300)
        probe.enter("end")
        session.shutdown()
        app.processEvents()
        return probe.stalls
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    code = _under_xvfb(argv)
    if code is not None:
        return code
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--platform", default="auto", choices=["auto", "xvfb", "offscreen"])
    args = parser.parse_args(argv)
    if os.environ.get("RESOKIT_LAG_CHILD") != "xvfb" and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    where = ("Xvfb" if os.environ.get("RESOKIT_LAG_CHILD") == "xvfb"
             else os.environ.get("QT_QPA_PLATFORM") or "a real display")
    stalls = run(args.clients)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"event-loop lag at {args.clients} clients, {TICK_MS} ms probe, under {where}; "
          f"load average {load}; code from {ROOT}")
    print(f"  {'phase':<15} {'worst':>8} {'p95':>8} {'ticks':>6}")
    worst_all = 0.0
    for phase, values in stalls.items():
        if phase == "end" or not values:
            continue
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        worst_all = max(worst_all, ordered[-1])
        print(f"  {phase:<15} {ordered[-1]:8.1f} {p95:8.1f} {len(values):6d}")
    print(f"worst stall {worst_all:.1f} ms (goal: none over {GOAL_MS} ms); "
          f"median tick lateness {statistics.median(sum(stalls.values(), [])):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
