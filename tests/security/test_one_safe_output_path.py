"""Every file the window and the command line write goes through one safe output path."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

import resokit_desktop
from resokit_desktop.security.safe_output import (
    OutputRefused,
    check_output_target,
    write_bytes_atomically,
)

PACKAGE = Path(resokit_desktop.__file__).parent
# Renames that move a finished database file (not a new write of bytes), each for a reason.
RENAMES_ALLOWED = {
    "storage/private_files.py",  # the one safe output path itself
    "storage/cipher_file.py",  # recovery of an interrupted plain->encrypted swap
    "security/backups.py",  # -wal/-shm move with a file kept aside on restore
}
WRITE_CALLS = re.compile(
    r"os\.replace\(|os\.rename\(|\.rename\(|tempfile\.mkstemp|NamedTemporaryFile|"
    r"\.write_bytes\(|\.write_text\(|open\([^)]*['\"][wax]b?['\"]|fdopen\(")


def _sources() -> list[tuple[str, str]]:
    return [(str(path.relative_to(PACKAGE)), path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py"))]


def test_no_module_writes_files_outside_the_safe_output_path():
    offenders = []
    for name, text in _sources():
        if name in RENAMES_ALLOWED or name == "cli/demo_command.py":
            continue
        for line_no, line in enumerate(text.splitlines(), 1):
            if WRITE_CALLS.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{name}:{line_no}: {line.strip()}")
    assert offenders == []


def test_there_is_one_atomic_write_helper():
    defined = [name for name, text in _sources() if re.search(r"def \w*atomic\w*\(", text)]
    assert defined == ["storage/private_files.py"]


def test_the_writers_call_the_helper():
    users = {name for name, text in _sources() if "write_bytes_atomically" in text}
    assert {"cli/summary_command.py", "cli/export_web_command.py",
            "ui/printing/preview_dialog.py", "ui/inclusion_web/web_export_dialog.py",
            "security/access_export.py"} <= users


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_written_file_is_private_whatever_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        target = tmp_path / "export.svg"
        write_bytes_atomically(target, b"<svg/>")
        existing = tmp_path / "old.pdf"
        existing.write_bytes(b"x")
        os.chmod(existing, 0o666)
        write_bytes_atomically(existing, b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
    assert existing.read_bytes() == b"%PDF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.svg", "old.pdf"]


def test_special_targets_are_refused_untouched(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder, tmp_path / "missing" / "x.pdf"):
        with pytest.raises(OutputRefused):
            write_bytes_atomically(target, b"data")
    # A device node: only the check runs, so a regression cannot replace /dev/null as root.
    with pytest.raises(OutputRefused):
        check_output_target(Path("/dev/null"))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and Path("/dev/null").is_char_device()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "folder"]
