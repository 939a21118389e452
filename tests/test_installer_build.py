"""The Linux package as a worker gets it: build it, unpack it into a fresh folder, and run the
program from there — its version, a demo file, a French summary, and the window on a dossier."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "installer test: een lange zin om te openen"

# A PyInstaller build: part of CI's full run, left out of `./test.sh -m "not slow"`.
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="builds the Linux package (other platforms build theirs)")]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("installer")
    build = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--dist",
                            str(work / "dist"), "--work", str(work / "build")],
                           capture_output=True, text=True, timeout=1200, check=False)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (archive,) = (work / "dist").glob("resokit-*-linux-*.tar.gz")
    target = work / "unpacked"
    # The extraction filter exists from Python 3.11.4 on (Debian 12 has 3.11.2).
    safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
    with tarfile.open(archive) as tar:
        tar.extractall(target, **safe)
    (top,) = target.iterdir()
    return top


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(home / kind.lower())
    return env


def test_the_package_holds_the_program_its_menu_entry_icon_and_metadata(unpacked: Path) -> None:
    assert os.access(unpacked / "resokit" / "resokit", os.X_OK)
    assert os.access(unpacked / "install.sh", os.X_OK)
    entry = ConfigParser(interpolation=None)
    entry.read(unpacked / "share" / "applications" / "be.resokit.Desktop.desktop")
    assert entry["Desktop Entry"]["Name"] == "Resokit Desktop"
    assert entry["Desktop Entry"]["Icon"] == "be.resokit.Desktop"
    assert (unpacked / "share" / "icons" / "be.resokit.Desktop.png").stat().st_size > 1000
    meta = ET.parse(unpacked / "share" / "metainfo" / "be.resokit.Desktop.metainfo.xml")
    assert meta.getroot().findtext("id") == "be.resokit.Desktop"
    from resokit_desktop import __version__

    assert meta.getroot().find("releases/release").get("version") == __version__


def test_install_script_puts_a_menu_entry_that_starts_the_unpacked_program(unpacked: Path,
                                                                          tmp_path: Path) -> None:
    env = _env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    entry = (tmp_path / "share" / "applications" / "be.resokit.Desktop.desktop").read_text()
    assert f'Exec="{unpacked / "resokit" / "resokit"}" %f' in entry
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps"
            / "be.resokit.Desktop.png").exists()


def test_the_unpacked_program_runs(unpacked: Path, tmp_path: Path) -> None:
    program = str(unpacked / "resokit" / "resokit")
    env = _env(tmp_path / "home")
    version = subprocess.run([program, "--version"], env=env, capture_output=True, text=True,
                             timeout=120, check=True)
    assert version.stdout.startswith("Resokit Desktop ")

    demo = tmp_path / "demo.resokit"
    subprocess.run([program, "demo", "--data", str(demo)], env=env, capture_output=True,
                   timeout=120, check=True)
    pdf = tmp_path / "resume.pdf"
    subprocess.run([program, "summary", "--data", str(demo), "--client", "1", "--out", str(pdf),
                    "--lang", "fr"], env=env, capture_output=True, timeout=120, check=True)
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Page 1 sur" in text  # the compiled French translations are in the bundle

    # The window on the demo file: with a passphrase in the environment the app converts the
    # plain demo file to an encrypted one as it opens it — proof that it got that far.
    assert demo.read_bytes()[:16] == b"SQLite format 3\x00"
    env["RESOKIT_PASSPHRASE"] = PASSPHRASE
    app = subprocess.Popen([program, "--data", str(demo)], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while demo.read_bytes()[:16] == b"SQLite format 3\x00" and app.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.2)
        assert app.poll() is None, app.stdout.read()[-3000:]
        assert demo.read_bytes()[:16] != b"SQLite format 3\x00"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
