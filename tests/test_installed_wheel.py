"""`pip install .` gives a working program: the wheel carries the fonts, catalogues and
translations, and the installed `resokit` runs from a folder outside the checkout."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

# Builds and installs a wheel: part of CI's full run, left out of `./test.sh -m "not slow"`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def _uv() -> str:
    # scripts/bootstrap.sh made the environment with uv: its private copy, or the one on PATH.
    private = ROOT / ".tools" / "uv" / "bin" / "uv"
    found = str(private) if private.exists() else shutil.which("uv")
    assert found, "uv not found: run ./test.sh, which sets it up"
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the built wheel installed into it; returns its bin."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([_uv(), "build", "--wheel", "--quiet", "--out-dir", str(work / "dist"),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next((work / "dist").glob("resokit_desktop-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([_uv(), "pip", "install", "--quiet", "--offline", "--no-deps", "--python",
                    str(python), str(wheel)], check=True, capture_output=True, timeout=300)
    # The third-party packages (PySide6, fpdf2, …: hundreds of MB) come from the project's own
    # environment rather than a second download; the program under test is the installed wheel.
    # A plain path line in a .pth does not run the editable install's hook in that folder.
    deps = sysconfig.get_paths()["purelib"]
    purelib = subprocess.run([str(python), "-c", "import sysconfig;"
                              "print(sysconfig.get_paths()['purelib'])"], check=True,
                             capture_output=True, text=True).stdout.strip()
    Path(purelib, "zz_project_dependencies.pth").write_text(deps + "\n")
    return venv / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(bin_dir / "resokit"), *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=180, check=False)


def test_the_wheel_holds_fonts_catalogues_and_translations(installed: Path) -> None:
    wheel = next(installed.parent.parent.glob("dist/*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("resources/fonts/DejaVuSans.ttf", "resources/catalogues/domain_sets.json",
                   "resources/catalogues/talent_cards.json", "i18n/resokit_fr.ts",
                   "resources/help/nl/method.md", "resources/help/fr/guide_web.md",
                   "resources/help/en/reflection_checklist.json"):
        assert f"resokit_desktop/data/{needed}" in names


def test_installed_program_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run([str(installed / "python"), "-c",
                            "import resokit_desktop; print(resokit_desktop.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)
    assert str(ROOT) not in where.stdout and str(installed.parent) in where.stdout
    # The help pages are found through the app's own resource lookup, inside the package.
    pages = subprocess.run([str(installed / "python"), "-c",
                            "from resokit_desktop.services import help_service as h; "
                            "print(h.help_dir('fr')); print(h.titles('fr')[0][1])"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)
    assert str(ROOT) not in pages.stdout and "La méthode en bref" in pages.stdout

    data = tmp_path / "demo.resokit"
    demo = _run(installed, tmp_path, "demo", "--data", str(data))
    assert demo.returncode == 0, demo.stderr
    assert "demo clients" in demo.stdout

    pdf = tmp_path / "summary.pdf"
    summary = _run(installed, tmp_path, "summary", "--data", str(data), "--client", "1",
                   "--out", str(pdf), "--lang", "fr")
    assert summary.returncode == 0, summary.stderr
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))
    assert "Ce que nous avons convenu" in text or "Résumé" in text  # French, from i18n/
    fonts = {str(font.get("/BaseFont", "")) for page in reader.pages
             for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
             for font in [font.get_object()]}
    assert any("DejaVu" in name for name in fonts), fonts  # the shipped font is embedded

    for fmt in ("svg", "png", "graphml"):
        out = tmp_path / f"web.{fmt}"
        exported = _run(installed, tmp_path, "export-web", "--data", str(data), "--client", "1",
                        "--format", fmt, "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        assert out.stat().st_size > 500
