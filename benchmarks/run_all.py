"""Run every benchmark in turn and print their figures: `.venv/bin/python benchmarks/run_all.py`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("bench_startup.py", "bench_search.py", "bench_unlock.py", "bench_web.py",
              "bench_summary.py", "bench_summary_cli.py", "bench_transfer_memory.py",
              "bench_dialog_memory.py", "bench_lag.py", "bench_bundle.py", "bench_charts.py",
              "bench_caseload.py")


def main() -> int:
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / name)]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
