"""Memory kept by opening the web comparison window: RSS and live windows after each opening.

`.venv/bin/python benchmarks/bench_dialog_memory.py [--opens 10]` runs two child processes on a
demo dossier: the app as it is (each dialog freed on closing) and, for comparison in the same run,
the dialog opened the way it was before (`dialog.exec()` with nothing freeing it).
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource  # not Linux: the peak is the best figure there is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(opens: int, keep: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from resokit_desktop.services.demo_service import fill_demo
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.ui.inclusion_web import web_tab
    from resokit_desktop.ui.main_window import MainWindow

    if keep:  # the code before the fix: nothing frees the dialog
        web_tab.exec_and_free = lambda dialog: dialog.exec()
    app = QApplication([])
    folder = tempfile.mkdtemp(prefix="resokit-bench-")
    dossier = DossierFile.open(Path(folder) / "demo.resokit")
    ids = fill_demo(dossier.db, date(2026, 3, 16))
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    window.open_client(ids[0])
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()

    closer = QTimer(interval=50)
    closer.timeout.connect(close_modal)
    closer.start()

    def settle() -> tuple[float, int]:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
        alive = sum(type(w).__name__ == "CompareDialog" for w in app.topLevelWidgets())
        return _rss_mib(), alive

    tab.open_comparison()  # the first opening loads code and caches: not counted
    start, _alive = settle()
    print(f"  after 1 opening: {start:.1f} MiB")
    for n in range(1, opens + 1):
        tab.open_comparison()
        rss, alive = settle()
        print(f"  +{n:2d} openings: RSS {rss:7.1f} MiB ({rss - start:+6.1f}), "
              f"compare windows alive: {alive}")
    rss, alive = settle()
    print(f"  => {(rss - start) / opens:+.2f} MiB per opening, {alive} windows alive")
    closer.stop()
    window.close()
    dossier.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opens", type=int, default=10)
    parser.add_argument("--child", choices=["freed", "kept"])
    args = parser.parse_args()
    if args.child:
        _child(args.opens, keep=args.child == "kept")
        return 0
    status = 0
    for mode, title in (("kept", "before: dialog.exec(), nothing frees it"),
                        ("freed", "now: exec_and_free")):
        print(f"{title}", flush=True)
        status |= subprocess.run([sys.executable, __file__, "--child", mode,
                                  "--opens", str(args.opens)]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
