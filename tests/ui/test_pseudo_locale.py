"""The developers' pseudo-language: every text longer and bracketed, placeholders intact, and
the whole window follows it (so clipped layouts and untranslated strings show)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from resokit_desktop import i18n
from resokit_desktop.pseudo_locale import pseudo_text
from resokit_desktop.services.dossier_file import DossierFile


@pytest.mark.parametrize(("source", "kept"), [
    ("Gesprek van %1", "%1"),
    ("&Bestand", "&B"),
    ("<b>Vet</b> en %n keer", "<b>"),
    ("Rock &amp; roll", "&amp;"),
])
def test_pseudo_text_is_longer_and_keeps_what_code_reads(source: str, kept: str) -> None:
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    assert kept in text
    visible = re.sub(r"<[^>]*>|&[a-z]+;|%n|%\d", "", source)
    assert len(text) - len(source) - 2 >= round(len(visible) * 0.4)  # ~40 % longer
    assert text != "[" + source + "]"  # letters changed too: ASCII-only text stands out


def test_the_window_speaks_the_pseudo_language(qtbot, qapp, db_path) -> None:
    dossier = DossierFile.open(db_path)
    i18n.install_language(qapp, "pseudo")
    try:
        from resokit_desktop.ui.main_window import MainWindow

        window = MainWindow(dossier)
        qtbot.addWidget(window)
        window.show()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles and all(t.startswith("[") and t.endswith("]") for t in titles), titles
        assert QCoreApplication.translate("ClientTable", "Actief").startswith("[")
        window.close()
    finally:
        i18n.install_language(qapp, "nl")
        dossier.close()
    assert QCoreApplication.translate("ClientTable", "Actief") == "Actief"


def test_the_padding_of_a_long_text_wraps_like_words() -> None:
    """A long sentence's padding is split into word-sized runs, so a word-wrapped label in the
    pseudo-language is as narrow as a real translation can be (one long run of '~' made the
    Talentenkaart's hint 676 px wide and the window wider than a 1366 px screen)."""
    source = ("Sleep een kaart naar een stapel, of kies ze en druk 1–4 (0: terug naar de stapel "
              "kaarten, F: focustalent, rechtermuisknop of menutoets: verplaatsen naar…).")
    text = pseudo_text(source)
    longest_source_word = max(len(word) for word in source.split())
    assert max(len(word) for word in text.split()) <= longest_source_word + 8
    assert text.count("~") >= round(len(source) * 0.4)
