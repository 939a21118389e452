"""Build Resokit Desktop for the platform this runs on: a one-folder program (PyInstaller), packed.

    python3 build_installer.py [--smoke-test]

One command: it sets up the project's environment first (scripts/bootstrap.sh, as ./test.sh
does), then builds dist/resokit/ and packs it:
- Linux: dist/resokit-VERSION-linux-ARCH.tar.gz with the program, a .desktop file, an icon, an
  AppStream metainfo file and install.sh (a menu entry for the current user);
- Windows: an Inno Setup script, compiled into a setup .exe when `iscc` is installed;
- macOS: dist/resokit.app, and a .dmg where `hdiutil` exists.
The bundle carries resources/ (fonts, catalogues, icon) and the compiled translations; what the
program never uses at run time is left out. --smoke-test runs the built program: --version, a demo
file, a French summary and the main window offscreen.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "scripts" / "packaging"
NAME = "resokit"
APP_ID = "be.resokit.Desktop"
LAUNCHER = '''"""Frozen entry point: the same as `python -m resokit_desktop`."""
import sys

from resokit_desktop.cli.main import main

sys.exit(main())
'''
# Never imported by the program: test tools, other GUI toolkits, Qt modules the app does not use
# (QtOpenGL stays: pyqtgraph may draw with it).
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "pydoc_data", "lib2to3", "pytest", "hypothesis", "networkx", "pypdf",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtConcurrent",
)
# Qt's own translations (message box buttons, file dialogs) are kept for these languages only.
LANGUAGES = ("nl", "fr", "en")


def version() -> str:
    text = (ROOT / "resokit_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def ensure_environment(argv: list[str]) -> None:
    """Run inside the project's .venv with PyInstaller, setting it up first when needed."""
    venv_python = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    inside = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
    if inside and _has_pyinstaller():
        return
    if os.name == "nt":
        raise SystemExit("build_installer: on Windows, first run `uv sync` in this folder, then "
                         r"`.venv\Scripts\python build_installer.py`")
    subprocess.run([str(ROOT / "scripts" / "bootstrap.sh"), "test"], check=True)
    os.execv(str(venv_python), [str(venv_python), str(Path(__file__).resolve()), *argv])


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


def compile_translations(target: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    import update_translations as tool

    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for lang in tool.LANGUAGES:
        qm = target / f"resokit_{lang}.qm"
        tool.release(tool.ts_path(lang), qm)
        compiled.append(qm)
    return compiled


def render_icon(target: Path, size: int = 256) -> Path:
    """The SVG icon as a PNG (Linux menus, and the source of the Windows/macOS icons)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "resokit.svg")).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target))
    return target


def platform_icon(png: Path) -> Path:
    """What PyInstaller wants as the program's icon on this platform (.ico, .icns or .png)."""
    if sys.platform in ("win32", "darwin"):
        from PIL import Image  # fpdf2's dependency

        icon = png.with_suffix(".ico" if sys.platform == "win32" else ".icns")
        Image.open(png).save(icon)
        return icon
    return png


def pyinstaller_args(launcher: Path, qm_files: list[Path], icon: Path, dist: Path,
                     work: Path) -> list[str]:
    sep = os.pathsep
    args = [
        str(launcher), "--name", NAME, "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
        "--specpath", str(work), "--icon", str(icon),
        # Sub-commands, migrations and lazily imported features are found at run time.
        "--collect-submodules", "resokit_desktop",
        "--add-data", f"{ROOT / 'resources'}{sep}resources",
    ]
    for qm in qm_files:  # only the compiled .qm: the frozen app never tries to recompile
        args += ["--add-data", f"{qm}{sep}i18n"]
    for module in EXCLUDED_MODULES:
        args += ["--exclude-module", module]
    if sys.platform == "darwin":
        args += ["--windowed", "--osx-bundle-identifier", APP_ID]
    elif sys.platform == "win32":
        args += ["--windowed"]
    return args


def prune(bundle: Path) -> int:
    """Remove Qt translations for languages the program does not offer; returns bytes freed."""
    freed = 0
    for qm in bundle.rglob("PySide6/Qt/translations/*.qm"):
        lang = qm.stem.split("_", 1)[-1]
        if not any(lang == code or lang.startswith(code + "_") for code in LANGUAGES):
            freed += qm.stat().st_size
            qm.unlink()
    return freed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _fill(template: str, **values: str) -> str:
    text = (PACKAGING / template).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def package_linux(bundle: Path, icon_png: Path, dist: Path) -> Path:
    """A .tar.gz: the program folder, the menu entry, the icon, AppStream metadata, install.sh."""
    top = f"{NAME}-{version()}-linux-{platform.machine()}"
    archive = dist / f"{top}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="resokit-pack-") as tmp:
        stage = Path(tmp) / top
        shutil.copytree(bundle, stage / NAME, symlinks=True)
        share = stage / "share"
        (share / "applications").mkdir(parents=True)
        (share / "icons").mkdir()
        (share / "metainfo").mkdir()
        (share / "applications" / f"{APP_ID}.desktop").write_text(
            _fill("resokit.desktop", EXEC=NAME, ICON=APP_ID), encoding="utf-8")
        shutil.copy(icon_png, share / "icons" / f"{APP_ID}.png")
        (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
            _fill("metainfo.xml", VERSION=version()), encoding="utf-8")
        shutil.copy(PACKAGING / "install-linux.sh", stage / "install.sh")
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(stage, arcname=top)
        partial.replace(archive)
    return archive


def package_windows(bundle: Path, icon: Path, dist: Path) -> Path:
    script = dist / "resokit.iss"
    script.write_text(_fill("resokit.iss", VERSION=version(), OUTPUT_DIR=str(dist),
                            ICON=str(icon), APP_DIR=str(bundle)), encoding="utf-8")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("build_installer: Inno Setup (iscc) not found; the script is ready: " f"{script}")
        return script
    subprocess.run([iscc, str(script)], check=True)
    return dist / f"{NAME}-{version()}-windows-setup.exe"


def package_macos(dist: Path) -> Path:
    app = dist / f"{NAME}.app"
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        return app
    dmg = dist / f"{NAME}-{version()}-macos.dmg"
    subprocess.run([hdiutil, "create", "-volname", "Resokit Desktop", "-srcfolder", str(app),
                    "-ov", "-format", "UDZO", str(dmg)], check=True)
    return dmg


def smoke_test(executable: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RESOKIT_PASSPHRASE", None)
    shown = subprocess.run([str(executable), "--version"], capture_output=True, text=True,
                           env=env, timeout=120, check=True)
    print(f"smoke test: {shown.stdout.strip()}")
    with tempfile.TemporaryDirectory(prefix="resokit-smoke-") as tmp:
        demo = Path(tmp) / "demo.resokit"
        subprocess.run([str(executable), "demo", "--data", str(demo)], env=env, timeout=120,
                       check=True, capture_output=True)
        print(f"smoke test: demo file written ({demo.stat().st_size} bytes)")
        pdf = Path(tmp) / "resume.pdf"
        subprocess.run([str(executable), "summary", "--data", str(demo), "--client", "1",
                        "--out", str(pdf), "--lang", "fr"], env=env, timeout=120, check=True,
                       capture_output=True)
        print(f"smoke test: French summary written ({pdf.stat().st_size} bytes)")
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
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true", help="run the built program")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the program and the package go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--no-package", action="store_true",
                        help="build the program folder only, without the platform package")
    args = parser.parse_args(argv)
    ensure_environment(argv)
    import PyInstaller.__main__ as pyinstaller

    start = time.perf_counter()
    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    qm_files = compile_translations(work / "i18n")
    icon_png = render_icon(work / "icon" / f"{APP_ID}.png")
    launcher = work / "resokit_launcher.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    bundle = dist / NAME
    if bundle.exists():
        shutil.rmtree(bundle)
    pyinstaller.run(pyinstaller_args(launcher, qm_files, platform_icon(icon_png), dist, work))
    executable = bundle / (f"{NAME}.exe" if os.name == "nt" else NAME)
    if not executable.exists():
        print("build_installer: PyInstaller produced no executable", file=sys.stderr)
        return 1
    freed = prune(bundle)
    print(f"built {executable} in {time.perf_counter() - start:.0f} s; folder size "
          f"{folder_size(bundle) / 1e6:.1f} MB ({freed / 1e6:.1f} MB of unused Qt translations "
          "left out)")
    if not args.no_package:
        if sys.platform.startswith("linux"):
            packed = package_linux(bundle, icon_png, dist)
        elif sys.platform == "win32":
            packed = package_windows(bundle, platform_icon(icon_png), dist)
        else:
            packed = package_macos(dist)
        print(f"package: {packed}")
    if args.smoke_test:
        smoke_test(executable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
