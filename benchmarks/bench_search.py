"""Search latency: clients_repo.list_clients with typical queries, and the client list itself.

Reports the median and the 95th percentile per query kind and overall (goal: under 30 ms), then
the client list model per caseload size: the list at start, "status filter -> Alle" (goal under
100 ms), the model's reload per typed character as a worker types "Marie" and the key press as
the search field handles it (goal: worst under 50 ms), the next page and a click on each column
header. ``--compare-with DIR`` measures another checkout (e.g. main) in the same run.

    .venv/bin/python benchmarks/bench_search.py [--clients 10000,100000] [--repeat 20]
        [--compare-with ../main] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
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

from caseload import cached_caseload  # noqa: E402

from resokit_desktop.storage import clients_repo  # noqa: E402
from resokit_desktop.storage.connection import open_database  # noqa: E402

GOAL_MS = 30.0
KEYSTROKE_GOAL_MS = 50.0  # the worst key press in the search field
LIST_ALL_GOAL_MS = 100.0  # "status filter -> Alle"
# What a worker types, letter by letter, plus the status filters of the list.
QUERIES: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("empty list, all", "", None),
    ("empty list, active", "", ("active",)),
    ("one letter", "m", None),
    ("two letters", "ma", None),
    ("first name", "marie", None),
    ("full name", "marie peeters", None),
    ("surname prefix", "jans", None),
    ("neighbourhood", "molenbeek", ("active",)),
    ("diacritics", "helene", None),
    ("note word", "gitaar", None),
    ("no match", "zzzqx", None),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _sizes(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def query_table(data: Path, repeat: int) -> None:
    """clients_repo.list_clients (every row, as the list read before paging) per query kind."""
    db = open_database(data)
    try:
        everything: list[float] = []
        print(f"{'query':<22}{'rows':>7}{'median ms':>11}{'p95 ms':>9}")
        for label, text, statuses in QUERIES:
            clients_repo.list_clients(db, text, statuses)  # warm the page cache
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                rows = clients_repo.list_clients(db, text, statuses)
                times.append((time.perf_counter() - start) * 1000)
            everything.extend(times)
            print(f"{label:<22}{len(rows):>7}{statistics.median(times):>11.2f}"
                  f"{percentile(times, 0.95):>9.2f}")
    finally:
        db.conn.close()
    median, p95 = statistics.median(everything), percentile(everything, 0.95)
    print(f"all queries: median {median:.2f} ms, p95 {p95:.2f} ms (goal < {GOAL_MS:.0f} ms) "
          f"{'OK' if p95 < GOAL_MS else 'OVER GOAL'}")


def client_list(data: Path, repeat: int, tree: Path) -> dict:
    """The list model's own costs, measured in a child process running ``tree``'s code."""
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(data.parent / "home" / name.lower())
    proc = subprocess.run([sys.executable, str(HERE / "_client_list_child.py"), str(data),
                           str(repeat)], capture_output=True, text=True, env=env, timeout=1800,
                          check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"bench_search: the client list child failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


LIST_ROWS = [
    ("start", "list at start (status Actief)", None),
    ("all", "status filter -> Alle", LIST_ALL_GOAL_MS),
    ("next_page", "next page (scroll to end)", None),
    ("keystroke", "model reload per typed char", KEYSTROKE_GOAL_MS),
    ("key_event", "key press in search field", KEYSTROKE_GOAL_MS),
    ("sort_name_desc", "sort: Naam descending", None),
    ("sort_neighbourhood", "sort: Buurt", None),
    ("sort_status", "sort: Status", None),
    ("sort_next_appointment", "sort: Afspraak", None),
]


def print_client_list(results: dict[tuple[str, int], dict], sizes: list[int]) -> None:
    labels = list(dict.fromkeys(label for label, _ in results))
    print(f"\nclient list (median / worst ms; '{', '.join(labels)}')")
    head = "".join(f"{f'{label} {size:,}':>24}" for size in sizes for label in labels)
    print(f"{'measure':<32}{head}")
    for key, text, goal in LIST_ROWS:
        cells = []
        for size in sizes:
            for label in labels:
                figure = results[(label, size)].get(key)
                cells.append(f"{figure['median']:>11.1f} / {figure['worst']:>8.1f}"
                             if figure else f"{'-':>22}")
        suffix = f"  (goal < {goal:.0f} ms)" if goal else ""
        print(f"{text:<32}" + "".join(f"{c:>24}" for c in cells) + suffix)
    for label in labels:
        for size in sizes:
            prefixes = results[(label, size)]["per_prefix"]
            print(f"{label} {size:,}: reload per typed char (median ms) "
                  + ", ".join(f"{k!r} {v:.1f}" for k, v in prefixes.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", default="10000",
                        help="caseload sizes, comma-separated (e.g. 10000,100000)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--list-repeat", type=int, default=5)
    parser.add_argument("--compare-with", type=Path, action="append", default=[],
                        help="another checkout of the app (e.g. main) measured in the same run")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the written caseloads here (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = _sizes(args.clients)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        cache = args.cache or Path(tmp)
        trees = [("baseline", t.resolve()) for t in args.compare_with]
        trees.append(("this", HERE.parent))
        results: dict[tuple[str, int], dict] = {}
        for size in sizes:
            t0 = time.perf_counter()
            files = {label: cached_caseload(size, cache, tree) for label, tree in trees}
            print(f"\n{size:,} fictional clients ready in {time.perf_counter() - t0:.1f} s")
            query_table(files["this"], args.repeat)
            for label, tree in trees:
                results[(label, size)] = client_list(files[label], args.list_repeat, tree)
    print_client_list(results, sizes)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
