"""Peak memory of importing a handover file that holds one very long note (inside the size limit).

Builds, in a temporary folder, a dossier whose client has a note of --note-mb megabytes, exports
it as a transfer file, then imports it in a fresh child process and reports that process's peak
resident memory (VmHWM) and Python's own peak (tracemalloc), next to the import of the same
client with a short note (the baseline, same run). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_transfer_memory.py            # --note-mb 150
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "overdracht-wachtwoord voor de meting"

CHILD = r"""
import json, sys, tracemalloc
from pathlib import Path
from resokit_desktop.security import transfer
from resokit_desktop.storage.connection import open_database

def high_water_kib():
    # VmHWM starts afresh at exec (ru_maxrss can carry the parent's figure over).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

target = open_database(Path(sys.argv[2]), None)
before = high_water_kib()
tracemalloc.start()
try:
    result = transfer.import_client(target, Path(sys.argv[1]), sys.argv[3])
    outcome = f"imported ({result.rows} rows)"
except transfer.TransferRefused as refused:
    outcome = f"refused: {refused}"
_current, peak = tracemalloc.get_traced_memory()
after = high_water_kib()
print(json.dumps({"outcome": outcome, "rss_before_mb": before / 1024,
                  "rss_peak_mb": after / 1024, "python_peak_mb": peak / 2**20}))
"""


def make_transfer(folder: Path, note_chars: int, name: str) -> Path:
    from resokit_desktop.domain.client import Client
    from resokit_desktop.domain.session import Session
    from resokit_desktop.security import transfer
    from resokit_desktop.storage import clients_repo, sessions_repo
    from resokit_desktop.storage.connection import open_database

    db = open_database(folder / f"{name}.resokit")
    words = "Een lange notitie over het netwerk. "
    note = (words * (note_chars // len(words) + 1))[:note_chars]
    client_id = clients_repo.save_client(db, Client(name="Meting Lange Notitie"))
    # A session note: the client's own notes are also in the search index (twice the size).
    sessions_repo.save_session(db, Session(client_id=client_id, date="2026-11-02",
                                           worker_observations=note))
    del note
    out = folder / f"{name}.resokit-overdracht"
    transfer.export_client(db, client_id, out, PASS)
    db.conn.close()
    return out


def measure(transfer_file: Path, folder: Path) -> dict:
    target = folder / f"target-{transfer_file.stem}.resokit"
    done = subprocess.run([sys.executable, "-c", CHILD, str(transfer_file), str(target), PASS],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--note-mb", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="resokit-bench-transfer-") as tmp:
        folder = Path(tmp)
        small = make_transfer(folder, 2_000, "short")
        large = make_transfer(folder, args.note_mb * 1_000_000, "long")
        print(f"transfer file sizes: short {small.stat().st_size / 2**20:.1f} MiB, "
              f"long {large.stat().st_size / 2**20:.1f} MiB")
        for label, path in (("short note (baseline)", small),
                            (f"{args.note_mb} MB note", large)):
            figures = measure(path, folder)
            print(f"{label:>22}: {figures['outcome']}; peak RSS {figures['rss_peak_mb']:.0f} MiB "
                  f"(at start {figures['rss_before_mb']:.0f} MiB), Python peak "
                  f"{figures['python_peak_mb']:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
