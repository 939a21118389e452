"""Update the Qt Linguist sources i18n/resokit_{nl,fr,en}.ts from the code; optionally compile.

Dutch is the source language. pyside6-lupdate scans every .py file under resokit_desktop/, adds new
strings, keeps existing translations and drops strings that are gone (-no-obsolete). Source
locations are not stored, so moving code does not churn the .ts files.

    .venv/bin/python scripts/update_translations.py            # update i18n/*.ts
    .venv/bin/python scripts/update_translations.py --release build/i18n   # and compile .qm there

The .qm files are build outputs: never commit them (the app compiles them on demand).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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


def ts_path(lang: str, i18n_dir: Path = I18N_DIR) -> Path:
    return i18n_dir / f"resokit_{lang}.ts"


def update_ts(ts_file: Path, lang: str, sources: list[Path] | None = None) -> None:
    """Merge the current source strings into one .ts file (created when missing)."""
    sources = source_files() if sources is None else sources
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [
        _tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
        "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
        *[str(p) for p in sources], "-ts", str(ts_file),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"update_translations: lupdate failed for {ts_file.name}: "
                         f"{(result.stderr or result.stdout).strip()}")


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
