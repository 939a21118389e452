"""Search latency over 10,000 clients: clients_repo.list_clients with typical queries.

Reports the median and the 95th percentile per query kind and overall. Goal: under 30 ms.

    .venv/bin/python benchmarks/bench_search.py [--clients 10000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from caseload import write_caseload  # noqa: E402

from resokit_desktop.storage import clients_repo  # noqa: E402
from resokit_desktop.storage.connection import open_database  # noqa: E402

GOAL_MS = 30.0
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        data = Path(tmp) / "caseload.resokit"
        t0 = time.perf_counter()
        write_caseload(data, args.clients)
        print(f"wrote {args.clients} fictional clients in {time.perf_counter() - t0:.1f} s")
        db = open_database(data)
        try:
            everything: list[float] = []
            print(f"{'query':<22}{'rows':>7}{'median ms':>11}{'p95 ms':>9}")
            for label, text, statuses in QUERIES:
                clients_repo.list_clients(db, text, statuses)  # warm the page cache
                times = []
                for _ in range(args.repeat):
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
