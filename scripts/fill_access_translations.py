"""Fill the French and English translations of the right-of-access PDF strings into i18n/*.ts.

Run scripts/update_translations.py first; this sets every message of the AccessExport context
and runs update_translations.py again (see fill_summary_translations.py, whose fill() it uses).

    .venv/bin/python scripts/fill_access_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fill_summary_translations import ROOT, fill  # noqa: E402

# Dutch source -> (French, English)
ACCESS: dict[str, tuple[str, str]] = {
    "%1 en %2 kennen elkaar": ("%1 et %2 se connaissent", "%1 and %2 know each other"),
    "%1 jaar na het afsluiten van het dossier": ("%1 ans après la clôture du dossier",
                                                 "%1 years after the file is closed"),
    "Aangemaakt": ("Créé le", "Created"),
    "Adres": ("Adresse", "Address"),
    "Afspraken": ("Engagements", "Agreements"),
    "Ander": ("Autre", "Other"),
    "Andere personen": ("Autres personnes", "Other people"),
    "Band": ("Lien", "Tie"),
    "Betaalde hulp": ("Aide payée", "Paid help"),
    "Bewaartermijn": ("Durée de conservation", "Kept for"),
    "Buurt": ("Quartier", "Neighbourhood"),
    "Buurtbewoner": ("Habitant·e du quartier", "Resident"),
    "Cirkel": ("Cercle", "Circle"),
    "Cliënt": ("Client·e", "Client"),
    "Datum": ("Date", "Date"),
    "Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, "
    "op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan "
    "enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.": (
        "Ce document contient toutes les données que votre accompagnateur·rice conserve sur "
        "vous dans Resokit Desktop, à la date ci-dessous. Elles servent uniquement à votre "
        "accompagnement, se trouvent seulement sur l’ordinateur de votre accompagnateur·rice "
        "et ne sont pas partagées sans votre accord.",
        "This overview holds all the data your worker keeps about you in Resokit Desktop, on "
        "the date below. The data is used only for your support, is kept only on your "
        "worker’s computer and is not shared without your consent."),
    "Doel": ("But", "Purpose"),
    "Drempels": ("Obstacles", "Barriers"),
    "E-mail": ("E-mail", "Email"),
    "Eerdere versie": ("Version précédente", "Earlier version"),
    "Eigen talentkaarten": ("Cartes de talents personnelles", "Own talent cards"),
    "Evaluatie": ("Évaluation", "Evaluation"),
    "Focustalent nummer": ("Talent clé n°", "Focus talent number"),
    "Geboortejaar": ("Année de naissance", "Year of birth"),
    "Gedaan": ("Fait", "Done"),
    "Geeft energie": ("Donne de l’énergie", "Gives energy"),
    "Geen vermeldingen.": ("Aucune mention.", "No entries."),
    "Gegeven op": ("Donné le", "Given on"),
    "Gemaakt op": ("Établi le", "Made on"),
    "Genoemd door": ("Nommé par", "Named by"),
    "Genoemd door (uit het netwerk)": ("Nommé par (du réseau)", "Named by (from the network)"),
    "Gesprek van": ("Entretien du", "Conversation of"),
    "Gesprekken": ("Entretiens", "Conversations"),
    "Geven en krijgen": ("Donner et recevoir", "Giving and receiving"),
    "Groep of organisatie": ("Groupe ou organisation", "Group or organisation"),
    "Hoe gewaardeerd": ("Valorisé", "How valued"),
    "Hoe vaak": ("Fréquence", "How often"),
    "Huidige rollen": ("Rôles actuels", "Current roles"),
    "In uw eigen woorden": ("Avec vos propres mots", "In your own words"),
    "Ingetrokken op": ("Retiré le", "Withdrawn on"),
    "Inzage in uw gegevens": ("Accès à vos données", "Access to your data"),
    "Laatst gewijzigd": ("Dernière modification", "Last changed"),
    "Latere versie": ("Version suivante", "Later version"),
    "Levensdomein": ("Domaine de vie", "Life domain"),
    "Levensdomeinen": ("Domaines de vie", "Life domains"),
    "Meer over de drempels": ("Plus sur les obstacles", "More about the barriers"),
    "Moeilijke band": ("Lien difficile", "Strained tie"),
    "Naam": ("Nom", "Name"),
    "Naam van wie het noemde": ("Nom de qui l’a nommé", "Name of who named it"),
    "Nog steeds": ("Toujours", "Still"),
    "Notitie": ("Note", "Note"),
    "Notities": ("Notes", "Notes"),
    "Observaties van de begeleider": ("Observations de l’accompagnateur·rice",
                                      "Worker’s observations"),
    "Pagina {page} van {pages}": ("Page {page} sur {pages}", "Page {page} of {pages}"),
    "Personen en plaatsen in het netwerk": ("Personnes et lieux du réseau",
                                            "People and places in the network"),
    "Persoon": ("Personne", "Person"),
    "Persoonsgegevens": ("Données personnelles", "Personal details"),
    "Plaats": ("Lieu", "Place"),
    "Plaats in het netwerk": ("Lieu dans le réseau", "Place in the network"),
    "Plaatsen in het inclusieweb": ("Places dans la toile d’inclusion",
                                    "Places in the inclusion web"),
    "Relatie": ("Relation", "Relation"),
    "Rolplan": ("Plan de rôle", "Role plan"),
    "Rolplannen": ("Plans de rôle", "Role plans"),
    "Schadelijke band": ("Lien nuisible", "Harmful tie"),
    "Sinds": ("Depuis", "Since"),
    "Sleutelfiguur": ("Personne clé", "Key person"),
    "Sleutelfiguur in het netwerk": ("Personne clé du réseau", "Key person in the network"),
    "Soort": ("Type", "Kind"),
    "Soort band": ("Type de lien", "Kind of tie"),
    "Stapel": ("Pile", "Pile"),
    "Stappen in rolplannen": ("Étapes des plans de rôle", "Steps in role plans"),
    "Startdatum": ("Date de début", "Start date"),
    "Status": ("Statut", "Status"),
    "Steun die nodig is": ("Soutien nécessaire", "Support needed"),
    "Talen": ("Langues", "Languages"),
    "Talent": ("Talent", "Talent"),
    "Talenten": ("Talents", "Talents"),
    "Talenten bij rolplannen": ("Talents des plans de rôle", "Talents in role plans"),
    "Tegen": ("Pour le", "By"),
    "Telefoon": ("Téléphone", "Phone"),
    "Titel": ("Titre", "Title"),
    "Toestemmingen": ("Consentements", "Consents"),
    "Vergelijkingen van het inclusieweb": ("Comparaisons de la toile d’inclusion",
                                           "Comparisons of the inclusion web"),
    "Versie van": ("Version du", "Version of"),
    "Versies van het inclusieweb": ("Versions de la toile d’inclusion",
                                    "Versions of the inclusion web"),
    "Vertrouwelijk: persoonsgegevens": ("Confidentiel : données personnelles",
                                        "Confidential: personal data"),
    "Volgende afspraak": ("Prochain rendez-vous", "Next appointment"),
    "Voorbeeld": ("Exemple", "Example"),
    "Vraag": ("Question", "Question"),
    "Vrijwilliger": ("Bénévole", "Volunteer"),
    "Waar": ("Où", "Where"),
    "Waaraan gewerkt": ("Sur quoi nous avons travaillé", "What we worked on"),
    "Wanneer uw dossier werd gebruikt": ("Quand votre dossier a été utilisé",
                                         "When your file was used"),
    "Wat": ("Quoi", "What"),
    "Wat die persoon voor u betekent": ("Ce que cette personne vous apporte",
                                        "What they mean to you"),
    "Wat het oplevert": ("Ce que cela apporte", "What it brings"),
    "Welke vraag het beantwoordt": ("À quel besoin cela répond", "What need it answers"),
    "Wie": ("Qui", "Who"),
    "Wie kent wie": ("Qui connaît qui", "Who knows whom"),
    "Wie of wat": ("Qui ou quoi", "Who or what"),
    "actief": ("actif", "active"),
    "afgedrukt": ("imprimé", "printed"),
    "afgesloten": ("clôturé", "closed"),
    "binden (familie, vrienden)": ("lien fort (famille, amis)", "bonding (family, friends)"),
    "dagelijks": ("chaque jour", "daily"),
    "dichtbij": ("proche", "close"),
    "dit doe ik graag": ("j’aime faire ceci", "I like doing this"),
    "dit kan ik": ("je sais faire ceci", "I can do this"),
    "dit wil ik leren": ("je veux apprendre ceci", "I want to learn this"),
    "dossierbestand geopend": ("fichier de dossiers ouvert", "dossier file opened"),
    "gearchiveerd": ("archivé", "archived"),
    "gewenst": ("souhaité", "wished for"),
    "geëxporteerd": ("exporté", "exported"),
    "iemand uit uw netwerk": ("quelqu’un de votre réseau", "someone from your network"),
    "in de buurt": ("dans le quartier", "in the neighbourhood"),
    "in de stad": ("dans la ville", "in the city"),
    "inzage gegeven": ("accès donné", "access given"),
    "ja": ("oui", "yes"),
    "jaarlijks": ("chaque année", "yearly"),
    "kaart van de organisatie": ("carte de l’organisation", "the organisation’s card"),
    "licht": ("léger", "light"),
    "maandelijks": ("chaque mois", "monthly"),
    "midden": ("au milieu", "middle"),
    "namen vervangen door initialen": ("noms remplacés par des initiales",
                                       "names replaced by initials"),
    "nee": ("non", "no"),
    "nu niet voor mij": ("pas pour moi maintenant", "not for me now"),
    "ontgrendeld": ("déverrouillé", "unlocked"),
    "overbruggen (andere groepen)": ("lien passerelle (autres groupes)",
                                     "bridging (other groups)"),
    "overgedragen aan een collega": ("transmis à un·e collègue", "handed over to a colleague"),
    "overgenomen van een collega": ("repris d’un·e collègue", "taken over from a colleague"),
    "reservekopie gemaakt": ("copie de sauvegarde faite", "backup made"),
    "reservekopie teruggezet": ("copie de sauvegarde restaurée", "backup restored"),
    "sterk": ("fort", "strong"),
    "u geeft en krijgt": ("vous donnez et recevez", "you give and receive"),
    "u geeft vooral": ("vous donnez surtout", "you mostly give"),
    "u krijgt vooral": ("vous recevez surtout", "you mostly receive"),
    "uw begeleider": ("votre accompagnateur·rice", "your worker"),
    "uw eigen kaart": ("votre propre carte", "your own card"),
    "uzelf": ("vous-même", "yourself"),
    "veel": ("beaucoup", "much"),
    "verbinden (organisaties, instanties)": ("lien vers les institutions",
                                             "linking (organisations, institutions)"),
    "verbroken": ("rompu", "broken"),
    "verder weg": ("plus loin", "further away"),
    "verder weg of in het buitenland": ("plus loin ou à l’étranger", "further away or abroad"),
    "verwijderd": ("supprimé", "deleted"),
    "wachtwoord gewijzigd": ("phrase secrète modifiée", "passphrase changed"),
    "wat": ("un peu", "somewhat"),
    "weggezakt": ("en veille", "faded"),
    "weinig": ("peu", "little"),
    "wekelijks": ("chaque semaine", "weekly"),
    "zelden": ("rarement", "rarely"),
}

# The handover refusal that names the field (PrivacyExports; only these sources are set).
HANDOVER: dict[str, tuple[str, str]] = {
    "Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: "
    "%2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.": (
        "Ce fichier contient une valeur que Resokit Desktop n’enregistrerait pas lui-même, "
        "dans le champ %1 : %2. Il n’est pas importé ; demandez un nouveau fichier à votre "
        "collègue.",
        "This file holds a value Resokit Desktop would not store itself, in the field %1: %2. "
        "It is not imported; ask your colleague for a new file."),
    "dit is geen tekst": ("ce n’est pas du texte", "this is not text"),
    "dit is geen geldig getal": ("ce n’est pas un nombre valable", "this is not a valid number"),
    "de waarde ontbreekt": ("la valeur manque", "the value is missing"),
    "de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)": (
        "la valeur est trop longue (un texte peut faire 1 Mo au plus, un nom 200 caractères)",
        "the value is too long (a text may be at most 1 MB, a name at most 200 characters)"),
    "alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)": (
        "toutes les valeurs de ce champ ensemble sont trop longues (50 Mo au plus)",
        "all values of this field together are too long (at most 50 MB)"),
    "deze keuze kent Resokit Desktop niet": ("Resokit Desktop ne connaît pas ce choix",
                                             "Resokit Desktop does not know this choice"),
    "dit is geen geldige datum": ("ce n’est pas une date valable", "this is not a valid date"),
    "dit is geen ja of nee": ("ce n’est ni oui ni non", "this is not yes or no"),
    "de inhoud heeft niet de juiste vorm": ("le contenu n’a pas la bonne forme",
                                            "the content does not have the right shape"),
}


def main() -> int:
    missing: set[str] = set()
    for lang, column in (("fr", 0), ("en", 1)):
        missing.update(fill(ROOT / "i18n" / f"resokit_{lang}.ts", column,
                            {"AccessExport": ACCESS}))
        fill(ROOT / "i18n" / f"resokit_{lang}.ts", column, {"PrivacyExports": HANDOVER})
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")],
                   check=True, stdout=subprocess.DEVNULL)
    for line in sorted(missing):
        print(f"no translation yet: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
