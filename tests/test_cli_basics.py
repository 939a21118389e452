"""The command line as a user meets it: version, help, mistakes, and the demo file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

RESOKIT = Path(sys.executable).parent / "resokit"


def run(*args: str, entry: str = "module") -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process, as a user would from a shell."""
    command = [str(RESOKIT)] if entry == "script" else [sys.executable, "-m", "resokit_desktop"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_version_prints_one_line() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("Resokit Desktop ")
    assert len(result.stdout.strip().splitlines()) == 1


def test_help_lists_the_options_and_the_demo_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("--data", "--lang", "--version", "demo"):
        assert word in result.stdout


@pytest.mark.parametrize("args", [("--no-such-option",), ("--lang", "de"), ("frobnicate",)])
def test_a_mistake_gives_one_line_and_a_non_zero_exit(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("resokit: ")


@pytest.mark.skipif(not RESOKIT.exists(), reason="the resokit script is installed by uv sync")
@pytest.mark.parametrize("args", [("--version",), ("--help",), ("--lang", "de"), ("demo",)])
def test_python_dash_m_behaves_like_the_resokit_command(args: tuple[str, ...]) -> None:
    as_module, as_script = run(*args), run(*args, entry="script")
    assert (as_module.returncode, as_module.stdout, as_module.stderr) == (
        as_script.returncode, as_script.stdout, as_script.stderr)


def test_demo_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "mijn-dossiers.resokit"
    target.write_bytes(b"precious")
    result = run("demo", "--data", str(target))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "already exists" in result.stderr
    assert target.read_bytes() == b"precious"


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this user cannot create files in (root ignores permission bits: use /proc)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    (folder / "probe").unlink()
    return Path("/proc")


def test_demo_into_an_unwritable_folder_gives_one_clear_line(tmp_path: Path) -> None:
    folder = _unwritable_folder(tmp_path)
    result = run("demo", "--data", str(folder / "demo.resokit"))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(folder) in lines[0]
    assert not (folder / "demo.resokit").exists()
    assert not list(folder.glob("demo.resokit*"))


def test_demo_into_a_missing_folder_gives_one_clear_line(tmp_path: Path) -> None:
    result = run("demo", "--data", str(tmp_path / "nowhere" / "demo.resokit"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nowhere" in result.stderr


def test_demo_file_is_sound_for_the_sqlite3_command_line(tmp_path: Path) -> None:
    target = tmp_path / "demo.resokit"
    result = run("demo", "--data", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert not list(tmp_path.glob("*.partial*")), "a temporary file was left behind"

    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli is None:
        pytest.fail("the sqlite3 command line is missing: ./test.sh installs it (apt sqlite3)")
    check = subprocess.run([sqlite3_cli, str(target), "PRAGMA integrity_check"],
                           capture_output=True, text=True, timeout=60, check=False)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "ok"

    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
        clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        busy = conn.execute(
            """
            SELECT count(*) FROM (
                SELECT s.client_id FROM sessions s
                WHERE EXISTS (SELECT 1 FROM agreements a
                              JOIN sessions s2 ON s2.id = a.session_id
                              WHERE s2.client_id = s.client_id)
                GROUP BY s.client_id HAVING count(*) >= 3)
            """).fetchone()[0]
    assert clients >= 12
    assert busy >= 3, "fewer than three demo clients have 3+ sessions with agreements"


@pytest.mark.parametrize(("argv", "loaded"), [
    ((), []),
    (("--data", "demo", "--lang", "fr"), []),  # a file called "demo" is not the demo command
    (("summary", "--data", "x"), ["summary_command"]),
    (("--data", "x", "export-web", "--help"), None),  # the help lists every command
    (("--help",), None),
    (("sumary",), None),  # a typo: the message lists the commands
])
def test_only_the_named_sub_command_is_loaded(argv: tuple[str, ...], loaded) -> None:
    probe = ("import sys; from resokit_desktop.cli.main import build_parser, commands_named;"
             f"build_parser(commands_named({list(argv)!r}));"
             "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
             "if m.startswith('resokit_desktop.cli.') and m.endswith('_command')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, timeout=120)
    from resokit_desktop.cli.main import SUBCOMMAND_MODULES

    everything = sorted(module.rsplit(".", 1)[1] for module in SUBCOMMAND_MODULES.values())
    assert result.stdout.strip() == repr(everything if loaded is None else loaded)


def test_a_mistyped_command_names_the_choices() -> None:
    result = run("sumary")
    assert result.returncode == 2
    assert "invalid choice: 'sumary'" in result.stderr and "summary" in result.stderr
