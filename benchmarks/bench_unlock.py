"""Unlock cost of the encrypted dossier: SQLCipher's KDF, a wrong guess, and the app's full path.

    .venv/bin/python benchmarks/bench_unlock.py [--runs 9] [--clients 10000]

Prints medians in milliseconds: opening a plain copy (baseline), keying alone (PBKDF2-HMAC-SHA512,
256,000 iterations, SQLCipher 4 defaults), a wrong passphrase, the app's unlock (one key
derivation: open and migrations check; the full check runs later, in the background), the
earlier unlock (integrity check, then open: two derivations), and a verified backup.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caseload import write_caseload  # noqa: E402

from resokit_desktop.security import integrity  # noqa: E402
from resokit_desktop.services.dossier_file import DossierFile  # noqa: E402
from resokit_desktop.services.dossier_opening import open_dossier  # noqa: E402
from resokit_desktop.storage.connection import connect_plainly, open_database  # noqa: E402
from resokit_desktop.storage.errors import WrongPassphraseError  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor ontgrendelen"


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--clients", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="resokit-bench-") as tmp:
        plain = Path(tmp) / "plain.resokit"
        write_caseload(plain, args.clients)
        encrypted = Path(tmp) / "encrypted.resokit"
        write_caseload(encrypted, args.clients)
        open_database(encrypted, PASSPHRASE).conn.close()  # converts it once

        def plain_open():
            connect_plainly(plain, None).close()

        def key_only():
            connect_plainly(encrypted, PASSPHRASE).close()

        def wrong():
            try:
                connect_plainly(encrypted, PASSPHRASE + "?").close()
            except WrongPassphraseError:
                pass

        def app_unlock():
            outcome = open_dossier(encrypted, PASSPHRASE)
            assert outcome.code is None
            outcome.dossier.close()

        def earlier_unlock():
            report = integrity.diagnose(encrypted, PASSPHRASE)
            assert report.status == integrity.OK
            DossierFile.open(encrypted, PASSPHRASE).close()

        figures = {
            "plain open (baseline)": median_ms(plain_open, args.runs),
            "key + first read (KDF)": median_ms(key_only, args.runs),
            "wrong passphrase": median_ms(wrong, args.runs),
            "app unlock (one KDF + open)": median_ms(app_unlock, args.runs),
            "earlier unlock (check+open)": median_ms(earlier_unlock, args.runs),
        }
        dossier = DossierFile.open(encrypted, PASSPHRASE)
        figures["verified backup"] = median_ms(dossier.backup_job(), max(3, args.runs // 3))
        dossier.close()
    print(f"{args.clients} clients, medians of {args.runs} runs")
    for name, value in figures.items():
        print(f"  {name:<28} {value:8.1f} ms")
    print("goal: app unlock between 300 and 1500 ms on the worker's laptop (plan test 21)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
