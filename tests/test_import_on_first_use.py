"""sqlite_utils is imported by most modules but loaded only when one of its names is first used
(resokit_desktop/__init__.py), once, without numpy, also when two threads use it first at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import sys, threading
import resokit_desktop
import sqlite_utils
from resokit_desktop.storage import connection  # a module that imports it
print("loaded after import:", "sqlite_utils.db" in sys.modules)
seen = []
start = threading.Barrier(4)
def use():
    start.wait()
    seen.append(sqlite_utils.Database)
threads = [threading.Thread(target=use) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
import sqlite_utils.db
print("one class:", len({id(c) for c in seen}) == 1 and seen[0] is sqlite_utils.db.Database)
print("numpy:", "numpy" in sys.modules)
db = sqlite_utils.Database(memory=True)
db["t"].insert({"a": 1})
print("works:", db.execute("select a from t").fetchone()[0] == 1)
"""


def test_sqlite_utils_loads_on_first_use_once_and_without_numpy() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "loaded after import: False", "one class: True", "numpy: False", "works: True"]


AFTER_NUMPY = r"""
import sys
import resokit_desktop
import sqlite_utils
import numpy  # a chart (pyqtgraph) loaded it before the dossier was first opened
db = sqlite_utils.Database(memory=True)
db["t"].insert({"a": 1})
print("works:", db.execute("select a from t").fetchone()[0] == 1)
"""


def test_sqlite_utils_still_loads_when_numpy_came_first() -> None:
    # The caseload overview imports pyqtgraph (and so numpy) before its file is opened: the
    # stand-in then found nothing to load and looked itself up until the recursion limit.
    result = subprocess.run([sys.executable, "-c", AFTER_NUMPY], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["works: True"]


DATE_PARSER = r"""
import sys
import resokit_desktop
import sqlite_utils
db = sqlite_utils.Database(memory=True)
db["t"].insert({"a": 1})
print("date parser loaded with sqlite_utils:", resokit_desktop.is_loaded("dateutil.parser"))
from sqlite_utils.utils import recipes
print("recipe:", recipes.parsedate("23 November 2026"))
print("loaded once used:", resokit_desktop.is_loaded("dateutil.parser"))
"""


def test_dateutils_parser_loads_only_when_a_sqlite_utils_recipe_uses_it() -> None:
    result = subprocess.run([sys.executable, "-c", DATE_PARSER], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "date parser loaded with sqlite_utils: False", "recipe: 2026-11-23",
        "loaded once used: True"]
