<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="nl">
<context>
    <name>AccessExport</name>
    <message>
        <source>%1 en %2 kennen elkaar</source>
        <translation>%1 et %2 se connaissent</translation>
    </message>
    <message>
        <source>%1 jaar na het afsluiten van het dossier</source>
        <translation>%1 ans après la clôture du dossier</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Andere personen</source>
        <translation>Autres personnes</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Aide payée</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.</source>
        <translation>Ce document contient toutes les données que votre accompagnateur·rice conserve sur vous dans Resokit Desktop, à la date ci-dessous. Elles servent uniquement à votre accompagnement, se trouvent seulement sur l’ordinateur de votre accompagnateur·rice et ne sont pas partagées sans votre accord.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Eigen talentkaarten</source>
        <translation>Cartes talent personnelles</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Focustalent nummer</source>
        <translation>Talent clé n°</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Geeft energie</source>
        <translation>Donne de l’énergie</translation>
    </message>
    <message>
        <source>Geen vermeldingen.</source>
        <translation>Aucune mention.</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation>Nommé par</translation>
    </message>
    <message>
        <source>Genoemd door (uit het netwerk)</source>
        <translation>Nommé par (du réseau)</translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation>Entretien du</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Geven en krijgen</source>
        <translation>Donner et recevoir</translation>
    </message>
    <message>
        <source>Grens van uw buurt</source>
        <translation>Limite de votre quartier</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd</source>
        <translation>Valorisé</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>Ce que vous y ressentez</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Rôles actuels</translation>
    </message>
    <message>
        <source>In het buurtregister</source>
        <translation>Dans le registre du quartier</translation>
    </message>
    <message>
        <source>In uw eigen woorden</source>
        <translation>Avec vos propres mots</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Inzage in uw gegevens</source>
        <translation>Accès à vos données</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>Plus sur les obstacles</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Met wie u naar een plaats gaat</source>
        <translation>Avec qui vous allez quelque part</translation>
    </message>
    <message>
        <source>Moeilijke band</source>
        <translation>Lien difficile</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Nom de qui l’a nommé</translation>
    </message>
    <message>
        <source>Nog steeds</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Observaties van de begeleider</source>
        <translation>Observations de l’accompagnateur·rice</translation>
    </message>
    <message>
        <source>Opnieuw contact zoeken</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Personen en plaatsen in het netwerk</source>
        <translation>Personnes et lieux du réseau</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Plaats in het netwerk</source>
        <translation>Lieu dans le réseau</translation>
    </message>
    <message>
        <source>Plaatsen in het inclusieweb</source>
        <translation>Places dans la toile d’inclusion</translation>
    </message>
    <message>
        <source>Plaatsen op de buurtkaart</source>
        <translation>Lieux sur la carte du quartier</translation>
    </message>
    <message>
        <source>Plek op de kaart (boven-onder)</source>
        <translation>Endroit sur la carte (haut-bas)</translation>
    </message>
    <message>
        <source>Plek op de kaart (links-rechts)</source>
        <translation>Endroit sur la carte (gauche-droite)</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Plan de rôle</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Plans de rôle</translation>
    </message>
    <message>
        <source>Schadelijke band</source>
        <translation>Lien nuisible</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Personne clé</translation>
    </message>
    <message>
        <source>Sleutelfiguur in het netwerk</source>
        <translation>Personne clé du réseau</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Stapel</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Stappen in rolplannen</source>
        <translation>Étapes des plans de rôle</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Steun die nodig is</source>
        <translation>Soutien nécessaire</translation>
    </message>
    <message>
        <source>Stratenplan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Talenten bij rolplannen</source>
        <translation>Talents des plans de rôle</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Thuis (boven-onder)</source>
        <translation>Domicile (haut-bas)</translation>
    </message>
    <message>
        <source>Thuis (links-rechts)</source>
        <translation>Domicile (gauche-droite)</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Vergelijkingen van het inclusieweb</source>
        <translation>Comparaisons de la toile d’inclusion</translation>
    </message>
    <message>
        <source>Versie van</source>
        <translation>Version du</translation>
    </message>
    <message>
        <source>Versies van de buurtkaart</source>
        <translation>Versions de la carte du quartier</translation>
    </message>
    <message>
        <source>Versies van het inclusieweb</source>
        <translation>Versions de la toile d’inclusion</translation>
    </message>
    <message>
        <source>Vertrouwelijk: persoonsgegevens</source>
        <translation>Confidentiel : données personnelles</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>Sur quoi nous avons travaillé</translation>
    </message>
    <message>
        <source>Wanneer uw dossier werd gebruikt</source>
        <translation>Quand votre dossier a été utilisé</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Wat die persoon voor u betekent</source>
        <translation>Ce que cette personne vous apporte</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Ce que cela apporte</translation>
    </message>
    <message>
        <source>Welke vraag het beantwoordt</source>
        <translation>À quel besoin cela répond</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Qui connaît qui</translation>
    </message>
    <message>
        <source>Wie of wat</source>
        <translation>Qui ou quoi</translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>dossierbestand geopend</source>
        <translation>fichier de dossiers ouvert</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>inzage gegeven</source>
        <translation>accès donné</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>namen vervangen door initialen</source>
        <translation>noms remplacés par des initiales</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <source>neutraal</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>ontgrendeld</source>
        <translation>déverrouillé</translation>
    </message>
    <message>
        <source>onveilig</source>
        <translation>dangereux</translation>
    </message>
    <message>
        <source>overgedragen aan een collega</source>
        <translation>transmis à un·e collègue</translation>
    </message>
    <message>
        <source>overgenomen van een collega</source>
        <translation>repris d’un·e collègue</translation>
    </message>
    <message>
        <source>reservekopie gemaakt</source>
        <translation>copie de sauvegarde faite</translation>
    </message>
    <message>
        <source>reservekopie teruggezet</source>
        <translation>copie de sauvegarde restaurée</translation>
    </message>
    <message>
        <source>u gaat er nu naartoe</source>
        <translation>vous y allez maintenant</translation>
    </message>
    <message>
        <source>u ging er vroeger naartoe</source>
        <translation>vous y alliez autrefois</translation>
    </message>
    <message>
        <source>u mijdt deze plek</source>
        <translation>vous évitez cet endroit</translation>
    </message>
    <message>
        <source>u zou er graag naartoe gaan</source>
        <translation>vous aimeriez y aller</translation>
    </message>
    <message>
        <source>veilig</source>
        <translation>sûr</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>wachtwoord gewijzigd</source>
        <translation>phrase secrète modifiée</translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Namen van andere personen vervangen door initialen</source>
        <translation>Remplacer les &amp;noms des autres personnes par leurs initiales</translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een bestaande map.</source>
        <translation>Ce dossier n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Inzage geven</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Klaar: %1 en %2 staan in de map.</source>
        <translation>Terminé : %1 et %2 se trouvent dans le dossier.</translation>
    </message>
    <message>
        <source>Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, voor een vraag om inzage. Geef ze alleen aan de cliënt zelf.</source>
        <translation>Crée un PDF lisible et un fichier JSON avec toutes les données sur cette personne, pour une demande d’accès. Remettez-les uniquement à la personne elle-même.</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Map voor de bestanden</source>
        <translation>Dossier pour les fichiers</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf vol of de map beveiligd?). Er is geen half bestand achtergebleven.</source>
        <translation>Pas exporté : les fichiers n’ont pas pu être écrits (le disque est-il plein ou le dossier protégé ?). Aucun fichier incomplet n’est resté.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Gesprek verwijderen…</source>
        <translation>&amp;Supprimer l’entretien…</translation>
    </message>
    <message>
        <source>&amp;Reflectielijst voor het team…</source>
        <translation>Liste de &amp;réflexion d’équipe…</translation>
    </message>
    <message>
        <source>Anonieme &amp;cijfers exporteren…</source>
        <translation>Exporter les &amp;chiffres anonymes…</translation>
    </message>
    <message>
        <source>Caseload-&amp;overzicht…</source>
        <translation>&amp;Vue d&apos;ensemble des dossiers…</translation>
    </message>
    <message>
        <source>Gesprek verwijderd.</source>
        <translation>Entretien supprimé.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst het gesprek dat weg moet.</source>
        <translation>Choisissez d’abord dans la liste l’entretien à supprimer.</translation>
    </message>
    <message>
        <source>Inclusie&amp;web bewaren</source>
        <translation>Enregistrer la &amp;toile d’inclusion</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie van het inclusieweb</source>
        <translation>Nouvelle &amp;version de la toile d’inclusion</translation>
    </message>
    <message>
        <source>Web &amp;presenteren (volledig scherm)</source>
        <translation>&amp;Présenter la toile (plein écran)</translation>
    </message>
    <message>
        <source>Buu&amp;rtregister en buurtscan…</source>
        <translation>&amp;Registre du quartier et analyse…</translation>
    </message>
    <message>
        <source>Buurtkaart organi&amp;satie…</source>
        <translation>Carte du quartier de l’&amp;organisation…</translation>
    </message>
</context>
<context>
    <name>AggregateExport</name>
    <message>
        <source>Aantal cliënten</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Advies: alleen betaald</source>
        <translation>Avis et conseils : seulement rémunéré</translation>
    </message>
    <message>
        <source>Advies: niemand</source>
        <translation>Avis et conseils : personne</translation>
    </message>
    <message>
        <source>Anonieme cijfers exporteren</source>
        <translation>Exporter les chiffres anonymes</translation>
    </message>
    <message>
        <source>Anonieme telling: geen namen, geen vrije tekst.</source>
        <translation>Comptage anonyme : aucun nom, aucun texte libre.</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Cliënten met een web in deze periode</source>
        <translation>Personnes avec une toile dans cette période</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
        <source>Een aantal van 1 of 2 cliënten wordt niet getoond (“&lt;3”), zodat niemand te herkennen is.</source>
        <translation>Un nombre de 1 ou 2 personnes n&apos;est pas affiché (« &lt;3 »), pour que personne ne soit reconnaissable.</translation>
    </message>
    <message>
        <source>Emotionele steun: alleen betaald</source>
        <translation>Soutien émotionnel : seulement rémunéré</translation>
    </message>
    <message>
        <source>Emotionele steun: niemand</source>
        <translation>Soutien émotionnel : personne</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} versies).</source>
        <translation>Écrit : {csv} et {pdf} ({clients} personnes, {versions} versions).</translation>
    </message>
    <message>
        <source>Gezelschap: alleen betaald</source>
        <translation>Compagnie : seulement rémunérée</translation>
    </message>
    <message>
        <source>Gezelschap: niemand</source>
        <translation>Compagnie : personne</translation>
    </message>
    <message>
        <source>Met slapende banden</source>
        <translation>Avec des liens en sommeil</translation>
    </message>
    <message>
        <source>Netwerk van 0 tot 5 leden</source>
        <translation>Réseau de 0 à 5 membres</translation>
    </message>
    <message>
        <source>Netwerk van 16 tot 29 leden</source>
        <translation>Réseau de 16 à 29 membres</translation>
    </message>
    <message>
        <source>Netwerk van 30 leden of meer</source>
        <translation>Réseau de 30 membres ou plus</translation>
    </message>
    <message>
        <source>Netwerk van 6 tot 15 leden</source>
        <translation>Réseau de 6 à 15 membres</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>Per cliënt een willekeurige code (telkens nieuw) en per versie van het web alleen aantallen. Geen namen, notities, contactgegevens, geboortedatum, buurt of vrije tekst. In de teamcijfers (PDF) wordt een aantal van 1 of 2 cliënten niet getoond.</source>
        <translation>Par personne un code aléatoire (nouveau à chaque fois) et par version de la toile uniquement des nombres. Aucun nom, note, coordonnée, date de naissance, quartier ou texte libre. Dans les chiffres d&apos;équipe (PDF), un nombre de 1 ou 2 personnes n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Periode: {start} tot en met {end}. Per cliënt telt de laatste versie van het web in deze periode.</source>
        <translation>Période : du {start} au {end}. Pour chaque personne, la dernière version de la toile de cette période compte.</translation>
    </message>
    <message>
        <source>Praktische hulp: alleen betaald</source>
        <translation>Aide pratique : seulement rémunérée</translation>
    </message>
    <message>
        <source>Praktische hulp: niemand</source>
        <translation>Aide pratique : personne</translation>
    </message>
    <message>
        <source>Teamcijfers (anoniem)</source>
        <translation>Chiffres de l&apos;équipe (anonymes)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Versies van het web in deze periode</source>
        <translation>Versions de la toile dans cette période</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>anonieme-cijfers.csv</source>
        <translation>chiffres-anonymes.csv</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>&amp;Ajouter un accord</translation>
    </message>
    <message>
        <source>Afspraak &amp;verwijderen</source>
        <translation>&amp;Supprimer l’accord</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>fait</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>#%1 (verwijderd)</source>
        <translation>#%1 (supprimé·e)</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Sauvegarde créée</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderd</source>
        <translation>Client·e supprimé·e définitivement</translation>
    </message>
    <message>
        <source>Dossierbestand geopend</source>
        <translation>Fichier de dossiers ouvert</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Inzage gegeven (PDF en JSON)</source>
        <translation>Accès donné (PDF et JSON)</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Overdracht aan een collega</source>
        <translation>Transmis à un·e collègue</translation>
    </message>
    <message>
        <source>Overdracht van een collega ingelezen</source>
        <translation>Transmission d’un·e collègue importée</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Vermeldingen in het logboek</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, verwijderen, back-ups. Het logboek bewaart geen inhoud.</source>
        <translation>Quand le fichier de dossiers a été utilisé : ouverture, impression, export, suppression, sauvegardes. Le journal ne conserve aucun contenu.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.</source>
        <translation>⚠ Le journal a été modifié ou est incomplet à partir de l’entrée %1.</translation>
    </message>
    <message>
        <source>✓ Het logboek is volledig en ongewijzigd.</source>
        <translation>✓ Le journal est complet et inchangé.</translation>
    </message>
</context>
<context>
    <name>BuurtkaartTab</name>
    <message>
        <source>&amp;Versie:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Buurtgrens</source>
        <translation>Limite du quartier</translation>
    </message>
    <message>
        <source>Buurtkaart beginnen</source>
        <translation>Commencer une carte du quartier</translation>
    </message>
    <message>
        <source>De buurtkaart op een eigen blad (A4 of A3)</source>
        <translation>La carte du quartier sur une page à part (A4 ou A3)</translation>
    </message>
    <message>
        <source>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is niets veranderd.</source>
        <translation>Cette image est endommagée ou incomplète et ne peut pas être lue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel zijn. Verklein ze eerst; er is niets veranderd.</source>
        <translation>Cette image est trop grande{size} : une carte peut compter au plus {max} mégapixels. Réduisez-la d’abord ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen buurtkaart. Begin er een op een ingelezen stratenplan of op een lege kaart.</source>
        <translation>Ce client n’a pas encore de carte du quartier. Commencez-en une sur un plan importé ou sur une carte vierge.</translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.</source>
        <translation>Ce fichier n’est pas une image PNG ou JPEG ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet gelezen worden; er is niets veranderd.</source>
        <translation>Ce fichier ne peut pas être lu ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Een PNG- of JPEG-stratenplan, één keer ingelezen en bruikbaar voor elke cliënt</source>
        <translation>Un plan en PNG ou JPEG, importé une fois et utilisable pour chaque client</translation>
    </message>
    <message>
        <source>Een nieuwe versie van vandaag, als kopie van de laatste</source>
        <translation>Une nouvelle version datée d’aujourd’hui, copie de la dernière</translation>
    </message>
    <message>
        <source>Grens wissen</source>
        <translation>Effacer la limite</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>C&amp;arte :</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Kaart importeren</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <source>Kaart importeren…</source>
        <translation>Importer une carte…</translation>
    </message>
    <message>
        <source>Kaart ingelezen: ze is nu te kiezen voor elke cliënt.</source>
        <translation>Carte importée : elle peut maintenant être choisie pour chaque client.</translation>
    </message>
    <message>
        <source>Kies een cliënt om de buurtkaart te zien.</source>
        <translation>Choisissez un client pour voir sa carte du quartier.</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Kiezen en slepen (pijltjes verschuiven)</source>
        <translation>Sélectionner et glisser (les flèches déplacent)</translation>
    </message>
    <message>
        <source>Klik de hoekpunten van de eigen buurt; klik het eerste punt of druk Enter om te sluiten</source>
        <translation>Cliquez les coins du quartier ; cliquez le premier coin ou appuyez sur Entrée pour le fermer</translation>
    </message>
    <message>
        <source>Klik op de kaart om er een plaats te zetten (of Insert)</source>
        <translation>Cliquez sur la carte pour y placer un lieu (ou Insert)</translation>
    </message>
    <message>
        <source>Klik op de kaart waar de cliënt woont</source>
        <translation>Cliquez sur la carte là où habite le client</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Meldingen bij de buurtkaart</source>
        <translation>Messages de la carte du quartier</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Non enregistré — réessayez (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Plan {n}</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Versie van de buurtkaart</source>
        <translation>Version de la carte du quartier</translation>
    </message>
    <message>
        <source>Volledig scherm, grote letters, zonder notities (F11; Esc: terug)</source>
        <translation>Plein écran, grands caractères, sans notes (F11 ; Échap : retour)</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Modifications…</translation>
    </message>
    <message>
        <source>{w} × {h} beeldpunten</source>
        <translation>{w} × {h} pixels</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <source>(niemand gekozen)</source>
        <translation>(personne de choisi)</translation>
    </message>
    <message>
        <source>Energie:</source>
        <translation>Énergie :</translation>
    </message>
    <message>
        <source>Focustalent</source>
        <translation>Talent clé</translation>
    </message>
    <message>
        <source>Geeft het energie</source>
        <translation>Cela donne-t-il de l’énergie</translation>
    </message>
    <message>
        <source>Genoemd door:</source>
        <translation>Nommé par :</translation>
    </message>
    <message>
        <source>Hoogstens drie focustalenten; ze gaan mee naar het ontwerpen van een rol.</source>
        <translation>Trois talents clés au plus ; ils servent ensuite à concevoir un rôle.</translation>
    </message>
    <message>
        <source>Kies een kaart op een stapel om erbij te noteren wie het noemde, een voorbeeld en of het energie geeft.</source>
        <translation>Choisissez une carte sur une pile pour noter qui l’a nommée, un exemple et si elle donne de l’énergie.</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Nom de la personne qui l’a nommé</translation>
    </message>
    <message>
        <source>Of in eigen woorden:</source>
        <translation>Ou avec vos mots :</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het korter is.</source>
        <translation>Trop long : %1 caractères au plus (actuellement %2). Cette carte ne sera enregistrée qu’une fois plus courte.</translation>
    </message>
    <message>
        <source>Voorbeeld in de woorden van de cliënt</source>
        <translation>Exemple avec les mots de la personne</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>Wanneer liet je dit zien? In je eigen woorden.</source>
        <translation>Quand l’avez-vous montré ? Avec vos propres mots.</translation>
    </message>
    <message>
        <source>Wie noemde dit talent</source>
        <translation>Qui a nommé ce talent</translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation>Qui dans le réseau</translation>
    </message>
    <message>
        <source>Wie uit het netwerk:</source>
        <translation>Qui dans le réseau :</translation>
    </message>
    <message>
        <source>bv. mijn buurvrouw</source>
        <translation>p. ex. ma voisine</translation>
    </message>
    <message>
        <source>ja, geeft energie</source>
        <translation>oui, cela donne de l’énergie</translation>
    </message>
    <message>
        <source>nee, kost energie</source>
        <translation>non, cela coûte de l’énergie</translation>
    </message>
    <message>
        <source>nog niet besproken</source>
        <translation>pas encore abordé</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>&amp;Focustalent aan of uit</source>
        <translation>Talent &amp;clé oui ou non</translation>
    </message>
    <message>
        <source>Terug naar de stapel</source>
        <translation>Retour au paquet</translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation>Déplacer vers</translation>
    </message>
</context>
<context>
    <name>CardSettingsPage</name>
    <message>
        <source>Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. Doorgaan?</source>
        <translation>Personne n’a encore trié cette carte : elle sera supprimée. Continuer ?</translation>
    </message>
    <message>
        <source>Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, maar blijft in die sorteringen staan. Doorgaan?</source>
        <translation>Cette carte figure dans le tri de %1 personne(s). Elle quitte le paquet mais reste dans ces tris. Continuer ?</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Ajouter la carte</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Kaart verwijderen…</source>
        <translation>Supprimer la carte…</translation>
    </message>
    <message>
        <source>Kaarten die jullie organisatie aan de stapel toevoegt, voor elke cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar blijft in die sorteringen staan.</source>
        <translation>Les cartes que votre organisation ajoute au paquet, pour chaque personne. Une carte déjà triée quitte le paquet mais reste dans ces tris.</translation>
    </message>
    <message>
        <source>Kaarten van de organisatie</source>
        <translation>Cartes de l’organisation</translation>
    </message>
    <message>
        <source>Talentkaarten</source>
        <translation>Cartes talent</translation>
    </message>
    <message>
        <source>Weer in gebruik nemen</source>
        <translation>Remettre en usage</translation>
    </message>
    <message>
        <source>nieuw, wordt bewaard met OK</source>
        <translation>nouvelle, enregistrée avec OK</translation>
    </message>
    <message>
        <source>uit gebruik</source>
        <translation>hors d’usage</translation>
    </message>
    <message>
        <source>weer in gebruik met OK</source>
        <translation>remise en usage avec OK</translation>
    </message>
    <message>
        <source>wordt verwijderd of uit gebruik genomen met OK</source>
        <translation>supprimée ou mise hors d’usage avec OK</translation>
    </message>
</context>
<context>
    <name>CarriedAgreements</name>
    <message>
        <source>Afspraak gedaan: %1</source>
        <translation>Accord réalisé : %1</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Non enregistré : le fichier n’a pas pu être écrit. Réessayez.</translation>
    </message>
    <message>
        <source>Nog open van het gesprek van %1</source>
        <translation>Encore ouvert depuis l’entretien du %1</translation>
    </message>
    <message>
        <source>Vink aan wat intussen gedaan is; het wordt meteen bewaard bij dat gesprek.</source>
        <translation>Cochez ce qui a été fait entre-temps ; c’est enregistré tout de suite avec cet entretien.</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>pour le %1</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>3 tot 6 maanden</source>
        <translation>3 à 6 mois</translation>
    </message>
    <message>
        <source>6 tot 12 maanden</source>
        <translation>6 à 12 mois</translation>
    </message>
    <message>
        <source>Aantal (klik op een balk voor de cliënten)</source>
        <translation>Nombre (cliquez sur une barre pour voir les personnes)</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Actief (rol)</source>
        <translation>Actif (rôle)</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Afspraken over datum</source>
        <translation>Accords en retard</translation>
    </message>
    <message>
        <source>Balk kiezen</source>
        <translation>Choisir une barre</translation>
    </message>
    <message>
        <source>Caseload-overzicht</source>
        <translation>Vue d&apos;ensemble des dossiers</translation>
    </message>
    <message>
        <source>Cliënten per status</source>
        <translation>Personnes par statut</translation>
    </message>
    <message>
        <source>Cliënten van de gekozen balk</source>
        <translation>Personnes de la barre choisie</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Geen onbetaalde emotionele steun</source>
        <translation>Pas de soutien émotionnel non rémunéré</translation>
    </message>
    <message>
        <source>Gesprekken per maand</source>
        <translation>Entretiens par mois</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Kies een balk…</source>
        <translation>Choisissez une barre…</translation>
    </message>
    <message>
        <source>Klik op een balk om de cliënten te zien.</source>
        <translation>Cliquez sur une barre pour voir les personnes.</translation>
    </message>
    <message>
        <source>Meer dan een jaar</source>
        <translation>Plus d&apos;un an</translation>
    </message>
    <message>
        <source>Minder dan 3 maanden</source>
        <translation>Moins de 3 mois</translation>
    </message>
    <message>
        <source>Nog nooit</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Rolplannen per status (actieve cliënten)</source>
        <translation>Plans de rôle par statut (personnes actives)</translation>
    </message>
    <message>
        <source>Slapende banden gemarkeerd om te heractiveren</source>
        <translation>Liens en sommeil marqués à réactiver</translation>
    </message>
    <message>
        <source>Stappen van rolplannen over datum</source>
        <translation>Étapes de plans de rôle en retard</translation>
    </message>
    <message>
        <source>Tijd sinds de laatste versie van het web</source>
        <translation>Temps depuis la dernière version de la toile</translation>
    </message>
    <message>
        <source>Tijd sinds het laatste gesprek</source>
        <translation>Temps depuis le dernier entretien</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <source>Vraagt aandacht (actieve cliënten)</source>
        <translation>Demande de l&apos;attention (personnes actives)</translation>
    </message>
    <message>
        <source>{chart}: {bar} — {n} cliënten</source>
        <translation>{chart} : {bar} — {n} personnes</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dit is niet de huidige wachtwoordzin.</source>
        <translation>Ce n’est pas la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Niet gewijzigd: het nieuwe bestand kon niet geschreven worden. De oude wachtwoordzin blijft geldig en er ging niets verloren.</source>
        <translation>Pas modifiée : le nouveau fichier n’a pas pu être écrit. L’ancienne phrase secrète reste valable et rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> (gearceerd)</source>
        <translation> (hachurée)</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Aantal leden</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp geeft: {list}.</source>
        <translation>Seule l&apos;aide rémunérée apporte : {list}.</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Aide rémunérée</translation>
    </message>
    <message>
        <source>Blauw en effen: niet betaald; oranje en gearceerd: betaalde hulp.</source>
        <translation>Bleu et plein : non rémunéré ; orange et hachuré : aide rémunérée.</translation>
    </message>
    <message>
        <source>De grafiek kon niet bewaard worden: {reason}</source>
        <translation>Le graphique n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb: de grafieken verschijnen zodra er een web is. Begin het op het tabblad Inclusieweb (Alt+C).</source>
        <translation>Cette personne n’a pas encore de toile d’inclusion : les graphiques apparaissent dès qu’il y en a une. Commencez-la dans l’onglet Toile d’inclusion (Alt+T).</translation>
    </message>
    <message>
        <source>Dit netwerk</source>
        <translation>Ce réseau</translation>
    </message>
    <message>
        <source>Geen score, enkel ter vergelijking</source>
        <translation>Pas un score, seulement pour comparer</translation>
    </message>
    <message>
        <source>Grafiek exporteren</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Grafieken van de cliënt</source>
        <translation>Les graphiques de la personne</translation>
    </message>
    <message>
        <source>Groepen en organisaties</source>
        <translation>Groupes et organisations</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Het netwerk telt nu {n} leden. Ter vergelijking, zonder oordeel: mensen in een kwetsbare situatie hebben gemiddeld ongeveer {low} netwerkleden, mensen met een rijk netwerk ongeveer {high}.</source>
        <translation>Le réseau compte maintenant {n} membres. Pour comparer, sans jugement : les personnes en situation de vulnérabilité ont en moyenne environ {low} membres, les personnes au réseau riche environ {high}.</translation>
    </message>
    <message>
        <source>Hoe dichtbij, wie, betaald?</source>
        <translation>Proximité, qui, rémunéré ?</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt:</source>
        <translation>Dans les mots de la personne :</translation>
    </message>
    <message>
        <source>Kies een cliënt om de grafieken te zien.</source>
        <translation>Choisissez une personne pour voir les graphiques.</translation>
    </message>
    <message>
        <source>Kwetsbare situatie</source>
        <translation>Situation de vulnérabilité</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Membres par domaine de vie</translation>
    </message>
    <message>
        <source>Levensdomeinen gebruikt</source>
        <translation>Domaines de vie utilisés</translation>
    </message>
    <message>
        <source>Netwerkgrootte ter vergelijking</source>
        <translation>Taille du réseau pour comparer</translation>
    </message>
    <message>
        <source>Niemand geeft: {list}.</source>
        <translation>Personne n&apos;apporte : {list}.</translation>
    </message>
    <message>
        <source>Niet aangeduid</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Niet betaald</source>
        <translation>Non rémunéré</translation>
    </message>
    <message>
        <source>Per versie van het web: de grootte, de NDTi-scores voor personen en plaatsen, en de gebruikte levensdomeinen.</source>
        <translation>Par version de la toile : la taille, les scores NDTi personnes et lieux, et les domaines de vie utilisés.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Personen (NDTi)</source>
        <translation>Personnes (NDTi)</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Plaatsen (NDTi)</source>
        <translation>Lieux (NDTi)</translation>
    </message>
    <message>
        <source>Rijk netwerk</source>
        <translation>Réseau riche</translation>
    </message>
    <message>
        <source>Ring: {ring}</source>
        <translation>Cercle : {ring}</translation>
    </message>
    <message>
        <source>Samenstelling van het netwerk</source>
        <translation>Composition du réseau</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Verandering door de tijd</source>
        <translation>Évolution dans le temps</translation>
    </message>
    <message>
        <source>Versie van het web (datum)</source>
        <translation>Version de la toile (date)</translation>
    </message>
    <message>
        <source>Wat de cliënt over de veranderingen zegt</source>
        <translation>Ce que la personne dit des changements</translation>
    </message>
    <message>
        <source>Wie geeft welke steun?</source>
        <translation>Qui apporte quel soutien ?</translation>
    </message>
    <message>
        <source>gemiddeld ± {n}</source>
        <translation>en moyenne ± {n}</translation>
    </message>
    <message>
        <source>grafiek</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>{title}: afbeelding (PNG)…</source>
        <translation>{title} : image (PNG)…</translation>
    </message>
    <message>
        <source>{title}: tekening (SVG)…</source>
        <translation>{title} : dessin (SVG)…</translation>
    </message>
    <message>
        <source>{unpaid} niet betaald, {paid} betaald</source>
        <translation>{unpaid} non rémunéré(s), {paid} rémunéré(s)</translation>
    </message>
    <message>
        <source>± {n}</source>
        <translation>± {n}</translation>
    </message>
    <message>
        <source>⚠ Alleen betaalde hulp</source>
        <translation>⚠ Seulement de l&apos;aide rémunérée</translation>
    </message>
    <message>
        <source>⚠ Niemand</source>
        <translation>⚠ Personne</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Naam of pseudoniem *</source>
        <translation>Nom ou &amp;pseudonyme *</translation>
    </message>
    <message>
        <source>&amp;Soort persoon</source>
        <translation>&amp;Type de personne</translation>
    </message>
    <message>
        <source>&amp;Talen</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Buurt / &amp;gemeente</source>
        <translation>&amp;Quartier / commune</translation>
    </message>
    <message>
        <source>Buurt of gemeente</source>
        <translation>Quartier ou commune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>Courr&amp;iel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Geboorte&amp;jaar</source>
        <translation>Année de &amp;naissance</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Naam of pseudoniem (verplicht)</source>
        <translation>Nom ou pseudonyme (obligatoire)</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Soort persoon</source>
        <translation>Type de personne</translation>
    </message>
    <message>
        <source>Startdatu&amp;m</source>
        <translation>Date de dé&amp;but</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status van het dossier</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Vrije n&amp;otities (kort houden: alleen wat nodig is)</source>
        <translation>N&amp;otes libres (restez bref : seulement le nécessaire)</translation>
    </message>
    <message>
        <source>Vrije notities</source>
        <translation>Notes libres</translation>
    </message>
    <message>
        <source>bv. 1958</source>
        <translation>p. ex. 1958</translation>
    </message>
    <message>
        <source>bv. Nederlands, Arabisch</source>
        <translation>p. ex. néerlandais, arabe</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>nom@exemple.be</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>%1 getoond</source>
        <translation>%1 affiché·e·s</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Cliënten zoeken</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Geen cliënt gevonden voor deze zoekterm. Wis de zoekterm, of kies bij Status &quot;Alle&quot;.</source>
        <translation>Aucune personne trouvée pour cette recherche. Effacez la recherche, ou choisissez « Tous » sous Statut.</translation>
    </message>
    <message>
        <source>Geen cliënten met deze status. Kies bij Status &quot;Alle&quot; of &quot;Actief&quot;.</source>
        <translation>Aucune personne avec ce statut. Choisissez « Tous » ou « Actif » sous Statut.</translation>
    </message>
    <message>
        <source>Lijst van cliënten</source>
        <translation>Liste des personnes accompagnées</translation>
    </message>
    <message>
        <source>Meer dan %1 gevonden</source>
        <translation>Plus de %1 trouvés</translation>
    </message>
    <message>
        <source>Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N.</source>
        <translation>Pas encore de personnes. Créez la première avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Toon cliënten met status</source>
        <translation>Afficher les personnes avec le statut</translation>
    </message>
    <message>
        <source>Zoek op naam, buurt of notities (Ctrl+F)</source>
        <translation>Rechercher par nom, quartier ou notes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>rolplan: stappen over datum (%1)</source>
        <translation>plan de rôle : étapes en retard (%1)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>RDV</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Prochain rendez-vous</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Bewaard</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Cijfers van beide versies</source>
        <translation>Chiffres des deux versions</translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Eerder:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Eerdere versie van het web</source>
        <translation>Version antérieure de la toile</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>Dans les mots de la personne</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Latere versie van het web</source>
        <translation>Version ultérieure de la toile</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>Wat betekent deze verandering voor de cliënt? Schrijf het in de eigen woorden van de cliënt.</source>
        <translation>Que signifie ce changement pour la personne ? Écrivez-le avec ses propres mots.</translation>
    </message>
    <message>
        <source>Wat de cliënt over de verandering zegt</source>
        <translation>Ce que la personne dit du changement</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Datum waarop de toestemming gegeven is</source>
        <translation>Date à laquelle le consentement a été donné</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Doel van de nieuwe toestemming</source>
        <translation>Objet du nouveau consentement</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Geselecteerde toestemming intrekken</source>
        <translation>Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Nieuwe toestemming, doel:</source>
        <translation>Nouveau consentement, objet :</translation>
    </message>
    <message>
        <source>Toestemming toe&amp;voegen</source>
        <translation>Ajouter un &amp;consentement</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>bv. gegevens bewaren, samenvatting delen</source>
        <translation>p. ex. conserver les données, partager le résumé</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>gegeven op:</source>
        <translation>donné le :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DomainSetPage</name>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores</source>
        <translation>Les intervenants et services rémunérés comptent dans les scores NDTi</translation>
    </message>
    <message>
        <source>Eigen domeinen van de organisatie</source>
        <translation>Domaines propres à l’organisation</translation>
    </message>
    <message>
        <source>Eigen levensdomeinen</source>
        <translation>Domaines de vie propres</translation>
    </message>
    <message>
        <source>Eén domein per regel: Nederlands | Français | English
bv. Familie | Famille | Family</source>
        <translation>Un domaine par ligne : Nederlands | Français | English
p. ex. Familie | Famille | Family</translation>
    </message>
    <message>
        <source>Geef tussen 2 en 16 levensdomeinen, één per regel.</source>
        <translation>Indiquez entre 2 et 16 domaines de vie, un par ligne.</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke versie en staat op elke afdruk.</source>
        <translation>NDTi laisse chaque organisation choisir si l’aide rémunérée compte. Le choix vaut pour chaque version et figure sur chaque impression.</translation>
    </message>
    <message>
        <source>Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt.</source>
        <translation>Les nouvelles toiles d’inclusion reçoivent ces domaines de vie. Une toile existante garde les domaines avec lesquels elle a été faite, pour que les comparaisons restent justes.</translation>
    </message>
    <message>
        <source>Regel %1: &apos;%2&apos; staat er al.</source>
        <translation>Ligne %1 : « %2 » figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Regel %1: de Nederlandse naam ontbreekt.</source>
        <translation>Ligne %1 : le nom néerlandais manque.</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>%1 is een map, geen dossierbestand.</source>
        <translation>%1 est un dossier, pas un fichier de dossiers.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Back-up teruggezet. Het vorige bestand is bewaard als %1.</source>
        <translation>Sauvegarde restaurée. Le fichier précédent est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden, en er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.</source>
        <translation>La vérification du fichier de dossiers a trouvé un dommage, et il n’y a pas encore de sauvegarde. Faites une copie du fichier et demandez de l’aide.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt niets overschreven.</source>
        <translation>La vérification du fichier de dossiers a trouvé un dommage. Restaurez une sauvegarde : le fichier endommagé est mis de côté, rien n’est écrasé.</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé est mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>De back-up kon niet teruggezet worden. Er is niets overschreven.</source>
        <translation>La sauvegarde n’a pas pu être restaurée. Rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin.</source>
        <translation>Ces copies du dossier mises de côté n&apos;ont pas pu être chiffrées à nouveau (elles sont endommagées). Elles s&apos;ouvrent encore avec l&apos;ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing bij om het te openen.</source>
        <translation>Ce fichier a été créé avec une version plus récente de Resokit Desktop. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet geopend worden als Resokit-dossier.</source>
        <translation>Ce fichier ne peut pas être ouvert comme dossier Resokit.</translation>
    </message>
    <message>
        <source>Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee programma&apos;s tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan opnieuw.</source>
        <translation>Ce fichier de dossier a %1 noms (liens physiques). Par un autre nom, deux programmes peuvent écrire en même temps, et du travail enregistré se perd. Supprimez l&apos;autre nom (ou faites une copie ordinaire au lieu d&apos;un lien), puis rouvrez le fichier.</translation>
    </message>
    <message>
        <source>Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen overschrijven.</source>
        <translation>Ce fichier de dossiers est déjà ouvert dans Resokit Desktop, depuis %1 (processus %2 sur %3). Continuez à travailler là-bas, ou fermez-le d’abord. Deux fenêtres sur le même fichier pourraient écraser le travail l’une de l’autre.</translation>
    </message>
    <message>
        <source>Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?</source>
        <translation>Une partie de votre saisie n&apos;est pas encore enregistrée. Déverrouillez d&apos;abord : elle réapparaîtra dans le formulaire et vous pourrez l&apos;enregistrer. Quitter quand même et perdre cette saisie ?</translation>
    </message>
    <message>
        <source>Eerst de invoer verbeteren of verwerpen, dan vergrendelen.</source>
        <translation>Corrigez ou abandonnez d’abord la saisie, puis verrouillez.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand blijft onaangeroerd staan; neem een kopie en vraag hulp.</source>
        <translation>Le fichier de dossiers est endommagé et il n’y a pas de sauvegarde utilisable. Le fichier reste intact ; faites-en une copie et demandez de l’aide.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen.</source>
        <translation>Le fichier de dossiers est endommagé. Saisissez votre phrase secrète pour choisir une sauvegarde.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.</source>
        <translation>Le fichier de dossiers ne peut pas être ouvert : le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de schijf is vol. Maak ruimte vrij en start Resokit Desktop opnieuw.</source>
        <translation>Le fichier de dossiers ne peut pas être ouvert : le disque est plein. Libérez de l&apos;espace et redémarrez Resokit Desktop.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop opnieuw om een back-up terug te zetten.</source>
        <translation>Le fichier de dossiers ne peut plus être ouvert. Redémarrez Resokit Desktop pour restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Let op: de automatische back-up is niet gelukt (schijf vol?). Het dossierbestand zelf is niet veranderd.</source>
        <translation>Attention : la sauvegarde automatique a échoué (disque plein ?). Le fichier de dossiers lui-même n’a pas changé.</translation>
    </message>
    <message>
        <source>Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je ontgrendeld hebt.</source>
        <translation>Attention : une partie de votre saisie n&apos;est pas encore enregistrée (%1). Elle reste en mémoire et réapparaîtra dans le formulaire dès que vous déverrouillez. Ne quittez pas avant d&apos;avoir déverrouillé.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Resokit Desktop</source>
        <translation>Resokit Desktop</translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <source>een veld moet nog verbeterd worden</source>
        <translation>un champ doit encore être corrigé</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden; is de schijf vol?</source>
        <translation>le fichier n&apos;a pas pu être écrit ; le disque est-il plein ?</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Over&amp;zicht</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>In&amp;clusieweb</source>
        <translation>&amp;Toile d’inclusion</translation>
    </message>
    <message>
        <source>Ges&amp;prekken</source>
        <extracomment>A role-plan step was ticked here: the client list&apos;s overdue marker may change.</extracomment>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>&amp;Rollen</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>Buurt&amp;kaart</source>
        <translation>Carte du &amp;quartier</translation>
    </message>
    <message>
        <source>Talent&amp;enkaart</source>
        <translation>Carte des &amp;talents</translation>
    </message>
    <message>
        <source>Gra&amp;fieken</source>
        <translation>&amp;Graphiques</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Items van het buurtregister</source>
        <translation>Éléments du registre du quartier</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister</source>
        <translation>Choisir dans le registre du quartier</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Niets gevonden in het buurtregister. Pas de zoekterm aan, of voeg de plaats toe aan het register.</source>
        <translation>Rien trouvé dans le registre du quartier. Modifiez la recherche, ou ajoutez le lieu au registre.</translation>
    </message>
    <message>
        <source>Zoek op naam, adres, buurt, aanbod …</source>
        <translation>Rechercher par nom, adresse, quartier, offre …</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Rechercher dans le registre du quartier</translation>
    </message>
</context>
<context>
    <name>EraseNotice</name>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Copies mises de côté</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de wachtwoordzin van toen.</source>
        <translation>Lors de la restauration d&apos;une sauvegarde, des copies du fichier de dossier ont été mises de côté. Elles contiennent peut-être encore le client supprimé, lisible avec la phrase secrète d&apos;alors.</translation>
    </message>
    <message>
        <source>Kopieën verwijderen</source>
        <translation>Supprimer les copies</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het dossierbestand.</source>
        <translation>Toutes les copies n&apos;ont pas pu être supprimées. Supprimez-les vous-même du dossier du fichier.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Opschonen niet afgerond</source>
        <translation>Nettoyage pas terminé</translation>
    </message>
    <message>
        <source>Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt worden.</source>
        <translation>Supprimez-les, sauf si vous en avez encore besoin. La suppression est définitive.</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>vóór het terugzetten</source>
        <translation>avant la restauration</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Afspraak %1: de datum &apos;tegen wanneer&apos; bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Accord %1 : la date « pour quand » n’existe pas. Tapez jour/mois/année.</translation>
    </message>
    <message>
        <source>Afspraak %1: deze invoer klopt niet.</source>
        <translation>Accord %1 : cette saisie n’est pas correcte.</translation>
    </message>
    <message>
        <source>Afspraak %1: vul in wat er afgesproken is.</source>
        <translation>Accord %1 : indiquez ce qui a été convenu.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Cette date n’existe pas. Tapez jour/mois/année, par exemple 14/03/2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Cette saisie n’est pas correcte.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be</source>
        <translation>Cette adresse e-mail n’est pas correcte. Exemple : nom@exemple.be</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens 200 tekens).</source>
        <translation>C’est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.</source>
        <translation>Cette heure n’est pas correcte. Tapez hh:mm, par exemple 14:30.</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet later zijn dan %1.</source>
        <translation>L’année de naissance ne peut pas être après %1.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet vóór %1 liggen.</source>
        <translation>L’année de naissance ne peut pas être avant %1.</translation>
    </message>
    <message>
        <source>Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Consentement %1 : cette date n’existe pas. Tapez jour/mois/année.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul de datum in waarop ze gegeven is.</source>
        <translation>Consentement %1 : indiquez la date à laquelle il a été donné.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul het doel in.</source>
        <translation>Consentement %1 : indiquez l’objet.</translation>
    </message>
    <message>
        <source>Typ het geboortejaar in cijfers, bijvoorbeeld 1958.</source>
        <translation>Tapez l’année de naissance en chiffres, par exemple 1958.</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de toestemming gegeven is.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>Vul de datum van het gesprek in.</source>
        <translation>Indiquez la date de l’entretien.</translation>
    </message>
    <message>
        <source>Vul een naam of pseudoniem in.</source>
        <translation>Indiquez un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <source>Vul het doel van de toestemming in.</source>
        <translation>Indiquez l’objet du consentement.</translation>
    </message>
    <message>
        <source>Vul ook de datum van de volgende afspraak in.</source>
        <translation>Indiquez aussi la date du prochain rendez-vous.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%-punt</source>
        <translation>point(s) de %</translation>
    </message>
    <message>
        <source>1 persoon</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>1 plaats of groep</source>
        <translation>1 lieu ou groupe</translation>
    </message>
    <message>
        <source>Aandeel betaalde hulp</source>
        <translation>Part de l’aide rémunérée</translation>
    </message>
    <message>
        <source>Andere groepen (overbruggen)</source>
        <translation>Autres groupes (passerelle)</translation>
    </message>
    <message>
        <source>Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.</source>
        <translation>Liens rompus ; ils ne comptent pas dans les autres chiffres.</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Les intervenants et services rémunérés comptent dans les scores NDTi (choix de cette organisation).</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Les intervenants et services rémunérés ne comptent pas dans les scores NDTi (choix de cette organisation).</translation>
    </message>
    <message>
        <source>Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, diensten).</source>
        <translation>Part des membres du réseau payés pour être là (intervenants, services).</translation>
    </message>
    <message>
        <source>Dit web gebruikt niet de levensdomeinen van NDTi maar &apos;{set}&apos;: de spreiding is niet te vergelijken met andere NDTi-webs.</source>
        <translation>Cette toile n’utilise pas les domaines de vie de NDTi mais « {set} » : sa répartition ne se compare pas à d’autres toiles NDTi.</translation>
    </message>
    <message>
        <source>Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te zijn.</source>
        <translation>Chiffre propre à Resokit, pas un score NDTi : les personnes qui ne sont pas payées pour être là.</translation>
    </message>
    <message>
        <source>Eigen kring (binden)</source>
        <translation>Propre cercle (attache)</translation>
    </message>
    <message>
        <source>Eigen kring · andere groepen · meer macht</source>
        <translation>Propre cercle · autres groupes · plus de pouvoir</translation>
    </message>
    <message>
        <source>Gewenste banden</source>
        <translation>Liens souhaités</translation>
    </message>
    <message>
        <source>Grootte van het netwerk</source>
        <translation>Taille du réseau</translation>
    </message>
    <message>
        <source>Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf telt niet mee.</source>
        <translation>Combien de paires de membres se connaissent, sur toutes les paires possibles ; la personne elle-même ne compte pas.</translation>
    </message>
    <message>
        <source>In de cirkel dichtbij</source>
        <translation>Dans le cercle proche</translation>
    </message>
    <message>
        <source>In de cirkel verder weg</source>
        <translation>Dans le cercle éloigné</translation>
    </message>
    <message>
        <source>In de middelste cirkel</source>
        <translation>Dans le cercle du milieu</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden (met meer macht, bv. de gemeente).</source>
        <translation>Membres marqués attache (propre cercle), passerelle (autres groupes) ou liaison (plus de pouvoir, p. ex. la commune).</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden: uit de eigen kring.</source>
        <translation>Membres marqués attache : du propre cercle.</translation>
    </message>
    <message>
        <source>Leden aangeduid als overbruggen: uit een andere groep.</source>
        <translation>Membres marqués passerelle : d’un autre groupe.</translation>
    </message>
    <message>
        <source>Leden aangeduid als verbinden: met meer macht of invloed.</source>
        <translation>Membres marqués liaison : avec plus de pouvoir ou d’influence.</translation>
    </message>
    <message>
        <source>Leden van het netwerk die het dichtst bij de cliënt staan.</source>
        <translation>Membres du réseau les plus proches de la personne.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de buitenste cirkel.</source>
        <translation>Membres du réseau dans le cercle extérieur.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de middelste cirkel.</source>
        <translation>Membres du réseau dans le cercle du milieu.</translation>
    </message>
    <message>
        <source>Leden van het netwerk per afstand tot de cliënt.</source>
        <translation>Membres du réseau selon leur distance à la personne.</translation>
    </message>
    <message>
        <source>Leden zonder wie het netwerk uiteenvalt</source>
        <translation>Membres sans qui le réseau se divise</translation>
    </message>
    <message>
        <source>Meer macht (verbinden)</source>
        <translation>Plus de pouvoir (liaison)</translation>
    </message>
    <message>
        <source>Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken banden tellen niet mee.</source>
        <translation>Personnes, lieux et groupes avec un lien actif ou en sommeil ; les liens souhaités et rompus ne comptent pas.</translation>
    </message>
    <message>
        <source>NDTi-score mensen</source>
        <translation>Score NDTi personnes</translation>
    </message>
    <message>
        <source>NDTi-score plaatsen</source>
        <translation>Score NDTi lieux</translation>
    </message>
    <message>
        <source>NDTi-spreiding over levensdomeinen</source>
        <translation>Répartition NDTi sur les domaines de vie</translation>
    </message>
    <message>
        <source>Onbetaalde mensen met een actieve band</source>
        <translation>Personnes non rémunérées avec un lien actif</translation>
    </message>
    <message>
        <source>Per cirkel: dichtbij · midden · verder</source>
        <translation>Par cercle : proche · milieu · éloigné</translation>
    </message>
    <message>
        <source>Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer kennen; de cliënt telt niet mee.</source>
        <translation>Personnes, lieux ou groupes sans qui des parties du réseau ne se connaîtraient plus ; la personne ne compte pas.</translation>
    </message>
    <message>
        <source>Slapende banden</source>
        <translation>Liens en sommeil</translation>
    </message>
    <message>
        <source>Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.</source>
        <translation>Formes de soutien que seule l’aide rémunérée donne, ni famille, ni amis, ni voisins.</translation>
    </message>
    <message>
        <source>Soorten steun die niemand of alleen betaalde hulp geeft.</source>
        <translation>Formes de soutien que personne ou seule l’aide rémunérée donne.</translation>
    </message>
    <message>
        <source>Soorten steun waarvoor niemand met een actieve band is aangeduid.</source>
        <translation>Formes de soutien pour lesquelles personne avec un lien actif n’est indiqué.</translation>
    </message>
    <message>
        <source>Soorten steun zonder onbetaalde gever</source>
        <translation>Formes de soutien sans personne non rémunérée</translation>
    </message>
    <message>
        <source>Steun die alleen betaalde hulp geeft</source>
        <translation>Soutien que seule l’aide rémunérée donne</translation>
    </message>
    <message>
        <source>Steun die niemand geeft</source>
        <translation>Soutien que personne ne donne</translation>
    </message>
    <message>
        <source>Verbroken banden</source>
        <translation>Liens rompus</translation>
    </message>
    <message>
        <source>Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.</source>
        <translation>Contacts autrefois proches qui se sont estompés : des occasions de les reprendre.</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Qui connaît qui</translation>
    </message>
    <message>
        <source>Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.</source>
        <translation>Qui ou quoi la personne aimerait avoir ; ne compte pas dans les autres chiffres.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.</source>
        <translation>Comme NDTi compte : toutes les personnes dans le cercle des personnes, donc avec un lien actif.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een actieve band.</source>
        <translation>Comme NDTi compte : tous les lieux et groupes dans le cercle des lieux, donc avec un lien actif.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt in de NDTi-scores.</source>
        <translation>Comme NDTi compte : domaines de vie avec au moins une personne, un lieu ou un groupe compté dans les scores NDTi.</translation>
    </message>
    <message>
        <source>betaald</source>
        <translation>rémunéré</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>gewenst</source>
        <translation>souhaité</translation>
    </message>
    <message>
        <source>minder dan twee leden</source>
        <translation>moins de deux membres</translation>
    </message>
    <message>
        <source>niet aangeduid: {n}</source>
        <translation>non marqués : {n}</translation>
    </message>
    <message>
        <source>niet meegeteld: {list}</source>
        <translation>non comptés : {list}</translation>
    </message>
    <message>
        <source>nog niemand aangeduid</source>
        <translation>personne n’est encore marqué</translation>
    </message>
    <message>
        <source>slapend</source>
        <translation>en sommeil</translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <source>zonder lid dat meetelt: {domains}</source>
        <translation>sans membre compté : {domains}</translation>
    </message>
    <message>
        <source>{n} personen</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>{n} plaatsen of groepen</source>
        <translation>{n} lieux ou groupes</translation>
    </message>
    <message>
        <source>{n} van {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>{n} van {total} paren</source>
        <translation>{n} paires sur {total}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Het nieuwe dossierbestand is gemaakt, maar niet alles kon erin bewaard worden (is de schijf vol?). Vul de namen later in bij Instellingen; de voorbeelddossiers kunnen onvolledig zijn.</source>
        <translation>Le nouveau fichier de dossiers est créé, mais tout n’a pas pu y être enregistré (le disque est-il plein ?). Remplissez les noms plus tard dans les Paramètres ; les dossiers d’exemple peuvent être incomplets.</translation>
    </message>
</context>
<context>
    <name>HelpPrint</name>
    <message>
        <source>Taal:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Reflectielijst openen…</source>
        <translation>Ouvrir la &amp;liste de réflexion…</translation>
    </message>
    <message>
        <source>&amp;Spiekbrief afdrukken…</source>
        <translation>Imprimer l’&amp;aide-mémoire…</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de help</source>
        <translation>&amp;Rechercher dans l’aide</translation>
    </message>
    <message>
        <source>Geen pagina bevat al deze woorden.</source>
        <translation>Aucune page ne contient tous ces mots.</translation>
    </message>
    <message>
        <source>Gespreksleidraden</source>
        <translation>Guides d’entretien</translation>
    </message>
    <message>
        <source>Help – Resokit Desktop</source>
        <translation>Aide – Resokit Desktop</translation>
    </message>
    <message>
        <source>Inhoud van de helppagina</source>
        <translation>Contenu de la page d’aide</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Pagina&apos;s van de help</source>
        <translation>Pages de l’aide</translation>
    </message>
    <message>
        <source>Schermen</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Zoeken in de help</source>
        <translation>Rechercher dans l’aide</translation>
    </message>
    <message>
        <source>een woord, bv. buurt</source>
        <translation>un mot, p. ex. quartier</translation>
    </message>
    <message>
        <source>spiekbrief</source>
        <translation>aide-memoire</translation>
    </message>
</context>
<context>
    <name>InclusionWeb</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Dichterbij</source>
        <translation>Plus proche</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>G</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Ik</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Slapende band: om te reactiveren</source>
        <translation>Lien en sommeil : à réactiver</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Plus éloigné</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Parti</translation>
    </message>
</context>
<context>
    <name>InclusionWebTab</name>
    <message>
        <source>Afbeelding (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Begin een nieuwe versie als kopie van de laatste, om samen te herbekijken</source>
        <translation>Commencer une nouvelle version, copie de la dernière, pour la revoir ensemble</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en begin samen.</source>
        <translation>Cette personne n’a pas encore de toile d’inclusion. Choisissez les domaines de vie et commencez ensemble.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Inclusieweb beginnen</source>
        <translation>Commencer la toile d’inclusion</translation>
    </message>
    <message>
        <source>Kies een cliënt om het inclusieweb te zien.</source>
        <translation>Choisissez une personne pour voir sa toile d’inclusion.</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Netwerkbestand (GraphML)…</source>
        <translation>Fichier de réseau (GraphML)…</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Pas enregistré — réessayez (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Nieuwe versie gemaakt</source>
        <translation>Nouvelle version créée</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Sleep van de ene naar de andere om te tonen dat ze elkaar kennen (of houd Shift ingedrukt)</source>
        <translation>Glissez de l’un·e vers l’autre pour montrer qu’ils se connaissent (ou maintenez Maj enfoncée)</translation>
    </message>
    <message>
        <source>Tekening (SVG)…</source>
        <translation>Dessin (SVG)…</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Versie van het web</source>
        <translation>Version de la toile</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Modifications…</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Kenmerken van het netwerk</source>
        <translation>Caractéristiques du réseau</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Membres par domaine de vie</translation>
    </message>
    <message>
        <source>Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld zo&apos;n {v} netwerkleden, mensen met een rijk netwerk zo&apos;n {r}.</source>
        <translation>À titre de comparaison, pas un score : les personnes en situation de vulnérabilité ont en moyenne environ {v} membres dans leur réseau, les personnes avec un réseau riche environ {r}.</translation>
    </message>
    <message>
        <source>Wie geeft wat?</source>
        <translation>Qui apporte quoi ?</translation>
    </message>
    <message>
        <source>alleen betaalde hulp</source>
        <translation>seulement de l’aide payée</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Buurtbewoner</source>
        <translation>Habitant·e du quartier</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Premier entretien</translation>
    </message>
    <message>
        <source>Opvolggesprek</source>
        <translation>Entretien de suivi</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Ander gesprek</source>
        <translation>Autre entretien</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation>Groupe ou organisation</translation>
    </message>
    <message>
        <source>Praktische hulp</source>
        <translation>Aide pratique</translation>
    </message>
    <message>
        <source>Emotionele steun</source>
        <translation>Soutien émotionnel</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Avis et conseils</translation>
    </message>
    <message>
        <source>Gezelschap</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Lien fort</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Lien léger</translation>
    </message>
    <message>
        <source>Binden (eigen kring)</source>
        <translation>Attache (son propre cercle)</translation>
    </message>
    <message>
        <source>Overbruggen (andere groep)</source>
        <translation>Passerelle (un autre groupe)</translation>
    </message>
    <message>
        <source>Verbinden (met meer macht)</source>
        <translation>Liaison (vers plus de pouvoir)</translation>
    </message>
    <message>
        <source>Slapend</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>Verbroken</source>
        <translation>Rompu</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Stad</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Translokaal (elders, buitenland)</source>
        <translation>Translocal (ailleurs, à l’étranger)</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Maandelijks</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Een paar keer per jaar</source>
        <translation>Quelques fois par an</translation>
    </message>
    <message>
        <source>Zelden</source>
        <translation>Rarement</translation>
    </message>
    <message>
        <source>Geeft aan de cliënt</source>
        <translation>Donne à la personne</translation>
    </message>
    <message>
        <source>Krijgt van de cliënt</source>
        <translation>Reçoit de la personne</translation>
    </message>
    <message>
        <source>Over en weer</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Gedekt door onbetaalde steun</source>
        <translation>Couvert par un soutien non payé</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp</source>
        <translation>Seulement de l’aide payée</translation>
    </message>
    <message>
        <source>Niemand</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Handen: praktisch</source>
        <translation>Mains : pratique</translation>
    </message>
    <message>
        <source>Mensen: sociaal</source>
        <translation>Les gens : social</translation>
    </message>
    <message>
        <source>Hoofd: kennis en talen</source>
        <translation>Tête : savoirs et langues</translation>
    </message>
    <message>
        <source>Creatief</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Soin</translation>
    </message>
    <message>
        <source>Organiseren</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Lichaam: sport en beweging</source>
        <translation>Corps : sport et mouvement</translation>
    </message>
    <message>
        <source>Digitaal</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Levenservaring</source>
        <translation>Expérience de vie</translation>
    </message>
    <message>
        <source>Standaardkaart</source>
        <translation>Carte standard</translation>
    </message>
    <message>
        <source>Kaart van de organisatie</source>
        <translation>Carte de l’organisation</translation>
    </message>
    <message>
        <source>Eigen kaart van de cliënt</source>
        <translation>Carte propre à la personne</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Je sais faire ceci</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>J’aime faire ceci</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Je veux apprendre ceci</translation>
    </message>
    <message>
        <source>Nu niet voor mij</source>
        <translation>Pas pour moi maintenant</translation>
    </message>
    <message>
        <source>De persoon zelf</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <source>De begeleider</source>
        <translation>L’accompagnateur·rice</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk</source>
        <translation>Quelqu’un du réseau</translation>
    </message>
    <message>
        <source>weinig</source>
        <translation>peu</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>veel</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>in de organisatie</source>
        <translation>dans l’organisation</translation>
    </message>
    <message>
        <source>in de buurt</source>
        <translation>dans le quartier</translation>
    </message>
    <message>
        <source>ruimer dan de buurt</source>
        <translation>au-delà du quartier</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idée</translation>
    </message>
    <message>
        <source>verkennen</source>
        <translation>en exploration</translation>
    </message>
    <message>
        <source>gestart</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>geëvalueerd</source>
        <translation>évalué</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>aanzien</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>ervaring</source>
        <translation>expérience</translation>
    </message>
    <message>
        <source>relaties en contacten</source>
        <translation>relations et contacts</translation>
    </message>
    <message>
        <source>zelfvertrouwen</source>
        <translation>confiance en soi</translation>
    </message>
    <message>
        <source>respect</source>
        <translation>respect</translation>
    </message>
    <message>
        <source>een stem</source>
        <translation>avoir voix au chapitre</translation>
    </message>
    <message>
        <source>vrijheid</source>
        <translation>liberté</translation>
    </message>
    <message>
        <source>kansen</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <source>persoonlijke groei</source>
        <translation>épanouissement personnel</translation>
    </message>
    <message>
        <source>materiële dingen</source>
        <translation>choses matérielles</translation>
    </message>
    <message>
        <source>geld</source>
        <translation>argent</translation>
    </message>
    <message>
        <source>vervoer</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>angst</source>
        <translation>peur</translation>
    </message>
    <message>
        <source>stigma</source>
        <translation>stigmatisation</translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Exemplaire pour l’intervenant·e</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Exemplaire pour la personne</translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>midden</source>
        <translation>milieu</translation>
    </message>
    <message>
        <source>verder</source>
        <translation>plus loin</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Deze wijzigingen weggooien</source>
        <translation>Abandonner ces modifications</translation>
    </message>
    <message>
        <source>Deze wijzigingen zijn nog niet bewaard.</source>
        <translation>Ces modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <source>Terug om te verbeteren</source>
        <translation>Revenir pour corriger</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Afsluiten</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>De dossiers zijn gesloten en verborgen. Geef je wachtwoordzin om verder te werken.</source>
        <translation>Les dossiers sont fermés et masqués. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Resokit Desktop — vergrendeld</source>
        <translation>Resokit Desktop — verrouillé</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Cliëntenlijst tonen</source>
        <translation>Afficher la liste des &amp;personnes</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Over Resokit Desktop</source>
        <translation>À &amp;propos de Resokit Desktop</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Alles van %1 wordt definitief verwijderd.</source>
        <translation>Tout ce qui concerne %1 sera supprimé définitivement.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het formulier, maar is nog niet bewaard.</source>
        <translation>Lors du verrouillage, tout n&apos;a pas pu être enregistré : votre saisie est de retour dans le formulaire, mais n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Cliënt &amp;definitief verwijderen…</source>
        <translation>Supprimer &amp;définitivement la personne…</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderen</source>
        <translation>Supprimer définitivement la personne</translation>
    </message>
    <message>
        <source>Cliënt verwijderd.</source>
        <translation>Personne supprimée.</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Dossier &amp;heropenen</source>
        <translation>&amp;Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Dossier a&amp;fsluiten</source>
        <translation>&amp;Clôturer le dossier</translation>
    </message>
    <message>
        <source>Dossier a&amp;rchiveren</source>
        <translation>A&amp;rchiver le dossier</translation>
    </message>
    <message>
        <source>Dossier van de gekozen cliënt</source>
        <translation>Dossier de la personne choisie</translation>
    </message>
    <message>
        <source>Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Le dossier, les consentements, tous les entretiens et accords et tout ce qui concerne encore cette personne sont retirés du fichier. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N).</source>
        <translation>Choisissez une personne à gauche, ou créez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <source>Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Pas enregistré : le statut n’a pas pu être modifié. Ce qui était déjà enregistré reste intact.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Pas supprimé : le fichier n’a pas pu être écrit. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Over Resokit Desktop</source>
        <translation>À propos de Resokit Desktop</translation>
    </message>
    <message>
        <source>Resokit Desktop %1

Brengt samen met een cliënt het sociale netwerk in kaart en versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens blijven in één bestand op deze computer.</source>
        <translation>Resokit Desktop %1

Cartographie et renforce le réseau social avec la personne accompagnée, selon la méthode Resokit. Fonctionne entièrement hors ligne : toutes les données restent dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Selectie &amp;verwijderen</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Status gewijzigd.</source>
        <translation>Statut modifié.</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>Agrandir le &amp;texte</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>Réduire le t&amp;exte</translation>
    </message>
    <message>
        <source>Volgend ta&amp;bblad</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Vor&amp;ig tabblad</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen gebruiken.</source>
        <translation>Indiquez d’abord un nom ou un pseudonyme ; ensuite vous pourrez utiliser les autres parties.</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Buurtgrens tekenen</source>
        <translation>Tracer la limite</translation>
    </message>
    <message>
        <source>Plaats op de kaart zetten</source>
        <translation>Placer le lieu sur la carte</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Plaatsen van de kaart halen</source>
        <translation>Retirer des lieux de la carte</translation>
    </message>
    <message>
        <source>Thuis aanduiden</source>
        <translation>Indiquer le domicile</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet bewaard.</source>
        <extracomment>The document changed (autosave). The selected pin ids changed. A message for the user (a boundary with too few corners …).</extracomment>
        <translation>Une limite de quartier demande au moins trois coins (ici %n) ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Buurtgrens getekend: sleep de hoekpunten om ze te verleggen.</source>
        <translation>Limite tracée : faites glisser ses coins pour les déplacer.</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Van de kaart halen</source>
        <translation>Retirer de la carte</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Gaat er nu naartoe</source>
        <translation>Y va maintenant</translation>
    </message>
    <message>
        <source>Ging er vroeger naartoe (slapend)</source>
        <translation>Y allait autrefois (en sommeil)</translation>
    </message>
    <message>
        <source>Zou er graag naartoe gaan</source>
        <translation>Aimerait y aller</translation>
    </message>
    <message>
        <source>Mijdt deze plek</source>
        <translation>Évite cet endroit</translation>
    </message>
    <message>
        <source>Voelt veilig</source>
        <translation>Ressenti sûr</translation>
    </message>
    <message>
        <source>Voelt neutraal</source>
        <translation>Ressenti neutre</translation>
    </message>
    <message>
        <source>Voelt onveilig</source>
        <translation>Ressenti dangereux</translation>
    </message>
    <message>
        <source>Eigen buurt</source>
        <translation>Son quartier</translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation>Pas encore abordé</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Domicile</translation>
    </message>
</context>
<context>
    <name>MapPresentation</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Carte du quartier</translation>
    </message>
    <message>
        <source>Buurtkaart, presentatie</source>
        <translation>Carte du quartier, présentation</translation>
    </message>
    <message>
        <source>Esc: terug   ·   + / −: groter, kleiner   ·   slepen: verplaatsen</source>
        <translation>Échap : retour   ·   + / − : plus grand, plus petit   ·   glisser : déplacer</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Buurtkaart afdrukken</source>
        <translation>Imprimer la carte du quartier</translation>
    </message>
    <message>
        <source>buurtkaart</source>
        <translation>carte-du-quartier</translation>
    </message>
</context>
<context>
    <name>MapSheetReport</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Carte du quartier</translation>
    </message>
    <message>
        <source>Er is nog geen buurtkaart getekend.</source>
        <translation>Aucune carte du quartier n’a encore été dessinée.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Dessinée le {date}</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>De : {name}</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Legende van de buurtkaart</source>
        <translation>Légende de la carte du quartier</translation>
    </message>
    <message>
        <source>Niet op deze kaart</source>
        <translation>Pas sur cette carte</translation>
    </message>
    <message>
        <source>Op de kaart zetten</source>
        <translation>Placer sur la carte</translation>
    </message>
    <message>
        <source>Plaatsen die niet op de kaart staan</source>
        <translation>Lieux absents de la carte</translation>
    </message>
    <message>
        <source>Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) die nog niet op de kaart staan.</source>
        <translation>Les lieux et groupes de cette personne (y compris ceux de la toile d’inclusion) qui ne sont pas encore sur la carte.</translation>
    </message>
    <message>
        <source>Sleep naar de kaart, of kies en klik op &apos;Op de kaart zetten&apos;</source>
        <translation>Faites glisser sur la carte, ou choisissez et cliquez sur « Placer sur la carte »</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Domicile</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Buurtkaart</source>
        <extracomment>A new place pin at this map point (x, y fractions). Home at this map point. The boundary was drawn (list of points, at least three). A boundary with too few corners was ended (how many it had): not saved. Items were dragged: {key: (old point, new point)}. Keyboard: move the selection by (dx, dy) steps. 1-4: this status for the selected pins. Del pressed. A registry entry (id) was dropped on the map at this point.</extracomment>
        <translation>Carte du quartier</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>%n geselecteerd. Sleep ze samen, of druk Del om ze te verwijderen.</source>
        <translation>%n sélectionné·e·s. Glissez-les ensemble, ou appuyez sur Suppr pour les retirer.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Aide payée</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Geef een naam, initialen of een bijnaam.</source>
        <translation>Indiquez un nom, des initiales ou un surnom.</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Tendu</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>Dans les mots de la personne</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken (of druk Tab in het web). Nieuw: sleep een vorm op het web, dubbelklik op een lege plek of druk Insert. Pijltjes verplaatsen naar een ander domein of een andere cirkel; Shift+slepen verbindt twee leden.</source>
        <translation>Choisissez quelqu’un ou quelque chose sur la toile pour le modifier (ou appuyez sur Tab dans la toile). Nouveau : glissez une forme sur la toile, double-cliquez sur un endroit vide ou appuyez sur Insert. Les flèches déplacent vers un autre domaine ou un autre cercle ; Maj+glisser relie deux membres.</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken.</source>
        <translation>Choisissez quelqu’un ou quelque chose sur la toile pour le modifier.</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Naam, initialen of bijnaam</source>
        <translation>Nom, initiales ou surnom</translation>
    </message>
    <message>
        <source>Nabijheid</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reactiveren</source>
        <translation>À réactiver</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Nuisible</translation>
    </message>
    <message>
        <source>Sociaal kapitaal</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Wat geeft deze band?</source>
        <translation>Qu’apporte ce lien ?</translation>
    </message>
    <message>
        <source>Wederkerigheid</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>bv. zus, buurman, huisarts</source>
        <translation>p. ex. sœur, voisin, médecin traitant</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodRegister</name>
    <message>
        <source>%1 van %2 items getoond</source>
        <translation>%1 sur %2 éléments affichés</translation>
    </message>
    <message>
        <source>&amp;Adres of beschrijving</source>
        <translation>&amp;Adresse ou description</translation>
    </message>
    <message>
        <source>&amp;Buurt</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>&amp;Naam *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Openingsuren</source>
        <translation>&amp;Heures d’ouverture</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Toegankelijkheid</source>
        <translation>Accessi&amp;bilité</translation>
    </message>
    <message>
        <source>&amp;Vandaag nagekeken</source>
        <translation>&amp;Vérifié aujourd’hui</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verwijderd.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat terug.</source>
        <translation>« %1 » est de retour.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uit het buurtregister verwijderen?</source>
        <translation>Supprimer « %1 » du registre du quartier ?</translation>
    </message>
    <message>
        <source>(Zelf)organisatie</source>
        <translation>(Auto-)organisation</translation>
    </message>
    <message>
        <source>(zelf)organisaties</source>
        <translation>(auto-)organisations</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Adresse ou description</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation>Q&amp;uartier :</translation>
    </message>
    <message>
        <source>Bij contacten van de cliënt voe&amp;gen</source>
        <translation>Ajouter aux contacts du client (&amp;g)</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Buurtkaart organisatie</source>
        <translation>Carte du quartier de l’organisation</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Registre du quartier</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Analyse du quartier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item terug.</source>
        <translation>Les contacts déjà ajoutés chez un client y restent. Ctrl+Z remet l’élément.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Cette date n’existe pas. Tapez jour-mois-année, par exemple 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Cette saisie n’est pas correcte.</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens %1 tekens).</source>
        <translation>C’est trop long (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>Dit item staat al bij de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>Cet élément figure déjà parmi les contacts et lieux du client choisi.</translation>
    </message>
    <message>
        <source>E&amp;xporteren voor collega&apos;s…</source>
        <translation>E&amp;xporter pour des collègues…</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg een eerste item toe met Ctrl+N (Nieuw item).</source>
        <translation>Le registre du quartier est encore vide. Ajoutez un premier élément avec Ctrl+N (Nouvel élément).</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens.</source>
        <translation>Le registre du quartier est le vôtre et ne contient aucune donnée de client.</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Réseau informel</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Items in het buurtregister</source>
        <translation>Éléments du registre du quartier</translation>
    </message>
    <message>
        <source>Kies eerst een cliënt in het hoofdvenster.</source>
        <translation>Choisissez d’abord un client dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Laatst nage&amp;keken</source>
        <translation>&amp;Dernière vérification</translation>
    </message>
    <message>
        <source>Laatst nagekeken</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Naam (verplicht)</source>
        <translation>Nom (obligatoire)</translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Neemt dit item over in de contacten en plaatsen van de cliënt die in het hoofdvenster open staat.</source>
        <translation>Reprend cet élément dans les contacts et lieux du client ouvert dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Niet teruggezet: het bestand kon niet geschreven worden.</source>
        <translation>Pas remis : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Pas ajouté : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden.</source>
        <translation>Pas supprimé : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Niets gevonden. Wis de zoekterm, of kies &quot;Alle soorten&quot; en &quot;Alle buurten&quot;.</source>
        <translation>Rien trouvé. Effacez la recherche, ou choisissez « Tous les types » et « Tous les quartiers ».</translation>
    </message>
    <message>
        <source>Nieu&amp;w item</source>
        <translation>Nou&amp;vel élément</translation>
    </message>
    <message>
        <source>Nieuw item: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>Nouvel élément : enregistré dès que le nom est rempli.</translation>
    </message>
    <message>
        <source>Notit&amp;ies</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Register van een collega im&amp;porteren…</source>
        <translation>Im&amp;porter le registre d’un collègue…</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Personne clé</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ta&amp;len</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Talen die er gesproken worden</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>Ajouté aux contacts et lieux du client choisi.</translation>
    </message>
    <message>
        <source>Toon alleen deze buurt</source>
        <translation>Afficher seulement ce quartier</translation>
    </message>
    <message>
        <source>Toon alleen deze soort</source>
        <translation>Afficher seulement ce type</translation>
    </message>
    <message>
        <source>Uit het buurtregister verwijderen</source>
        <translation>Supprimer du registre du quartier</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Vul een naam in: zonder naam wordt niets bewaard.</source>
        <translation>Indiquez un nom : sans nom, rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Wat ze &amp;zoeken</source>
        <translation>Ce qu’ils &amp;recherchent</translation>
    </message>
    <message>
        <source>Wat ze bie&amp;den</source>
        <translation>Ce qu’ils &amp;offrent</translation>
    </message>
    <message>
        <source>Wat ze bieden</source>
        <translation>Ce qu’ils offrent</translation>
    </message>
    <message>
        <source>Wat ze zoeken</source>
        <translation>Ce qu’ils recherchent</translation>
    </message>
    <message>
        <source>Wat ze zoeken (voor rollen)</source>
        <translation>Ce qu’ils recherchent (pour des rôles)</translation>
    </message>
    <message>
        <source>Zet het verwijderde item terug (Ctrl+Z)</source>
        <translation>Remet l’élément supprimé (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zoek&amp;en:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Rechercher dans le registre du quartier</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj-mm-aaaa</translation>
    </message>
    <message>
        <source>informele netwerken</source>
        <translation>réseaux informels</translation>
    </message>
    <message>
        <source>initiatieven</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>naam, aanbod, noden, talen…</source>
        <translation>nom, offre, besoins, langues…</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>plaatsen</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>sleutelfiguren</source>
        <translation>personnes-clés</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodScan</name>
    <message>
        <source>Al een jaar niet nagekeken:</source>
        <translation>Pas vérifié depuis un an :</translation>
    </message>
    <message>
        <source>Alles is het voorbije jaar nagekeken.</source>
        <translation>Tout a été vérifié au cours de l’année écoulée.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Analyse du quartier</translation>
    </message>
    <message>
        <source>Geen noden genoteerd.</source>
        <translation>Aucun besoin noté.</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; de buurtscan vat ze hier per buurt samen.</source>
        <translation>Le registre du quartier est encore vide. Ajoutez des lieux, des personnes-clés et des initiatives ; l’analyse les résume ici par quartier.</translation>
    </message>
    <message>
        <source>In het register:</source>
        <translation>Dans le registre :</translation>
    </message>
    <message>
        <source>Na te kijken</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Nog niets over:</source>
        <translation>Encore rien sur :</translation>
    </message>
    <message>
        <source>Open noden</source>
        <translation>Besoins ouverts</translation>
    </message>
    <message>
        <source>Open noden:</source>
        <translation>Besoins ouverts :</translation>
    </message>
    <message>
        <source>Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat langer dan %1 dagen niet meer nagekeken is (vandaag: %2).</source>
        <translation>Par quartier : ce que contient le registre, ce qui manque encore, les besoins ouverts et ce qui n’a plus été vérifié depuis plus de %1 jours (aujourd’hui : %2).</translation>
    </message>
    <message>
        <source>Zonder buurt</source>
        <translation>Sans quartier</translation>
    </message>
    <message>
        <source>laatst nagekeken op %1</source>
        <translation>dernière vérification le %1</translation>
    </message>
    <message>
        <source>nooit nagekeken</source>
        <translation>jamais vérifié</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Herhaal</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.</source>
        <translation>Ce fichier de dossiers n’est pas encore chiffré. Choisissez une phrase secrète : le fichier sera chiffré une fois. La version non chiffrée sera ensuite effacée.</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt Resokit Desktop telkens bij het openen en na het vergrendelen.</source>
        <translation>Vos dossiers sont conservés chiffrés. Choisissez une phrase secrète ; Resokit Desktop la demandera à chaque ouverture et après chaque verrouillage.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Force de la phrase secrète</translation>
    </message>
    <message>
        <source>Versleutelen en openen</source>
        <translation>Chiffrer et ouvrir</translation>
    </message>
    <message>
        <source>Wachtwoordzin kiezen</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Datum van de versie</source>
        <translation>Date de la version</translation>
    </message>
    <message>
        <source>De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je het web eerder op papier? Geef dan die datum.</source>
        <translation>La nouvelle version commence comme copie de la précédente, pour la revoir ensemble. Vous avez dessiné la toile sur papier plus tôt ? Indiquez alors cette date.</translation>
    </message>
    <message>
        <source>Een versie kan niet in de toekomst liggen.</source>
        <translation>Une version ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Geef een datum.</source>
        <translation>Indiquez une date.</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.</source>
        <translation>Écrivez la date comme jour-mois-année, p. ex. 14-03-2026.</translation>
    </message>
    <message>
        <source>Versie maken</source>
        <translation>Créer la version</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj-mm-aaaa</translation>
    </message>
</context>
<context>
    <name>OpenBusy</name>
    <message>
        <source>Bezig met openen…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message>
        <source>Het dossierbestand wordt gecontroleerd…</source>
        <translation>Vérification du fichier de dossiers en cours…</translation>
    </message>
</context>
<context>
    <name>OrganisationMap</name>
    <message>
        <source>&amp;Nog niet op de kaart:</source>
        <translation>&amp;Pas encore sur la carte :</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Buurtkaart van de organisatie</source>
        <translation>Carte du quartier de l’organisation</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>C&amp;arte :</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden.</source>
        <translation>Pas enregistré : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Nog niet op de kaart</source>
        <translation>Pas encore sur la carte</translation>
    </message>
    <message>
        <source>Op de kaart &amp;zetten</source>
        <translation>Placer sur la &amp;carte</translation>
    </message>
    <message>
        <source>Openen in het register</source>
        <translation>Ouvrir dans le registre</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Sleep de items naar hun plek (pijltjes verschuiven, Ctrl+Z maakt ongedaan). Dubbelklik of Enter opent een item in het register.</source>
        <translation>Glissez les éléments à leur place (les flèches déplacent, Ctrl+Z annule). Un double-clic ou Entrée ouvre l’élément dans le registre.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Plan {n}</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Cliëntnummer: %1</source>
        <translation>Numéro de la personne : %1</translation>
    </message>
    <message>
        <source>Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>Nouvelle personne : enregistrée dès que le nom est rempli.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Een talent dat niet in de stapel zit, alleen voor deze cliënt.</source>
        <translation>Un talent absent du paquet, rien que pour cette personne.</translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation>Carte personnelle</translation>
    </message>
    <message>
        <source>Geef de kaart een korte naam.</source>
        <translation>Donnez un nom court à la carte.</translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Ajouter la carte</translation>
    </message>
    <message>
        <source>Naam op de kaart</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Naam van de kaart (%1)</source>
        <translation>Nom de la carte (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (%1)</source>
        <translation>Question sur la carte (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (mag leeg)</source>
        <translation>Question sur la carte (facultatif)</translation>
    </message>
    <message>
        <source>bv. Soep koken</source>
        <translation>p. ex. Faire de la soupe</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).</source>
        <translation>Trop long : %1 caractères au plus, pour que le nom tienne sur la carte (actuellement %2).</translation>
    </message>
    <message>
        <source>bv. Wanneer deed je dit voor het laatst?</source>
        <translation>p. ex. Quand l’avez-vous fait pour la dernière fois ?</translation>
    </message>
</context>
<context>
    <name>PassphraseTexts</name>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem opnieuw.</source>
        <translation>La phrase secrète contient un caractère NUL invisible (souvent dû à un collage). Retapez-la.</translation>
    </message>
    <message>
        <source>De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1</source>
        <translation>La phrase secrète de RESOKIT_PASSPHRASE n’a pas été utilisée. %1</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals een NUL-teken, tab of regeleinde, meestal van plakken). Typ hem zelf.</source>
        <translation>Cette phrase secrète contient un caractère de contrôle invisible (NUL, tabulation ou saut de ligne, souvent dû à un collage). Tapez-la vous-même.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin kan niet gebruikt worden.</source>
        <translation>Cette phrase secrète ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Geef een wachtwoordzin.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Goed.</source>
        <translation>Bien.</translation>
    </message>
    <message>
        <source>Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.</source>
        <translation>Retenez bien cette phrase secrète ou conservez-la en lieu sûr. Personne ne peut la récupérer : sans elle, le fichier de dossiers et les sauvegardes sont illisibles.</translation>
    </message>
    <message>
        <source>Redelijk: nog een paar woorden erbij maakt hem sterk.</source>
        <translation>Correcte : quelques mots de plus la rendront forte.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens %1 tekens.</source>
        <translation>Trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij elkaar horen, bijvoorbeeld vier.</source>
        <translation>Trop facile à deviner : %1. Prenez plutôt quelques mots ordinaires sans rapport entre eux, par exemple quatre.</translation>
    </message>
    <message>
        <source>Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke en goed te onthouden wachtwoordzin.</source>
        <translation>Astuce : quatre mots ordinaires ou plus, sans lien entre eux, forment une phrase secrète forte et facile à retenir.</translation>
    </message>
    <message>
        <source>Zeer zwak: makkelijk te raden.</source>
        <translation>Très faible : facile à deviner.</translation>
    </message>
    <message>
        <source>Zwak: maak hem langer.</source>
        <translation>Faible : allongez-la.</translation>
    </message>
    <message>
        <source>het herhaalt dezelfde tekens</source>
        <translation>elle répète les mêmes caractères</translation>
    </message>
    <message>
        <source>het is een datum of een jaartal</source>
        <translation>c’est une date ou une année</translation>
    </message>
    <message>
        <source>het is een reeks zoals 1234 of abcd</source>
        <translation>c’est une suite comme 1234 ou abcd</translation>
    </message>
    <message>
        <source>het is een veelgebruikt woord, een naam of een bekend wachtwoord</source>
        <translation>c’est un mot courant, un prénom ou un mot de passe connu</translation>
    </message>
    <message>
        <source>het zijn toetsen die naast elkaar liggen, zoals azerty</source>
        <translation>ce sont des touches voisines, comme azerty</translation>
    </message>
    <message>
        <source>zo&apos;n korte reeks tekens is snel gevonden</source>
        <translation>une suite de caractères aussi courte se trouve vite</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;Drempels</source>
        <translation>&amp;Obstacles</translation>
    </message>
    <message>
        <source>&amp;Gevoel</source>
        <translation>&amp;Ressenti</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Registre du quartier</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Hoe de cliënt ermee verbonden is</source>
        <translation>Le lien du client avec ce lieu</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>Ce qu’on y ressent</translation>
    </message>
    <message>
        <source>Kies een plaats op de kaart, of zet er een op met de knop &apos;Plaats&apos; en een klik.</source>
        <translation>Choisissez un lieu sur la carte, ou placez-en un avec le bouton « Lieu » et un clic.</translation>
    </message>
    <message>
        <source>Met &amp;wie</source>
        <translation>&amp;Avec qui</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Wat houdt tegen? Vervoer, kosten, taal, angst …</source>
        <translation>Qu’est-ce qui freine ? Transport, coût, langue, peur …</translation>
    </message>
</context>
<context>
    <name>PinRegister</name>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Buurt:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Adresse ou description</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Dit noemt de cliënt of iemand uit het netwerk; het buurtregister bevat geen cliëntgegevens. Geef de plaats een naam en adres zonder persoonsgegevens.</source>
        <translation>Ceci nomme la personne accompagnée ou quelqu’un de son réseau ; le registre du quartier ne contient aucune donnée de personnes accompagnées. Donnez au lieu un nom et une adresse sans données personnelles.</translation>
    </message>
    <message>
        <source>Geef de plaats een naam.</source>
        <translation>Donnez un nom au lieu.</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens: enkel de naam, het adres en de buurt van de plaats gaan mee.</source>
        <translation>Le registre du quartier est le vôtre et ne contient aucune donnée de personnes accompagnées : seuls le nom, l’adresse et le quartier du lieu y sont repris.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>L’élément lié n’est plus dans le registre du quartier.</translation>
    </message>
    <message>
        <source>In het buurtregister: {entry}</source>
        <translation>Dans le registre du quartier : {entry}</translation>
    </message>
    <message>
        <source>Kies een item uit het buurtregister (met zoeken)</source>
        <translation>Choisir un élément du registre du quartier (avec recherche)</translation>
    </message>
    <message>
        <source>Koppelen aan het register…</source>
        <translation>Lier au registre…</translation>
    </message>
    <message>
        <source>Koppeling met het buurtregister</source>
        <translation>Lien avec le registre du quartier</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Maak van deze plaats een item in het buurtregister</source>
        <translation>Faire de ce lieu un élément du registre du quartier</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan het buurtregister.</source>
        <translation>Pas lié au registre du quartier.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Pas ajouté : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Toevoegen aan het buurtregister</source>
        <translation>Ajouter au registre du quartier</translation>
    </message>
    <message>
        <source>Toevoegen aan het register…</source>
        <translation>Ajouter au registre…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: gegevens</source>
        <translation>Échap : retour   ·   C : contraste élevé   ·   + / − : plus grand, plus petit   ·   appui long : détails</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Toile d’inclusion</translation>
    </message>
    <message>
        <source>Inclusieweb, presentatie</source>
        <translation>Toile d’inclusion, présentation</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Buurtkaart afdrukken…</source>
        <translation>Imprimer la carte du quartier…</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken…</source>
        <translation>Imprimer la toile d’inclusion…</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken…</source>
        <translation>Imprimer « Mes talents »…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Imprimer un plan de rôle…</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken…</source>
        <translation>Imprimer le résumé…</translation>
    </message>
    <message>
        <source>Samenvatting opgeslagen als PDF.</source>
        <translation>Résumé enregistré en PDF.</translation>
    </message>
    <message>
        <source>Webversies vergeleken afdrukken…</source>
        <translation>Imprimer la comparaison des toiles…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Het bestand kon niet opgeslagen worden: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Opgeslagen ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Paginanummer</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Taal van het document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Voorbeeld van de pagina&apos;s</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); kies een andere naam</source>
        <translation>ce n’est pas un fichier ordinaire (un dossier, un périphérique, un tube ou un lien) ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>PrintablesPreview</name>
    <message>
        <source>Enkel initialen</source>
        <translation>Initiales seulement</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken</source>
        <translation>Imprimer la toile d’inclusion</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Papier:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Rolplan afdrukken</source>
        <translation>Imprimer un plan de rôle</translation>
    </message>
    <message>
        <source>Rolplan:</source>
        <translation>Plan de rôle :</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Tot:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Vergelijking afdrukken</source>
        <translation>Imprimer la comparaison</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>inclusieweb</source>
        <translation>toile-inclusion</translation>
    </message>
    <message>
        <source>rolplan</source>
        <translation>plan-de-role</translation>
    </message>
    <message>
        <source>vergelijking</source>
        <translation>comparaison</translation>
    </message>
</context>
<context>
    <name>PrintablesReport</name>
    <message>
        <source>Cijfer</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Er is nog geen inclusieweb getekend.</source>
        <translation>Aucune toile d’inclusion n’a encore été dessinée.</translation>
    </message>
    <message>
        <source>Er is nog geen rolplan.</source>
        <translation>Il n’y a pas encore de plan de rôle.</translation>
    </message>
    <message>
        <source>Er zijn nog geen twee webversies om te vergelijken.</source>
        <translation>Il n’y a pas encore deux versions de la toile à comparer.</translation>
    </message>
    <message>
        <source>Geen gegevens om te vergelijken.</source>
        <translation>Aucune donnée à comparer.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Dessinée le {date}</translation>
    </message>
    <message>
        <source>Het web op {date}</source>
        <translation>La toile au {date}</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Toile d’inclusion</translation>
    </message>
    <message>
        <source>Inclusieweb: vergelijking</source>
        <translation>Toile d’inclusion : comparaison</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Mijn rol: {title}</source>
        <translation>Mon rôle : {title}</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Plan de rôle</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>De : {name}</translation>
    </message>
    <message>
        <source>Versie van {earlier} vergeleken met {later}</source>
        <translation>Version du {earlier} comparée à celle du {later}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Bewaartermijn nakijken…</source>
        <translation>Vérifier la &amp;durée de conservation…</translation>
    </message>
    <message>
        <source>&amp;Inzage geven (PDF en JSON)…</source>
        <translation>Donner l’&amp;accès (PDF et JSON)…</translation>
    </message>
    <message>
        <source>&amp;Logboek bekijken…</source>
        <translation>Consulter le &amp;journal…</translation>
    </message>
    <message>
        <source>&amp;Overdragen aan een collega…</source>
        <translation>&amp;Transmettre à un·e collègue…</translation>
    </message>
    <message>
        <source>Overdracht van een &amp;collega inlezen…</source>
        <translation>Importer la transmission d’un·e &amp;collègue…</translation>
    </message>
</context>
<context>
    <name>PrivacyErase</name>
    <message>
        <source>De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie een oudere back-up terugzet, haalt de cliënt terug.</source>
        <translation>Les sauvegardes automatiques (actuellement %1, la plus ancienne du %2) contiennent encore cette personne, chiffrée. Elles disparaissent au fur et à mesure que de nouvelles sauvegardes s’ajoutent : on garde celles des %3 derniers jours avec une sauvegarde et, avant cela, une par semaine pendant %4 semaines. Restaurer une sauvegarde plus ancienne fait revenir la personne.</translation>
    </message>
    <message>
        <source>De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden (is de schijf vol?). Maak ruimte vrij en kies dan &apos;Opnieuw proberen&apos;.</source>
        <translation>La personne a été supprimée, mais le fichier n’a pas encore pu être entièrement nettoyé (le disque est-il plein ?). Libérez de l’espace, puis choisissez « Réessayer ».</translation>
    </message>
    <message>
        <source>Er zijn geen automatische back-ups die deze cliënt nog bevatten.</source>
        <translation>Aucune sauvegarde automatique ne contient encore cette personne.</translation>
    </message>
    <message>
        <source>Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten verwijderen.</source>
        <translation>Il y a aussi %1 copies du fichier de dossier mises de côté (lors de la restauration d&apos;une sauvegarde) qui peuvent contenir ce client. Après la suppression, vous pourrez les faire supprimer aussi.</translation>
    </message>
</context>
<context>
    <name>PrivacyExports</name>
    <message>
        <source>Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.</source>
        <translation>Ce fichier contient une valeur que Resokit Desktop n’enregistrerait pas lui-même, dans le champ %1 : %2. Il n’est pas importé ; demandez un nouveau fichier à votre collègue.</translation>
    </message>
    <message>
        <source>Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet ingelezen.</source>
        <translation>Ce fichier contient des éléments qui n’ont pas leur place dans une transmission. Il n’est pas importé.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd. Vraag je collega om een nieuw.</source>
        <translation>Ce fichier est endommagé. Demandez-en un nouveau à votre collègue.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing eerst bij.</source>
        <translation>Ce fichier a été créé avec une version plus récente de Resokit Desktop. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een overdracht van één cliënt.</source>
        <translation>Ce fichier est trop grand pour la transmission d’une seule personne.</translation>
    </message>
    <message>
        <source>Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand.</source>
        <translation>Ce fichier ne s’ouvre pas avec cette phrase secrète, ou ce n’est pas un fichier de transmission.</translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf.</source>
        <translation>Ce n’est pas un fichier ordinaire. Choisissez le fichier de transmission lui-même.</translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen.</source>
        <translation>Ce n’est pas un fichier de transmission d’une seule personne. Il n’est pas importé.</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)</source>
        <translation>toutes les valeurs de ce champ ensemble sont trop longues (50 Mo au plus)</translation>
    </message>
    <message>
        <source>de inhoud heeft niet de juiste vorm</source>
        <translation>le contenu n’a pas la bonne forme</translation>
    </message>
    <message>
        <source>de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)</source>
        <translation>la valeur est trop longue (un texte peut faire 1 Mo au plus, un nom 200 caractères)</translation>
    </message>
    <message>
        <source>de waarde ontbreekt</source>
        <translation>la valeur manque</translation>
    </message>
    <message>
        <source>deze keuze kent Resokit Desktop niet</source>
        <translation>Resokit Desktop ne connaît pas ce choix</translation>
    </message>
    <message>
        <source>dit is geen geldig getal</source>
        <translation>ce n’est pas un nombre valable</translation>
    </message>
    <message>
        <source>dit is geen geldige datum</source>
        <translation>ce n’est pas une date valable</translation>
    </message>
    <message>
        <source>dit is geen ja of nee</source>
        <translation>ce n’est ni oui ni non</translation>
    </message>
    <message>
        <source>dit is geen tekst</source>
        <translation>ce n’est pas du texte</translation>
    </message>
</context>
<context>
    <name>ReflectionChecklist</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Notitie bij: {question}</source>
        <translation>Note pour : {question}</translation>
    </message>
    <message>
        <source>Reflectielijst afdrukken</source>
        <translation>Imprimer la liste de réflexion</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>nog niet beantwoord</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>notitie of volgende stap</source>
        <translation>note ou prochaine étape</translation>
    </message>
    <message>
        <source>op {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <source>reflectielijst</source>
        <translation>liste-de-reflexion</translation>
    </message>
</context>
<context>
    <name>RegisterExchange</name>
    <message>
        <source>%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.</source>
        <translation>%1 éléments exportés vers %2. Le fichier ne contient aucune donnée de client.</translation>
    </message>
    <message>
        <source>%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al gelijk zijn.</source>
        <translation>%1 nouveaux éléments, %2 éléments que vous avez déjà et qui seront complétés, %3 éléments déjà identiques.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Aangevuld: %1</source>
        <translation>Complété : %1</translation>
    </message>
    <message>
        <source>Alleen wat nu ge&amp;toond wordt (%1 items)</source>
        <translation>Seulement ce qui est &amp;affiché (%1 éléments)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bestand om naar te exporteren</source>
        <translation>Fichier vers lequel exporter</translation>
    </message>
    <message>
        <source>Bestand van de collega</source>
        <translation>Fichier du collègue</translation>
    </message>
    <message>
        <source>Bestand vervangen?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>Buurtregister (*.json)</source>
        <translation>Registre du quartier (*.json)</translation>
    </message>
    <message>
        <source>Buurtregister exporteren</source>
        <translation>Exporter le registre du quartier</translation>
    </message>
    <message>
        <source>Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het met collega&apos;s delen.</source>
        <translation>Ce fichier ne contient que le registre du quartier : lieux, personnes-clés, initiatives et organisations. Il ne contient aucune donnée de client ; vous pouvez le partager avec des collègues.</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1 nieuw, %2 aangevuld.</source>
        <translation>Importé : %1 nouveaux, %2 complétés.</translation>
    </message>
    <message>
        <source>Het &amp;hele register (%1 items)</source>
        <translation>Le registre &amp;entier (%1 éléments)</translation>
    </message>
    <message>
        <source>Het bestand is in orde. Kijk de verschillen na en kies Importeren.</source>
        <translation>Le fichier est correct. Vérifiez les différences et choisissez Importer.</translation>
    </message>
    <message>
        <source>Hun versie</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets anders invulden, blijft jouw versie, tenzij je hieronder &apos;Hun versie&apos; aanvinkt. De lijst toont wat er verandert.</source>
        <translation>Les éléments que vous avez déjà (même nom et même adresse) sont fusionnés : les notes des deux côtés sont conservées et les champs vides sont complétés. Là où vous avez rempli autre chose, votre version reste, sauf si vous cochez « Leur version » ci-dessous. La liste montre ce qui change.</translation>
    </message>
    <message>
        <source>Verschil: %1</source>
        <translation>Différence : %1</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Wat het importeren verandert</source>
        <translation>Ce que l’import change</translation>
    </message>
    <message>
        <source>Jouw versie</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen door deze export?</source>
        <translation>%1 existe déjà. Le remplacer par cet export ?</translation>
    </message>
    <message>
        <source>Kies eerst een bestand.</source>
        <translation>Choisissez d’abord un fichier.</translation>
    </message>
    <message>
        <source>Later nagekeken</source>
        <translation>Vérifié plus récemment</translation>
    </message>
    <message>
        <source>Neem hun versie</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1 kon niet geschreven worden (%2).</source>
        <translation>Pas exporté : %1 n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Niet ingelezen: %1. Er is niets veranderd.</source>
        <translation>Pas importé : %1. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Pas importé : le fichier des dossiers n’a pas pu être écrit. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Notities: beide bewaard</source>
        <translation>Notes : les deux conservées</translation>
    </message>
    <message>
        <source>Register van een collega importeren</source>
        <translation>Importer le registre d’un collègue</translation>
    </message>
    <message>
        <source>Register van een collega kiezen</source>
        <translation>Choisir le registre d’un collègue</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>dit is geen bestand dat gelezen kan worden</source>
        <translation>ce n’est pas un fichier lisible</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister</source>
        <translation>ce n’est pas un export de registre du quartier</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister (geen JSON-tekst)</source>
        <translation>ce n’est pas un export de registre du quartier (pas de texte JSON)</translation>
    </message>
    <message>
        <source>een item in het bestand klopt niet (%1)</source>
        <translation>un élément du fichier n’est pas correct (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat meer dan registeritems (%1)</source>
        <translation>le fichier contient plus que des éléments du registre (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat te veel items</source>
        <translation>le fichier contient trop d’éléments</translation>
    </message>
    <message>
        <source>het bestand is te groot voor een buurtregister</source>
        <translation>le fichier est trop grand pour un registre du quartier</translation>
    </message>
    <message>
        <source>het bestand klopt niet</source>
        <translation>le fichier n’est pas correct</translation>
    </message>
    <message>
        <source>het bestand komt uit een nieuwere versie van Resokit; werk de toepassing eerst bij</source>
        <translation>le fichier vient d’une version plus récente de Resokit ; mettez d’abord l’application à jour</translation>
    </message>
    <message>
        <source>het bestand kon niet gelezen worden</source>
        <translation>le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>— Aangevuld uit het buurtregister van een collega (%1) —</source>
        <translation>— Complété à partir du registre du quartier d’un collègue (%1) —</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 — %2 cliënten</source>
        <translation>%1 — %2 personnes</translation>
    </message>
    <message>
        <source>%1 — beschadigd, niet bruikbaar</source>
        <translation>%1 — endommagée, inutilisable</translation>
    </message>
    <message>
        <source>%1 — niet te openen met de huidige wachtwoordzin</source>
        <translation>%1 — ne s’ouvre pas avec la phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Copies mises de côté</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het dossier toen bevatte, ook verwijderde cliënten:</source>
        <translation>Copies mises de côté lors de restaurations précédentes. Elles contiennent tout ce que le dossier contenait alors, y compris des clients supprimés :</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>De kopie kon niet verwijderd worden.</source>
        <translation>La copie n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Supprimer définitivement cette copie ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Er zijn geen back-ups gevonden.</source>
        <translation>Aucune sauvegarde n’a été trouvée.</translation>
    </message>
    <message>
        <source>Herstellen uit back-up</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. Het beschadigde bestand wordt apart bewaard, niet overschreven.</source>
        <translation>Le fichier de dossiers est endommagé. Choisissez une sauvegarde à restaurer. Le fichier endommagé est mis de côté, pas écrasé.</translation>
    </message>
    <message>
        <source>Kies de back-up die je wilt terugzetten. Het huidige bestand wordt eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.</source>
        <translation>Choisissez la sauvegarde à restaurer. Le fichier actuel est d’abord mis de côté ; ce qui a été enregistré après la sauvegarde s’y trouve encore.</translation>
    </message>
    <message>
        <source>Kopie verwijderen</source>
        <translation>Supprimer la copie</translation>
    </message>
    <message>
        <source>Kopie verwijderen…</source>
        <translation>Supprimer la copie…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> jaar</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>%1 dossier(s) om na te kijken.</source>
        <translation>%1 dossier(s) à vérifier.</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn na sluiten:</source>
        <translation>&amp;Durée de conservation après clôture :</translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation>Vérifier la durée de conservation</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Geen dossiers om na te kijken.</source>
        <translation>Aucun dossier à vérifier.</translation>
    </message>
    <message>
        <source>Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze na: bewaar ze met een reden, of verwijder ze definitief.</source>
        <translation>Dossiers clôturés où plus rien ne s’est passé depuis plus longtemps que la durée de conservation. Vérifiez-les : conservez-les avec un motif, ou supprimez-les définitivement.</translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Pas enregistré : la durée de conservation n’a pas pu être sauvegardée. Ce qui était déjà enregistré reste intact.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RoleRegisterLink</name>
    <message>
        <source>Geen item uit het buurtregister gekozen.</source>
        <translation>Aucun élément du registre du quartier choisi.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>L’élément lié n’est plus dans le registre du quartier.</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister…</source>
        <translation>Choisir dans le registre du quartier…</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>Du registre du quartier</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Nieuw rolplan</source>
        <translation>&amp;Nouveau plan de rôle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Aanzien</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Angst</source>
        <translation>Peur</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Registre du quartier</translation>
    </message>
    <message>
        <source>Bv. grootmoeder, buur, vrijwilliger</source>
        <translation>P. ex. grand-mère, voisin·e, bénévole</translation>
    </message>
    <message>
        <source>Bv. samen het buurthuis bezoeken</source>
        <translation>P. ex. visiter ensemble la maison de quartier</translation>
    </message>
    <message>
        <source>De rol heeft nog geen naam.</source>
        <translation>Le rôle n’a pas encore de nom.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Cette date n’existe pas. Tapez jour-mois-année, par exemple 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt vóór de dag waarop het plan gemaakt is. Kies een latere datum.</source>
        <translation>Cette date précède le jour où le plan a été créé. Choisissez une date plus tardive.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Cette saisie n’est pas correcte.</translation>
    </message>
    <message>
        <source>Deze keuze bestaat niet meer; kies opnieuw.</source>
        <translation>Ce choix n’existe plus ; choisissez à nouveau.</translation>
    </message>
    <message>
        <source>Deze rollen steunen op de focustalenten van de cliënt. Kies er één om er samen een rolplan van te maken.</source>
        <translation>Ces rôles s’appuient sur les talents clés de la personne. Choisissez-en un pour en faire ensemble un plan de rôle.</translation>
    </message>
    <message>
        <source>Dit is te lang.</source>
        <translation>C’est trop long.</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Een stap heeft tekst nodig: schrijf wat er moet gebeuren.</source>
        <translation>Une étape a besoin d’un texte : écrivez ce qui doit se passer.</translation>
    </message>
    <message>
        <source>Een stem</source>
        <translation>Une voix</translation>
    </message>
    <message>
        <source>Enigszins</source>
        <translation>Un peu</translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Evaluatie in eigen woorden</source>
        <translation>Évaluation avec ses propres mots</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Geef de rol een naam. De vorige naam blijft bewaard tot dan.</source>
        <translation>Donnez un nom au rôle. L’ancien nom reste enregistré d’ici là.</translation>
    </message>
    <message>
        <source>Gekozen huidige rol verwijderen</source>
        <translation>Supprimer le rôle actuel choisi</translation>
    </message>
    <message>
        <source>Gekozen stap verwijderen</source>
        <translation>Supprimer l’étape choisie</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Gewaardeerd?</source>
        <translation>Valorisé·e ?</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Het gekozen rolplan op één blad, in eenvoudige woorden</source>
        <translation>Le plan de rôle choisi sur une page, en mots simples</translation>
    </message>
    <message>
        <source>Het rolplan &apos;%1&apos; met al zijn stappen verwijderen?</source>
        <translation>Supprimer le plan de rôle « %1 » avec toutes ses étapes ?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd voelt de cliënt zich in deze rol?</source>
        <translation>À quel point la personne se sent-elle valorisée dans ce rôle ?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd: %1</source>
        <translation>Valorisation : %1</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Rôles actuels</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>In de buurt</source>
        <translation>Dans le quartier</translation>
    </message>
    <message>
        <source>In de organisatie</source>
        <translation>Dans l’organisation</translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Petites étapes</translation>
    </message>
    <message>
        <source>Materiële dingen</source>
        <translation>Choses matérielles</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>Plus sur les obstacles</translation>
    </message>
    <message>
        <source>Meer over de drempels, of wat &apos;iets anders&apos; is</source>
        <translation>Plus sur les obstacles, ou ce qu’est « autre chose »</translation>
    </message>
    <message>
        <source>Naam van de rol</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>Niet alles is bewaard: kijk naar de melding bij het veld.</source>
        <translation>Tout n’est pas enregistré : voyez le message près du champ.</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Pas abordé</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Non enregistré : le fichier n’a pas pu être écrit. Réessayez.</translation>
    </message>
    <message>
        <source>Nieuwe huidige rol</source>
        <translation>Nouveau rôle actuel</translation>
    </message>
    <message>
        <source>Nieuwe rol</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Nieuwe stap: tegen wanneer</source>
        <translation>Nouvelle étape : pour quand</translation>
    </message>
    <message>
        <source>Nieuwe stap: wat</source>
        <translation>Nouvelle étape : quoi</translation>
    </message>
    <message>
        <source>Nieuwe stap: wie</source>
        <translation>Nouvelle étape : qui</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Soutien nécessaire</translation>
    </message>
    <message>
        <source>Nodige steun</source>
        <translation>Soutien nécessaire</translation>
    </message>
    <message>
        <source>Noem een rol, geen activiteit: niet &apos;naar het breicafé gaan&apos; maar &apos;recepten-oma van het breicafé&apos;.</source>
        <translation>Nommez un rôle, pas une activité : pas « aller au café tricot » mais « la mamie aux recettes du café tricot ».</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: kies ze op de talentenkaart.</source>
        <translation>Pas encore de talents clés : choisissez-les sur la carte des talents.</translation>
    </message>
    <message>
        <source>Nog geen voorstellen: kies eerst één tot drie focustalenten op de talentenkaart.</source>
        <translation>Pas encore de propositions : choisissez d’abord un à trois talents clés sur la carte des talents.</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Imprimer le plan de rôle…</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Beaucoup</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Weinig</source>
        <translation>Peu</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Qui le fait ?</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Besoin dans le quartier</translation>
    </message>
    <message>
        <source>Nog geen rolplan. Begin er een met Nieuw rolplan (Alt+N), of laat rollen voorstellen die passen bij de talenten van de cliënt (Alt+V).</source>
        <translation>Pas encore de plan de rôle. Commencez-en un avec Nouveau plan de rôle (Alt+N), ou faites proposer des rôles qui correspondent aux talents de la personne (Alt+P).</translation>
    </message>
    <message>
        <source>Nood in de buurt die de rol beantwoordt</source>
        <translation>Besoin du quartier auquel le rôle répond</translation>
    </message>
    <message>
        <source>Open stappen uit de rolplannen</source>
        <translation>Étapes ouvertes des plans de rôle</translation>
    </message>
    <message>
        <source>Persoonlijke groei</source>
        <translation>Développement personnel</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Plaats uit het register</source>
        <translation>Lieu du répertoire</translation>
    </message>
    <message>
        <source>R&amp;ol</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <source>Relaties en contacten</source>
        <translation>Relations et contacts</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rol met %1</source>
        <translation>Rôle avec %1</translation>
    </message>
    <message>
        <source>Rol starten met %1…</source>
        <translation>Commencer un rôle avec %1…</translation>
    </message>
    <message>
        <source>Rol toevoegen</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>&amp;Proposer des rôles…</translation>
    </message>
    <message>
        <source>Rollen die de cliënt nu heeft</source>
        <translation>Rôles que la personne a aujourd’hui</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten</source>
        <translation>Rôles qui correspondent aux talents clés</translation>
    </message>
    <message>
        <source>Rollen voorstellen</source>
        <translation>Proposer des rôles</translation>
    </message>
    <message>
        <source>Rolplan &amp;starten</source>
        <translation>&amp;Commencer le plan de rôle</translation>
    </message>
    <message>
        <source>Rolplan verwijderen</source>
        <translation>Supprimer le plan de rôle</translation>
    </message>
    <message>
        <source>Rolplan verwijderen…</source>
        <translation>Supprimer le plan de rôle…</translation>
    </message>
    <message>
        <source>Rolplan wijzigen</source>
        <translation>Modifier le plan de rôle</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Plans de rôle</translation>
    </message>
    <message>
        <source>Ruimer: de stad, elders</source>
        <translation>Plus large : la ville, ailleurs</translation>
    </message>
    <message>
        <source>Schrijf eerst de evaluatie in de woorden van de cliënt; dan kan het plan op &apos;Geëvalueerd&apos;.</source>
        <translation>Écrivez d’abord l’évaluation avec les mots de la personne ; ensuite le plan peut passer à « Évalué ».</translation>
    </message>
    <message>
        <source>Sleutelpersoon uit het register</source>
        <translation>Personne clé du répertoire</translation>
    </message>
    <message>
        <source>Stap &amp;toevoegen</source>
        <translation>&amp;Ajouter l’étape</translation>
    </message>
    <message>
        <source>Stap gedaan: %1</source>
        <translation>Étape faite : %1</translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation>Statut du plan</translation>
    </message>
    <message>
        <source>Stigma</source>
        <translation>Stigmatisation</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Talenten waarop de rol steunt</source>
        <translation>Talents sur lesquels le rôle s’appuie</translation>
    </message>
    <message>
        <source>Typ eerst de rol, bijvoorbeeld &apos;buur&apos;.</source>
        <translation>Tapez d’abord le rôle, par exemple « voisin·e ».</translation>
    </message>
    <message>
        <source>Van &apos;%1&apos; kan het plan niet meteen naar &apos;%2&apos;. Mogelijk: %3.</source>
        <translation>De « %1 », le plan ne peut pas passer directement à « %2 ». Possible : %3.</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Voorgesteld omdat het past bij: %1.</source>
        <translation>Proposé parce que cela correspond à : %1.</translation>
    </message>
    <message>
        <source>Voorgestelde rollen</source>
        <translation>Rôles proposés</translation>
    </message>
    <message>
        <source>Vrijheid</source>
        <translation>Liberté</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Waar speelt de rol</source>
        <translation>Où le rôle se joue</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <translation>Où : %1</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Ce que cela apporte</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Qui ouvre la porte</translation>
    </message>
    <message>
        <source>Zeg kort wat &apos;iets anders&apos; is.</source>
        <translation>Dites brièvement ce qu’est « autre chose ».</translation>
    </message>
    <message>
        <source>Zelfvertrouwen</source>
        <translation>Confiance en soi</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj-mm-aaaa</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>— uit het register —</source>
        <translation>— du répertoire —</translation>
    </message>
    <message>
        <source>⚠ Stappen uit een rolplan over datum:</source>
        <translation>⚠ Étapes d’un plan de rôle en retard :</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bestands&amp;naam:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Zoeken in:</source>
        <translation>Regarder dans :</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het formulier; het wordt opnieuw geprobeerd.</source>
        <translation>Pas enregistré : %1. Ce qui était déjà enregistré reste intact. Votre saisie est toujours dans le formulaire ; un nouvel essai sera fait.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Opnieuw proberen te bewaren</source>
        <translation>Réessayer d’enregistrer</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>het bestand is bezet door een ander programma</source>
        <translation>le fichier est occupé par un autre programme</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden</source>
        <translation>le fichier n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>het bestand mag niet beschreven worden</source>
        <translation>le fichier est protégé en écriture</translation>
    </message>
    <message>
        <source>… Wijzigingen worden bewaard.</source>
        <translation>… Les modifications sont en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: %1 Al de rest is bewaard.</source>
        <translation>⚠ Non enregistré : %1 Tout le reste est enregistré.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.</source>
        <translation>⚠ Pas enregistré : corrigez d’abord ce qui est signalé près des champs.</translation>
    </message>
    <message>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Tout est enregistré.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Herstellen uit back-up…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>&amp;Modifier la phrase secrète…</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd.</source>
        <translation>Sauvegarde créée et vérifiée.</translation>
    </message>
    <message>
        <source>De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het dossierbestand zelf is niet veranderd.</source>
        <translation>La sauvegarde n’a pas pu être créée (disque plein ou dossier protégé en écriture). Le fichier de dossiers lui-même n’a pas changé.</translation>
    </message>
    <message>
        <source>Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw om het te versleutelen met een wachtwoordzin.</source>
        <translation>Ce fichier n’est pas chiffré (un fichier de démonstration ou de test). Rouvrez-le pour le chiffrer avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Faire une &amp;sauvegarde maintenant</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Back-ups staan versleuteld in de map &apos;backups&apos; naast het dossierbestand. Een verwijderde cliënt blijft in oudere back-ups staan tot die wegvallen.</source>
        <translation>Les sauvegardes sont conservées chiffrées dans le dossier « backups » à côté du fichier de dossiers. Une personne supprimée reste dans les sauvegardes plus anciennes jusqu’à ce qu’elles disparaissent.</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups</source>
        <translation>Sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups bewaren</source>
        <translation>Sauvegardes quotidiennes à conserver</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder activiteit</source>
        <translation>Verrouiller après tant de minutes sans activité</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups</source>
        <translation>Sauvegardes hebdomadaires</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups bewaren</source>
        <translation>Sauvegardes hebdomadaires à conserver</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;Observaties van de begeleider (privé)</source>
        <translation>&amp;Observations de l’accompagnateur·rice (privé)</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>&amp;Type d’entretien</translation>
    </message>
    <message>
        <source>&amp;Uur</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Alleen voor de begeleider: komt niet op de kopie voor de cliënt.</source>
        <translation>Seulement pour l’accompagnateur·rice : ne figure pas sur l’exemplaire de la personne.</translation>
    </message>
    <message>
        <source>Datum van de volgende afspraak</source>
        <translation>Date du prochain rendez-vous</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;In de eigen woorden van de cliënt</source>
        <translation>Dans les mots du cl&amp;ient</translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>In de eigen woorden van de cliënt</source>
        <translation>Avec les propres mots de la personne</translation>
    </message>
    <message>
        <source>Observaties van de begeleider, niet op de kopie voor de cliënt</source>
        <translation>Observations de l’accompagnateur·rice, pas sur l’exemplaire de la personne</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type d’entretien</translation>
    </message>
    <message>
        <source>Uur van de volgende afspraak</source>
        <translation>Heure du prochain rendez-vous</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Waaraan &amp;gewerkt</source>
        <translation>Sur quoi on a &amp;travaillé</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>Sur quoi on a travaillé</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>%1 afspraken</source>
        <translation>%1 accords</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>1 afspraak</source>
        <translation>1 accord</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bij dit gesprek horen geen afspraken.</source>
        <translation>Aucun accord n’est lié à cet entretien.</translation>
    </message>
    <message>
        <source>De %1 afspraken van dit gesprek gaan mee weg.</source>
        <translation>Les %1 accords de cet entretien seront supprimés aussi.</translation>
    </message>
    <message>
        <source>De afspraak van dit gesprek gaat mee weg.</source>
        <translation>L’accord de cet entretien sera supprimé aussi.</translation>
    </message>
    <message>
        <source>De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Les autres entretiens et le reste du dossier restent tels quels. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Entretien du %1</translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation>Supprimer l’entretien</translation>
    </message>
    <message>
        <source>Gesprek verwijderen…</source>
        <translation>Supprimer l’entretien…</translation>
    </message>
    <message>
        <source>Gesprekken (nieuwste eerst)</source>
        <translation>Entretiens (les plus récents d’abord)</translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Entretiens, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Het gekozen gesprek verwijderen</source>
        <translation>Supprimer l’entretien choisi</translation>
    </message>
    <message>
        <source>Het gesprek van %1 wordt verwijderd.</source>
        <translation>L’entretien du %1 sera supprimé.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Pas supprimé : le fichier n’a pas pu être écrit. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Nieuw gesprek (wordt bewaard zodra je typt)</source>
        <translation>Nouvel entretien (enregistré dès que vous tapez)</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Schrijf rechts het eerste: het wordt bewaard zodra je typt.</source>
        <translation>Pas encore d’entretiens. Écrivez le premier à droite : il est enregistré dès que vous tapez.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Rubriques des paramètres</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Accompagnateur·rice (votre nom)</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Logo van de organisatie (komt op de samenvatting; wordt in het dossierbestand bewaard)</source>
        <translation>&amp;Logo de l’organisation (figure sur le résumé ; conservé dans le fichier de dossiers)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan de afgedrukte samenvatting.</source>
        <translation>Ces noms figurent en haut du résumé imprimé.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet als afbeelding gelezen worden.</source>
        <translation>Ce fichier ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <source>Geen logo gekozen.</source>
        <translation>Aucun logo choisi.</translation>
    </message>
    <message>
        <source>Geldt meteen, voor de hele toepassing.</source>
        <translation>S’applique tout de suite, à toute l’application.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Nom de l’accompagnateur·rice</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Organisatie en begeleider</source>
        <translation>Organisation et accompagnateur·rice</translation>
    </message>
    <message>
        <source>Pad naar het logobestand</source>
        <translation>Chemin du fichier du logo</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Langue de Resokit Desktop</translation>
    </message>
    <message>
        <source>een PNG- of JPG-bestand</source>
        <translation>un fichier PNG ou JPG</translation>
    </message>
</context>
<context>
    <name>SortBoard</name>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sleep een kaart naar een stapel, of kies ze en druk 1–4 (0: terug naar de stapel kaarten, F: focustalent, rechtermuisknop of menutoets: verplaatsen naar…).</source>
        <translation>Faites glisser une carte vers une pile, ou choisissez-la et appuyez sur 1–4 (0 : retour au paquet, F : talent clé, clic droit ou touche menu : déplacer vers…).</translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message>
        <source>Focustalent aan of uit</source>
        <translation>Talent clé oui ou non</translation>
    </message>
    <message>
        <source>Kaart naar ‘%1’</source>
        <translation>Carte vers « %1 »</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>(nog geen gesprek)</source>
        <translation>(pas encore d’entretien)</translation>
    </message>
    <message>
        <source>Enkel initialen</source>
        <translation>Initiales seulement</translation>
    </message>
    <message>
        <source>Exemplaar:</source>
        <translation>Exemplaire :</translation>
    </message>
    <message>
        <source>Gesprek:</source>
        <translation>Entretien :</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken</source>
        <translation>Imprimer le résumé</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>resume</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Actieve rolplannen</source>
        <translation>Plans de rôle en cours</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Buurtkaart</source>
        <translation>Carte du quartier</translation>
    </message>
    <message>
        <source>Cliënt: {name}</source>
        <translation>Client·e : {name}</translation>
    </message>
    <message>
        <source>Dichterbij gekomen</source>
        <translation>Plus proches</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Er is nog geen gesprek genoteerd.</source>
        <translation>Aucun entretien n’est encore noté.</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Exemplaire pour la personne</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Exemplaire pour l’intervenant·e</translation>
    </message>
    <message>
        <source>Focustalenten</source>
        <translation>Talents clés</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Geen afspraken genoteerd.</source>
        <translation>Aucun engagement noté.</translation>
    </message>
    <message>
        <source>Geen verschillen met de vorige versie.</source>
        <translation>Aucune différence avec la version précédente.</translation>
    </message>
    <message>
        <source>Gesprek van {date} ({kind})</source>
        <translation>Entretien du {date} ({kind})</translation>
    </message>
    <message>
        <source>Gevoel</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>L’entretien</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Hoe ver het staat</source>
        <translation>Où en est le plan</translation>
    </message>
    <message>
        <source>Hulp die je krijgt</source>
        <translation>L’aide que vous recevez</translation>
    </message>
    <message>
        <source>Hulpverlener: {name}</source>
        <translation>Intervenant·e : {name}</translation>
    </message>
    <message>
        <source>In eigen woorden</source>
        <translation>Avec ses propres mots</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Toile d’inclusion</translation>
    </message>
    <message>
        <source>Je netwerk in beeld</source>
        <translation>Ton réseau en images</translation>
    </message>
    <message>
        <source>Je netwerk in cijfers</source>
        <translation>Votre réseau en chiffres</translation>
    </message>
    <message>
        <source>Jouw buurt</source>
        <translation>Votre quartier</translation>
    </message>
    <message>
        <source>Jouw netwerk</source>
        <translation>Votre réseau</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Petites étapes</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Niet meer in het web</source>
        <translation>Plus dans la toile</translation>
    </message>
    <message>
        <source>Nieuw erbij</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Soutien nécessaire</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Besoin dans le quartier</translation>
    </message>
    <message>
        <source>Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)</source>
        <translation>Observations de l’intervenant·e (absentes de l’exemplaire pour la personne)</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Rollen waar je aan werkt</source>
        <translation>Les rôles que vous construisez</translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation>Résumé de l’entretien</translation>
    </message>
    <message>
        <source>Samenvatting van ons gesprek</source>
        <translation>Résumé de notre entretien</translation>
    </message>
    <message>
        <source>Sleutelpersoon</source>
        <translation>Personne clé</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>Du registre du quartier</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Plus éloignés</translation>
    </message>
    <message>
        <source>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</source>
        <translation>Confidentiel – contient des données personnelles ; ne pas transmettre sans accord.</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation>Pour : {name}</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Waar je sterk in bent</source>
        <translation>Vos points forts</translation>
    </message>
    <message>
        <source>Waar we over spraken</source>
        <translation>Ce dont nous avons parlé</translation>
    </message>
    <message>
        <source>Waarom het de buurt helpt</source>
        <translation>Pourquoi cela aide le quartier</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Wat de cliënt erover zegt</source>
        <translation>Ce qu’en dit la personne</translation>
    </message>
    <message>
        <source>Wat het je geeft</source>
        <translation>Ce que cela vous apporte</translation>
    </message>
    <message>
        <source>Wat het moeilijk maakt</source>
        <translation>Ce qui rend les choses difficiles</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Ce que cela apporte</translation>
    </message>
    <message>
        <source>Wat is er veranderd sinds {date}?</source>
        <translation>Qu’est-ce qui a changé depuis le {date} ?</translation>
    </message>
    <message>
        <source>Wat je er goed in maakt</source>
        <translation>Ce qui fait que vous êtes doué·e</translation>
    </message>
    <message>
        <source>Wat jij erover zegt</source>
        <translation>Ce que vous en dites</translation>
    </message>
    <message>
        <source>Wat jij zei</source>
        <translation>Ce que vous avez dit</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <source>We zien elkaar terug op</source>
        <translation>Nous nous revoyons le</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Qui ouvre la porte</translation>
    </message>
    <message>
        <source>Zoals getekend op {date}</source>
        <translation>Telle que dessinée le {date}</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>sinds {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>{copy} · afgedrukt op {date}</source>
        <translation>{copy} · imprimé le {date}</translation>
    </message>
</context>
<context>
    <name>TalentTexts</name>
    <message>
        <source>Dit doe ik graag</source>
        <translation>J’aime faire ceci</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Je sais faire ceci</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Je veux apprendre ceci</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Pas pour moi maintenant</translation>
    </message>
    <message>
        <source>Stapel kaarten</source>
        <translation>Paquet de cartes</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>l’intervenant·e</translation>
    </message>
    <message>
        <source>de persoon zelf</source>
        <translation>la personne elle-même</translation>
    </message>
    <message>
        <source>iemand uit het netwerk</source>
        <translation>quelqu’un du réseau</translation>
    </message>
</context>
<context>
    <name>TalentsPresentation</name>
    <message>
        <source>Sleep een kaart met je vinger of de muis naar een stapel   ·   1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   Esc: terug</source>
        <translation>Faites glisser une carte du doigt ou à la souris vers une pile   ·   1–4 : vers une pile, 0 : retour   ·   F : talent clé   ·   Échap : retour</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Talentenkaart</source>
        <translation>Carte des talents</translation>
    </message>
</context>
<context>
    <name>TalentsPreview</name>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Imprimer « Mes talents »</translation>
    </message>
    <message>
        <source>mijn-talenten</source>
        <translation>mes-talents</translation>
    </message>
</context>
<context>
    <name>TalentsSheet</name>
    <message>
        <source>(geeft energie)</source>
        <translation>(donne de l’énergie)</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>J’aime faire ceci</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Je sais faire ceci</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Je veux apprendre ceci</translation>
    </message>
    <message>
        <source>Er zijn nog geen kaarten gesorteerd.</source>
        <translation>Aucune carte n’a encore été triée.</translation>
    </message>
    <message>
        <source>Gesorteerd op {date}</source>
        <translation>Trié le {date}</translation>
    </message>
    <message>
        <source>Mijn talenten</source>
        <translation>Mes talents</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Pas pour moi maintenant</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>De : {name}</translation>
    </message>
    <message>
        <source>★ = een van mijn drie focustalenten</source>
        <translation>★ = un de mes trois talents clés</translation>
    </message>
</context>
<context>
    <name>TalentsTab</name>
    <message>
        <source>%1 (%2 kaarten)</source>
        <translation>%1 (%2 cartes)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>De kaarten groot, op het volledige scherm (F11)</source>
        <translation>Les cartes en grand, en plein écran (F11)</translation>
    </message>
    <message>
        <source>Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.</source>
        <translation>Une carte dans « Pas pour moi maintenant » ne peut pas être un talent clé.</translation>
    </message>
    <message>
        <source>Een nieuwe sortering komt naast de vorige; die blijft bewaard. Vertrek je van de vorige sortering of van een lege tafel?</source>
        <translation>Un nouveau tri vient à côté du précédent, qui reste conservé. Partir du tri précédent ou d’une table vide ?</translation>
    </message>
    <message>
        <source>Eigen kaart…</source>
        <translation>Carte personnelle…</translation>
    </message>
    <message>
        <source>Er zijn al drie focustalenten. Zet er eerst één af om een ander te kiezen.</source>
        <translation>Il y a déjà trois talents clés. Retirez-en d’abord un pour en choisir un autre.</translation>
    </message>
    <message>
        <source>Focustalenten: %1</source>
        <translation>Talents clés : %1</translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Imprimer « Mes talents »</translation>
    </message>
    <message>
        <source>Nieuwe sortering</source>
        <translation>Nouveau tri</translation>
    </message>
    <message>
        <source>Nieuwe sortering…</source>
        <translation>Nouveau tri…</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: maak er één tot drie (F) om rollen te laten voorstellen.</source>
        <translation>Pas encore de talents clés : choisissez-en un à trois (F) pour recevoir des propositions de rôles.</translation>
    </message>
    <message>
        <source>Over de gekozen kaart</source>
        <translation>À propos de la carte choisie</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>&amp;Proposer des rôles…</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten; de gekozen rol wordt een rolplan op het tabblad Rollen</source>
        <translation>Des rôles qui correspondent aux talents clés ; le rôle choisi devient un plan de rôle dans l’onglet Rôles</translation>
    </message>
    <message>
        <source>Sortering van:</source>
        <translation>Tri du :</translation>
    </message>
    <message>
        <source>Van de vorige</source>
        <translation>À partir du précédent</translation>
    </message>
    <message>
        <source>Welke sortering</source>
        <translation>Quel tri</translation>
    </message>
    <message>
        <source>een voorbeeld bij een kaart is te lang</source>
        <translation>un exemple sur une carte est trop long</translation>
    </message>
    <message>
        <source>nieuw (nog niets gesorteerd)</source>
        <translation>nouveau (rien de trié)</translation>
    </message>
    <message>
        <source>‘Mijn talenten’ op één blad, in de taal van de cliënt</source>
        <translation>« Mes talents » sur une page, dans la langue de la personne</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Overdracht maken</source>
        <translation>&amp;Créer la transmission</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Bestand voor de overdracht</source>
        <translation>Fichier pour la transmission</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Hier kan geen bestand komen. Kies een gewone bestandsnaam in een bestaande map.</source>
        <translation>Aucun fichier ne peut être créé ici. Choisissez un nom de fichier ordinaire dans un dossier existant.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens %1 tekens.</source>
        <translation>Choisissez une phrase secrète d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Choisissez où placer le fichier.</translation>
    </message>
    <message>
        <source>Klaar: %1 is gemaakt.</source>
        <translation>Terminé : %1 a été créé.</translation>
    </message>
    <message>
        <source>Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de wachtwoordzin apart door (niet in dezelfde e-mail als het bestand).</source>
        <translation>Crée un fichier chiffré avec uniquement cette personne, pour un·e collègue. Communiquez la phrase secrète séparément (pas dans le même e-mail que le fichier).</translation>
    </message>
    <message>
        <source>Niet gemaakt: het bestand kon niet geschreven worden (is de schijf vol?). Er is geen half bestand achtergebleven.</source>
        <translation>Pas créé : le fichier n’a pas pu être écrit (le disque est-il plein ?). Aucun fichier incomplet n’est resté.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Transmission (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht bewaren</source>
        <translation>Enregistrer la transmission</translation>
    </message>
    <message>
        <source>Overdragen aan een collega</source>
        <translation>Transmettre à un·e collègue</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Wachtwoordzin voor de overdracht</source>
        <translation>Phrase secrète de la transmission</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Niet inlezen (overslaan)</source>
        <translation>&amp;Ne pas importer (passer)</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Cliënt: %1
Inhoud: %2
Gemaakt op: %3</source>
        <translation>Personne : %1
Contenu : %2
Créé le : %3</translation>
    </message>
    <message>
        <source>Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.</source>
        <translation>Une personne porte déjà ce nom. Choisissez ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>Het bestand is in orde.</source>
        <translation>Le fichier est en ordre.</translation>
    </message>
    <message>
        <source>Ingelezen als nieuwe cliënt.</source>
        <translation>Importé comme nouvelle personne.</translation>
    </message>
    <message>
        <source>Inlezen als &amp;nieuwe cliënt</source>
        <translation>Importer comme &amp;nouvelle personne</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Pas importé : le fichier de dossiers n’a pas pu être écrit. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Transmission (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht kiezen</source>
        <translation>Choisir une transmission</translation>
    </message>
    <message>
        <source>Overdracht van een collega inlezen</source>
        <translation>Importer la transmission d’un·e collègue</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Fichier de transmission</translation>
    </message>
    <message>
        <source>Overgeslagen: er is niets ingelezen.</source>
        <translation>Passé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de overdracht</source>
        <translation>Phrase secrète de la transmission</translation>
    </message>
    <message>
        <source>afspraak/afspraken</source>
        <translation>accord(s)</translation>
    </message>
    <message>
        <source>alleen de persoonsgegevens</source>
        <translation>seulement les données personnelles</translation>
    </message>
    <message>
        <source>gesprek(ken)</source>
        <translation>entretien(s)</translation>
    </message>
    <message>
        <source>persoon/plaats(en) in het netwerk</source>
        <translation>personne(s)/lieu(x) dans le réseau</translation>
    </message>
    <message>
        <source>rolplan(nen)</source>
        <translation>plan(s) de rôle</translation>
    </message>
    <message>
        <source>versie(s) van het inclusieweb</source>
        <translation>version(s) de la toile d’inclusion</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message>
        <source>De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.</source>
        <translation>Le disque est plein : le fichier de dossiers ne peut pas être ouvert maintenant. Ce n&apos;est pas dû à votre phrase secrète. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Geef de wachtwoordzin van het dossierbestand %1.</source>
        <translation>Saisissez la phrase secrète du fichier de dossiers %1.</translation>
    </message>
    <message>
        <source>Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een map waar je mag schrijven.</source>
        <translation>Le fichier de dossiers ou son dossier est en lecture seule : Resokit Desktop doit pouvoir y écrire. Ce n&apos;est pas dû à votre phrase secrète. Placez le fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Resokit Desktop ontgrendelen</source>
        <translation>Déverrouiller Resokit Desktop</translation>
    </message>
    <message>
        <source>Verkeerde wachtwoordzin, of het bestand is beschadigd. Let op hoofdletters en spaties.</source>
        <translation>Phrase secrète erronée, ou le fichier est endommagé. Attention aux majuscules et aux espaces.</translation>
    </message>
    <message>
        <source>Volgende poging over %1 s.</source>
        <translation>Prochain essai dans %1 s.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Alles staat op dit web. Iemand nieuw: dubbelklik op een lege plek of druk Insert.</source>
        <translation>Tout est sur cette toile. Quelqu’un de nouveau : double-cliquez sur un endroit vide ou appuyez sur Insert.</translation>
    </message>
    <message>
        <source>Contacten en plaatsen die niet op dit web staan</source>
        <translation>Contacts et lieux qui ne sont pas sur cette toile</translation>
    </message>
    <message>
        <source>Contacten en plaatsen van deze cliënt die niet op deze versie staan. Sleep ze op het web.</source>
        <translation>Contacts et lieux de cette personne qui ne figurent pas dans cette version. Glissez-les sur la toile.</translation>
    </message>
    <message>
        <source>Niet op dit web</source>
        <translation>Pas sur cette toile</translation>
    </message>
    <message>
        <source>Op het web zetten</source>
        <translation>Placer sur la toile</translation>
    </message>
    <message>
        <source>Sleep naar het web, of kies en klik op &apos;Op het web zetten&apos;</source>
        <translation>Glissez vers la toile, ou choisissez et cliquez sur « Placer sur la toile »</translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message>
        <source>Soort wijzigen</source>
        <extracomment>The document changed (autosave, indicators). The selected member ids changed. A member was just created by the user: the panel should focus its name.</extracomment>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Kenmerk wijzigen</source>
        <translation>Modifier une caractéristique</translation>
    </message>
    <message>
        <source>Leden verwijderen</source>
        <translation>Retirer des membres</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Verbinding verwijderen</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <source>Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een andere naam.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire (un dossier, un périphérique, un tube ou un lien). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>GraphML-netwerk (*.graphml)</source>
        <translation>Réseau GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven: %1</source>
        <translation>Le fichier n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Inclusieweb exporteren</source>
        <translation>Exporter la toile d’inclusion</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>WebLegend</name>
    <message>
        <source>Betaalde hulp</source>
        <translation>Aide payée</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Tendu</translation>
    </message>
    <message>
        <source>Gewenst (stippels, ☆)</source>
        <translation>Souhaité (pointillés, ☆)</translation>
    </message>
    <message>
        <source>Kennen elkaar</source>
        <translation>Se connaissent</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Lien léger</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Nuisible</translation>
    </message>
    <message>
        <source>Slapend (streepjes, z)</source>
        <translation>En sommeil (tirets, z)</translation>
    </message>
    <message>
        <source>Slapend, om te reactiveren (↻)</source>
        <translation>En sommeil, à réactiver (↻)</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Lien fort</translation>
    </message>
    <message>
        <source>Verbroken (doorgestreept)</source>
        <translation>Rompu (barré)</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Inclusieweb</source>
        <translation>Toile d’inclusion</translation>
    </message>
    <message>
        <source>Sleep een vorm op het web om iemand of iets toe te voegen</source>
        <translation>Glissez une forme sur la toile pour ajouter quelqu’un ou quelque chose</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Accompagnateur·rice (votre nom)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin kiezen</source>
        <translation>&amp;Choisir la phrase secrète</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Daarna kies je een wachtwoordzin; pas dan wordt het dossierbestand gemaakt.</source>
        <translation>Vous choisirez ensuite une phrase secrète ; c’est alors seulement que le fichier de dossiers est créé.</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan wat je afdrukt. Je mag ze leeg laten en later invullen bij Instellingen.</source>
        <translation>Ces noms figurent en haut de ce que vous imprimez. Vous pouvez les laisser vides et les remplir plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Met &amp;voorbeelddossiers</source>
        <translation>Avec des &amp;dossiers d’exemple</translation>
    </message>
    <message>
        <source>Met Resokit Desktop breng je samen met een cliënt diens netwerk in kaart: wie er is, wie steunt en wie er nog kan bijkomen. Je houdt gesprekken bij, tekent het inclusieweb, zoekt talenten en plant rollen die de cliënt waardeert. Alles blijft op deze computer, versleuteld.</source>
        <translation>Avec Resokit Desktop, vous cartographiez le réseau d’une personne avec elle : qui est là, qui soutient et qui pourrait encore s’y ajouter. Vous notez les entretiens, dessinez la toile d’inclusion, cherchez des talents et planifiez des rôles que la personne valorise. Tout reste sur cet ordinateur, chiffré.</translation>
    </message>
    <message>
        <source>Met een &amp;leeg bestand</source>
        <translation>Avec un fichier &amp;vide</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Nom de l’accompagnateur·rice</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Om rond te kijken en te oefenen: enkele verzonnen cliënten met gesprekken, webs en rollen.</source>
        <translation>Pour découvrir et s’exercer : quelques client·es fictif·ves avec entretiens, toiles et rôles.</translation>
    </message>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Langue de Resokit Desktop</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens.</source>
        <translation>Trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Te&amp;rug</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Voor echt werk: je maakt zelf je eerste cliënt aan.</source>
        <translation>Pour le vrai travail : vous créez vous-même votre premier·ère client·e.</translation>
    </message>
    <message>
        <source>Waarmee wil je beginnen?</source>
        <translation>Par quoi voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Welkom bij Resokit Desktop</source>
        <translation>Bienvenue dans Resokit Desktop</translation>
    </message>
</context>
</TS>
