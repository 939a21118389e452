"""`--out` never replaces a FIFO, a device node or a link: one clear line, the target untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from resokit_desktop.cli.common import check_new_output
from resokit_desktop.cli.errors import CommandError
from resokit_desktop.cli.main import main
from resokit_desktop.services import demo_service
from resokit_desktop.storage.connection import open_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("targets") / "demo.resokit"
    db = open_database(path)
    client_id = demo_service.fill_demo(db)[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path, client_id


COMMANDS = {
    "summary": ["summary"],
    "export-web": ["export-web", "--format", "graphml"],
}


def _run(command: str, data: Path, client_id: int, out: Path) -> int:
    return main([*COMMANDS[command], "--data", str(data), "--client", str(client_id),
                 "--out", str(out)])


def _one_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_fifo_as_out_is_refused_and_stays_a_fifo(command, demo_file, tmp_path, capsys):
    data, client_id = demo_file
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    assert _run(command, data, client_id, fifo) == 1
    line = _one_line(capsys)
    assert line == f"resokit: {fifo} is not a regular file (a device, FIFO or socket); " \
                   "give the name of a regular file"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.pdf"]


def test_a_device_node_as_out_is_refused_by_the_check_before_any_work():
    """/dev/null: run as root, the old commands renamed their output over it. Only the check is
    called here (nothing is written), so a regression cannot harm the machine running the test."""
    for device in ("/dev/null", "/dev/full", "/dev/zero"):
        with pytest.raises(CommandError) as refused:
            check_new_output(Path(device), overwrite=True)
        assert str(refused.value) == (f"{device} is not a regular file (a device, FIFO or "
                                      "socket); give the name of a regular file")
        assert Path(device).is_char_device()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_symbolic_link_as_out_is_refused_and_its_target_kept(command, demo_file, tmp_path,
                                                               capsys):
    data, client_id = demo_file
    real = tmp_path / "real.txt"
    real.write_text("mine")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert _run(command, data, client_id, link) == 1
    assert "is a symbolic link, not a regular file" in _one_line(capsys)
    assert link.is_symlink() and real.read_text() == "mine"


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_regular_file_is_replaced_and_private(command, demo_file, tmp_path, capsys):
    data, client_id = demo_file
    out = tmp_path / "out.file"
    out.write_text("old")
    os.chmod(out, 0o644)
    assert _run(command, data, client_id, out) == 0
    assert out.read_bytes() != b"old"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]


def test_a_dossier_with_a_second_name_is_refused_by_the_commands(demo_file, tmp_path, capsys):
    data, client_id = demo_file
    other = tmp_path / "tweede.resokit"
    os.link(data, other)
    try:
        for args in (["summary", "--client", str(client_id), "--out", str(tmp_path / "s.pdf")],
                     ["backup", "--out", str(tmp_path / "b.resokit")]):
            assert main([args[0], "--data", str(other), *args[1:]]) == 1
            line = _one_line(capsys)
            assert line.startswith(f"resokit: {other} has 2 names (hard links)"), line
    finally:
        other.unlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_symlinked_dossier_works_through_its_real_file(demo_file, tmp_path, capsys):
    data, client_id = demo_file
    link = tmp_path / "link.resokit"
    link.symlink_to(data)
    out = tmp_path / "web.graphml"
    assert main(["export-web", "--format", "graphml", "--data", str(link), "--client",
                 str(client_id), "--out", str(out)]) == 0
    assert out.exists() and not Path(f"{link}-wal").exists()
