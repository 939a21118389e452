"""PySide's check of each newly imported module (does it use PySide6's __feature__ switches?)
answers the same when read from the module's file (pyside_import_scan), and the command line
and the app's start-up use that quick check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAME_ANSWERS = r"""
import os, sys, importlib
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from resokit_desktop.pyside_import_scan import quick_check
own = sys.modules["shibokensupport.feature"]._mod_uses_pyside
quick = quick_check(own)
import resokit_desktop, sqlite_utils
resokit_desktop.load_now("sqlite_utils")
for name in ("resokit_desktop.reports.pdf_render", "resokit_desktop.rendering.web_render",
             "resokit_desktop.cli.summary_command", "resokit_desktop.security.instance_lock",
             "email.parser", "json", "zipfile", "uses_qt", "no_qt", "latin1_qt"):
    importlib.import_module(name)
answers = {name: (own(module), quick(module)) for name, module in list(sys.modules.items())}
differ = sorted(name for name, (a, b) in answers.items() if a != b)
print("modules:", len(answers) > 400)
print("differ:", differ)
NAMES = ("uses_qt", "no_qt", "latin1_qt", "resokit_desktop.rendering.web_render",
         "fpdf.fpdf", "PySide6")
print("users:", [n for n in NAMES if answers[n][1]])
"""


def test_the_quick_check_answers_as_pysides_own(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("# draws with PySide6 later\nX = 1\n")
    (tmp_path / "no_qt.py").write_text("Y = 'pyside6 in lower case is not the word'\n")
    (tmp_path / "latin1_qt.py").write_bytes(
        b"# -*- coding: latin-1 -*-\nZ = '\xe9t\xe9 PySide6'\n")
    result = subprocess.run([sys.executable, "-c", SAME_ANSWERS, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "modules: True", "differ: []",
        "users: ['uses_qt', 'latin1_qt', 'resokit_desktop.rendering.web_render', 'PySide6']"]


COMMAND_LINE = r"""
import sys
import resokit_desktop.cli.common
check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
print("quick check:", hasattr(check, "own_check"))
"""


def test_the_command_line_uses_the_quick_check() -> None:
    # When this fails after a PySide6 update, run this file against the new version and, when
    # the first test passes, add the version to pyside_import_scan.PROVEN.
    result = subprocess.run([sys.executable, "-c", COMMAND_LINE], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["quick check: True"]


AT_APP_IMPORT = r"""
import sys
class AtAppImport:
    def find_spec(self, name, path=None, target=None):
        if name == "resokit_desktop.app":
            check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
            print("quick check:", hasattr(check, "own_check"))
            raise SystemExit(0)
sys.meta_path.insert(0, AtAppImport())
import resokit_desktop.cli.main as cli
cli.main(["--data", "x.resokit"])
"""


def test_the_app_start_up_uses_the_quick_check_before_the_app_loads() -> None:
    """`resokit` without a command: in place before the app's own modules are imported."""
    result = subprocess.run([sys.executable, "-c", AT_APP_IMPORT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False,
                            env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["quick check: True"]


FROZEN_LIKE = r"""
import sys, types
import PySide6.QtCore
from resokit_desktop.pyside_import_scan import quick_check
own = sys.modules["shibokensupport.feature"]._mod_uses_pyside
quick = quick_check(own)


class Loader:  # as PyInstaller's: source only when it was bundled
    def __init__(self, source):
        self.source = source

    def get_source(self, name):
        return self.source


def frozen_module(name, source):
    module = types.ModuleType(name)
    module.__file__ = "/opt/resokit/_internal/" + name.replace(".", "/") + ".pyc"  # not there
    module.__loader__ = Loader(source)
    sys.modules[name] = module  # inspect finds a module by searching the loaded ones
    return module


modules = [frozen_module("frozen_no_source", None),
           frozen_module("frozen_with_qt", "from PySide6.QtCore import QObject\n"),
           frozen_module("frozen_without_qt", "X = 1\n")]
sys.frozen = True  # as in the installed program
print("own:", [own(m) for m in modules])
print("quick:", [quick(m) for m in modules])
"""


def test_in_the_installed_program_the_quick_check_answers_as_pysides_own() -> None:
    """Frozen modules have no .py file: their loader gives the source (or none), as inspect's."""
    result = subprocess.run([sys.executable, "-c", FROZEN_LIKE], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["own: [False, True, False]",
                                          "quick: [False, True, False]"]
