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
LINE_CAP = 400  # design.md: files stay small; past this a module must be split


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


def _too_long(paths: list[Path]) -> list[str]:
    return [f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}: {n} lines" for p in paths
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LINE_CAP]


def test_line_cap_check_sees_a_long_module(tmp_path: Path) -> None:
    long_one, short_one = tmp_path / "long.py", tmp_path / "short.py"
    long_one.write_text("x = 1\n" * (LINE_CAP + 1), encoding="utf-8")
    short_one.write_text("x = 1\n" * LINE_CAP, encoding="utf-8")
    assert _too_long([long_one, short_one]) == [f"{long_one}: {LINE_CAP + 1} lines"]


def test_no_god_modules() -> None:
    too_long = _too_long(_modules())
    assert not too_long, f"modules over {LINE_CAP} lines (split them):\n" + "\n".join(too_long)


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


def _import_graph() -> dict[str, set[str]]:
    """Every import between the project's modules, inside functions and TYPE_CHECKING too."""
    grimp = pytest.importorskip("grimp")  # what import-linter builds its graph with
    graph = grimp.build_graph("resokit_desktop", cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_among_the_modules() -> None:
    """No cycle, not even one hidden behind an import inside a function or TYPE_CHECKING."""
    cycles = _cycles(_import_graph())
    assert not cycles, "import cycles (break them; see design.md, Layers):\n" + "\n".join(
        " <-> ".join(c) for c in cycles)


LAZY_MARK = "# lazy:"


def _function_level_imports(path: Path) -> list[tuple[int, bool]]:
    """(line, says why) for each import inside a function: the comment is on the line or above."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for func in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.Import | ast.ImportFrom):
                near = lines[max(node.lineno - 3, 0):node.end_lineno]
                found.append((node.lineno, any(LAZY_MARK in line for line in near)))
    return sorted(set(found))


def test_lazy_import_check_sees_a_bare_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""Doc."""\n\n\ndef f():\n    import json\n\n\ndef g():\n'
                      '    # lazy: only when asked\n    import csv\n', encoding="utf-8")
    assert _function_level_imports(sample) == [(5, False), (10, True)]


def test_imports_inside_functions_are_lazy_loading_and_say_so() -> None:
    """An import inside a function is for lazy loading only, with a '# lazy: why' comment."""
    bare = [f"{p.relative_to(ROOT)}:{line}" for p in _modules()
            for line, says_why in _function_level_imports(p) if not says_why]
    assert not bare, (f"imports inside functions without a '{LAZY_MARK} …' comment (move them "
                      "to the top, or say why they load late):\n" + "\n".join(bare))


BACKGROUND_HOME = PACKAGE / "ui" / "widgets" / "background.py"
THREAD_NAMES = ("Thread", "QThread", "QThreadPool", "QRunnable")


def test_background_work_has_one_home() -> None:
    """Threads are started in ui/widgets/background.py only (BackgroundCall, run_in_background)."""
    offenders = []
    for path in _modules():
        if path == BACKGROUND_HOME:
            continue
        for node in ast.walk(ast.parse(path.read_bytes())):
            name = ""
            if isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.ImportFrom):
                name = next((a.name for a in node.names if a.name in THREAD_NAMES), "")
            if name in THREAD_NAMES:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} uses {name}")
    assert not offenders, ("run background work with ui/widgets/background.py:\n"
                           + "\n".join(sorted(set(offenders))))
