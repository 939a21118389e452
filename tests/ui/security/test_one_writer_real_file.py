"""The one-writer lock follows the file, not the name: a second name (hard link) is refused with
a message saying why, and a symbolic link and its target are one file with one lock."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtWidgets import QWidget

from resokit_desktop.security.instance_lock import lock_path_for, read_holder
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "lange zin om te ontgrendelen"


def _session(path: Path) -> DossierSession:
    return DossierSession(path, window_factory=lambda _dossier: QWidget(), idle_ms=3_600_000)


def _refused_with(path: Path) -> str:
    seen = []
    script = ModalScript().expect("session_message", lambda box: (seen.append(box.text()),
                                                                  box.accept()))
    script.start()
    assert not _session(path).start()
    script.check()
    return seen[0]


def test_a_hard_linked_dossier_is_refused_under_either_name(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)
    before = path.read_bytes()
    other = tmp_path / "tweede naam.resokit"
    os.link(path, other)
    for name in (path, other):
        text = _refused_with(name)
        assert text.startswith("Dit dossierbestand heeft 2 namen (harde koppelingen).")
        assert "tegelijk schrijven" in text and "Verwijder de andere naam" in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.resokit", "tweede naam.resokit"]
    other.unlink()
    session = _session(path)  # one name again: it opens
    assert session.start()
    session.shutdown()


def test_a_symlink_and_its_target_are_one_file_with_one_lock(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "echt").mkdir()
    real = make_dossier(tmp_path / "echt" / "d.resokit", PASSPHRASE)
    link = tmp_path / "snelkoppeling.resokit"
    link.symlink_to(real)
    first = _session(real)
    assert first.start()
    try:
        assert "al geopend in Resokit Desktop" in _refused_with(link)
    finally:
        first.shutdown()
    through_link = _session(link)
    assert through_link.start()
    try:
        assert through_link.path == real  # the real file, its lock, its WAL, its backups
        assert "al geopend in Resokit Desktop" in _refused_with(real)
        assert Path(f"{real}-wal").exists() and not Path(f"{link}-wal").exists()
    finally:
        through_link.shutdown()


def test_a_restore_stopped_after_keeping_the_file_aside_does_not_block_opening(
        qtbot, tmp_path, monkeypatch):
    """A crash between keeping the file aside (a hard link) and renaming the backup in left
    the dossier with two names; start-up removes the extra name (the dossier is unchanged)."""
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)
    aside = tmp_path / "d.resokit.before-restore-20261123-103000"
    os.link(path, aside)
    (tmp_path / "d.resokit.restoring").write_bytes(b"half")
    session = _session(path)
    assert session.start()
    session.shutdown()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["d.resokit"]


HOLDER = """
import sys, time
from pathlib import Path
from resokit_desktop.security.instance_lock import InstanceLock
InstanceLock(Path(sys.argv[1])).acquire()
print("READY", flush=True)
time.sleep(60)
"""


def test_a_second_opener_is_refused_with_the_same_message_as_before(qtbot, tmp_path,
                                                                      monkeypatch):
    """Another process holds the file: the message names since when, which process and host,
    word for word as with the former flock lock, and the holder keeps its lock and record."""
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "READY"
        record = lock_path_for(path).read_bytes()
        since = read_holder(lock_path_for(path)).since_local().strftime("%d-%m-%Y %H:%M")
        expected = (
            f"Dit dossierbestand is al geopend in Resokit Desktop, sinds {since} (proces "
            f"{holder.pid} op {socket.gethostname()}). Werk daar verder, of sluit het daar "
            "eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen "
            "overschrijven.")
        assert _refused_with(path) == expected
        assert _refused_with(path) == expected  # asking again changes nothing
        assert lock_path_for(path).read_bytes() == record
        assert holder.poll() is None
    finally:
        holder.kill()
        holder.wait()
    session = _session(path)  # the killed holder's lock is taken over at once
    assert session.start()
    assert session.instance_lock.was_stale
    session.shutdown()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["d.resokit"]
