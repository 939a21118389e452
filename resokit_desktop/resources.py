"""Locations of the files shipped in resources/ and i18n/ (fonts, catalogues, translations)."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    # A frozen (installer) build unpacks next to the executable.
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
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
