"""The code keeps its shape: import-linter contracts, ruff, module docstrings, lazy imports."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "resokit_desktop"
BIN = Path(sys.executable).parent
HARD_LINE_CAP = 600  # the soft cap is ~400 lines; past this a module must be split


def _tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        pytest.fail(f"{name} is not installed in {BIN} (the dev group of pyproject.toml)")
    return tool


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [str(_tool("lint-imports")), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
        timeout=300, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    broken = [line for line in result.stdout.splitlines()
              if "->" in line or "BROKEN" in line or "imports" in line.lower()]
    if result.returncode != 0:
        pytest.fail("import-linter contracts broken (see [tool.importlinter] in pyproject.toml):\n"
                    + "\n".join(broken[-40:] or result.stdout.splitlines()[-40:])
                    + result.stderr[-2000:], pytrace=False)


@pytest.mark.parametrize("folder", ["resokit_desktop", "tests", "benchmarks", "scripts"])
def test_ruff_is_clean(folder: str) -> None:
    if not (ROOT / folder).exists():
        pytest.skip(f"no {folder}/")
    result = subprocess.run(
        [str(_tool("ruff")), "check", "--no-cache", "--output-format", "concise", folder],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"ruff check {folder}/ found problems:\n{result.stdout}", pytrace=False)


def test_every_module_says_its_job_in_a_docstring() -> None:
    missing = [str(p.relative_to(ROOT)) for p in _modules()
               if p.stat().st_size and not ast.get_docstring(ast.parse(p.read_bytes()))]
    assert not missing, "modules without a one-sentence docstring:\n" + "\n".join(missing)


def test_no_god_modules() -> None:
    too_long = [f"{p.relative_to(ROOT)}: {n} lines" for p in _modules()
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > HARD_LINE_CAP]
    assert not too_long, f"modules over {HARD_LINE_CAP} lines (split them):\n" + "\n".join(too_long)


SOFT_LINE_CAP = 400


def test_dossier_tab_modules_keep_to_the_soft_cap() -> None:
    """The tab modules (each registered in ui/dossier_tabs.py) grow with every feature: they
    hand work to helpers rather than pass ~400 lines."""
    tabs = [PACKAGE.parent / (name.replace(".", "/") + ".py")
            for name in _tab_module_names()]
    too_long = [f"{p.relative_to(ROOT)}: {n} lines" for p in tabs
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > SOFT_LINE_CAP]
    assert not too_long, f"tab modules over {SOFT_LINE_CAP} lines:\n" + "\n".join(too_long)


def _tab_module_names() -> list[str]:
    tree = ast.parse((PACKAGE / "ui" / "dossier_tabs.py").read_bytes())
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "TAB_MODULES":
            return [ast.literal_eval(item) for item in node.value.elts]
    raise AssertionError("TAB_MODULES not found in ui/dossier_tabs.py")


# rendering/ draws the web offscreen with Qt's graphics scene, which lives in QtWidgets: it may
# name the graphics-view classes (and QWidget, the type QGraphicsItem.paint is handed), never more.
GRAPHICS_VIEW_NAMES = ("QApplication", "QGraphics", "QStyle", "QStyleOptionGraphicsItem", "QWidget")


def _rendering_stays_widget_free(path: Path) -> list[str]:
    """rendering/: only graphics-view names from QtWidgets, and no widget made or subclassed."""
    offenders = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.QtWidgets"):
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno} imports {a.name}"
                          for a in node.names if not a.name.startswith(GRAPHICS_VIEW_NAMES)]
        elif isinstance(node, ast.Import) and any(a.name.startswith("PySide6.QtWidgets")
                                                  for a in node.names):
            offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports QtWidgets whole")
        elif isinstance(node, ast.ClassDef):
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno} subclasses a widget"
                          for b in node.bases
                          if isinstance(b, ast.Name) and b.id.endswith("Widget")]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id.endswith("Widget")):
            offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} makes a widget")
    return offenders


def test_only_ui_and_app_import_qtwidgets() -> None:
    """A plain scan that backs up the import-linter contract, naming the file and line."""
    allowed = {PACKAGE / "app.py"}
    offenders = []
    for path in _modules():
        if path in allowed or (PACKAGE / "ui") in path.parents:
            continue
        if (PACKAGE / "rendering") in path.parents:
            offenders += _rendering_stays_widget_free(path)
            continue
        for node in ast.walk(ast.parse(path.read_bytes())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith("PySide6.QtWidgets") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "QtWidgets imported outside ui/ and app.py:\n" + "\n".join(offenders)


STARTUP_PROBE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(",".join(m for m in ("pyqtgraph", "fpdf") if m in sys.modules) or "none")
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint(app)
app.installEventFilter(probe)
from resokit_desktop.cli.main import main
main(["--data", sys.argv[1]])
print("the main window was never painted")
"""


def test_heavy_modules_are_not_imported_at_start_up(tmp_path: Path) -> None:
    """pyqtgraph and fpdf2 load when first needed, not before the main window first paints."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RESOKIT_PASSPHRASE": "lazy imports",
           **{f"XDG_{k}_HOME": str(tmp_path / k.lower()) for k in ("DATA", "CONFIG", "CACHE")}}
    data = tmp_path / "demo.resokit"
    made = subprocess.run([sys.executable, "-m", "resokit_desktop", "demo", "--data", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
                          check=False)
    assert made.returncode == 0, made.stderr[-2000:]
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE, str(data)], cwd=ROOT, capture_output=True,
        text=True, timeout=120, check=False, env=env,
    )
    shown = result.stdout.strip()
    assert shown and "never" not in shown, f"no main window:\n{result.stderr[-3000:]}"
    assert shown == "none", f"imported before the window showed (import them lazily): {shown}"
