"""Settings page of the inclusion web: the life domains new webs get, NDTi's paid-staff choice."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.domain_sets import (
    DEFAULT_SET_KEY,
    NDTI_SET_KEY,
    builtin_set,
    set_to_data,
)
from resokit_desktop.services import web_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.settings_pages import register_page

OWN_SET_KEY = "organisation"


_t = translator("DomainSetPage")


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_") or "domain"


def parse_own_domains(text: str) -> tuple[dict | None, list[str]]:
    """One domain per line, "Nederlands | Français | English" (French and English optional)."""
    domains, problems, keys = [], [], set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if not parts[0]:
            problems.append(_t("Regel %1: de Nederlandse naam ontbreekt.").replace(
                "%1", str(number)))
            continue
        key = _slug(parts[0])
        if key in keys:
            problems.append(_t("Regel %1: '%2' staat er al.").replace("%1", str(number))
                            .replace("%2", parts[0]))
            continue
        keys.add(key)
        labels = {"nl": parts[0]}
        for lang, value in zip(("fr", "en"), parts[1:3], strict=False):
            if value:
                labels[lang] = value
        domains.append({"key": key, "labels": labels})
    if not problems and not 2 <= len(domains) <= 16:
        problems.append(_t("Geef tussen 2 en 16 levensdomeinen, één per regel."))
    data = {"key": OWN_SET_KEY, "labels": {"nl": _t("Eigen domeinen van de organisatie")},
            "domains": domains}
    return (None if problems else data), problems


class DomainSetPage(QWidget):
    """load() / validate() / save() over the organisation's domain-set setting."""

    def __init__(self, dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = dossier.db
        intro = QLabel(_t("Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web "
                          "houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt."))
        intro.setWordWrap(True)
        self.default_radio = QRadioButton(builtin_set(DEFAULT_SET_KEY).label("nl"))
        self.ndti_radio = QRadioButton(builtin_set(NDTI_SET_KEY).label("nl"))
        self.own_radio = QRadioButton(_t("Eigen domeinen van de organisatie"))
        group = QButtonGroup(self)
        for radio in (self.default_radio, self.ndti_radio, self.own_radio):
            group.addButton(radio)
        self.own_edit = QPlainTextEdit()
        self.own_edit.setAccessibleName(_t("Eigen levensdomeinen"))
        self.own_edit.setPlaceholderText(_t("Eén domein per regel: Nederlands | Français | "
                                            "English\nbv. Familie | Famille | Family"))
        self.own_radio.toggled.connect(self.own_edit.setEnabled)
        self.paid_staff_check = QCheckBox(_t("Betaalde hulpverleners en diensten tellen mee in "
                                             "de NDTi-scores"))
        paid_help = _t("NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze "
                       "geldt voor elke versie en staat op elke afdruk.")
        self.paid_staff_check.setToolTip(paid_help)
        self.paid_staff_check.setAccessibleDescription(paid_help)
        paid_note = QLabel(paid_help)
        paid_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.default_radio)
        layout.addWidget(self.ndti_radio)
        layout.addWidget(self.own_radio)
        layout.addWidget(self.own_edit, 1)
        layout.addSpacing(8)
        layout.addWidget(self.paid_staff_check)
        layout.addWidget(paid_note)

    def load(self) -> None:
        own = web_service.organisation_domain_set(self.db)
        if own is None or own.key == DEFAULT_SET_KEY:
            self.default_radio.setChecked(True)
        elif own.key == NDTI_SET_KEY:
            self.ndti_radio.setChecked(True)
        else:
            self.own_radio.setChecked(True)
            self.own_edit.setPlainText("\n".join(
                " | ".join(d.labels.get(lang, "") for lang in ("nl", "fr", "en")).rstrip(" |")
                for d in own.domains))
        self.own_edit.setEnabled(self.own_radio.isChecked())
        self.paid_staff_check.setChecked(web_service.count_paid_staff(self.db))

    def validate(self) -> list[str]:
        if not self.own_radio.isChecked():
            return []
        return parse_own_domains(self.own_edit.toPlainText())[1]

    def save(self) -> None:
        if self.paid_staff_check.isChecked() != web_service.count_paid_staff(self.db):
            web_service.set_count_paid_staff(self.db, self.paid_staff_check.isChecked())
        if self.default_radio.isChecked():
            web_service.set_organisation_domain_set(self.db, None)
        elif self.ndti_radio.isChecked():
            web_service.set_organisation_domain_set(self.db, set_to_data(builtin_set(NDTI_SET_KEY)))
        else:
            data, problems = parse_own_domains(self.own_edit.toPlainText())
            if data is not None:
                web_service.set_organisation_domain_set(self.db, data)


register_page("inclusion_web_domains", 30, lambda: _t("Levensdomeinen"),
              lambda dossier, parent: DomainSetPage(dossier, parent))
