"""The method's words are translated as docs/glossary.md says, in every context of the .ts files:
a message whose Dutch holds a glossary term uses the glossary's French and English word."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Dutch term (regex) -> the French and the English word the translation must hold (regex).
TERMS = {
    r"talentenkaart": (r"carte des talents", r"talent map"),
    r"focustalent": (r"talents? clés?", r"focus talents?"),
    r"sociaal gewaardeerde rol": (r"rôles? socialement valorisés?", r"socially valued roles?"),
    # A default file name writes the term with hyphens.
    r"buurtkaart": (r"cartes?[ -]du[ -]quartier", r"neighbourhood[ -]maps?"),
    r"buurtregister": (r"registre du quartier", r"neighbourhood register"),
    r"lichte band": (r"liens? légers?", r"light ties?"),
    r"slapend": (r"en sommeil", r"dormant"),
    r"\bbinden\b": (r"attache", r"bonding"),
    r"\boverbruggen\b": (r"passerelle", r"bridging"),
    r"praktische hulp": (r"aide pratique", r"practical help"),
    r"emotionele steun": (r"soutien émotionnel", r"emotional support"),
    r"gezelschap": (r"compagnie", r"companionship"),
    r"^Dit kan ik$": (r"^Je sais faire ceci$", r"^I can do this$"),
    r"^Dit doe ik graag$": (r"^J’aime faire ceci$", r"^I like doing this$"),
    r"^Dit wil ik leren$": (r"^Je veux apprendre ceci$", r"^I want to learn this$"),
}
# Words the glossary replaced: never in a translation.
NOT_USED = {
    "fr": [r"talents? phares?", r"talents? prioritaires?", r"réseau d’inclusion", r"\bdormants?\b",
           r"liens? faibles?", r"faire ça"],
    "en": [r"\bsleeping\b", r"weak ties?", r"talent cards? tab"],
}


def _messages(lang: str):
    for context in ET.parse(ROOT / "i18n" / f"resokit_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                continue
            source = (message.findtext("source") or "").replace("&", "")
            yield context.findtext("name"), source, "".join(node.itertext()).replace("&", "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_glossary_terms_are_used(lang: str) -> None:
    column = 0 if lang == "fr" else 1
    wrong = [f"{context}: {source!r} -> {text!r}"
             for context, source, text in _messages(lang)
             for term, words in TERMS.items()
             if re.search(term, source, re.IGNORECASE)
             and not re.search(words[column], text, re.IGNORECASE)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_replaced_words_are_gone(lang: str) -> None:
    found = [f"{context}: {text!r}" for context, _source, text in _messages(lang)
             for pattern in NOT_USED[lang] if re.search(pattern, text, re.IGNORECASE)]
    assert not found, "\n".join(found)
