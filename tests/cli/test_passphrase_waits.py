"""The command line slows down wrong passphrases like the window, in the same record, across
runs; a NUL typed at the terminal gets one clear line."""

from __future__ import annotations

import sys
from pathlib import Path

from cli_runner import run_resokit
from test_passphrase_prompt import _run_in_terminal

from resokit_desktop.security import attempt_store
from resokit_desktop.security.passphrase import delay_after

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "een lange wachtwoordzin voor de cli"


def test_wrong_passphrases_wait_longer_each_run_in_the_windows_record(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    waits = []
    outputs = []
    for command in (["check"], ["summary", "--client", "1", "--out", str(tmp_path / "s.pdf")],
                    ["backup", "--out", str(tmp_path / "b.resokit")], ["check"]):
        result = run_resokit(command[0], "--data", str(path), *command[1:],
                             passphrase="verkeerd geraden")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        outputs.append(result.stderr)
        # Read back what each run left for the next one (a fresh process, like the window).
        state = attempt_store.load(path)
        waits.append((state.failures, delay_after(state.failures)))
    assert waits == [(1, 0.0), (2, 1.0), (3, 2.0), (4, 4.0)]
    assert "the next try waits 4 s" in outputs[-1]
    # The window starts from the same count.
    assert attempt_store.remembered_throttle(path).failures == 4
    assert not (tmp_path / "s.pdf").exists() and not (tmp_path / "b.resokit").exists()
    # The right passphrase clears the record (after waiting out what is left).
    attempt_store.store(path, 4, now=0.0)  # the last wrong try long ago: nothing left to wait
    ok = run_resokit("check", "--data", str(path), passphrase=PASSPHRASE)
    assert ok.returncode == 0, ok.stderr
    assert attempt_store.load(path).failures == 0


def test_a_command_waits_out_what_the_record_says_before_trying(tmp_path, monkeypatch, capsys):
    from resokit_desktop.cli import passphrase as cli_passphrase

    path = tmp_path / "d.resokit"
    slept: list[float] = []
    monkeypatch.setattr(cli_passphrase.time, "sleep", slept.append)
    attempt_store.store(path, 5)  # five wrong tries, the last one just now: 8 s to wait
    cli_passphrase.wait_for_next_try(path)
    assert len(slept) == 1 and 7.0 < slept[0] <= 8.0
    assert "waiting 8 s" in capsys.readouterr().err
    attempt_store.store(path, 0)
    cli_passphrase.wait_for_next_try(path)
    assert len(slept) == 1


def test_the_window_counts_in_the_record_the_command_line_reads(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    throttle = attempt_store.remembered_throttle(path)
    throttle.record_failure()
    throttle.record_failure()
    assert attempt_store.load(path).failures == 2
    result = run_resokit("check", "--data", str(path), passphrase="weer fout")
    assert result.returncode == 1
    assert attempt_store.load(path).failures == 3
    assert attempt_store.remembered_throttle(path).seconds_left() > 0


def test_a_nul_typed_at_the_terminal_is_one_clear_line(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    code, output = _run_in_terminal(["check", "--data", str(path)], "een\x00twee")
    assert code == 1, output
    assert "NUL character" in output
    assert "Traceback" not in output
    assert attempt_store.load(path).failures == 0


def test_wrong_tries_on_the_command_line_meanwhile_count_for_the_open_window(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    throttle = attempt_store.remembered_throttle(path)  # the window, opened before
    assert run_resokit("check", "--data", str(path), passphrase="fout").returncode == 1
    assert run_resokit("check", "--data", str(path), passphrase="fout").returncode == 1
    throttle.record_failure()  # then a wrong try in the window
    assert attempt_store.load(path).failures == 3
    assert throttle.failures == 3
