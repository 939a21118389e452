"""The web's figures in plain words: one name, one one-line explanation and one value format each,
shared by the window, the printed summary, the comparison and the export."""

from __future__ import annotations

from dataclasses import dataclass

from resokit_desktop.domain.web.indicators import Coverage, Indicators, LeftOut
from resokit_desktop.domain.web.model import DomainSet
from resokit_desktop.reports.labels import function_name
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "Figures"

# Figures the client copy shows (the others need the worker to explain them).
CLIENT_COPY_KEYS = ("size", "people_score", "places_score", "domains_used", "rings",
                    "sleeping", "wished_for", "uncovered_functions")


@dataclass(frozen=True)
class FigureLine:
    """One figure as shown: its name, its value, what it leaves out, and what it means."""

    key: str
    label: str
    value: str
    detail: str = ""
    explanation: str = ""


def figure_name(texts: ReportTexts, key: str) -> str:
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    names = {
        "size": say("Grootte van het netwerk"),
        "people_score": say("NDTi-score mensen"),
        "places_score": say("NDTi-score plaatsen"),
        "domains_used": say("NDTi-spreiding over levensdomeinen"),
        "unpaid_active_people": say("Onbetaalde mensen met een actieve band"),
        "rings": say("Per cirkel: dichtbij · midden · verder"),
        "ring_1": say("In de cirkel dichtbij"),
        "ring_2": say("In de middelste cirkel"),
        "ring_3": say("In de cirkel verder weg"),
        "paid_share": say("Aandeel betaalde hulp"),
        "paid_only_functions": say("Steun die alleen betaalde hulp geeft"),
        "uncovered_functions": say("Steun die niemand geeft"),
        "functions_uncovered": say("Soorten steun zonder onbetaalde gever"),
        "capital": say("Eigen kring · andere groepen · meer macht"),
        "bonding": say("Eigen kring (binden)"),
        "bridging": say("Andere groepen (overbruggen)"),
        "linking": say("Meer macht (verbinden)"),
        "sleeping": say("Slapende banden"),
        "wished_for": say("Gewenste banden"),
        "broken": say("Verbroken banden"),
        "density": say("Wie kent wie"),
        "splitting_members": say("Leden zonder wie het netwerk uiteenvalt"),
    }
    return names.get(key, key)


def figure_explanation(texts: ReportTexts, key: str) -> str:
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    help_texts = {
        "size": say("Mensen, plaatsen en groepen met een actieve of slapende band; "
                    "gewenste en verbroken banden tellen niet mee."),
        "people_score": say("Zoals NDTi telt: alle personen in de cirkel van mensen, "
                            "dus met een actieve band."),
        "places_score": say("Zoals NDTi telt: alle plaatsen en groepen in de cirkel "
                            "van plaatsen, dus met een actieve band."),
        "domains_used": say("Zoals NDTi telt: levensdomeinen met minstens één persoon, "
                            "plaats of groep die meetelt in de NDTi-scores."),
        "unpaid_active_people": say("Eigen cijfer van Resokit, geen NDTi-score: personen "
                                    "die niet betaald worden om er te zijn."),
        "rings": say("Leden van het netwerk per afstand tot de cliënt."),
        "ring_1": say("Leden van het netwerk die het dichtst bij de cliënt staan."),
        "ring_2": say("Leden van het netwerk in de middelste cirkel."),
        "ring_3": say("Leden van het netwerk in de buitenste cirkel."),
        "paid_share": say("Deel van de leden van het netwerk dat betaald wordt om er te "
                          "zijn (hulpverleners, diensten)."),
        "paid_only_functions": say("Soorten steun die alleen betaalde hulp geeft, geen "
                                   "familie, vrienden of buren."),
        "uncovered_functions": say("Soorten steun waarvoor niemand met een actieve band "
                                   "is aangeduid."),
        "functions_uncovered": say("Soorten steun die niemand of alleen betaalde hulp "
                                   "geeft."),
        "capital": say("Leden aangeduid als binden (eigen kring), overbruggen (andere "
                       "groepen) of verbinden (met meer macht, bv. de gemeente)."),
        "bonding": say("Leden aangeduid als binden: uit de eigen kring."),
        "bridging": say("Leden aangeduid als overbruggen: uit een andere groep."),
        "linking": say("Leden aangeduid als verbinden: met meer macht of invloed."),
        "sleeping": say("Vroeger nauwe contacten die verwaterd zijn: kansen om weer "
                        "op te nemen."),
        "wished_for": say("Wie of wat de cliënt graag zou hebben; telt niet mee in de "
                          "andere cijfers."),
        "broken": say("Banden die verbroken zijn; ze tellen niet mee in de andere "
                      "cijfers."),
        "density": say("Hoeveel paren leden elkaar kennen, van alle paren die er kunnen "
                       "zijn; de cliënt zelf telt niet mee."),
        "splitting_members": say("Personen, plaatsen of groepen zonder wie delen van "
                                 "het netwerk elkaar niet meer kennen; de cliënt telt "
                                 "niet mee."),
    }
    return help_texts.get(key, "")


def _number(value: float, texts: ReportTexts, digits: int = 0) -> str:
    text = f"{value:.{digits}f}"
    if float(text) == 0:
        text = text.lstrip("-")  # never "-0" or "-0,00"
    return text.replace(".", "." if texts.lang == "en" else ",")


def percent(value: float | None, texts: ReportTexts) -> str:
    return "—" if value is None else f"{_number(value * 100, texts)} %"


def _left_out_text(left: LeftOut, texts: ReportTexts) -> str:
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    parts = [(left.sleeping, say("slapend")), (left.wished_for, say("gewenst")),
             (left.broken, say("verbroken")), (left.paid, say("betaald"))]
    listed = ", ".join(f"{count} {word}" for count, word in parts if count)
    return say("niet meegeteld: {list}").format(list=listed) if listed else ""


def _domain_names(keys: tuple[str, ...], domain_set: DomainSet, lang: str) -> str:
    labels = {d.key: d.label(lang) for d in domain_set.domains}
    return ", ".join(labels.get(k, k) for k in keys)


def _function_names(ind: Indicators, coverage: Coverage, texts: ReportTexts) -> str:
    return ", ".join(function_name(texts, str(f)) for f, c in ind.functions.items()
                     if c.coverage == coverage)


def _kinds_text(by_kind: dict[str, int], texts: ReportTexts) -> str:
    """"2 personen, 1 plaats of groep": what a count is made of, leaving out the zeros."""
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    persons, places = by_kind.get("person", 0), by_kind.get("place_or_group", 0)
    parts = []
    if persons:
        parts.append(say("1 persoon") if persons == 1
                     else say("{n} personen").format(n=persons))
    if places:
        parts.append(say("1 plaats of groep") if places == 1
                     else say("{n} plaatsen of groepen").format(n=places))
    return ", ".join(parts)


def figure_lines(ind: Indicators, domain_set: DomainSet, texts: ReportTexts,
                 keys: tuple[str, ...] | None = None) -> list[FigureLine]:
    """Every figure as (name, value, what it leaves out, explanation), in display order."""
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    none = say("geen")
    of = say("{n} van {total}")
    rows: list[tuple[str, str, str]] = [
        ("size", str(ind.size), ""),
        ("people_score", str(ind.people_score), _left_out_text(ind.people_left_out, texts)),
        ("places_score", str(ind.places_score), _left_out_text(ind.places_left_out, texts)),
        ("domains_used", of.format(n=ind.domains_used, total=ind.domains_total),
         say("zonder lid dat meetelt: {domains}").format(
             domains=_domain_names(ind.domains_left_out, domain_set, texts.lang))
         if ind.domains_left_out else ""),
        ("unpaid_active_people", str(ind.unpaid_active_people), ""),
        ("rings", " · ".join(str(ind.per_ring.get(r, 0)) for r in (1, 2, 3)), ""),
        ("paid_share", percent(ind.paid_share, texts),
         of.format(n=ind.paid_count, total=ind.size) if ind.size else ""),
        ("paid_only_functions", _function_names(ind, Coverage.PAID_ONLY, texts) or none, ""),
        ("uncovered_functions", _function_names(ind, Coverage.NOBODY, texts) or none, ""),
    ]
    marked = ind.bonding + ind.bridging + ind.linking
    unmarked = ind.size - marked
    rows.append(("capital",
                 f"{ind.bonding} · {ind.bridging} · {ind.linking}" if marked
                 else say("nog niemand aangeduid"),
                 say("niet aangeduid: {n}").format(n=unmarked)
                 if marked and unmarked > 0 else ""))
    rows.append(("sleeping", str(ind.sleeping), ""))
    rows.append(("wished_for", str(ind.wished_for), ""))
    if ind.broken:
        rows.append(("broken", str(ind.broken), ""))
    if ind.density is None:
        rows.append(("density", "—", say("minder dan twee leden")))
    else:
        rows.append(("density", say("{n} van {total} paren").format(
            n=ind.tie_count, total=ind.possible_pairs), percent(ind.density, texts)))
    rows.append(("splitting_members", str(len(ind.splitting_members)),
                 _kinds_text(ind.splitting_by_kind, texts)))
    wanted = keys if keys is not None else tuple(key for key, _v, _d in rows)
    return [FigureLine(key, figure_name(texts, key), value, detail,
                       figure_explanation(texts, key))
            for key, value, detail in rows if key in wanted]


def notes(ind: Indicators, domain_set: DomainSet, texts: ReportTexts) -> list[str]:
    """What the reader must know to read the NDTi figures: the paid-staff choice, the domains."""
    def say(text: str) -> str:
        return texts.translate(CONTEXT, text)

    lines = [say("Betaalde hulpverleners en diensten tellen mee in de NDTi-scores "
                 "(instelling van deze organisatie).") if ind.count_paid_staff
             else say("Betaalde hulpverleners en diensten tellen niet mee in de "
                      "NDTi-scores (instelling van deze organisatie).")]
    if not ind.ndti_domains:
        lines.append(say("Dit web gebruikt niet de levensdomeinen van NDTi maar "
                         "'{set}': de spreiding is niet te vergelijken met andere "
                         "NDTi-webs.").format(set=domain_set.label(texts.lang)))
    return lines


def format_value(key: str, value: float | int | None, texts: ReportTexts) -> str:
    """A comparable figure (Indicators.figures()) as shown in the comparison."""
    if value is None:
        return "—"
    if key in ("paid_share", "density"):
        return percent(value, texts)
    return str(value)


def format_change(key: str, old: float | int | None, new: float | int | None,
                  texts: ReportTexts) -> str:
    """The change from old to new as shown, computed on the shown (rounded) values: never "-0"."""
    if old is None or new is None:
        return "—"
    if key in ("paid_share", "density"):
        change = round(new * 100) - round(old * 100)
        suffix = " " + texts.translate(CONTEXT, "%-punt")
    else:
        change = new - old
        suffix = ""
    if change == 0:
        return "="
    return f"{'+' if change > 0 else '−'}{abs(change)}{suffix}"
