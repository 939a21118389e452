"""Update the Qt Linguist sources i18n/resokit_{nl,fr,en}.ts from the code; optionally compile.

Dutch is the source language. pyside6-lupdate merges the strings into the .ts files: it adds new
ones, keeps existing translations and drops strings that are gone (-no-obsolete). Source locations
are not stored, so moving code does not churn the .ts files.

lupdate alone sees literal calls (QCoreApplication.translate("Ctx", "..."), translate("Ctx", "..."),
self.tr("..."), QT_TRANSLATE_NOOP("Ctx", "...")). Two patterns of the code need more: a module's
context bound once with the shared helper (`_tr = translator("Ctx")` from
resokit_desktop/translation.py, then `_tr("...")`) and constant contexts in the printed documents
(`texts.translate(CONTEXT, "...")`). This script resolves those with Python's ast module and hands
lupdate a generated file of literal calls, together with the real sources.

    .venv/bin/python scripts/update_translations.py            # update i18n/*.ts
    .venv/bin/python scripts/update_translations.py --release build/i18n   # and compile .qm there

The .qm files are build outputs: never commit them (the app compiles them on demand).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "resokit_desktop"
I18N_DIR = ROOT / "i18n"
LANGUAGES = ("nl", "fr", "en")
SOURCE_LANGUAGE = "nl"


def _tool(name: str) -> str:
    """Find a Qt tool from the PySide6 wheel: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (run ./test.sh to set up .venv)")
    return found


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every Python module of the app, in a stable order."""
    return sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)


# --- Finding translatable strings -----------------------------------------------------------------

TRANSLATE = "translate"
NOOPS = {"QT_TRANSLATE_NOOP": True, "QT_TR_NOOP": False}  # name -> has a context argument


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""


@dataclass
class Problem:
    where: str
    text: str


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """The string value of a literal, a constant name, or a + of those; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string(node.left, constants), _string(node.right, constants)
        return None if left is None or right is None else left + right
    return None


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _wrapper_context(func: ast.FunctionDef | ast.Lambda, constants: dict[str, str]) -> str | None:
    """The context of a helper `def _tr(text): return QCoreApplication.translate("Ctx", text)`."""
    params = [a.arg for a in func.args.args if a.arg not in ("self", "cls")]
    if isinstance(func, ast.Lambda):
        value = func.body
    else:
        body = [n for n in func.body if not (isinstance(n, ast.Expr)
                                             and isinstance(n.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        value = body[0].value
    if not (isinstance(value, ast.Call) and _callee(value) == TRANSLATE and len(value.args) >= 2
            and params and isinstance(value.args[1], ast.Name) and value.args[1].id == params[0]):
        return None
    return _string(value.args[0], constants)


BINDER = "translator"  # resokit_desktop.translation.translator("Ctx") -> a bound helper


def _bound_context(value: ast.AST, constants: dict[str, str]) -> str | None:
    """The context of `translator("Ctx")`; else None."""
    if isinstance(value, ast.Call) and _callee(value) == BINDER and len(value.args) == 1:
        return _string(value.args[0], constants)
    return None


class _ModuleInfo:
    """What one module defines: string constants and translation helpers."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.name = _module_name(path, root)
        self.tree = ast.parse(path.read_bytes(), filename=str(path))
        self.constants: dict[str, str] = {}
        for node in self.tree.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)):
                value = _string(node.value, self.constants)
                if value is not None:
                    self.constants[node.targets[0].id] = value
        self.imports: dict[str, tuple[str, str]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
        self.wrappers: dict[str, str] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node, self.constants)
                if context is not None:
                    self.wrappers[node.name] = context
            elif (isinstance(node, ast.Assign) and len(node.targets) == 1
                  and isinstance(node.targets[0], ast.Name)):
                if isinstance(node.value, ast.Lambda):
                    context = _wrapper_context(node.value, self.constants)
                else:
                    context = _bound_context(node.value, self.constants)
                if context is not None:
                    self.wrappers[node.targets[0].id] = context


def _resolve_imports(modules: dict[str, _ModuleInfo]) -> None:
    """Let a module use constants and helpers it imports from another module of the app."""
    for info in modules.values():
        for local, (module, name) in info.imports.items():
            other = modules.get(module)
            if other is None:
                continue
            if name in other.constants and local not in info.constants:
                info.constants[local] = other.constants[name]
            if name in other.wrappers and local not in info.wrappers:
                info.wrappers[local] = other.wrappers[name]


class _Collector(ast.NodeVisitor):
    def __init__(self, info: _ModuleInfo, root: Path) -> None:
        self.info, self.root = info, root
        self.classes: list[str] = []
        self.in_wrapper = 0
        self.parameters: list[set[str]] = []  # of the enclosing functions
        self.messages: set[Message] = set()
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast's name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        wrapper = _wrapper_context(node, self.info.constants) is not None
        self.in_wrapper += wrapper
        self.parameters.append({a.arg for a in node.args.args + node.args.kwonlyargs})
        self.generic_visit(node)
        self.parameters.pop()
        self.in_wrapper -= wrapper

    def visit_Lambda(self, node: ast.Lambda) -> None:  # noqa: N802
        wrapper = _wrapper_context(node, self.info.constants) is not None
        self.in_wrapper += wrapper
        self.generic_visit(node)
        self.in_wrapper -= wrapper

    def _add(self, call: ast.Call, context: str | None, source_node: ast.AST | None,
             disambiguation_node: ast.AST | None = None) -> None:
        constants = self.info.constants
        source = _string(source_node, constants)
        if context is None or source is None:
            forwarded = (isinstance(source_node, ast.Name) and self.parameters
                         and source_node.id in self.parameters[-1])
            if not self.in_wrapper and not forwarded:
                where = f"{self.info.path.relative_to(self.root)}:{call.lineno}"
                kind = "an f-string" if isinstance(source_node, ast.JoinedStr) else "not a literal"
                self.problems.append(Problem(where, f"{ast.unparse(call)[:80]} ({kind})"))
            return
        disambiguation = _string(disambiguation_node, constants) or ""
        self.messages.add(Message(context, source, disambiguation))

    def _looks_like_text(self, args: list[ast.expr]) -> bool:
        """translate(context, text) rather than, say, QPainter.translate(dx, dy)."""
        return (_string(args[0], self.info.constants) is not None
                or isinstance(args[1], ast.JoinedStr)
                or (isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _callee(node)
        args = node.args
        is_method = isinstance(node.func, ast.Attribute)
        if not is_method and self.parameters and name in self.parameters[-1]:
            pass  # a translate function handed in by the caller (domain/labels.py): text marked
        elif name == TRANSLATE and len(args) >= 2 and self._looks_like_text(args):
            self._add(node, _string(args[0], self.info.constants), args[1],
                      args[2] if len(args) > 2 else None)
        elif name == "tr" and is_method and args and self.classes:
            self._add(node, self.classes[-1], args[0], args[1] if len(args) > 1 else None)
        elif name in NOOPS and args:
            if NOOPS[name] and len(args) >= 2:
                self._add(node, _string(args[0], self.info.constants), args[1])
            elif not NOOPS[name] and self.classes:
                self._add(node, self.classes[-1], args[0])
        elif name in self.info.wrappers and args:
            self._add(node, self.info.wrappers[name], args[0])
        self.generic_visit(node)


def find_messages(sources: list[Path], root: Path = ROOT) -> tuple[set[Message], list[Problem]]:
    """Every translatable string in the sources, and the calls whose text cannot be known."""
    modules = {info.name: info for info in (_ModuleInfo(p, root) for p in sources)}
    _resolve_imports(modules)
    messages: set[Message] = set()
    problems: list[Problem] = []
    for info in modules.values():
        collector = _Collector(info, root)
        collector.visit(info.tree)
        messages |= collector.messages
        problems += collector.problems
    return messages, problems


def _literal(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t").replace("\r", "\\r"))
    return f'"{escaped}"'


def literal_calls(messages: set[Message]) -> str:
    """A Python module of literal translate() calls that lupdate reads."""
    lines = ['"""Generated for lupdate by scripts/update_translations.py."""',
             "from PySide6.QtCore import QCoreApplication", ""]
    for m in sorted(messages):
        extra = f", {_literal(m.disambiguation)}" if m.disambiguation else ""
        args = f"{_literal(m.context)}, {_literal(m.source)}{extra}"
        lines.append(f"QCoreApplication.translate({args})")
    return "\n".join(lines) + "\n"


def ts_path(lang: str, i18n_dir: Path = I18N_DIR) -> Path:
    return i18n_dir / f"resokit_{lang}.ts"


def update_ts(ts_file: Path, lang: str, sources: list[Path] | None = None) -> None:
    """Merge the current source strings into one .ts file (created when missing)."""
    sources = source_files() if sources is None else sources
    root = ROOT if all(ROOT in p.parents for p in sources) else Path(sources[0]).parent
    messages, _problems = find_messages(sources, root)
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="resokit-lupdate-") as tmp:
        generated = Path(tmp) / "resolved_strings.py"
        generated.write_text(literal_calls(messages), encoding="utf-8")
        command = [
            _tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
            *[str(p) for p in sources], str(generated), "-ts", str(ts_file),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"update_translations: lupdate failed for {ts_file.name}: "
                         f"{(result.stderr or result.stdout).strip()}")
    if lang == SOURCE_LANGUAGE:
        finish_source(ts_file)


def finish_source(ts_file: Path) -> None:
    """The source language's file needs no translator: each new message's text is its source."""
    text = ts_file.read_text(encoding="utf-8")
    pattern = re.compile(r"(<source>([^<]*)</source>\n(?:\s*<comment>[^<]*</comment>\n)?\s*)"
                         r'<translation type="unfinished">[^<]*</translation>')
    done = pattern.sub(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text)
    if done != text:
        ts_file.write_text(done, encoding="utf-8")


def release(ts_file: Path, qm_file: Path) -> None:
    """Compile one .ts into a .qm (a build output)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"update_translations: lrelease failed for {ts_file.name}: "
                         f"{(result.stderr or result.stdout).strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", metavar="DIR", type=Path,
                        help="also compile .qm files into DIR (a build folder, never i18n/)")
    args = parser.parse_args(argv)
    sources = source_files()
    for problem in find_messages(sources)[1]:
        print(f"warning: {problem.where}: text cannot be found for translation: {problem.text}")
    for lang in LANGUAGES:
        update_ts(ts_path(lang), lang, sources)
        print(f"updated {ts_path(lang).relative_to(ROOT)}")
    if args.release is not None:
        for lang in LANGUAGES:
            qm = args.release / f"resokit_{lang}.qm"
            release(ts_path(lang), qm)
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
