"""The installed program's size and start-up, against floors built and measured in the same run.

- Size: Resokit's one-folder build (build_installer.py) next to a floor bundle that holds a bare
  PySide6 window plus the import closure of the chosen packages (fpdf2, pyqtgraph, sqlite-utils,
  sqlcipher3), built by the same PyInstaller. Goal: ratio <= 1.1.
- Start-up: the built program from process start to the main window painted, on a dossier of
  1,000 fictional clients (plain file), next to the same app run from the virtual environment.
  Goal: ratio <= 1.2.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 5]

Takes a few minutes (two PyInstaller builds). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from caseload import write_caseload  # noqa: E402

FLOOR_SCRIPT = '''"""Floor: a bare PySide6 window that imports the packages Resokit is built on."""
import sys

import fpdf  # noqa: F401
import pyqtgraph  # noqa: F401
import sqlcipher3  # noqa: F401
import sqlite_utils  # noqa: F401
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
sys.exit(app.exec())
'''


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_floor(work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    script = work / "floor.py"
    script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(script), "--name", "floor",
                    "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    "--specpath", str(work)], check=True, capture_output=True)
    return work / "dist" / "floor"


def build_app(work: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--no-package", "--dist",
                    str(work / "dist"), "--work", str(work / "build")], check=True,
                   capture_output=True)
    return work / "dist" / "resokit"


def time_first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if not line.startswith("shown"):
        raise SystemExit(f"bench_bundle: no window from {command[0]}:\n"
                         f"{proc.stderr.read()[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=1000)
    args = parser.parse_args(argv)
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="resokit-bundle-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        floor = build_floor(work / "floor")
        floor_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        bundle = build_app(work / "app")
        app_seconds = time.perf_counter() - t0
        floor_size, app_size = folder_size(floor), folder_size(bundle)

        data = work / "caseload.resokit"
        write_caseload(data, args.clients)
        env = {k: v for k, v in os.environ.items() if k != "RESOKIT_PASSPHRASE"}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        for name in ("DATA", "CONFIG", "CACHE"):
            env[f"XDG_{name}_HOME"] = str(work / "home" / name.lower())
        env["RESOKIT_BENCH_FIRST_PAINT"] = "1"
        env["RESOKIT_PASSPHRASE"] = "benchmark wachtwoordzin van de bundel"
        frozen = [str(bundle / "resokit"), "--data", str(data)]
        venv = [sys.executable, "-m", "resokit_desktop", "--data", str(data)]
        time_first_paint(venv, env)  # converts the plain file once, warms the file cache
        time_first_paint(frozen, env)
        frozen_times, venv_times = [], []
        for _ in range(args.runs):
            venv_times.append(time_first_paint(venv, env))
            frozen_times.append(time_first_paint(frozen, env))
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"platform: {env.get('QT_QPA_PLATFORM') or 'xcb/wayland'}")
    print(f"floor bundle (bare window + fpdf2, pyqtgraph, sqlite-utils, sqlcipher3): "
          f"{floor_size / 1e6:.1f} MB, built in {floor_seconds:.0f} s")
    print(f"Resokit bundle: {app_size / 1e6:.1f} MB, built in {app_seconds:.0f} s; "
          f"ratio {app_size / floor_size:.2f} (goal <= 1.1)")
    v_med, f_med = statistics.median(venv_times), statistics.median(frozen_times)
    print(f"start to main window, {args.clients} clients, {args.runs} runs: from the venv "
          f"median {v_med:.3f} s (min {min(venv_times):.3f}); built program median {f_med:.3f} s "
          f"(min {min(frozen_times):.3f}); ratio {f_med / v_med:.2f} (goal <= 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
