"""Fill the French and English translations of the web's figures (context "Figures") and the
paid-staff setting into i18n/*.ts; run scripts/update_translations.py first.

    .venv/bin/python scripts/fill_figure_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fill_summary_translations import fill  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# context -> Dutch source -> (French, English)
TRANSLATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "Figures": {
        "%-punt": ("point(s) de %", "percentage point(s)"),
        "1 persoon": ("1 personne", "1 person"),
        "1 plaats of groep": ("1 lieu ou groupe", "1 place or group"),
        "Aandeel betaalde hulp": ("Part de l’aide rémunérée", "Share of paid help"),
        "Andere groepen (overbruggen)": ("Autres groupes (relier)", "Other groups (bridging)"),
        "Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.": (
            "Liens rompus ; ils ne comptent pas dans les autres chiffres.",
            "Ties that are broken; they do not count in the other figures."),
        "Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze "
        "organisatie).": (
            "Les intervenants et services rémunérés comptent dans les scores NDTi (choix de "
            "cette organisation).",
            "Paid staff and services count in the NDTi scores (this organisation’s setting)."),
        "Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van "
        "deze organisatie).": (
            "Les intervenants et services rémunérés ne comptent pas dans les scores NDTi (choix "
            "de cette organisation).",
            "Paid staff and services do not count in the NDTi scores (this organisation’s "
            "setting)."),
        "Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, "
        "diensten).": (
            "Part des membres du réseau payés pour être là (intervenants, services).",
            "Part of the network’s members who are paid to be there (workers, services)."),
        "Dit web gebruikt niet de levensdomeinen van NDTi maar '{set}': de spreiding is niet te "
        "vergelijken met andere NDTi-webs.": (
            "Cette toile n’utilise pas les domaines de vie de NDTi mais « {set} » : sa "
            "répartition ne se compare pas à d’autres toiles NDTi.",
            "This web does not use NDTi’s life domains but ‘{set}’: its spread cannot be "
            "compared with other NDTi webs."),
        "Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te "
        "zijn.": (
            "Chiffre propre à Resokit, pas un score NDTi : les personnes qui ne sont pas payées "
            "pour être là.",
            "Resokit’s own figure, not an NDTi score: persons who are not paid to be there."),
        "Eigen kring (binden)": ("Propre cercle (lier)", "Own circle (bonding)"),
        "Eigen kring · andere groepen · meer macht": (
            "Propre cercle · autres groupes · plus de pouvoir",
            "Own circle · other groups · more power"),
        "Gewenste banden": ("Liens souhaités", "Wished-for ties"),
        "Grootte van het netwerk": ("Taille du réseau", "Size of the network"),
        "Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf "
        "telt niet mee.": (
            "Combien de paires de membres se connaissent, sur toutes les paires possibles ; la "
            "personne elle-même ne compte pas.",
            "How many pairs of members know each other, out of all possible pairs; the client "
            "is not counted."),
        "In de cirkel dichtbij": ("Dans le cercle proche", "In the close circle"),
        "In de cirkel verder weg": ("Dans le cercle éloigné", "In the far circle"),
        "In de middelste cirkel": ("Dans le cercle du milieu", "In the middle circle"),
        "Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden "
        "(met meer macht, bv. de gemeente).": (
            "Membres marqués comme lier (propre cercle), relier (autres groupes) ou connecter "
            "(plus de pouvoir, p. ex. la commune).",
            "Members marked as bonding (own circle), bridging (other groups) or linking (more "
            "power, e.g. the municipality)."),
        "Leden aangeduid als binden: uit de eigen kring.": (
            "Membres marqués comme lier : du propre cercle.",
            "Members marked as bonding: from the own circle."),
        "Leden aangeduid als overbruggen: uit een andere groep.": (
            "Membres marqués comme relier : d’un autre groupe.",
            "Members marked as bridging: from another group."),
        "Leden aangeduid als verbinden: met meer macht of invloed.": (
            "Membres marqués comme connecter : avec plus de pouvoir ou d’influence.",
            "Members marked as linking: with more power or influence."),
        "Leden van het netwerk die het dichtst bij de cliënt staan.": (
            "Membres du réseau les plus proches de la personne.",
            "Members of the network closest to the client."),
        "Leden van het netwerk in de buitenste cirkel.": (
            "Membres du réseau dans le cercle extérieur.",
            "Members of the network in the outer circle."),
        "Leden van het netwerk in de middelste cirkel.": (
            "Membres du réseau dans le cercle du milieu.",
            "Members of the network in the middle circle."),
        "Leden van het netwerk per afstand tot de cliënt.": (
            "Membres du réseau selon leur distance à la personne.",
            "Members of the network by distance from the client."),
        "Leden zonder wie het netwerk uiteenvalt": (
            "Membres sans qui le réseau se divise", "Members whose loss would split the map"),
        "Meer macht (verbinden)": ("Plus de pouvoir (connecter)", "More power (linking)"),
        "Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken "
        "banden tellen niet mee.": (
            "Personnes, lieux et groupes avec un lien actif ou dormant ; les liens souhaités et "
            "rompus ne comptent pas.",
            "People, places and groups with an active or sleeping tie; wished-for and broken "
            "ties do not count."),
        "NDTi-score mensen": ("Score NDTi personnes", "NDTi people score"),
        "NDTi-score plaatsen": ("Score NDTi lieux", "NDTi places score"),
        "NDTi-spreiding over levensdomeinen": (
            "Répartition NDTi sur les domaines de vie", "NDTi clock spread over life domains"),
        "Onbetaalde mensen met een actieve band": (
            "Personnes non rémunérées avec un lien actif", "Unpaid people with an active tie"),
        "Per cirkel: dichtbij · midden · verder": (
            "Par cercle : proche · milieu · éloigné", "Per circle: close · middle · far"),
        "Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer "
        "kennen; de cliënt telt niet mee.": (
            "Personnes, lieux ou groupes sans qui des parties du réseau ne se connaîtraient "
            "plus ; la personne ne compte pas.",
            "People, places or groups without whom parts of the network would no longer know "
            "each other; the client is not counted."),
        "Slapende banden": ("Liens dormants", "Sleeping ties"),
        "Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.": (
            "Formes de soutien que seule l’aide rémunérée donne, ni famille, ni amis, ni "
            "voisins.",
            "Kinds of support only paid help gives, no family, friends or neighbours."),
        "Soorten steun die niemand of alleen betaalde hulp geeft.": (
            "Formes de soutien que personne ou seule l’aide rémunérée donne.",
            "Kinds of support nobody or only paid help gives."),
        "Soorten steun waarvoor niemand met een actieve band is aangeduid.": (
            "Formes de soutien pour lesquelles personne avec un lien actif n’est indiqué.",
            "Kinds of support for which nobody with an active tie is marked."),
        "Soorten steun zonder onbetaalde gever": (
            "Formes de soutien sans personne non rémunérée",
            "Kinds of support without an unpaid giver"),
        "Steun die alleen betaalde hulp geeft": (
            "Soutien que seule l’aide rémunérée donne", "Support only paid help gives"),
        "Steun die niemand geeft": ("Soutien que personne ne donne", "Support nobody gives"),
        "Verbroken banden": ("Liens rompus", "Broken ties"),
        "Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.": (
            "Contacts autrefois proches qui se sont estompés : des occasions de les reprendre.",
            "Once close contacts that faded: chances to take up again."),
        "Wie kent wie": ("Qui connaît qui", "Who knows whom"),
        "Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.": (
            "Qui ou quoi la personne aimerait avoir ; ne compte pas dans les autres chiffres.",
            "Who or what the client would like to have; not counted in the other figures."),
        "Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.": (
            "Comme NDTi compte : toutes les personnes dans le cercle des personnes, donc avec "
            "un lien actif.",
            "As NDTi counts: every person in the people circle, that is with an active tie."),
        "Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een "
        "actieve band.": (
            "Comme NDTi compte : tous les lieux et groupes dans le cercle des lieux, donc avec "
            "un lien actif.",
            "As NDTi counts: every place and group in the places circle, that is with an "
            "active tie."),
        "Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt "
        "in de NDTi-scores.": (
            "Comme NDTi compte : domaines de vie avec au moins une personne, un lieu ou un "
            "groupe compté dans les scores NDTi.",
            "As NDTi counts: life domains with at least one person, place or group counted in "
            "the NDTi scores."),
        "betaald": ("rémunéré", "paid"),
        "geen": ("aucun", "none"),
        "gewenst": ("souhaité", "wished for"),
        "minder dan twee leden": ("moins de deux membres", "fewer than two members"),
        "niet aangeduid: {n}": ("non marqués : {n}", "not marked: {n}"),
        "niet meegeteld: {list}": ("non comptés : {list}", "not counted: {list}"),
        "nog niemand aangeduid": ("personne n’est encore marqué", "nobody marked yet"),
        "slapend": ("dormant", "sleeping"),
        "verbroken": ("rompu", "broken"),
        "zonder lid dat meetelt: {domains}": (
            "sans membre compté : {domains}", "without a counted member: {domains}"),
        "{n} personen": ("{n} personnes", "{n} people"),
        "{n} plaatsen of groepen": ("{n} lieux ou groupes", "{n} places or groups"),
        "{n} van {total}": ("{n} sur {total}", "{n} of {total}"),
        "{n} van {total} paren": ("{n} paires sur {total}", "{n} of {total} pairs"),
    },
}

# New strings of partly translated contexts: only these messages are set.
EXTRA: dict[str, dict[str, tuple[str, str]]] = {
    "DomainSetPage": {
        "Betaalde hulpverleners en diensten tellen mee in de NDTi-scores": (
            "Les intervenants et services rémunérés comptent dans les scores NDTi",
            "Paid staff and services count in the NDTi scores"),
        "NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke "
        "versie en staat op elke afdruk.": (
            "NDTi laisse chaque organisation choisir si l’aide rémunérée compte. Le choix vaut "
            "pour chaque version et figure sur chaque impression.",
            "NDTi lets each organisation choose whether paid help counts. The choice holds for "
            "every version and is stated on every printout."),
    },
    "IndicatorsPanel": {
        "Leden per levensdomein": ("Membres par domaine de vie", "Members per life domain"),
    },
}


def main() -> int:
    missing: set[str] = set()
    for lang, column in (("fr", 0), ("en", 1)):
        ts_file = ROOT / "i18n" / f"resokit_{lang}.ts"
        missing.update(fill(ts_file, column, TRANSLATIONS))
        fill(ts_file, column, EXTRA)  # the rest of these contexts is left as it is
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")],
                   check=True, stdout=subprocess.DEVNULL)
    for line in sorted(missing):
        print(f"no translation yet: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
