"""The printed web drawing speaks the document's language, whatever the window's language is."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QApplication

from resokit_desktop import i18n
from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.rendering.web_picture import render_web_picture
from resokit_desktop.services.summary_service import gather_summary
from resokit_desktop.ui.inclusion_web.legend_widget import LegendWidget

WORDS = {
    "nl": ["Persoon", "Sterke band", "Kennen elkaar", "Betaalde hulp", "dichtbij", "verder",
           ">Ik<", "Nieuw", "Dichterbij", "Verder weg"],
    "fr": ["Personne", "Lien fort", "Se connaissent", "Aide payée", "proche", "plus loin",
           ">Moi<", "Nouveau", "Plus proche", "Parti"],
    "en": ["Person", "Strong tie", "Know each other", "Paid help", "close", "further",
           ">Me<", "New", "Closer", "Further away"],
}
# Dutch words that cannot hide inside a French or English one.
DUTCH_ONLY = ["Persoon", "Sterke band", "Kennen elkaar", "Betaalde hulp", "dichtbij", ">Ik<",
              "Dichterbij", "Verder weg", "Gespannen", "Groep of organisatie"]


def svg_text(db, lang: str) -> str:
    source = gather_summary(db, db.rich_client_id, SummaryOptions(lang=lang))
    assert source.web_version is not None
    members = sorted(source.web_version.members)
    markers = {members[0]: "added", members[1]: "closer", members[2]: "further",
               members[3]: "lost"}
    picture = render_web_picture(source.web_version, lang, markers=markers)
    return html.unescape(picture.data.decode("utf-8"))


@pytest.mark.parametrize("ui_lang", ["nl", "fr"])
@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
def test_drawing_legend_rings_centre_and_markers_follow_the_document(rich_db, ui_lang: str,
                                                                     lang: str) -> None:
    app = QApplication.instance()
    i18n.install_language(app, ui_lang)
    try:
        text = svg_text(rich_db, lang)
    finally:
        i18n.install_language(app, "nl")
    for word in WORDS[lang]:
        assert word in text, (lang, word)
    if lang != "nl":
        for word in DUTCH_ONLY:
            assert word not in text, (lang, word)


def test_window_legend_keeps_the_window_language_after_a_french_print(qtbot, rich_db) -> None:
    svg_text(rich_db, "fr")
    legend = LegendWidget()
    qtbot.addWidget(legend)
    from resokit_desktop.rendering.web_legend import legend_rows

    labels = [label for _paint, label in legend_rows()]
    assert "Sterke band" in labels and "Lien fort" not in labels
