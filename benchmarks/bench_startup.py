"""Start-up time: process start to the FIRST window painted, with a 10,000-client file.

Three lines, each next to a bare PySide6 window measured in the same run (runs alternate):

* encrypted file, no ``RESOKIT_PASSPHRASE``: the unlock dialog painted (goal: < 1.3x bare);
* plain (unencrypted) file: the first window painted (this app encrypts every plain file, so
  that window is the "choose a passphrase" dialog, not the main window; goal < 1.3x bare);
* encrypted file with ``RESOKIT_PASSPHRASE`` set: the main window painted (automation).

Prints min and median of each, the ratio of the medians, the load average, and whether it ran
under Xvfb (when installed and no display is set) or offscreen. Also reports whether
pyqtgraph, fpdf2 or the main window's module were imported before the first window painted.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--clients 10000]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from caseload import cached_caseload, write_caseload  # noqa: E402

CHILD = HERE / "_startup_child.py"
GOAL_RATIO = 1.3
PASSPHRASE = "benchmark wachtwoordzin"


def _under_xvfb(argv: list[str]) -> int | None:
    """Re-run this script under xvfb-run when it is installed and no display is set (a real X
    server paints like the user's); None: run here (offscreen when there is no display)."""
    if os.environ.get("RESOKIT_STARTUP_XVFB") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY") or not shutil.which("xvfb-run"):
        return None
    env = dict(os.environ, RESOKIT_STARTUP_XVFB="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                            str(Path(__file__).resolve()), *argv], env=env)


def platform_name(env: dict[str, str]) -> str:
    if env.get("RESOKIT_STARTUP_XVFB"):
        return "Xvfb"
    return env.get("QT_QPA_PLATFORM") or "a real display"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def child_env(home: Path, passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A private per-user folder: no saved window layout or cache from a real user.
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    env["PYTHONPATH"] = str(HERE.parent)
    env.pop("RESOKIT_PASSPHRASE", None)
    if passphrase:
        env["RESOKIT_PASSPHRASE"] = passphrase
    return env


def time_once(args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[float, str]:
    """Seconds from spawning the process to its window's first paint, and what the child said
    (the painted window's name and the heavy modules already imported)."""
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


def import_costs(args: list[str], env: dict[str, str], top: int = 8) -> tuple[float, list]:
    """One start under `python -X importtime`: total import seconds and the costliest
    packages (their own modules' time, summed per top-level package)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", str(CHILD), *args],
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


def make_files(tmp: Path, clients: int) -> tuple[Path, Path]:
    """A plain and an encrypted file of the same fictional caseload."""
    # lazy: the storage layer is needed only to encrypt the benchmark's file
    from resokit_desktop.storage.connection import open_database

    plain = write_caseload(tmp / "plain.resokit", clients)
    encrypted = write_caseload(tmp / "encrypted.resokit", clients)
    open_database(encrypted, PASSPHRASE).conn.close()  # converts it once
    return plain, encrypted


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    code = _under_xvfb(argv)
    if code is not None:
        return code
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clients", default="10000",
                        help="one size, or sizes to compare: 10000,100000 (see scale_main)")
    parser.add_argument("--compare-with", type=Path, action="append", default=[])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--importtime", action="store_true",
                        help="also list the costliest imports before each first window")
    args = parser.parse_args(argv)
    if "," in args.clients:
        return scale_main(args)
    args.clients = int(args.clients)
    print(f"load average before: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        tmp_path = Path(tmp)
        t0 = time.perf_counter()
        plain, encrypted = make_files(tmp_path, args.clients)
        print(f"wrote {args.clients} fictional clients twice in {time.perf_counter() - t0:.1f} s")
        asking = child_env(tmp_path / "home", passphrase=None)
        from_env = child_env(tmp_path / "home")
        trees = [(f"base{n or ''} ", t.resolve()) for n, t in enumerate(args.compare_with)]
        trees.append(("", HERE.parent))
        cases = {}
        for label, tree in trees:  # --compare-with: the same cases on another checkout
            cases.update({
                f"{label}unlock dialog (encrypted)":
                    (["first", str(encrypted)], dict(asking, PYTHONPATH=str(tree))),
                f"{label}first window (plain file)":
                    (["first", str(plain)], dict(asking, PYTHONPATH=str(tree))),
                f"{label}main window (passphrase env)":
                    (["main", str(encrypted)], dict(from_env, PYTHONPATH=str(tree))),
            })
        time_once(["bare"], asking)  # warm the OS file cache for all
        for child_args, env in cases.values():
            time_once(child_args, env)
        bare: list[float] = []
        times: dict[str, list[float]] = {name: [] for name in cases}
        said: dict[str, set[str]] = {name: set() for name in cases}
        for _ in range(args.runs):
            bare.append(time_once(["bare"], asking)[0])
            for name, (child_args, env) in cases.items():
                seconds, line = time_once(child_args, env)
                times[name].append(seconds)
                said[name].add(line)
        costs = {name: import_costs(child_args, env)
                 for name, (child_args, env) in cases.items()} if args.importtime else {}
    bare_median = statistics.median(bare)
    print(f"platform: {platform_name(asking)}; {args.runs} runs each, alternating; "
          f"{args.clients} clients")
    print(f"  {'bare PySide6 window':<34} min {min(bare):.3f} s  median {bare_median:.3f} s")
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / bare_median
        print(f"  {name:<34} min {min(values):.3f} s  median {median:.3f} s  "
              f"ratio {ratio:.2f} (min/min {min(values) / min(bare):.2f}; goal < {GOAL_RATIO}) "
              f"{'OK' if ratio < GOAL_RATIO else 'OVER GOAL'}")
        print(f"      painted / imported before: {'; '.join(sorted(said[name]))}")
        if name in costs:
            total, costliest = costs[name]
            print(f"      imports {total:.2f} s; costliest: "
                  + ", ".join(f"{pkg} {seconds:.3f}" for pkg, seconds in costliest))
    print(f"load average after: {load_average()}")
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
