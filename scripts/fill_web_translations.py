"""Fill the French and English translations of the inclusieweb drawing's strings into i18n/*.ts.

The drawing's labels (kinds, functions and their badge letters, rings, the centre, comparison
markers, attribute values, indicators) and its legend. Same pattern as
fill_summary_translations.py: run scripts/update_translations.py first, then

    .venv/bin/python scripts/fill_web_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fill_summary_translations import ROOT, fill  # noqa: E402

# context -> Dutch source -> (French, English)
TRANSLATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "InclusionWeb": {
        # Badge letters: one letter per function, different within each language.
        "P": ("P", "P"),
        "E": ("E", "E"),
        "A": ("A", "A"),
        "G": ("C", "C"),
        "—": ("—", "—"),
        "Aandeel betaalde hulp": ("Part de l’aide payée", "Share of paid help"),
        "Actief": ("Actif", "Active"),
        "Advies": ("Avis et conseils", "Advice"),
        "Binden": ("Lier", "Bonding"),
        "Binden (eigen kring)": ("Lier (son propre cercle)", "Bonding (own circle)"),
        "Bruggenbouwers in het netwerk": ("Bâtisseurs de ponts dans le réseau",
                                          "Bridge builders in the network"),
        "Buurt": ("Quartier", "Neighbourhood"),
        "Dagelijks": ("Tous les jours", "Daily"),
        "Dichtbij": ("Proche", "Close"),
        "Dichterbij": ("Plus proche", "Closer"),
        "Dichtheid (wie kent wie)": ("Densité (qui connaît qui)", "Density (who knows whom)"),
        "Een paar keer per jaar": ("Quelques fois par an", "A few times a year"),
        "Emotionele steun": ("Soutien émotionnel", "Emotional support"),
        "Functies zonder onbetaalde gever": ("Fonctions sans personne non rémunérée",
                                             "Functions with no unpaid giver"),
        "Geeft aan de cliënt": ("Donne à la personne", "Gives to the client"),
        "Gewenst": ("Souhaité", "Wished for"),
        "Gewenste banden": ("Liens souhaités", "Wished-for ties"),
        "Gezelschap": ("Compagnie", "Companionship"),
        "Groep of organisatie": ("Groupe ou organisation", "Group or organisation"),
        "Grootte van het netwerk": ("Taille du réseau", "Size of the network"),
        "Ik": ("Moi", "Me"),
        "Krijgt van de cliënt": ("Reçoit de la personne", "Receives from the client"),
        "Levensdomeinen gebruikt": ("Domaines de vie occupés", "Life domains used"),
        "Lichte band": ("Lien léger", "Light tie"),
        "Maandelijks": ("Tous les mois", "Monthly"),
        "Mensen (onbetaald, actief)": ("Personnes (non rémunérées, actives)",
                                       "People (unpaid, active)"),
        "Midden": ("Milieu", "Middle"),
        "Nieuw": ("Nouveau", "New"),
        "Nieuwe groep": ("Nouveau groupe", "New group"),
        "Nieuwe persoon": ("Nouvelle personne", "New person"),
        "Nieuwe plaats": ("Nouveau lieu", "New place"),
        "Over en weer": ("Dans les deux sens", "Both ways"),
        "Overbruggen": ("Relier", "Bridging"),
        "Overbruggen (andere groep)": ("Relier (un autre groupe)", "Bridging (another group)"),
        "Persoon": ("Personne", "Person"),
        "Plaats": ("Lieu", "Place"),
        "Plaatsen en groepen (actief)": ("Lieux et groupes (actifs)", "Places and groups (active)"),
        "Praktische hulp": ("Aide pratique", "Practical help"),
        "Slapend": ("En sommeil", "Dormant"),
        "Slapende banden": ("Liens en sommeil", "Dormant ties"),
        "Stad": ("Ville", "City"),
        "Sterke band": ("Lien fort", "Strong tie"),
        "Translokaal (elders, buitenland)": ("Translocal (ailleurs, à l’étranger)",
                                             "Translocal (elsewhere, abroad)"),
        "Verbinden": ("Accéder", "Linking"),
        "Verbinden (met meer macht)": ("Accéder (à plus de pouvoir)", "Linking (to more power)"),
        "Verbroken": ("Rompu", "Broken"),
        "Verder": ("Plus loin", "Further"),
        "Verder weg": ("Plus éloigné", "Further away"),
        "Weg": ("Parti", "Gone"),
        "Wekelijks": ("Toutes les semaines", "Weekly"),
        "Zelden": ("Rarement", "Rarely"),
        "dichtbij": ("proche", "close"),
        "midden": ("milieu", "middle"),
        "verder": ("plus loin", "further"),
    },
    "WebLegend": {
        "Betaalde hulp": ("Aide payée", "Paid help"),
        "Gespannen": ("Tendu", "Strained"),
        "Gewenst (stippels, ☆)": ("Souhaité (pointillés, ☆)", "Wished for (dots, ☆)"),
        "Kennen elkaar": ("Se connaissent", "Know each other"),
        "Legenda": ("Légende", "Legend"),
        "Lichte band": ("Lien léger", "Light tie"),
        "Schadelijk": ("Nuisible", "Harmful"),
        "Slapend (streepjes, z)": ("En sommeil (tirets, z)", "Dormant (dashes, z)"),
        "Sterke band": ("Lien fort", "Strong tie"),
        "Verbroken (doorgestreept)": ("Rompu (barré)", "Broken (crossed out)"),
    },
    "NewVersionDialog": {
        "&Datum:": ("&Date :", "&Date:"),
        "Annuleren": ("Annuler", "Cancel"),
        "Datum van de versie": ("Date de la version", "Date of the version"),
        "De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je "
        "het web eerder op papier? Geef dan die datum.": (
            "La nouvelle version commence comme copie de la précédente, pour la revoir ensemble. "
            "Vous avez dessiné la toile sur papier plus tôt ? Indiquez alors cette date.",
            "The new version starts as a copy of the previous one, to review together. Did you "
            "draw the web on paper earlier? Then give that date."),
        "Een versie kan niet in de toekomst liggen.": (
            "Une version ne peut pas être dans le futur.", "A version cannot be in the future."),
        "Geef een datum.": ("Indiquez une date.", "Give a date."),
        "Nieuwe versie": ("Nouvelle version", "New version"),
        "Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.": (
            "Écrivez la date comme jour-mois-année, p. ex. 14-03-2026.",
            "Write the date as day-month-year, e.g. 14-03-2026."),
        "Versie maken": ("Créer la version", "Make version"),
        "dd-mm-jjjj": ("jj-mm-aaaa", "dd-mm-yyyy"),
    },
    "Presentation": {
        "Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: "
        "gegevens": (
            "Échap : retour   ·   C : contraste élevé   ·   + / − : plus grand, plus petit   ·   "
            "appui long : détails",
            "Esc: back   ·   C: high contrast   ·   + / −: larger, smaller   ·   long press: "
            "details"),
        "Inclusieweb": ("Toile d’inclusion", "Inclusion web"),
        "Inclusieweb, presentatie": ("Toile d’inclusion, présentation",
                                     "Inclusion web, presentation"),
        "Sneltoetsen": ("Raccourcis", "Shortcuts"),
    },
}


def main() -> int:
    missing: set[str] = set()
    for lang, column in (("fr", 0), ("en", 1)):
        missing.update(fill(ROOT / "i18n" / f"resokit_{lang}.ts", column, TRANSLATIONS))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")],
                   check=True, stdout=subprocess.DEVNULL)
    for line in sorted(missing):
        print(f"no translation yet: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
