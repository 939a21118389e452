"""The README's quick start: two commands, CI runs exactly the test one, no display is explained."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    """The first code block after the quick-start heading, as a reader (and CI checks) see it."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    heading = next(i for i, line in enumerate(lines)
                   if re.match(r"^#+ .*(start|begin|install)", line.lower()))
    opening = next(i for i in range(heading + 1, len(lines)) if lines[i].startswith("```"))
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i].startswith("```"))
    return [line for line in lines[opening + 1:closing]
            if line.strip() and not line.lstrip().startswith("#")]


def test_readme_quick_start_is_two_commands_that_exist() -> None:
    commands = quick_start_commands()
    assert commands == ["./start.sh", "./test.sh"]
    for command in commands:
        script = ROOT / command
        assert script.is_file() and os.access(script, os.X_OK), f"{command} is not executable"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = [line.strip() for line in ci.splitlines()
             if line.strip() and not line.lstrip().startswith("#")
             and not line.startswith(("set ", "cd ", "echo "))]
    # First the README's test command exactly as written, then the date-sensitive tests once
    # more under a fixed clock (faketime), and nothing else.
    assert steps[0] == quick_start_commands()[1]
    rest = " ".join(steps[1:])
    assert "faketime" in rest and "-m date_sensitive" in rest and "./test.sh" not in rest


def test_start_without_a_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([str(ROOT / "start.sh")], capture_output=True, text=True, env=env,
                            timeout=300, check=False, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("resokit: no display found")
    assert "Traceback" not in result.stderr


def test_start_passes_sub_commands_through_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([str(ROOT / "start.sh"), "demo", "--data", "demo.resokit"],
                            capture_output=True, text=True, env=env, timeout=300, check=False,
                            cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo.resokit").exists(), "a relative --data is relative to the caller"
