"""Caseload overview speed: 10,000 clients with 3 web versions each, computed and drawn.

    .venv/bin/python benchmarks/bench_caseload.py [--runs 5] [--clients 10000]

Goal (issue 14): the overview computes and draws in under 1 s. The same-run baseline is the
client list's own query over the same file (``clients_repo.list_clients``, all active clients).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caseload import write_caseload  # noqa: E402

from resokit_desktop.domain.web.domain_sets import default_set, set_to_data  # noqa: E402
from resokit_desktop.storage.connection import open_database  # noqa: E402

FUNCTIONS = ("practical", "emotional", "advice", "companionship")


def add_webs_and_sessions(path: Path, seed: int = 11, members: int = 12) -> None:
    """Three web versions per client (12 members each), conversations, agreements, role plans:
    written with plain inserts (benchmark set-up only; the app writes through its services)."""
    rng = random.Random(seed)
    db = open_database(path)
    db.execute("PRAGMA synchronous = OFF")
    keys = default_set().keys()
    domain_set = json.dumps(set_to_data(default_set()))
    stamp = "2026-01-01T00:00:00"
    clients = [r[0] for r in db.execute("SELECT id FROM clients")]
    with db.conn:
        for client_id in clients:
            contacts = []
            for m in range(members):
                cursor = db.conn.execute(
                    "INSERT INTO contacts(client_id, kind, name, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)", [client_id, rng.choice(("person", "place", "group")),
                                               f"Lid {m}", stamp, stamp])
                contacts.append(cursor.lastrowid)
            for day in ("2025-09-01", "2026-02-01", "2026-07-01"):
                version = db.conn.execute(
                    "INSERT INTO web_versions(client_id, version_date, domain_set, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?)",
                    [client_id, day, domain_set, stamp, stamp]).lastrowid
                db.conn.executemany(
                    "INSERT INTO web_members(version_id, contact_id, domain_key, ring, angle, "
                    "radius, functions, status, paid, reactivate) "
                    "VALUES (?, ?, ?, ?, 0.5, 0.5, ?, ?, ?, ?)",
                    [[version, c, rng.choice(keys), rng.choice((1, 2, 3)),
                      ",".join(f for f in FUNCTIONS if rng.random() < 0.3),
                      rng.choice(("active", "active", "active", "sleeping")),
                      int(rng.random() < 0.2), int(rng.random() < 0.1)] for c in contacts])
            for _ in range(rng.randint(0, 4)):
                session = db.conn.execute(
                    "INSERT INTO sessions(client_id, date, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    [client_id, f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                     stamp, stamp]).lastrowid
                db.conn.execute(
                    "INSERT INTO agreements(session_id, what, due_date, done) VALUES (?, ?, ?, ?)",
                    [session, "Afspraak", f"2026-{rng.randint(1, 12):02d}-15",
                     int(rng.random() < 0.5)])
            if rng.random() < 0.4:
                plan = db.conn.execute(
                    "INSERT INTO role_plans(client_id, title, status, created_at, updated_at) "
                    "VALUES (?, 'Rol', ?, ?, ?)",
                    [client_id, rng.choice(("idea", "exploring", "started", "active")),
                     stamp, stamp]).lastrowid
                db.conn.executemany(
                    "INSERT INTO role_steps(plan_id, position, what, due_date, done) "
                    "VALUES (?, ?, 'Stap', ?, ?)",
                    [[plan, n, f"2026-{rng.randint(1, 12):02d}-10", int(rng.random() < 0.5)]
                     for n in range(rng.randint(0, 3))])
    db.conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=10_000)
    args = parser.parse_args()
    from resokit_desktop.app import create_application
    from resokit_desktop.services import caseload_service
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.charts.caseload_window import CaseloadWindow

    app = create_application(lang="nl")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "caseload.resokit"
        write_caseload(path, args.clients)
        add_webs_and_sessions(path)
        db = open_database(path)
        versions = db.execute("SELECT count(*) FROM web_versions").fetchone()[0]
        window = CaseloadWindow(db, lambda _id: None)
        window.resize(1300, 740)
        window.show()
        app.processEvents()
        base, compute, whole = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            clients_repo.list_clients(db, statuses=("active",))
            base.append(time.perf_counter() - start)
            start = time.perf_counter()
            caseload_service.caseload(db)
            compute.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.refresh()
            window.repaint()
            app.processEvents()
            whole.append(time.perf_counter() - start)
        window.close()
        db.conn.close()
    b, c, w = (statistics.median(x) * 1000 for x in (base, compute, whole))
    print(f"{args.clients} clients, {versions} web versions")
    print(f"client list query, all active (baseline)  {b:7.1f} ms")
    print(f"caseload figures computed                  {c:7.1f} ms  ratio {c / b:.2f}")
    print(f"caseload overview computed and drawn       {w:7.1f} ms  ratio {w / b:.2f}"
          "  (goal < 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
