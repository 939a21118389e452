"""Start-up time: process start to the main window painted, with a 10,000-client file open.

Measured next to a bare PySide6 window in the same run (several runs each, alternating; the
median counts). Goal: app / bare < 1.5. Also reports whether pyqtgraph or fpdf2 were imported
at start-up (they must be loaded lazily).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--clients 10000]
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
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from caseload import cached_caseload, write_caseload  # noqa: E402

CHILD = HERE / "_startup_child.py"
GOAL_RATIO = 1.5


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A private per-user folder: no saved window layout or cache from a real user.
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    env["PYTHONPATH"] = str(HERE.parent)
    # The dossier is encrypted: the first run converts the plain caseload, later runs unlock it.
    env.setdefault("RESOKIT_PASSPHRASE", "benchmark wachtwoordzin")
    return env


def time_once(args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[float, str]:
    """Seconds from spawning the process to its window's first paint, and the heavy imports."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if not line.startswith("shown"):
        raise SystemExit(f"bench_startup: the window never showed ({' '.join(args)}):\n"
                         f"{proc.stderr.read()[-2000:]}")
    return elapsed, line.split(" ", 1)[1].strip()


def import_costs(data: Path, env: dict[str, str], top: int = 8) -> tuple[float, list[tuple]]:
    """One app start under `python -X importtime`: total import seconds and the costliest
    packages (their own modules' time, summed per top-level package)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", str(CHILD), "app", str(data)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    costs: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, _cumulative, name = line[len("import time:"):].split("|")
        package = name.strip().split(".")[0]
        costs[package] = costs.get(package, 0.0) + int(own) / 1e6
    ranked = sorted(costs.items(), key=lambda item: -item[1])
    return sum(costs.values()), ranked[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clients", default="10000",
                        help="one size, or sizes to compare: 10000,100000 (see scale_main)")
    parser.add_argument("--compare-with", type=Path, action="append", default=[])
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    if "," in args.clients:
        return scale_main(args)
    args.clients = int(args.clients)
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        tmp_path = Path(tmp)
        data = tmp_path / "caseload.resokit"
        t0 = time.perf_counter()
        write_caseload(data, args.clients)
        print(f"wrote {args.clients} fictional clients in {time.perf_counter() - t0:.1f} s")
        env = child_env(tmp_path / "home")
        time_once(["bare"], env)  # warm the OS file cache for both
        time_once(["app", str(data)], env)
        bare, app, heavy = [], [], set()
        for _ in range(args.runs):
            bare.append(time_once(["bare"], env)[0])
            seconds, imported = time_once(["app", str(data)], env)
            app.append(seconds)
            heavy.update(m for m in imported.split(",") if m != "-")
        total_imports, costliest = import_costs(data, env)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = app_median / bare_median
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'xcb/wayland'}; {args.runs} runs each")
    print(f"bare PySide6 window : median {bare_median:.3f} s  (min {min(bare):.3f}, "
          f"max {max(bare):.3f})")
    print(f"Resokit, {args.clients} clients: median {app_median:.3f} s  (min {min(app):.3f}, "
          f"max {max(app):.3f})")
    print(f"ratio app/bare      : {ratio:.2f}  (goal < {GOAL_RATIO}) "
          f"{'OK' if ratio < GOAL_RATIO else 'OVER GOAL'}")
    print(f"imports during app start-up: {total_imports:.2f} s; costliest: "
          + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in costliest))
    print("heavy modules at start-up: "
          + (", ".join(sorted(heavy)) + " imported (should be lazy)" if heavy
             else "pyqtgraph and fpdf NOT imported (lazy, as intended)"))
    return 0


SCALE_GOAL_RATIO = 1.3  # start with the largest caseload / with the smallest


def scale_main(args: argparse.Namespace) -> int:
    """Start to main window with each caseload size (encrypted), per checkout, alternating runs;
    the ratio of the largest to the smallest size is the "no cliff" figure."""
    sizes = [int(part) for part in args.clients.split(",")]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        cache = args.cache or Path(tmp)
        trees = [("baseline", t.resolve()) for t in args.compare_with]
        trees.append(("this", HERE.parent))
        env = child_env(Path(tmp) / "home")
        runs = {}
        for label, tree in trees:
            tree_env = dict(env, PYTHONPATH=str(tree))
            for size in sizes:
                data = cached_caseload(size, cache, tree, variant="encrypted")
                time_once(["app", str(data)], tree_env, timeout=900)  # encrypts, upgrades
                runs[(label, size)] = (tree_env, data, [])
        bare = []
        time_once(["bare"], env)
        for _ in range(args.runs):
            bare.append(time_once(["bare"], env)[0])
            for tree_env, data, times in runs.values():
                times.append(time_once(["app", str(data)], tree_env)[0])
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'xcb/wayland'}; {args.runs} runs each; "
          f"encrypted files")
    print(f"bare PySide6 window: median {statistics.median(bare):.3f} s (min {min(bare):.3f})")
    for label, _tree in trees:
        medians = {}
        for size in sizes:
            times = runs[(label, size)][2]
            medians[size] = statistics.median(times)
            print(f"{label:<9} {size:>7,} clients: median {medians[size]:.3f} s "
                  f"(min {min(times):.3f}, max {max(times):.3f})")
        ratio = medians[sizes[-1]] / medians[sizes[0]]
        print(f"{label:<9} ratio {sizes[-1]:,} / {sizes[0]:,}: {ratio:.2f} "
              f"(goal < {SCALE_GOAL_RATIO}) {'OK' if ratio < SCALE_GOAL_RATIO else 'OVER GOAL'}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
