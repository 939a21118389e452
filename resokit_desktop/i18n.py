"""Load the interface language: Dutch source strings, French and English from Qt Linguist files.

The .ts sources live in i18n/; the compiled .qm files are build outputs, made on demand with
pyside6-lrelease into a per-user cache folder (or beside the .ts file when that is writable).
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from resokit_desktop.pseudo_locale import PSEUDO_LANGUAGE, PseudoTranslator
from resokit_desktop.resources import i18n_dir

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
# The user's choice (settings, general page): a per-user preference, never in the dossier file,
# because the unlock dialog needs it before the file is open.
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def stored_language() -> str | None:
    """The language chosen in the settings, or None when none was chosen yet."""
    value = QSettings().value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def remember_language(lang: str) -> None:
    """Keep the language for the next start (the caller installs it for now)."""
    if lang in LANGUAGES:
        QSettings().setValue(SETTINGS_KEY, lang)


def startup_language(asked: str | None) -> str | None:
    """The language to start in: --lang when given, else the one chosen in the settings."""
    return asked or stored_language()


def current_language() -> str:
    """The interface language installed last (the pseudo-language reads as its base, Dutch)."""
    return _current[0]


def _lrelease() -> str | None:
    # The Qt tool itself ships inside the PySide6 package, wherever PySide6 is installed (the
    # pyside6-lrelease wrapper script may live in another environment's bin folder).
    for candidate in (Path(PySide6.__file__).parent / name for name in ("lrelease",
                                                                         "lrelease.exe")):
        if candidate.exists():
            return str(candidate)
    import shutil  # lazy: a developer's checkout only (see compiled_catalogue)

    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    return str(candidate) if candidate.exists() else None


def compiled_catalogue(lang: str) -> Path | None:
    """Return an up-to-date .qm for the language, compiling it from its .ts when needed."""
    source = i18n_dir() / f"resokit_{lang}.ts"
    # A frozen (installer) build ships compiled catalogues and has no pyside6-lrelease.
    prebuilt = i18n_dir() / f"resokit_{lang}.qm"
    if prebuilt.exists() and (
        not source.exists() or prebuilt.stat().st_mtime >= source.stat().st_mtime
    ):
        return prebuilt
    if not source.exists():
        return None
    # lazy: only a developer's checkout runs lrelease (an ordinary start uses Dutch or a
    # prebuilt catalogue), so subprocess and hashlib stay off the start-up path
    import hashlib  # lazy: see above
    import subprocess

    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    # Named by the source's content: two checkouts (or versions) never share a stale catalogue.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / "i18n" / f"resokit_{lang}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    return target if result.returncode == 0 and target.exists() else None


def install_language(app: QCoreApplication, lang: str | None) -> str:
    """Install translators for the language (Qt's own strings too); returns the language used.

    The developers' pseudo-language (pseudo_locale.py) lengthens every text to catch clipping.
    Installing and removing translators sends every widget a LanguageChange event: open windows
    retranslate themselves (see ui/language_switch.py).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == PSEUDO_LANGUAGE:
        _current[0] = DEFAULT_LANGUAGE
        QLocale.setDefault(QLocale(DEFAULT_LANGUAGE))
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return lang
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _current[0] = lang
    QLocale.setDefault(QLocale(lang))
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if lang != DEFAULT_LANGUAGE:
        qm = compiled_catalogue(lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
