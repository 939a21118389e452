"""Benchmark: the whole `resokit summary` process against a minimal fpdf2 one-page process.

Both are timed as child processes in the same run, interleaved, median of 7 each: the floor is
`python -c` that imports fpdf2, adds the same DejaVu font and writes one page. The dossier holds
one client with a 60-member web (two versions), 3 role plans and 10 agreements. Goal: the
summary within 2x the floor. `--base PATH` also times another checkout (e.g. main, from a
`git worktree add`) with this virtual environment, for a before/after from one run.
`--buurtkaart` gives the client a buurtkaart (a plan with a boundary and 12 places) as well, so
the summary has its map page too.

    .venv/bin/python benchmarks/bench_summary_cli.py [--base /tmp/summary-base] [--buurtkaart]
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
sys.path.insert(0, str(ROOT / "tests" / "reports"))

RUNS = 7
GOAL = 2.0
FLOOR = """
import sys
from fpdf import FPDF
pdf = FPDF()
pdf.add_font("DejaVu Sans", "", sys.argv[1])
pdf.add_page()
pdf.set_font("DejaVu Sans", size=12)
pdf.cell(text="Samenvatting é ë ç ’ €")
pdf.output(sys.argv[2])
"""


def _dossier(folder: Path, buurtkaart: bool) -> tuple[Path, int]:
    from rich_client import make_rich_client

    from resokit_desktop.storage.connection import open_database

    path = folder / "bench.resokit"
    db = open_database(path)
    client_id = make_rich_client(db, members=60, plans=3, agreements=10)
    if buurtkaart:
        _add_buurtkaart(db, client_id, folder)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path, client_id


def _add_buurtkaart(db, client_id: int, folder: Path) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from resokit_desktop.domain.buurtkaart import Feeling, Pin, PinStatus
    from resokit_desktop.services import map_service

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage needs it
    plan = QImage(1200, 800, QImage.Format.Format_RGB32)
    plan.fill(QColor("#EEE8DC"))
    plan.save(str(folder / "plan.png"), "PNG")
    image = map_service.import_image(db, folder / "plan.png")
    version = map_service.new_version(db, client_id, "2026-03-02", image.id)
    version.home = (0.5, 0.72)
    version.boundary = [(0.1, 0.1), (0.85, 0.12), (0.8, 0.85), (0.15, 0.8)]
    for index in range(12):
        place = map_service.add_place(db, client_id, f"Plek {index}")
        version.pins[place.id] = Pin(
            place.id, place.name, 0.15 + 0.06 * index, 0.2 + 0.05 * (index % 7),
            list(PinStatus)[index % len(PinStatus)], list(Feeling)[index % len(Feeling)])
    map_service.save_version(db, version)


def _timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            check=False, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[:4]} failed:\n{result.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=Path, help="another checkout to time the same way")
    parser.add_argument("--buurtkaart", action="store_true",
                        help="give the client a buurtkaart too (its page in the summary)")
    args = parser.parse_args()
    from resokit_desktop.resources import FONT_REGULAR, fonts_dir

    folder = Path(tempfile.mkdtemp(prefix="resokit-bench-"))
    try:
        return _run(folder, args.base, fonts_dir() / FONT_REGULAR, args.buurtkaart)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, base: Path | None, font: Path, buurtkaart: bool) -> int:
    data, client_id = _dossier(folder, buurtkaart)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESOKIT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    trees = {"this checkout": ROOT}
    if base is not None:
        trees["base"] = base.resolve()

    def summary(tree: Path) -> list[str]:
        return [sys.executable, "-m", "resokit_desktop", "summary", "--data", str(data),
                "--client", str(client_id), "--copy", "worker", "--out",
                str(folder / f"summary-{tree.name}.pdf")]

    floor_command = [sys.executable, "-c", FLOOR, str(font),
                     str(folder / "floor.pdf")]
    times: dict[str, list[float]] = {"floor": [], **{name: [] for name in trees}}
    for tree in trees.values():  # once each first: bytecode written, files in the page cache
        _timed(summary(tree), tree, {**env, "PYTHONPATH": str(tree)})
    _timed(floor_command, ROOT, env)
    for _ in range(RUNS):
        times["floor"].append(_timed(floor_command, ROOT, env))
        for name, tree in trees.items():
            times[name].append(_timed(summary(tree), tree, {**env, "PYTHONPATH": str(tree)}))

    load = os.getloadavg()
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    floor = statistics.median(times["floor"])
    print(f"floor, python -c fpdf2 one page with DejaVu: median {floor * 1000:6.0f} ms, "
          f"min {min(times['floor']) * 1000:6.0f} ms")
    status = 0
    for name in trees:
        median = statistics.median(times[name])
        ratio = median / floor
        print(f"resokit summary ({name}): median {median * 1000:6.0f} ms, "
              f"min {min(times[name]) * 1000:6.0f} ms -> {ratio:.2f}x the floor "
              f"(min/min {min(times[name]) / min(times['floor']):.2f}x)")
        if name == "this checkout" and ratio > GOAL:
            status = 1
    print(f"goal: within {GOAL:.0f}x the floor: {'OK' if status == 0 else 'NOT MET'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
