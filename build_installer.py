"""Build a one-folder Resokit Desktop with PyInstaller: dist/resokit/ with the `resokit` executable.

    uv sync --group installer          # PyInstaller is an optional dependency group
    .venv/bin/python build_installer.py [--smoke-test]

Bundles resources/ (fonts, catalogues) and the compiled translations (i18n/*.qm, built here from
the .ts sources: a frozen app has no pyside6-lrelease). --smoke-test runs the built program:
--version, a demo file, and the main window offscreen.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "resokit"
LAUNCHER = '''"""Frozen entry point: the same as `python -m resokit_desktop`."""
import sys

from resokit_desktop.cli.main import main

sys.exit(main())
'''


def compile_translations(target: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = tool  # dataclasses look their module up
    spec.loader.exec_module(tool)
    compiled = []
    for lang in tool.LANGUAGES:
        qm = target / f"resokit_{lang}.qm"
        tool.release(tool.ts_path(lang), qm)
        compiled.append(qm)
    return compiled


def pyinstaller_args(launcher: Path, qm_files: list[Path]) -> list[str]:
    sep = os.pathsep
    args = [
        str(launcher), "--name", NAME, "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
        "--specpath", str(BUILD),
        # Sub-commands, migrations and lazily imported features are found at run time.
        "--collect-submodules", "resokit_desktop",
        "--add-data", f"{ROOT / 'resources'}{sep}resources",
    ]
    for qm in qm_files:
        args += ["--add-data", f"{qm}{sep}i18n"]
    # Only the compiled .qm: with no .ts beside them the frozen app never tries to recompile.
    return args


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(executable: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True,
                             env=env, timeout=120, check=True)
    print(f"smoke test: {version.stdout.strip()}")
    with tempfile.TemporaryDirectory(prefix="resokit-smoke-") as tmp:
        demo = Path(tmp) / "demo.resokit"
        subprocess.run([str(executable), "demo", "--data", str(demo)], env=env, timeout=120,
                       check=True, capture_output=True)
        print(f"smoke test: demo file written ({demo.stat().st_size} bytes)")
        # Translations ship compiled: a French summary must come out in French.
        pdf = Path(tmp) / "resume.pdf"
        subprocess.run([str(executable), "summary", "--data", str(demo), "--client", "1",
                        "--out", str(pdf), "--lang", "fr"], env=env, timeout=120, check=True,
                       capture_output=True)
        pdftotext = shutil.which("pdftotext")
        if pdftotext:
            text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout
            if "Page 1 sur" not in text:
                raise SystemExit("smoke test: the French summary is not in French")
            print("smoke test: French summary PDF written in French")
        for kind in ("DATA", "CONFIG", "CACHE"):
            env[f"XDG_{kind}_HOME"] = str(Path(tmp) / kind.lower())
        start = time.perf_counter()
        app = subprocess.Popen([str(executable), "--data", str(demo), "--lang", "fr"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            app.wait(timeout=8)
            raise SystemExit(f"smoke test: the app ended early (rc {app.returncode}):\n"
                             f"{app.stdout.read()[-3000:]}")
        except subprocess.TimeoutExpired:
            print(f"smoke test: the app is running after {time.perf_counter() - start:.0f} s")
        finally:
            app.kill()
            app.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true", help="run the built program")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("build_installer: PyInstaller is missing; run: uv sync --group installer",
              file=sys.stderr)
        return 1
    start = time.perf_counter()
    BUILD.mkdir(exist_ok=True)
    qm_files = compile_translations(BUILD / "i18n")
    launcher = BUILD / "resokit_launcher.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    if (DIST / NAME).exists():
        shutil.rmtree(DIST / NAME)
    pyinstaller.run(pyinstaller_args(launcher, qm_files))
    executable = DIST / NAME / NAME
    if not executable.exists():
        print("build_installer: PyInstaller produced no executable", file=sys.stderr)
        return 1
    print(f"built {executable.relative_to(ROOT)} in {time.perf_counter() - start:.0f} s; "
          f"folder size {folder_size(DIST / NAME) / 1e6:.0f} MB")
    if args.smoke_test:
        smoke_test(executable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
