"""Private temporary folder: 0700, ours, removed afterwards; crashed leftovers swept."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from resokit_desktop.security import private_temp


def test_folder_is_private_and_removed() -> None:
    with private_temp.private_temp_dir() as folder:
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(private_temp.private_root()).st_mode) == 0o700
        (folder / "voorbeeld.pdf").write_bytes(b"%PDF- vertrouwelijk")
    assert not folder.exists()


def test_removed_even_when_the_work_fails() -> None:
    try:
        with private_temp.private_temp_dir() as folder:
            (folder / "x").write_text("x")
            raise RuntimeError("print failed")
    except RuntimeError:
        pass
    assert not folder.exists()


def test_leftovers_of_a_killed_process_are_swept() -> None:
    code = (
        "import os\n"
        "from resokit_desktop.security import private_temp\n"
        "cm = private_temp.private_temp_dir()\n"
        "folder = cm.__enter__()\n"
        "(folder / 'preview.pdf').write_text('x')\n"
        "print(folder, flush=True)\n"
        "os._exit(9)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    from pathlib import Path

    left = Path(out.stdout.strip())
    assert left.exists()
    assert private_temp.sweep_stale() >= 1
    assert not left.exists()
