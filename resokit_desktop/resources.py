"""Locations of the files shipped in resources/ and i18n/ (fonts, catalogues, translations)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

# Where an installed wheel keeps resources/ and i18n/ inside the package (pyproject.toml).
PACKAGED_DATA = "data"


@cache
def project_root() -> Path:
    """The folder that holds resources/ and i18n/: beside the executable of a frozen build,
    inside the installed package, or at the top of a source checkout."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    # The installed package's own folder (what importlib.resources.files gives for a regular
    # package, without importing it at start-up).
    packaged = Path(__file__).resolve().parent / PACKAGED_DATA
    if (packaged / "resources").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return project_root() / "i18n"


FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"
FONT_ITALIC = "DejaVuSans-Oblique.ttf"
FONT_FAMILY = "DejaVu Sans"
