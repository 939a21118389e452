"""The user-facing words for passphrase error codes and strength levels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.security.passphrase import MIN_LENGTH


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseTexts", text)


def error_text(code: str) -> str:
    texts = {
        "passphrase_empty": _tr("Geef een wachtwoordzin."),
        "passphrase_too_short": _tr("Te kort: gebruik minstens %1 tekens.").replace(
            "%1", str(MIN_LENGTH)),
        "passphrase_mismatch": _tr("De twee wachtwoordzinnen zijn niet gelijk."),
    }
    return texts.get(code, _tr("Deze wachtwoordzin kan niet gebruikt worden."))


def strength_text(level: int) -> str:
    texts = [
        _tr("Zeer zwak: makkelijk te raden."),
        _tr("Zwak: maak hem langer."),
        _tr("Redelijk: nog een paar woorden erbij maakt hem sterk."),
        _tr("Goed."),
        _tr("Sterk."),
    ]
    return texts[max(0, min(level, 4))]


def irrecoverable_warning() -> str:
    return _tr(
        "Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem "
        "herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.")


def strength_advice() -> str:
    return _tr("Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke "
               "en goed te onthouden wachtwoordzin.")
