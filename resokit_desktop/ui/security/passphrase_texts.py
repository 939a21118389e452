"""The user-facing words for passphrase error codes and strength levels."""

from __future__ import annotations

from resokit_desktop.services.passphrase_service import MIN_LENGTH
from resokit_desktop.translation import translator

_tr = translator("PassphraseTexts")


def weak_text(reason: str) -> str:
    """Why the passphrase is refused as too easy to guess, and how to make a better one."""
    why = {
        "common_word": _tr("het is een veelgebruikt woord, een naam of een bekend wachtwoord"),
        "sequence": _tr("het is een reeks zoals 1234 of abcd"),
        "repeat": _tr("het herhaalt dezelfde tekens"),
        "keyboard": _tr("het zijn toetsen die naast elkaar liggen, zoals azerty"),
        "date": _tr("het is een datum of een jaartal"),
    }.get(reason, _tr("zo'n korte reeks tekens is snel gevonden"))
    return _tr("Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij "
               "elkaar horen, bijvoorbeeld vier.").replace("%1", why)


def error_text(code: str) -> str:
    if code.startswith("passphrase_weak"):
        return weak_text(code.removeprefix("passphrase_weak").lstrip("_"))
    texts = {
        "passphrase_empty": _tr("Geef een wachtwoordzin."),
        "passphrase_too_short": _tr("Te kort: gebruik minstens %1 tekens.").replace(
            "%1", str(MIN_LENGTH)),
        "passphrase_control": _tr("Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals "
                                  "een NUL-teken, tab of regeleinde, meestal van plakken). "
                                  "Typ hem zelf."),
        "passphrase_mismatch": _tr("De twee wachtwoordzinnen zijn niet gelijk."),
    }
    return texts.get(code, _tr("Deze wachtwoordzin kan niet gebruikt worden."))


def nul_text() -> str:
    """Shown when a passphrase to unlock with holds a NUL character (no file can have one)."""
    return _tr("De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem "
               "opnieuw.")


def environment_refused_text(code: str) -> str:
    """The new passphrase in RESOKIT_PASSPHRASE was not used: why, before the dialog asks."""
    return _tr("De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1").replace(
        "%1", error_text(code))


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
