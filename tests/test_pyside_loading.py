"""The quick source check put in place of PySide's own gives the same answers (see
resokit_desktop/pyside_loading.py), and the app's start-up uses it."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from pathlib import Path

import PySide6  # noqa: F401 (its import hook is what is checked)

from resokit_desktop import pyside_loading

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["resokit_desktop.app", "resokit_desktop.i18n", "resokit_desktop.domain.validation",
           "resokit_desktop.storage.connection", "resokit_desktop.ui.security.unlock_panel",
           "json", "sqlite3", "sys", "_hashlib", "PySide6.QtCore", "shiboken6"]


def test_the_quick_check_answers_like_pysides_own(tmp_path):
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    try:
        modules = [importlib.import_module(name) for name in MODULES]
        unreadable = types.ModuleType("gone")
        unreadable.__file__ = str(tmp_path / "gone.py")  # a file that is not there
        mentions = tmp_path / "mentions.py"
        mentions.write_text("# Written for PySide6, but imports nothing\n", encoding="utf-8")
        spec = importlib.util.spec_from_file_location("mentions", mentions)
        mentioning = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mentioning)
        modules += [unreadable, mentioning]
        expected = [original(module) for module in modules]
        assert pyside_loading.use_quick_source_check()
        quick = feature._mod_uses_pyside
        assert quick is not original
        assert [quick(module) for module in modules] == expected
        assert expected[0] is True and expected[5] is False and expected[-1] is True
        assert pyside_loading.use_quick_source_check()  # a second call changes nothing
        assert feature._mod_uses_pyside is quick
    finally:
        feature._mod_uses_pyside = original


def test_the_app_start_up_uses_the_quick_check():
    """`resokit` (no command) puts it in place before importing the app's modules."""
    code = ("import sys\n"
            "class AtAppImport:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'resokit_desktop.app':\n"
            "            hook = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
            "            print(getattr(hook, '_resokit_quick_source_check', False))\n"
            "            raise SystemExit(0)\n"
            "sys.meta_path.insert(0, AtAppImport())\n"
            "import resokit_desktop.cli.main as cli\n"
            "cli.main(['--data', 'x.resokit'])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False,
                            env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "True"
