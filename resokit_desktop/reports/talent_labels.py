"""The card-sort piles as printed, in the document's language (the sheet and the summary)."""

from __future__ import annotations

from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "TalentsSheet"


def pile_titles(texts: ReportTexts) -> dict[str, str]:
    """The piles as the person says them: {'can': 'Dit kan ik', …}."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    return {"can": t("Dit kan ik"), "like": t("Dit doe ik graag"),
            "learn": t("Dit wil ik leren"), "not_now": t("Nu even niet")}
