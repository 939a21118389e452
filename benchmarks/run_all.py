"""Run every benchmark in turn, print their figures and keep them in `latest-figures.md`.

    .venv/bin/python benchmarks/run_all.py [--only bench_startup.py ...] [--out FILE]

Each benchmark measures its own floor in the same run (a bare window, a minimal fpdf2 process,
a floor bundle) and prints ratios; this runner adds what the figures depend on: the date, the
machine's cores, the load average before and after each benchmark, and the Python and Qt
versions. The README's figures are copied from the file it writes.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("bench_startup.py", "bench_search.py", "bench_unlock.py", "bench_web.py",
              "bench_summary.py", "bench_summary_cli.py", "bench_transfer_memory.py",
              "bench_dialog_memory.py", "bench_lag.py", "bench_bundle.py", "bench_charts.py",
              "bench_caseload.py")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _versions() -> str:
    try:
        import PySide6  # lazy: only for the header line, after the benchmarks' own imports

        qt = PySide6.__version__
    except ImportError:
        qt = "not installed"
    return f"Python {platform.python_version()}, PySide6 {qt}, {platform.system()} " \
           f"{platform.machine()}, {os.cpu_count()} cores"


def run_one(name: str) -> tuple[int, str, float]:
    """Run one benchmark, echoing its output as it comes; return its code, output and seconds."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE / name)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        # Qt's offscreen plug-in notes it cannot size windows: noise, not a figure.
        if "does not support propagateSizeHints" in line:
            continue
        sys.stdout.write(line)
        sys.stdout.flush()
        lines.append(line)
    return proc.wait(), "".join(lines), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=BENCHMARKS, default=[],
                        help="run only this benchmark (may be repeated)")
    parser.add_argument("--out", type=Path, default=HERE / "latest-figures.md")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = [f"# Latest benchmark figures\n\nWritten by `benchmarks/run_all.py` on {when}; "
                f"{_versions()}.\n"]
    status = 0
    for name in names:
        print(f"== {name}", flush=True)
        before = _load()
        code, output, seconds = run_one(name)
        status |= code
        sections.append(f"## {name}\n\nload average before: {before}; after: {_load()}; "
                        f"{seconds:.0f} s; exit code {code}\n\n```text\n{output.rstrip()}\n```\n")
    args.out.write_text("\n".join(sections), encoding="utf-8")
    print(f"figures written to {args.out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
