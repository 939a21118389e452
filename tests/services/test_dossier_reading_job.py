"""A reading job runs on a connection of its own in another thread, on an encrypted file too,
sees what the window's connection stored, and cannot write."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "een lange zin voor een apart gelezen dossier"


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_reading_job_in_a_thread(tmp_path, passphrase):
    path = make_dossier(tmp_path / "d.resokit", passphrase, clients=2)
    dossier = DossierFile.open(path, passphrase)
    try:
        clients_repo.save_client(dossier.db, Client(name="Nieuw"))
        found: dict[str, object] = {}

        def count(db):
            return db.execute("SELECT count(*) FROM clients").fetchone()[0]

        def write(db):
            db.execute("DELETE FROM clients")

        def run():
            found["count"] = dossier.reading_job(count)()
            try:
                dossier.reading_job(write)()
            except Exception as exc:  # noqa: BLE001 - the refusal is what is checked
                found["write"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        thread.join(60)
        assert found["count"] == 3
        assert "readonly" in str(found["write"]).replace(" ", "").lower()
        assert dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 3
    finally:
        dossier.close()
