"""What the installer build writes for Windows and macOS, checked here where neither can be
built: the Inno Setup script is complete and points at the built program, and the PyInstaller
options make a windowed program with the app's identity on each platform."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build_installer():
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sections(script: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in script.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            assert current is not None, line
            current.append(line)
    return sections


def test_the_windows_script_is_complete_without_inno_setup(build_installer, tmp_path,
                                                           monkeypatch):
    bundle = tmp_path / "dist" / "resokit"
    bundle.mkdir(parents=True)
    (bundle / "resokit.exe").write_bytes(b"")
    icon = tmp_path / "be.resokit.Desktop.ico"
    icon.write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools-here"))  # no iscc: only the script

    script_path = build_installer.package_windows(bundle, icon, tmp_path / "dist")

    script = script_path.read_text(encoding="utf-8")
    assert not re.search(r"@[A-Z_]+@", script), "a placeholder was left unfilled"
    sections = _sections(script)
    assert {"Setup", "Languages", "Files", "Icons", "Tasks"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == build_installer.version()
    assert setup["OutputBaseFilename"] == f"resokit-{build_installer.version()}-windows-setup"
    assert setup["SetupIconFile"] == str(icon)
    assert setup["PrivilegesRequired"] == "lowest"  # a worker installs without an administrator
    assert any(line.startswith(f'Source: "{bundle}\\*"') for line in sections["Files"])
    # The menu entry starts the program the build made, by the name PyInstaller gives it.
    assert all('Filename: "{app}\\resokit.exe"' in line for line in sections["Icons"])
    assert [line.split(";")[0] for line in sections["Languages"]] == [
        'Name: "nl"', 'Name: "fr"', 'Name: "en"']
    # Every task an icon names is declared.
    tasks = {m.group(1) for m in re.finditer(r'Name: "([^"]+)"', " ".join(sections["Tasks"]))}
    named = {m.group(1) for m in re.finditer(r"Tasks: (\w+)", " ".join(sections["Icons"]))}
    assert named <= tasks


@pytest.mark.parametrize("platform_name", ["darwin", "win32", "linux"])
def test_each_platform_gets_a_windowed_program_with_the_apps_identity(
        build_installer, tmp_path, monkeypatch, platform_name):
    monkeypatch.setattr(sys, "platform", platform_name)
    args = build_installer.pyinstaller_args(tmp_path / "launcher.py", [tmp_path / "nl.qm"],
                                            tmp_path / "icon.png", tmp_path / "dist",
                                            tmp_path / "work")
    assert args[args.index("--name") + 1] == "resokit"
    assert "--onedir" in args
    # No console window beside the app on Windows and macOS; macOS knows the app by its id.
    assert ("--windowed" in args) == (platform_name in ("darwin", "win32"))
    if platform_name == "darwin":
        assert args[args.index("--osx-bundle-identifier") + 1] == build_installer.APP_ID
    # The fonts, catalogues and icon, and the compiled translations, go in on every platform.
    data = [args[i + 1] for i, arg in enumerate(args) if arg == "--add-data"]
    assert any(item.endswith("resources") for item in data)
    assert any(item.endswith("i18n") and "nl.qm" in item for item in data)
