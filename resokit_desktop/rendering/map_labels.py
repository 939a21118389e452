"""Words for the buurtkaart's statuses and feelings, on screen and in print (the drawing's
language inside ``drawing_language``)."""

from __future__ import annotations

from resokit_desktop.domain.buurtkaart import Feeling, PinStatus
from resokit_desktop.rendering.web_labels import translate


def _t(text: str) -> str:
    return translate("MapLabels", text)


def home_label() -> str:
    return _t("Thuis")


def boundary_label() -> str:
    return _t("Eigen buurt")


def status_label(status: PinStatus) -> str:
    return {
        PinStatus.GOES_NOW: _t("Gaat er nu naartoe"),
        PinStatus.USED_TO_GO: _t("Ging er vroeger naartoe (slapend)"),
        PinStatus.WOULD_LIKE: _t("Zou er graag naartoe gaan"),
        PinStatus.AVOIDS: _t("Mijdt deze plek"),
    }[status]


def feeling_label(feeling: Feeling) -> str:
    return {
        Feeling.UNKNOWN: _t("Nog niet besproken"),
        Feeling.SAFE: _t("Voelt veilig"),
        Feeling.NEUTRAL: _t("Voelt neutraal"),
        Feeling.UNSAFE: _t("Voelt onveilig"),
    }[feeling]
