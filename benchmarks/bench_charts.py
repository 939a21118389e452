"""Client charts speed: redraw after a web edit (300 members), first and later opening of the tab.

    .venv/bin/python benchmarks/bench_charts.py [--runs 7]

Goals (issue 14): redraw < 50 ms after a web edit on a 300-member web; opening the Grafieken tab
the first time within 1.5x a bare ``import pyqtgraph`` measured in the same run (both in fresh
processes, interleaved, medians); every later opening < 100 ms. The redraw's same-run baseline is
the same redraw of a 5-member web.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_OPEN = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from resokit_desktop.app import create_application
app = create_application(lang="nl")
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.charts.charts_tab import ChartsTab
dossier = DossierFile.open({path!r})
tab = ChartsTab(dossier)
tab.resize(1000, 700)
tab.set_client({client_id})
assert "pyqtgraph" not in sys.modules
start = time.perf_counter()
tab.show()
app.processEvents()
first = time.perf_counter() - start
assert tab.board is not None and tab.charts is not None
later = []
for _ in range(5):
    tab.hide(); tab.set_client({client_id})
    start = time.perf_counter(); tab.show(); app.processEvents()
    later.append(time.perf_counter() - start)
print(first, sorted(later)[2])
"""
BARE_IMPORT = r"""
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
import pyqtgraph
print(time.perf_counter() - start)
"""


def make_web(db, name: str, size: int, seed: int = 7) -> int:
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

    rng = random.Random(seed)
    client_id = clients_repo.save_client(db, Client(name=name))
    for day in ("2026-01-10", "2026-05-10", "2026-09-10"):
        version = web_service.new_version(db, client_id, day)
        keys = version.domain_set.keys()
        for i in range(len(version.members), size):
            kind = rng.choice(list(EntryKind))
            entry = web_service.add_entry(db, client_id, kind, f"Lid {i}")
            version.members[entry.id] = Member(
                entry.id, entry.name, kind, Position(rng.choice(keys), rng.choice((1, 2, 3))),
                TieAttributes(paid=rng.random() < 0.2, functions=frozenset(
                    f for f in Function if rng.random() < 0.3)))
        web_service.save_version(db, version)
    return client_id


def redraw_ms(app, tab, db, client_id: int, runs: int, full: bool = False) -> float:
    """Median ms from the saved-web notice to the charts painted; ``full`` redraws all six
    charts (the worst case: an edit that changes every figure)."""
    from resokit_desktop.domain.web.model import Function
    from resokit_desktop.services import web_service

    tab.set_client(client_id)
    app.processEvents()
    version = web_service.load_version(db, client_id)
    member = next(iter(version.members.values()))
    times = []
    for run in range(runs):
        member.tie.functions = frozenset({Function.ADVICE} if run % 2 else set())
        web_service.save_version(db, version)  # the save itself is not timed
        if full:
            tab.board._drawn_from.clear()
        start = time.perf_counter()
        tab._web_saved(version)  # what the saved-web notice does
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from resokit_desktop.app import create_application
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.ui.charts.charts_tab import ChartsTab

    app = create_application(lang="nl")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "charts.resokit"
        dossier = DossierFile.open(path)
        big = make_web(dossier.db, "Groot", 300)
        small = make_web(dossier.db, "Klein", 5)
        dossier.close()

        firsts, bares, laters = [], [], []
        for _ in range(args.runs):  # interleaved fresh processes
            out = subprocess.run([sys.executable, "-c", FIRST_OPEN.format(
                root=str(ROOT), path=str(path), client_id=big)], capture_output=True,
                text=True, check=True).stdout.split()
            firsts.append(float(out[0]))
            laters.append(float(out[1]))
            bares.append(float(subprocess.run([sys.executable, "-c", BARE_IMPORT],
                                              capture_output=True, text=True,
                                              check=True).stdout))
        dossier = DossierFile.open(path)
        tab = ChartsTab(dossier)
        tab.resize(1000, 700)
        tab.show()
        redraw_big = redraw_ms(app, tab, dossier.db, big, args.runs * 3)
        redraw_small = redraw_ms(app, tab, dossier.db, small, args.runs * 3)
        full_big = redraw_ms(app, tab, dossier.db, big, args.runs * 3, full=True)
        tab.close()
        dossier.close()
    first, bare, later = (statistics.median(x) * 1000 for x in (firsts, bares, laters))
    print(f"bare `import pyqtgraph` (baseline)       {bare:7.1f} ms")
    print(f"Grafieken tab, first opening (300 leden)  {first:7.1f} ms  ratio {first / bare:.2f}"
          "  (goal <= 1.5)")
    print(f"Grafieken tab, later openings            {later:7.1f} ms  (goal < 100 ms)")
    print(f"redraw after a web edit, 5 members (base) {redraw_small:7.1f} ms")
    print(f"redraw after a web edit, 300 members      {redraw_big:7.1f} ms  ratio "
          f"{redraw_big / redraw_small:.2f}  (goal < 50 ms)")
    print(f"all six charts redrawn, 300 members       {full_big:7.1f} ms  (worst case)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
