"""Words for the buurtkaart's statuses and feelings (translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.domain.buurtkaart import Feeling, PinStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("MapLabels", text)


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
