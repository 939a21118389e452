"""Fill the French and English translations of the printing/summary strings into i18n/*.ts.

Run scripts/update_translations.py first (it adds new source strings); this script then sets the
<translation> of every message in the printing contexts below, leaves all other contexts alone,
and runs update_translations.py again so the files keep lupdate's own formatting.

    .venv/bin/python scripts/fill_summary_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# context -> Dutch source -> (French, English)
TRANSLATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "SummaryReport": {
        "Actieve rolplannen": ("Plans de rôle en cours", "Active role plans"),
        "Afspraken": ("Engagements", "Agreements"),
        "Cliënt: {name}": ("Client·e : {name}", "Client: {name}"),
        "Dichterbij gekomen": ("Plus proches", "Moved closer"),
        "Drempels": ("Obstacles", "Barriers"),
        "Er is nog geen gesprek genoteerd.": ("Aucun entretien n’est encore noté.",
                                              "No conversation has been recorded yet."),
        "Exemplaar voor de cliënt": ("Exemplaire pour la personne", "Client’s copy"),
        "Exemplaar voor de hulpverlener": ("Exemplaire pour l’intervenant·e", "Worker’s copy"),
        "Focustalenten": ("Talents clés", "Focus talents"),
        "Gedaan": ("Fait", "Done"),
        "Geen afspraken genoteerd.": ("Aucun engagement noté.", "No agreements recorded."),
        "Geen verschillen met de vorige versie.": ("Aucune différence avec la version précédente.",
                                                   "No differences from the previous version."),
        "Gesprek van {date} ({kind})": ("Entretien du {date} ({kind})",
                                        "Conversation of {date} ({kind})"),
        "Het gesprek": ("L’entretien", "The conversation"),
        "Hulp die je krijgt": ("L’aide que vous recevez", "Help you get"),
        "Hulpverlener: {name}": ("Intervenant·e : {name}", "Worker: {name}"),
        "In eigen woorden": ("Avec ses propres mots", "In their own words"),
        "Inclusieweb": ("Toile d’inclusion", "Inclusion web"),
        "Je netwerk in cijfers": ("Votre réseau en chiffres", "Your network in figures"),
        "Jouw netwerk": ("Votre réseau", "Your network"),
        "Kerncijfers": ("Chiffres clés", "Key figures"),
        "Legende": ("Légende", "Legend"),
        "Niet meer in het web": ("Plus dans la toile", "No longer in the web"),
        "Nieuw erbij": ("Nouveaux", "New"),
        "Nodige ondersteuning": ("Soutien nécessaire", "Support needed"),
        "Nood in de buurt": ("Besoin dans le quartier", "Need in the neighbourhood"),
        "Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)": (
            "Observations de l’intervenant·e (absentes de l’exemplaire pour la personne)",
            "Worker’s observations (left out of the client’s copy)"),
        "Pagina {page} van {pages}": ("Page {page} sur {pages}", "Page {page} of {pages}"),
        "Rollen waar je aan werkt": ("Les rôles que vous construisez", "Roles you are working on"),
        "Samenvatting van het gesprek": ("Résumé de l’entretien", "Summary of the conversation"),
        "Samenvatting van ons gesprek": ("Résumé de notre entretien",
                                         "Summary of our conversation"),
        "Sleutelpersoon": ("Personne clé", "Key person"),
        "Talenten": ("Talents", "Talents"),
        "Tegen wanneer": ("Pour quand", "By when"),
        "Verder weg": ("Plus éloignés", "Moved further away"),
        "Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.": (
            "Confidentiel – contient des données personnelles ; ne pas transmettre sans accord.",
            "Confidential – contains personal data; do not pass on without consent."),
        "Volgende afspraak": ("Prochain rendez-vous", "Next appointment"),
        "Volgende stappen": ("Prochaines étapes", "Next steps"),
        "Voor: {name}": ("Pour : {name}", "For: {name}"),
        "Waar": ("Où", "Where"),
        "Waar je sterk in bent": ("Vos points forts", "What you are good at"),
        "Waar we over spraken": ("Ce dont nous avons parlé", "What we talked about"),
        "Waarom het de buurt helpt": ("Pourquoi cela aide le quartier",
                                      "Why it helps the neighbourhood"),
        "Wat": ("Quoi", "What"),
        "Wat de cliënt erover zegt": ("Ce qu’en dit la personne", "What the client says about it"),
        "Wat het je geeft": ("Ce que cela vous apporte", "What it gives you"),
        "Wat het moeilijk maakt": ("Ce qui rend les choses difficiles", "What makes it hard"),
        "Wat het oplevert": ("Ce que cela apporte", "What it brings"),
        "Wat is er veranderd sinds {date}?": ("Qu’est-ce qui a changé depuis le {date} ?",
                                              "What has changed since {date}?"),
        "Wat je er goed in maakt": ("Ce qui fait que vous êtes doué·e",
                                    "What makes you good at it"),
        "Wat jij erover zegt": ("Ce que vous en dites", "What you say about it"),
        "Wat jij zei": ("Ce que vous avez dit", "What you said"),
        "Wat we afspraken": ("Ce que nous avons convenu", "What we agreed"),
        "We zien elkaar terug op": ("Nous nous revoyons le", "We meet again on"),
        "Wie": ("Qui", "Who"),
        "Wie opent de deur": ("Qui ouvre la porte", "Who opens the door"),
        "Zoals getekend op {date}": ("Telle que dessinée le {date}", "As drawn on {date}"),
        "ja": ("oui", "yes"),
        "{copy} · afgedrukt op {date}": ("{copy} · imprimé le {date}",
                                         "{copy} · printed on {date}"),
    },
    "PrintablesReport": {
        "Cijfer": ("Chiffre", "Figure"),
        "Er is nog geen inclusieweb getekend.": (
            "Aucune toile d’inclusion n’a encore été dessinée.",
            "No inclusion web has been drawn yet."),
        "Er is nog geen rolplan.": ("Il n’y a pas encore de plan de rôle.",
                                    "There is no role plan yet."),
        "Er zijn nog geen twee webversies om te vergelijken.": (
            "Il n’y a pas encore deux versions de la toile à comparer.",
            "There are not yet two web versions to compare."),
        "Geen gegevens om te vergelijken.": ("Aucune donnée à comparer.", "Nothing to compare."),
        "Getekend op {date}": ("Dessinée le {date}", "Drawn on {date}"),
        "Het web op {date}": ("La toile au {date}", "The web on {date}"),
        "Inclusieweb": ("Toile d’inclusion", "Inclusion web"),
        "Inclusieweb: vergelijking": ("Toile d’inclusion : comparaison",
                                      "Inclusion web: comparison"),
        "Kerncijfers": ("Chiffres clés", "Key figures"),
        "Legende": ("Légende", "Legend"),
        "Mijn rol: {title}": ("Mon rôle : {title}", "My role: {title}"),
        "Rolplan": ("Plan de rôle", "Role plan"),
        "Van: {name}": ("De : {name}", "Of: {name}"),
        "Versie van {earlier} vergeleken met {later}": (
            "Version du {earlier} comparée à celle du {later}",
            "Version of {earlier} compared with {later}"),
    },
    "ReportLabels": {
        "Aandeel betaalde hulpverleners": ("Part de professionnel·les rémunéré·es",
                                           "Share of paid helpers"),
        "Ander gesprek": ("Autre entretien", "Other conversation"),
        "Binden / overbruggen / verbinden": ("Liant / passerelle / levier",
                                             "Bonding / bridging / linking"),
        "Brugfiguren": ("Personnes-ponts", "Bridge persons"),
        "Contacten die je graag zou hebben": ("Contacts que vous aimeriez avoir",
                                              "Contacts you would like to have"),
        "Contacten die wat zijn weggezakt": ("Contacts un peu perdus de vue",
                                             "Contacts that have faded a little"),
        "Delen van je leven met iemand of iets": ("Domaines de votre vie avec quelqu’un ou quelque "
                                                  "chose", "Parts of your life with someone or "
                                                  "something"),
        "Dichtbij / midden / verder weg": ("Proche / milieu / plus loin",
                                           "Close / middle / further"),
        "Dichtheid (wie kent wie)": ("Densité (qui connaît qui)", "Density (who knows whom)"),
        "Evaluatie": ("Évaluation", "Evaluation"),
        "Functies die enkel betaalde hulp dekt": ("Fonctions assurées seulement par des "
                                                  "professionnel·les",
                                                  "Functions only paid helpers cover"),
        "Functies die niemand dekt": ("Fonctions que personne n’assure",
                                      "Functions nobody covers"),
        "Gebruikte levensdomeinen": ("Domaines de vie occupés", "Life domains used"),
        "Gewenste banden": ("Liens souhaités", "Wished-for ties"),
        "Grootte van het netwerk": ("Taille du réseau", "Size of the network"),
        "Kennismaking": ("Premier entretien", "Intake"),
        "Mensen, plaatsen en groepen in je web": ("Personnes, lieux et groupes dans votre toile",
                                                  "People, places and groups in your web"),
        "Opvolggesprek": ("Entretien de suivi", "Follow-up"),
        "Per cirkel (dichtbij / midden / verder)": ("Par cercle (proche / milieu / plus loin)",
                                                    "Per ring (close / middle / further)"),
        "Personenscore": ("Score personnes", "People score"),
        "Plaatsenscore": ("Score lieux", "Places score"),
        "Slapende banden": ("Liens en sommeil", "Sleeping ties"),
        "Waar je nog niemand voor hebt": ("Ce pour quoi vous n’avez encore personne",
                                          "What you have nobody for yet"),
        "aanzien": ("statut", "status"),
        "actief": ("actif", "active"),
        "angst": ("peur", "fear"),
        "een stem": ("avoir voix au chapitre", "a voice"),
        "ervaring": ("expérience", "experience"),
        "geld": ("argent", "money"),
        "gestart": ("démarré", "started"),
        "gestopt": ("arrêté", "stopped"),
        "gezelschap": ("compagnie", "companionship"),
        "geëvalueerd": ("évalué", "evaluated"),
        "idee": ("idée", "idea"),
        "iets anders": ("autre chose", "something else"),
        "in de buurt": ("dans le quartier", "in the neighbourhood"),
        "in de organisatie": ("dans l’organisation", "in the organisation"),
        "kansen": ("opportunités", "opportunities"),
        "materiële dingen": ("choses matérielles", "material things"),
        "persoonlijke groei": ("épanouissement personnel", "personal growth"),
        "praktische hulp": ("aide pratique", "practical help"),
        "raad en informatie": ("conseils et informations", "advice and information"),
        "relaties en contacten": ("relations et contacts", "relationships and contacts"),
        "respect": ("respect", "respect"),
        "ruimer dan de buurt": ("au-delà du quartier", "beyond the neighbourhood"),
        "steun en begrip": ("soutien et compréhension", "support and understanding"),
        "stigma": ("stigmatisation", "stigma"),
        "taal": ("langue", "language"),
        "verkennen": ("en exploration", "exploring"),
        "vervoer": ("transport", "transport"),
        "vrijheid": ("liberté", "freedom"),
        "zelfvertrouwen": ("confiance en soi", "self-confidence"),
    },
    "PrintActions": {
        "Inclusieweb afdrukken…": ("Imprimer la toile d’inclusion…", "Print inclusion web…"),
        "Opslaan als PDF…": ("Enregistrer en PDF…", "Save as PDF…"),
        "Rolplan afdrukken…": ("Imprimer un plan de rôle…", "Print role plan…"),
        "Samenvatting afdrukken…": ("Imprimer le résumé…", "Print summary…"),
        "Samenvatting opgeslagen als PDF.": ("Résumé enregistré en PDF.",
                                             "Summary saved as PDF."),
        "Webversies vergeleken afdrukken…": ("Imprimer la comparaison des toiles…",
                                             "Print web comparison…"),
    },
    "PrintPreview": {
        "Afdrukvoorbeeld": ("Aperçu avant impression", "Print preview"),
        "Het bestand kon niet opgeslagen worden: {reason}": (
            "Le fichier n’a pas pu être enregistré : {reason}",
            "The file could not be saved: {reason}"),
        "Opgeslagen ✓": ("Enregistré ✓", "Saved ✓"),
        "Opslaan als PDF": ("Enregistrer en PDF", "Save as PDF"),
        "Opslaan als PDF…": ("Enregistrer en PDF…", "Save as PDF…"),
        "PDF-bestanden (*.pdf)": ("Fichiers PDF (*.pdf)", "PDF files (*.pdf)"),
        "Taal van het document": ("Langue du document", "Language of the document"),
        "document": ("document", "document"),
    },
    "SummaryPreview": {
        "(nog geen gesprek)": ("(pas encore d’entretien)", "(no conversation yet)"),
        "Enkel initialen": ("Initiales seulement", "Initials only"),
        "Exemplaar voor de cliënt": ("Exemplaire pour la personne", "Client’s copy"),
        "Exemplaar voor de hulpverlener": ("Exemplaire pour l’intervenant·e", "Worker’s copy"),
        "Exemplaar:": ("Exemplaire :", "Copy:"),
        "Gesprek:": ("Entretien :", "Conversation:"),
        "Samenvatting afdrukken": ("Imprimer le résumé", "Print summary"),
        "Taal:": ("Langue :", "Language:"),
        "samenvatting": ("resume", "summary"),
    },
    "PrintablesPreview": {
        "Enkel initialen": ("Initiales seulement", "Initials only"),
        "Inclusieweb afdrukken": ("Imprimer la toile d’inclusion", "Print inclusion web"),
        "Liggend": ("Paysage", "Landscape"),
        "Papier:": ("Papier :", "Paper:"),
        "Rolplan afdrukken": ("Imprimer un plan de rôle", "Print role plan"),
        "Rolplan:": ("Plan de rôle :", "Role plan:"),
        "Staand": ("Portrait", "Portrait"),
        "Taal:": ("Langue :", "Language:"),
        "Tot:": ("À :", "To:"),
        "Van:": ("De :", "From:"),
        "Vergelijking afdrukken": ("Imprimer la comparaison", "Print comparison"),
        "Versie:": ("Version :", "Version:"),
        "inclusieweb": ("toile-inclusion", "inclusion-web"),
        "rolplan": ("plan-de-role", "role-plan"),
        "vergelijking": ("comparaison", "comparison"),
    },
}


def fill(ts_file: Path, column: int,
         tables: dict[str, dict[str, tuple[str, str]]] = TRANSLATIONS) -> list[str]:
    """Set the translations of the tables' contexts in one .ts file; returns sources missing."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        table = tables.get(context.findtext("name", ""))
        if table is None:
            continue
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None:
                continue
            if source not in table:
                missing.append(f"{context.findtext('name')}: {source}")
                continue
            node.text = table[source][column]
            node.attrib.pop("type", None)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                       encoding="utf-8")
    return missing


def main() -> int:
    missing: set[str] = set()
    for lang, column in (("fr", 0), ("en", 1)):
        missing.update(fill(ROOT / "i18n" / f"resokit_{lang}.ts", column))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")],
                   check=True, stdout=subprocess.DEVNULL)
    for line in sorted(missing):
        print(f"no translation yet: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
