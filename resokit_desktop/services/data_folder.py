"""The folder that holds a dossier file: made private (0700) when the app creates it."""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.storage.private_files import make_private_folder


def ensure_data_folder(path: Path, tighten_existing: bool = False) -> Path:
    """Create the folder of the dossier file if missing, 0700 whatever the umask; with
    tighten_existing (the app's own per-user data folder) an existing folder becomes 0700 too."""
    return make_private_folder(Path(path).parent, tighten_existing)
