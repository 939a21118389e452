<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AccessExport</name>
    <message>
        <source>%1 en %2 kennen elkaar</source>
        <translation>%1 and %2 know each other</translation>
    </message>
    <message>
        <source>%1 jaar na het afsluiten van het dossier</source>
        <translation>%1 years after the file is closed</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Andere personen</source>
        <translation>Other people</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tie</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Paid help</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Kept for</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.</source>
        <translation>This overview holds all the data your worker keeps about you in Resokit Desktop, on the date below. The data is used only for your support, is kept only on your worker’s computer and is not shared without your consent.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Eigen talentkaarten</source>
        <translation>Own talent cards</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Focustalent nummer</source>
        <translation>Focus talent number</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Geeft energie</source>
        <translation>Gives energy</translation>
    </message>
    <message>
        <source>Geen vermeldingen.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation>Named by</translation>
    </message>
    <message>
        <source>Genoemd door (uit het netwerk)</source>
        <translation>Named by (from the network)</translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation>Conversation of</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Geven en krijgen</source>
        <translation>Giving and receiving</translation>
    </message>
    <message>
        <source>Grens van uw buurt</source>
        <translation>Boundary of your neighbourhood</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd</source>
        <translation>How valued</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>How it feels there</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Current roles</translation>
    </message>
    <message>
        <source>In het buurtregister</source>
        <translation>In the neighbourhood register</translation>
    </message>
    <message>
        <source>In uw eigen woorden</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Inzage in uw gegevens</source>
        <translation>Access to your data</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>More about the barriers</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Met wie u naar een plaats gaat</source>
        <translation>With whom you go to a place</translation>
    </message>
    <message>
        <source>Moeilijke band</source>
        <translation>Strained tie</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Name of who named it</translation>
    </message>
    <message>
        <source>Nog steeds</source>
        <translation>Still</translation>
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
        <translation>Worker’s observations</translation>
    </message>
    <message>
        <source>Opnieuw contact zoeken</source>
        <translation>Get back in touch</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Personen en plaatsen in het netwerk</source>
        <translation>People and places in the network</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Plaats in het netwerk</source>
        <translation>Place in the network</translation>
    </message>
    <message>
        <source>Plaatsen in het inclusieweb</source>
        <translation>Places in the inclusion web</translation>
    </message>
    <message>
        <source>Plaatsen op de buurtkaart</source>
        <translation>Places on the neighbourhood map</translation>
    </message>
    <message>
        <source>Plek op de kaart (boven-onder)</source>
        <translation>Spot on the map (top-bottom)</translation>
    </message>
    <message>
        <source>Plek op de kaart (links-rechts)</source>
        <translation>Spot on the map (left-right)</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Role plan</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Role plans</translation>
    </message>
    <message>
        <source>Schadelijke band</source>
        <translation>Harmful tie</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Key person</translation>
    </message>
    <message>
        <source>Sleutelfiguur in het netwerk</source>
        <translation>Key person in the network</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Kind of tie</translation>
    </message>
    <message>
        <source>Stapel</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Stappen in rolplannen</source>
        <translation>Steps in role plans</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steun die nodig is</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Stratenplan</source>
        <translation>Street map</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
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
        <translation>Talents in role plans</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thuis (boven-onder)</source>
        <translation>Home (top-bottom)</translation>
    </message>
    <message>
        <source>Thuis (links-rechts)</source>
        <translation>Home (left-right)</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Vergelijkingen van het inclusieweb</source>
        <translation>Comparisons of the inclusion web</translation>
    </message>
    <message>
        <source>Versie van</source>
        <translation>Version of</translation>
    </message>
    <message>
        <source>Versies van de buurtkaart</source>
        <translation>Versions of the neighbourhood map</translation>
    </message>
    <message>
        <source>Versies van het inclusieweb</source>
        <translation>Versions of the inclusion web</translation>
    </message>
    <message>
        <source>Vertrouwelijk: persoonsgegevens</source>
        <translation>Confidential: personal data</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>What we worked on</translation>
    </message>
    <message>
        <source>Wanneer uw dossier werd gebruikt</source>
        <translation>When your file was used</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat die persoon voor u betekent</source>
        <translation>What they mean to you</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>What it brings</translation>
    </message>
    <message>
        <source>Welke vraag het beantwoordt</source>
        <translation>What need it answers</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Who knows whom</translation>
    </message>
    <message>
        <source>Wie of wat</source>
        <translation>Who or what</translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>dossierbestand geopend</source>
        <translation>dossier file opened</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>inzage gegeven</source>
        <translation>access given</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>namen vervangen door initialen</source>
        <translation>names replaced by initials</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>neutraal</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <source>onveilig</source>
        <translation>unsafe</translation>
    </message>
    <message>
        <source>overgedragen aan een collega</source>
        <translation>handed over to a colleague</translation>
    </message>
    <message>
        <source>overgenomen van een collega</source>
        <translation>taken over from a colleague</translation>
    </message>
    <message>
        <source>reservekopie gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>reservekopie teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>u gaat er nu naartoe</source>
        <translation>you go there now</translation>
    </message>
    <message>
        <source>u ging er vroeger naartoe</source>
        <translation>you used to go there</translation>
    </message>
    <message>
        <source>u mijdt deze plek</source>
        <translation>you avoid this place</translation>
    </message>
    <message>
        <source>u zou er graag naartoe gaan</source>
        <translation>you would like to go there</translation>
    </message>
    <message>
        <source>veilig</source>
        <translation>safe</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>wachtwoord gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Namen van andere personen vervangen door initialen</source>
        <translation>Replace other people’s &amp;names with initials</translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een bestaande map.</source>
        <translation>This folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Inzage geven</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Klaar: %1 en %2 staan in de map.</source>
        <translation>Done: %1 and %2 are in the folder.</translation>
    </message>
    <message>
        <source>Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, voor een vraag om inzage. Geef ze alleen aan de cliënt zelf.</source>
        <translation>Makes a readable PDF and a JSON file with all the data on this client, for a request for access. Give them only to the client in person.</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Map voor de bestanden</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf vol of de map beveiligd?). Er is geen half bestand achtergebleven.</source>
        <translation>Not exported: the files could not be written (is the disk full or the folder protected?). No half-written file was left behind.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Gesprek verwijderen…</source>
        <translation>&amp;Delete conversation…</translation>
    </message>
    <message>
        <source>&amp;Reflectielijst voor het team…</source>
        <translation>Team &amp;reflection list…</translation>
    </message>
    <message>
        <source>Anonieme &amp;cijfers exporteren…</source>
        <translation>Export anonymous &amp;figures…</translation>
    </message>
    <message>
        <source>Caseload-&amp;overzicht…</source>
        <translation>Caseload &amp;overview…</translation>
    </message>
    <message>
        <source>Gesprek verwijderd.</source>
        <translation>Conversation deleted.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst het gesprek dat weg moet.</source>
        <translation>First choose the conversation to delete in the list.</translation>
    </message>
    <message>
        <source>Inclusie&amp;web bewaren</source>
        <translation>Save the inclusion &amp;web</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie van het inclusieweb</source>
        <translation>New &amp;version of the inclusion web</translation>
    </message>
    <message>
        <source>Web &amp;presenteren (volledig scherm)</source>
        <translation>&amp;Present the web (full screen)</translation>
    </message>
    <message>
        <source>Buu&amp;rtregister en buurtscan…</source>
        <translation>Neighbourhood &amp;register and scan…</translation>
    </message>
    <message>
        <source>Buurtkaart organi&amp;satie…</source>
        <translation>&amp;Organisation’s neighbourhood map…</translation>
    </message>
</context>
<context>
    <name>AggregateExport</name>
    <message>
        <source>Aantal cliënten</source>
        <translation>Number of clients</translation>
    </message>
    <message>
        <source>Advies: alleen betaald</source>
        <translation>Advice: paid only</translation>
    </message>
    <message>
        <source>Advies: niemand</source>
        <translation>Advice: nobody</translation>
    </message>
    <message>
        <source>Anonieme cijfers exporteren</source>
        <translation>Export anonymous figures</translation>
    </message>
    <message>
        <source>Anonieme telling: geen namen, geen vrije tekst.</source>
        <translation>Anonymous count: no names, no free text.</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cliënten met een web in deze periode</source>
        <translation>Clients with a web in this period</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Een aantal van 1 of 2 cliënten wordt niet getoond (“&lt;3”), zodat niemand te herkennen is.</source>
        <translation>A count of 1 or 2 clients is not shown (“&lt;3”), so that nobody can be recognised.</translation>
    </message>
    <message>
        <source>Emotionele steun: alleen betaald</source>
        <translation>Emotional support: paid only</translation>
    </message>
    <message>
        <source>Emotionele steun: niemand</source>
        <translation>Emotional support: nobody</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} versies).</source>
        <translation>Written: {csv} and {pdf} ({clients} clients, {versions} versions).</translation>
    </message>
    <message>
        <source>Gezelschap: alleen betaald</source>
        <translation>Companionship: paid only</translation>
    </message>
    <message>
        <source>Gezelschap: niemand</source>
        <translation>Companionship: nobody</translation>
    </message>
    <message>
        <source>Met slapende banden</source>
        <translation>With dormant ties</translation>
    </message>
    <message>
        <source>Netwerk van 0 tot 5 leden</source>
        <translation>Network of 0 to 5 members</translation>
    </message>
    <message>
        <source>Netwerk van 16 tot 29 leden</source>
        <translation>Network of 16 to 29 members</translation>
    </message>
    <message>
        <source>Netwerk van 30 leden of meer</source>
        <translation>Network of 30 members or more</translation>
    </message>
    <message>
        <source>Netwerk van 6 tot 15 leden</source>
        <translation>Network of 6 to 15 members</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: {reason}</source>
        <translation>Not exported: {reason}</translation>
    </message>
    <message>
        <source>Per cliënt een willekeurige code (telkens nieuw) en per versie van het web alleen aantallen. Geen namen, notities, contactgegevens, geboortedatum, buurt of vrije tekst. In de teamcijfers (PDF) wordt een aantal van 1 of 2 cliënten niet getoond.</source>
        <translation>Per client a random code (new every time) and per web version only counts. No names, notes, contact details, birth date, neighbourhood or free text. In the team figures (PDF) a count of 1 or 2 clients is not shown.</translation>
    </message>
    <message>
        <source>Periode: {start} tot en met {end}. Per cliënt telt de laatste versie van het web in deze periode.</source>
        <translation>Period: {start} to {end}. For each client the latest web version in this period counts.</translation>
    </message>
    <message>
        <source>Praktische hulp: alleen betaald</source>
        <translation>Practical help: paid only</translation>
    </message>
    <message>
        <source>Praktische hulp: niemand</source>
        <translation>Practical help: nobody</translation>
    </message>
    <message>
        <source>Teamcijfers (anoniem)</source>
        <translation>Team figures (anonymous)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Versies van het web in deze periode</source>
        <translation>Web versions in this period</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>anonieme-cijfers.csv</source>
        <translation>anonymous-figures.csv</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <source>Afspraak &amp;verwijderen</source>
        <translation>&amp;Remove agreement</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>#%1 (verwijderd)</source>
        <translation>#%1 (deleted)</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderd</source>
        <translation>Client deleted for good</translation>
    </message>
    <message>
        <source>Dossierbestand geopend</source>
        <translation>Dossier file opened</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Inzage gegeven (PDF en JSON)</source>
        <translation>Access given (PDF and JSON)</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Overdracht aan een collega</source>
        <translation>Handed over to a colleague</translation>
    </message>
    <message>
        <source>Overdracht van een collega ingelezen</source>
        <translation>Handover from a colleague read in</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Vermeldingen in het logboek</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, verwijderen, back-ups. Het logboek bewaart geen inhoud.</source>
        <translation>When the dossier file was used: opening, printing, exporting, deleting, backups. The log keeps no content.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.</source>
        <translation>⚠ The log has been changed or is incomplete from entry %1 on.</translation>
    </message>
    <message>
        <source>✓ Het logboek is volledig en ongewijzigd.</source>
        <translation>✓ The log is complete and unchanged.</translation>
    </message>
</context>
<context>
    <name>BuurtkaartTab</name>
    <message>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Buurtgrens</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Buurtkaart beginnen</source>
        <translation>Start a neighbourhood map</translation>
    </message>
    <message>
        <source>De buurtkaart op een eigen blad (A4 of A3)</source>
        <translation>The neighbourhood map on a page of its own (A4 or A3)</translation>
    </message>
    <message>
        <source>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is niets veranderd.</source>
        <translation>This image is damaged or incomplete and cannot be read; nothing was changed.</translation>
    </message>
    <message>
        <source>Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel zijn. Verklein ze eerst; er is niets veranderd.</source>
        <translation>This image is too large{size}: a map may have at most {max} megapixels. Make it smaller first; nothing was changed.</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen buurtkaart. Begin er een op een ingelezen stratenplan of op een lege kaart.</source>
        <translation>This client has no neighbourhood map yet. Start one on an imported street map or on a blank map.</translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.</source>
        <translation>This file is not a PNG or JPEG image; nothing was changed.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet gelezen worden; er is niets veranderd.</source>
        <translation>This file cannot be read; nothing was changed.</translation>
    </message>
    <message>
        <source>Een PNG- of JPEG-stratenplan, één keer ingelezen en bruikbaar voor elke cliënt</source>
        <translation>A PNG or JPEG street map, imported once and usable for every client</translation>
    </message>
    <message>
        <source>Een nieuwe versie van vandaag, als kopie van de laatste</source>
        <translation>A new version dated today, copied from the latest</translation>
    </message>
    <message>
        <source>Grens wissen</source>
        <translation>Clear boundary</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>M&amp;ap:</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Kaart importeren</source>
        <translation>Import map</translation>
    </message>
    <message>
        <source>Kaart importeren…</source>
        <translation>Import map…</translation>
    </message>
    <message>
        <source>Kaart ingelezen: ze is nu te kiezen voor elke cliënt.</source>
        <translation>Map imported: it can now be chosen for every client.</translation>
    </message>
    <message>
        <source>Kies een cliënt om de buurtkaart te zien.</source>
        <translation>Choose a client to see their neighbourhood map.</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Kiezen en slepen (pijltjes verschuiven)</source>
        <translation>Select and drag (arrow keys move)</translation>
    </message>
    <message>
        <source>Klik de hoekpunten van de eigen buurt; klik het eerste punt of druk Enter om te sluiten</source>
        <translation>Click the corners of the client’s own neighbourhood; click the first corner or press Enter to close it</translation>
    </message>
    <message>
        <source>Klik op de kaart om er een plaats te zetten (of Insert)</source>
        <translation>Click on the map to put a place there (or Insert)</translation>
    </message>
    <message>
        <source>Klik op de kaart waar de cliënt woont</source>
        <translation>Click on the map where the client lives</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Blank map</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Meldingen bij de buurtkaart</source>
        <translation>Neighbourhood map messages</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Not saved — try again (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Street map {n}</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Versie van de buurtkaart</source>
        <translation>Version of the neighbourhood map</translation>
    </message>
    <message>
        <source>Volledig scherm, grote letters, zonder notities (F11; Esc: terug)</source>
        <translation>Full screen, large type, no notes (F11; Esc: back)</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
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
        <translation>(nobody chosen)</translation>
    </message>
    <message>
        <source>Energie:</source>
        <translation>Energy:</translation>
    </message>
    <message>
        <source>Focustalent</source>
        <translation>Focus talent</translation>
    </message>
    <message>
        <source>Geeft het energie</source>
        <translation>Does it give energy</translation>
    </message>
    <message>
        <source>Genoemd door:</source>
        <translation>Named by:</translation>
    </message>
    <message>
        <source>Hoogstens drie focustalenten; ze gaan mee naar het ontwerpen van een rol.</source>
        <translation>Three focus talents at most; they go on into designing a role.</translation>
    </message>
    <message>
        <source>Kies een kaart op een stapel om erbij te noteren wie het noemde, een voorbeeld en of het energie geeft.</source>
        <translation>Choose a card on a pile to note who named it, an example and whether it gives energy.</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Name of who named it</translation>
    </message>
    <message>
        <source>Of in eigen woorden:</source>
        <translation>Or in your own words:</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het korter is.</source>
        <translation>Too long: at most %1 characters (now %2). This card is saved once it is shorter.</translation>
    </message>
    <message>
        <source>Voorbeeld in de woorden van de cliënt</source>
        <translation>Example in the client’s words</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>Wanneer liet je dit zien? In je eigen woorden.</source>
        <translation>When did you show this? In your own words.</translation>
    </message>
    <message>
        <source>Wie noemde dit talent</source>
        <translation>Who named this talent</translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation>Who from the network</translation>
    </message>
    <message>
        <source>Wie uit het netwerk:</source>
        <translation>Who from the network:</translation>
    </message>
    <message>
        <source>bv. mijn buurvrouw</source>
        <translation>e.g. my neighbour</translation>
    </message>
    <message>
        <source>ja, geeft energie</source>
        <translation>yes, it gives energy</translation>
    </message>
    <message>
        <source>nee, kost energie</source>
        <translation>no, it takes energy</translation>
    </message>
    <message>
        <source>nog niet besproken</source>
        <translation>not talked about yet</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>&amp;Focustalent aan of uit</source>
        <translation>&amp;Focus talent on or off</translation>
    </message>
    <message>
        <source>Terug naar de stapel</source>
        <translation>Back to the deck</translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>CardSettingsPage</name>
    <message>
        <source>Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. Doorgaan?</source>
        <translation>Nobody has sorted this card yet; it will be deleted. Continue?</translation>
    </message>
    <message>
        <source>Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, maar blijft in die sorteringen staan. Doorgaan?</source>
        <translation>This card is in the sort of %1 client(s). It leaves the deck but stays in those sorts. Continue?</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Kaart verwijderen…</source>
        <translation>Remove card…</translation>
    </message>
    <message>
        <source>Kaarten die jullie organisatie aan de stapel toevoegt, voor elke cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar blijft in die sorteringen staan.</source>
        <translation>Cards your organisation adds to the deck, for every client. A card someone already sorted leaves the deck but stays in those sorts.</translation>
    </message>
    <message>
        <source>Kaarten van de organisatie</source>
        <translation>The organisation’s cards</translation>
    </message>
    <message>
        <source>Talentkaarten</source>
        <translation>Talent cards</translation>
    </message>
    <message>
        <source>Weer in gebruik nemen</source>
        <translation>Use again</translation>
    </message>
    <message>
        <source>nieuw, wordt bewaard met OK</source>
        <translation>new, saved with OK</translation>
    </message>
    <message>
        <source>uit gebruik</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>weer in gebruik met OK</source>
        <translation>back in use with OK</translation>
    </message>
    <message>
        <source>wordt verwijderd of uit gebruik genomen met OK</source>
        <translation>removed or retired with OK</translation>
    </message>
</context>
<context>
    <name>CarriedAgreements</name>
    <message>
        <source>Afspraak gedaan: %1</source>
        <translation>Agreement done: %1</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Not saved: the file could not be written. Please try again.</translation>
    </message>
    <message>
        <source>Nog open van het gesprek van %1</source>
        <translation>Still open from the conversation of %1</translation>
    </message>
    <message>
        <source>Vink aan wat intussen gedaan is; het wordt meteen bewaard bij dat gesprek.</source>
        <translation>Tick what has been done since; it is saved straight away with that conversation.</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>3 tot 6 maanden</source>
        <translation>3 to 6 months</translation>
    </message>
    <message>
        <source>6 tot 12 maanden</source>
        <translation>6 to 12 months</translation>
    </message>
    <message>
        <source>Aantal (klik op een balk voor de cliënten)</source>
        <translation>Number (click a bar to see the clients)</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Actief (rol)</source>
        <translation>Active (role)</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Afspraken over datum</source>
        <translation>Overdue agreements</translation>
    </message>
    <message>
        <source>Balk kiezen</source>
        <translation>Choose a bar</translation>
    </message>
    <message>
        <source>Caseload-overzicht</source>
        <translation>Caseload overview</translation>
    </message>
    <message>
        <source>Cliënten per status</source>
        <translation>Clients by status</translation>
    </message>
    <message>
        <source>Cliënten van de gekozen balk</source>
        <translation>Clients of the chosen bar</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Geen onbetaalde emotionele steun</source>
        <translation>No unpaid emotional support</translation>
    </message>
    <message>
        <source>Gesprekken per maand</source>
        <translation>Conversations per month</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Kies een balk…</source>
        <translation>Choose a bar…</translation>
    </message>
    <message>
        <source>Klik op een balk om de cliënten te zien.</source>
        <translation>Click a bar to see the clients.</translation>
    </message>
    <message>
        <source>Meer dan een jaar</source>
        <translation>More than a year</translation>
    </message>
    <message>
        <source>Minder dan 3 maanden</source>
        <translation>Less than 3 months</translation>
    </message>
    <message>
        <source>Nog nooit</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Rolplannen per status (actieve cliënten)</source>
        <translation>Role plans by status (active clients)</translation>
    </message>
    <message>
        <source>Slapende banden gemarkeerd om te heractiveren</source>
        <translation>Dormant ties marked for reactivation</translation>
    </message>
    <message>
        <source>Stappen van rolplannen over datum</source>
        <translation>Role-plan steps past their date</translation>
    </message>
    <message>
        <source>Tijd sinds de laatste versie van het web</source>
        <translation>Time since the last web version</translation>
    </message>
    <message>
        <source>Tijd sinds het laatste gesprek</source>
        <translation>Time since the last conversation</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Exploring</translation>
    </message>
    <message>
        <source>Vraagt aandacht (actieve cliënten)</source>
        <translation>Needs attention (active clients)</translation>
    </message>
    <message>
        <source>{chart}: {bar} — {n} cliënten</source>
        <translation>{chart}: {bar} — {n} clients</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dit is niet de huidige wachtwoordzin.</source>
        <translation>This is not the current passphrase.</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Niet gewijzigd: het nieuwe bestand kon niet geschreven worden. De oude wachtwoordzin blijft geldig en er ging niets verloren.</source>
        <translation>Not changed: the new file could not be written. The old passphrase still works and nothing was lost.</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> (gearceerd)</source>
        <translation> (hatched)</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Aantal leden</source>
        <translation>Number of members</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp geeft: {list}.</source>
        <translation>Only paid help gives: {list}.</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Paid help</translation>
    </message>
    <message>
        <source>Blauw en effen: niet betaald; oranje en gearceerd: betaalde hulp.</source>
        <translation>Blue and solid: unpaid; orange and hatched: paid help.</translation>
    </message>
    <message>
        <source>De grafiek kon niet bewaard worden: {reason}</source>
        <translation>The chart could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb: de grafieken verschijnen zodra er een web is. Begin het op het tabblad Inclusieweb (Alt+C).</source>
        <translation>This client has no inclusion web yet: the charts appear once there is a web. Start it on the Inclusion web tab (Alt+C).</translation>
    </message>
    <message>
        <source>Dit netwerk</source>
        <translation>This network</translation>
    </message>
    <message>
        <source>Geen score, enkel ter vergelijking</source>
        <translation>Not a score, for comparison only</translation>
    </message>
    <message>
        <source>Grafiek exporteren</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Grafieken van de cliënt</source>
        <translation>The client&apos;s charts</translation>
    </message>
    <message>
        <source>Groepen en organisaties</source>
        <translation>Groups and organisations</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Het netwerk telt nu {n} leden. Ter vergelijking, zonder oordeel: mensen in een kwetsbare situatie hebben gemiddeld ongeveer {low} netwerkleden, mensen met een rijk netwerk ongeveer {high}.</source>
        <translation>The network now has {n} members. For comparison, not as a judgement: people in a vulnerable situation have about {low} network members on average, people with a rich network about {high}.</translation>
    </message>
    <message>
        <source>Hoe dichtbij, wie, betaald?</source>
        <translation>How close, who, paid?</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt:</source>
        <translation>In the client&apos;s own words:</translation>
    </message>
    <message>
        <source>Kies een cliënt om de grafieken te zien.</source>
        <translation>Choose a client to see the charts.</translation>
    </message>
    <message>
        <source>Kwetsbare situatie</source>
        <translation>Vulnerable situation</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Members per life domain</translation>
    </message>
    <message>
        <source>Levensdomeinen gebruikt</source>
        <translation>Life domains used</translation>
    </message>
    <message>
        <source>Netwerkgrootte ter vergelijking</source>
        <translation>Network size for comparison</translation>
    </message>
    <message>
        <source>Niemand geeft: {list}.</source>
        <translation>Nobody gives: {list}.</translation>
    </message>
    <message>
        <source>Niet aangeduid</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Niet betaald</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Per versie van het web: de grootte, de NDTi-scores voor personen en plaatsen, en de gebruikte levensdomeinen.</source>
        <translation>Per web version: the size, the NDTi people and places scores, and the life domains used.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Personen (NDTi)</source>
        <translation>People (NDTi)</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Plaatsen (NDTi)</source>
        <translation>Places (NDTi)</translation>
    </message>
    <message>
        <source>Rijk netwerk</source>
        <translation>Rich network</translation>
    </message>
    <message>
        <source>Ring: {ring}</source>
        <translation>Ring: {ring}</translation>
    </message>
    <message>
        <source>Samenstelling van het netwerk</source>
        <translation>Make-up of the network</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Kind of tie</translation>
    </message>
    <message>
        <source>Verandering door de tijd</source>
        <translation>Change over time</translation>
    </message>
    <message>
        <source>Versie van het web (datum)</source>
        <translation>Web version (date)</translation>
    </message>
    <message>
        <source>Wat de cliënt over de veranderingen zegt</source>
        <translation>What the client says about the changes</translation>
    </message>
    <message>
        <source>Wie geeft welke steun?</source>
        <translation>Who gives which support?</translation>
    </message>
    <message>
        <source>gemiddeld ± {n}</source>
        <translation>on average ± {n}</translation>
    </message>
    <message>
        <source>grafiek</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>{title}: afbeelding (PNG)…</source>
        <translation>{title}: image (PNG)…</translation>
    </message>
    <message>
        <source>{title}: tekening (SVG)…</source>
        <translation>{title}: drawing (SVG)…</translation>
    </message>
    <message>
        <source>{unpaid} niet betaald, {paid} betaald</source>
        <translation>{unpaid} unpaid, {paid} paid</translation>
    </message>
    <message>
        <source>± {n}</source>
        <translation>± {n}</translation>
    </message>
    <message>
        <source>⚠ Alleen betaalde hulp</source>
        <translation>⚠ Only paid help</translation>
    </message>
    <message>
        <source>⚠ Niemand</source>
        <translation>⚠ Nobody</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Naam of pseudoniem *</source>
        <translation>&amp;Name or pseudonym *</translation>
    </message>
    <message>
        <source>&amp;Soort persoon</source>
        <translation>&amp;Kind of person</translation>
    </message>
    <message>
        <source>&amp;Talen</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Buurt / &amp;gemeente</source>
        <translation>&amp;Neighbourhood / municipality</translation>
    </message>
    <message>
        <source>Buurt of gemeente</source>
        <translation>Neighbourhood or municipality</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Geboorte&amp;jaar</source>
        <translation>Year of &amp;birth</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Naam of pseudoniem (verplicht)</source>
        <translation>Name or pseudonym (required)</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Soort persoon</source>
        <translation>Kind of person</translation>
    </message>
    <message>
        <source>Startdatu&amp;m</source>
        <translation>Start dat&amp;e</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status van het dossier</source>
        <translation>Status of the dossier</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Vrije n&amp;otities (kort houden: alleen wat nodig is)</source>
        <translation>Free n&amp;otes (keep them short: only what is needed)</translation>
    </message>
    <message>
        <source>Vrije notities</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>bv. 1958</source>
        <translation>e.g. 1958</translation>
    </message>
    <message>
        <source>bv. Nederlands, Arabisch</source>
        <translation>e.g. Dutch, Arabic</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>name@example.be</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>%1 getoond</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Cliënten zoeken</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Geen cliënt gevonden voor deze zoekterm. Wis de zoekterm, of kies bij Status &quot;Alle&quot;.</source>
        <translation>No client found for this search. Clear the search, or choose &quot;All&quot; under Status.</translation>
    </message>
    <message>
        <source>Geen cliënten met deze status. Kies bij Status &quot;Alle&quot; of &quot;Actief&quot;.</source>
        <translation>No clients with this status. Choose &quot;All&quot; or &quot;Active&quot; under Status.</translation>
    </message>
    <message>
        <source>Lijst van cliënten</source>
        <translation>List of clients</translation>
    </message>
    <message>
        <source>Meer dan %1 gevonden</source>
        <translation>More than %1 found</translation>
    </message>
    <message>
        <source>Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N.</source>
        <translation>No clients yet. Add your first client with Ctrl+N.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Toon cliënten met status</source>
        <translation>Show clients with status</translation>
    </message>
    <message>
        <source>Zoek op naam, buurt of notities (Ctrl+F)</source>
        <translation>Search by name, neighbourhood or notes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>rolplan: stappen over datum (%1)</source>
        <translation>role plan: steps past their date (%1)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appt.</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Cijfers van beide versies</source>
        <translation>Figures of both versions</translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Eerder:</source>
        <translation>Earlier:</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Eerdere versie van het web</source>
        <translation>Earlier version of the web</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>In the client’s words</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Later:</translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>Latere versie van het web</source>
        <translation>Later version of the web</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Wat betekent deze verandering voor de cliënt? Schrijf het in de eigen woorden van de cliënt.</source>
        <translation>What does this change mean to the client? Write it in the client’s own words.</translation>
    </message>
    <message>
        <source>Wat de cliënt over de verandering zegt</source>
        <translation>What the client says about the change</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Datum waarop de toestemming gegeven is</source>
        <translation>Date on which consent was given</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Doel van de nieuwe toestemming</source>
        <translation>Purpose of the new consent</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Geselecteerde toestemming intrekken</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Nieuwe toestemming, doel:</source>
        <translation>New consent, purpose:</translation>
    </message>
    <message>
        <source>Toestemming toe&amp;voegen</source>
        <translation>Add &amp;consent</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>bv. gegevens bewaren, samenvatting delen</source>
        <translation>e.g. keep the data, share the summary</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>gegeven op:</source>
        <translation>given on:</translation>
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
        <translation>Paid staff and services count in the NDTi scores</translation>
    </message>
    <message>
        <source>Eigen domeinen van de organisatie</source>
        <translation>The organisation’s own domains</translation>
    </message>
    <message>
        <source>Eigen levensdomeinen</source>
        <translation>Own life domains</translation>
    </message>
    <message>
        <source>Eén domein per regel: Nederlands | Français | English
bv. Familie | Famille | Family</source>
        <translation>One domain per line: Nederlands | Français | English
e.g. Familie | Famille | Family</translation>
    </message>
    <message>
        <source>Geef tussen 2 en 16 levensdomeinen, één per regel.</source>
        <translation>Give between 2 and 16 life domains, one per line.</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke versie en staat op elke afdruk.</source>
        <translation>NDTi lets each organisation choose whether paid help counts. The choice holds for every version and is stated on every printout.</translation>
    </message>
    <message>
        <source>Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt.</source>
        <translation>New inclusion webs get these life domains. An existing web keeps the domains it was made with, so comparisons stay valid.</translation>
    </message>
    <message>
        <source>Regel %1: &apos;%2&apos; staat er al.</source>
        <translation>Line %1: &apos;%2&apos; is already there.</translation>
    </message>
    <message>
        <source>Regel %1: de Nederlandse naam ontbreekt.</source>
        <translation>Line %1: the Dutch name is missing.</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>%1 is een map, geen dossierbestand.</source>
        <translation>%1 is a folder, not a dossier file.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Back-up teruggezet. Het vorige bestand is bewaard als %1.</source>
        <translation>Backup restored. The previous file is kept as %1.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden, en er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.</source>
        <translation>Checking the dossier file found damage, and there is no backup yet. Make a copy of the file and ask for help.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt niets overschreven.</source>
        <translation>Checking the dossier file found damage. Restore a backup: the damaged file is kept aside, nothing is overwritten.</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.</source>
        <translation>The backup has been restored. The damaged file is kept aside as %1.</translation>
    </message>
    <message>
        <source>De back-up kon niet teruggezet worden. Er is niets overschreven.</source>
        <translation>The backup could not be restored. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin.</source>
        <translation>These copies of the dossier file kept aside could not be re-encrypted (they are damaged). They still open with the old passphrase.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing bij om het te openen.</source>
        <translation>This file was made with a newer version of Resokit Desktop. Update the application to open it.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet geopend worden als Resokit-dossier.</source>
        <translation>This file cannot be opened as a Resokit dossier file.</translation>
    </message>
    <message>
        <source>Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee programma&apos;s tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan opnieuw.</source>
        <translation>This dossier file has %1 names (hard links). Through another name two programs can write at the same time, and saved work is then lost. Remove the other name (or make an ordinary copy instead of a link), then open the file again.</translation>
    </message>
    <message>
        <source>Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen overschrijven.</source>
        <translation>This dossier file is already open in Resokit Desktop, since %1 (process %2 on %3). Carry on there, or close it there first. Two windows on the same file could overwrite each other’s work.</translation>
    </message>
    <message>
        <source>Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?</source>
        <translation>Some of your input has not been saved yet. Unlock first: it will be back in the form and you can save it. Quit anyway and lose that input?</translation>
    </message>
    <message>
        <source>Eerst de invoer verbeteren of verwerpen, dan vergrendelen.</source>
        <translation>First correct or discard what was typed, then lock.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand blijft onaangeroerd staan; neem een kopie en vraag hulp.</source>
        <translation>The dossier file is damaged and there is no usable backup. The file is left untouched; make a copy and ask for help.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen.</source>
        <translation>The dossier file is damaged. Enter your passphrase to choose a backup.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.</source>
        <translation>The dossier file cannot be opened: the folder is not writable.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de schijf is vol. Maak ruimte vrij en start Resokit Desktop opnieuw.</source>
        <translation>The dossier file cannot be opened: the disk is full. Free some space and start Resokit Desktop again.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop opnieuw om een back-up terug te zetten.</source>
        <translation>The dossier file can no longer be opened. Start Resokit Desktop again to restore a backup.</translation>
    </message>
    <message>
        <source>Let op: de automatische back-up is niet gelukt (schijf vol?). Het dossierbestand zelf is niet veranderd.</source>
        <translation>Note: the automatic backup failed (disk full?). The dossier file itself has not changed.</translation>
    </message>
    <message>
        <source>Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je ontgrendeld hebt.</source>
        <translation>Note: some of your input has not been saved yet (%1). It stays in memory and will be back in the form as soon as you unlock. Do not quit before unlocking.</translation>
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
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>een veld moet nog verbeterd worden</source>
        <translation>a field still needs to be corrected</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden; is de schijf vol?</source>
        <translation>the file could not be written; is the disk full?</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Over&amp;zicht</source>
        <translation>Over&amp;view</translation>
    </message>
    <message>
        <source>In&amp;clusieweb</source>
        <translation>In&amp;clusion web</translation>
    </message>
    <message>
        <source>Ges&amp;prekken</source>
        <extracomment>A role-plan step was ticked here: the client list&apos;s overdue marker may change.</extracomment>
        <translation>Se&amp;ssions</translation>
    </message>
    <message>
        <source>&amp;Rollen</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>Buurt&amp;kaart</source>
        <translation>Neighbourhood &amp;map</translation>
    </message>
    <message>
        <source>Talent&amp;enkaart</source>
        <translation>&amp;Talent map</translation>
    </message>
    <message>
        <source>Gra&amp;fieken</source>
        <translation>Char&amp;ts</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Items van het buurtregister</source>
        <translation>Entries of the neighbourhood register</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister</source>
        <translation>Choose from the neighbourhood register</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Niets gevonden in het buurtregister. Pas de zoekterm aan, of voeg de plaats toe aan het register.</source>
        <translation>Nothing found in the neighbourhood register. Change the search, or add the place to the register.</translation>
    </message>
    <message>
        <source>Zoek op naam, adres, buurt, aanbod …</source>
        <translation>Search by name, address, neighbourhood, offer …</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Search the neighbourhood register</translation>
    </message>
</context>
<context>
    <name>EraseNotice</name>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Copies kept aside</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de wachtwoordzin van toen.</source>
        <translation>When a backup was restored, copies of the dossier file were kept aside. They may still hold the deleted client, readable with the passphrase of that time.</translation>
    </message>
    <message>
        <source>Kopieën verwijderen</source>
        <translation>Remove the copies</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het dossierbestand.</source>
        <translation>Not all copies could be removed. Remove them yourself from the dossier file&apos;s folder.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Opschonen niet afgerond</source>
        <translation>Clean-up not finished</translation>
    </message>
    <message>
        <source>Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt worden.</source>
        <translation>Remove them unless you still need them. Removing cannot be undone.</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>vóór het terugzetten</source>
        <translation>before the restore</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Afspraak %1: de datum &apos;tegen wanneer&apos; bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Agreement %1: the &apos;by when&apos; date does not exist. Type day/month/year.</translation>
    </message>
    <message>
        <source>Afspraak %1: deze invoer klopt niet.</source>
        <translation>Agreement %1: this entry is not right.</translation>
    </message>
    <message>
        <source>Afspraak %1: vul in wat er afgesproken is.</source>
        <translation>Agreement %1: fill in what was agreed.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>This date does not exist. Type day/month/year, for example 14/03/2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>This entry is not right.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be</source>
        <translation>This e-mail address is not right. Example: name@example.be</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens 200 tekens).</source>
        <translation>This is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.</source>
        <translation>This time is not right. Type hh:mm, for example 14:30.</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet later zijn dan %1.</source>
        <translation>The year of birth cannot be after %1.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet vóór %1 liggen.</source>
        <translation>The year of birth cannot be before %1.</translation>
    </message>
    <message>
        <source>Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Consent %1: this date does not exist. Type day/month/year.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul de datum in waarop ze gegeven is.</source>
        <translation>Consent %1: fill in the date it was given.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul het doel in.</source>
        <translation>Consent %1: fill in the purpose.</translation>
    </message>
    <message>
        <source>Typ het geboortejaar in cijfers, bijvoorbeeld 1958.</source>
        <translation>Type the year of birth in figures, for example 1958.</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de toestemming gegeven is.</source>
        <translation>Fill in the date on which consent was given.</translation>
    </message>
    <message>
        <source>Vul de datum van het gesprek in.</source>
        <translation>Fill in the date of the conversation.</translation>
    </message>
    <message>
        <source>Vul een naam of pseudoniem in.</source>
        <translation>Fill in a name or pseudonym.</translation>
    </message>
    <message>
        <source>Vul het doel van de toestemming in.</source>
        <translation>Fill in the purpose of the consent.</translation>
    </message>
    <message>
        <source>Vul ook de datum van de volgende afspraak in.</source>
        <translation>Fill in the date of the next appointment too.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%-punt</source>
        <translation>percentage point(s)</translation>
    </message>
    <message>
        <source>1 persoon</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>1 plaats of groep</source>
        <translation>1 place or group</translation>
    </message>
    <message>
        <source>Aandeel betaalde hulp</source>
        <translation>Share of paid help</translation>
    </message>
    <message>
        <source>Andere groepen (overbruggen)</source>
        <translation>Other groups (bridging)</translation>
    </message>
    <message>
        <source>Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.</source>
        <translation>Ties that are broken; they do not count in the other figures.</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Paid staff and services count in the NDTi scores (this organisation’s setting).</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Paid staff and services do not count in the NDTi scores (this organisation’s setting).</translation>
    </message>
    <message>
        <source>Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, diensten).</source>
        <translation>Part of the network’s members who are paid to be there (workers, services).</translation>
    </message>
    <message>
        <source>Dit web gebruikt niet de levensdomeinen van NDTi maar &apos;{set}&apos;: de spreiding is niet te vergelijken met andere NDTi-webs.</source>
        <translation>This web does not use NDTi’s life domains but ‘{set}’: its spread cannot be compared with other NDTi webs.</translation>
    </message>
    <message>
        <source>Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te zijn.</source>
        <translation>Resokit’s own figure, not an NDTi score: persons who are not paid to be there.</translation>
    </message>
    <message>
        <source>Eigen kring (binden)</source>
        <translation>Own circle (bonding)</translation>
    </message>
    <message>
        <source>Eigen kring · andere groepen · meer macht</source>
        <translation>Own circle · other groups · more power</translation>
    </message>
    <message>
        <source>Gewenste banden</source>
        <translation>Wished-for ties</translation>
    </message>
    <message>
        <source>Grootte van het netwerk</source>
        <translation>Size of the network</translation>
    </message>
    <message>
        <source>Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf telt niet mee.</source>
        <translation>How many pairs of members know each other, out of all possible pairs; the client is not counted.</translation>
    </message>
    <message>
        <source>In de cirkel dichtbij</source>
        <translation>In the close circle</translation>
    </message>
    <message>
        <source>In de cirkel verder weg</source>
        <translation>In the far circle</translation>
    </message>
    <message>
        <source>In de middelste cirkel</source>
        <translation>In the middle circle</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden (met meer macht, bv. de gemeente).</source>
        <translation>Members marked as bonding (own circle), bridging (other groups) or linking (more power, e.g. the municipality).</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden: uit de eigen kring.</source>
        <translation>Members marked as bonding: from the own circle.</translation>
    </message>
    <message>
        <source>Leden aangeduid als overbruggen: uit een andere groep.</source>
        <translation>Members marked as bridging: from another group.</translation>
    </message>
    <message>
        <source>Leden aangeduid als verbinden: met meer macht of invloed.</source>
        <translation>Members marked as linking: with more power or influence.</translation>
    </message>
    <message>
        <source>Leden van het netwerk die het dichtst bij de cliënt staan.</source>
        <translation>Members of the network closest to the client.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de buitenste cirkel.</source>
        <translation>Members of the network in the outer circle.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de middelste cirkel.</source>
        <translation>Members of the network in the middle circle.</translation>
    </message>
    <message>
        <source>Leden van het netwerk per afstand tot de cliënt.</source>
        <translation>Members of the network by distance from the client.</translation>
    </message>
    <message>
        <source>Leden zonder wie het netwerk uiteenvalt</source>
        <translation>Members whose loss would split the map</translation>
    </message>
    <message>
        <source>Meer macht (verbinden)</source>
        <translation>More power (linking)</translation>
    </message>
    <message>
        <source>Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken banden tellen niet mee.</source>
        <translation>People, places and groups with an active or dormant tie; wished-for and broken ties do not count.</translation>
    </message>
    <message>
        <source>NDTi-score mensen</source>
        <translation>NDTi people score</translation>
    </message>
    <message>
        <source>NDTi-score plaatsen</source>
        <translation>NDTi places score</translation>
    </message>
    <message>
        <source>NDTi-spreiding over levensdomeinen</source>
        <translation>NDTi clock spread over life domains</translation>
    </message>
    <message>
        <source>Onbetaalde mensen met een actieve band</source>
        <translation>Unpaid people with an active tie</translation>
    </message>
    <message>
        <source>Per cirkel: dichtbij · midden · verder</source>
        <translation>Per circle: close · middle · far</translation>
    </message>
    <message>
        <source>Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer kennen; de cliënt telt niet mee.</source>
        <translation>People, places or groups without whom parts of the network would no longer know each other; the client is not counted.</translation>
    </message>
    <message>
        <source>Slapende banden</source>
        <translation>Dormant ties</translation>
    </message>
    <message>
        <source>Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.</source>
        <translation>Kinds of support only paid help gives, no family, friends or neighbours.</translation>
    </message>
    <message>
        <source>Soorten steun die niemand of alleen betaalde hulp geeft.</source>
        <translation>Kinds of support nobody or only paid help gives.</translation>
    </message>
    <message>
        <source>Soorten steun waarvoor niemand met een actieve band is aangeduid.</source>
        <translation>Kinds of support for which nobody with an active tie is marked.</translation>
    </message>
    <message>
        <source>Soorten steun zonder onbetaalde gever</source>
        <translation>Kinds of support without an unpaid giver</translation>
    </message>
    <message>
        <source>Steun die alleen betaalde hulp geeft</source>
        <translation>Support only paid help gives</translation>
    </message>
    <message>
        <source>Steun die niemand geeft</source>
        <translation>Support nobody gives</translation>
    </message>
    <message>
        <source>Verbroken banden</source>
        <translation>Broken ties</translation>
    </message>
    <message>
        <source>Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.</source>
        <translation>Once close contacts that faded: chances to take up again.</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Who knows whom</translation>
    </message>
    <message>
        <source>Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.</source>
        <translation>Who or what the client would like to have; not counted in the other figures.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.</source>
        <translation>As NDTi counts: every person in the people circle, that is with an active tie.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een actieve band.</source>
        <translation>As NDTi counts: every place and group in the places circle, that is with an active tie.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt in de NDTi-scores.</source>
        <translation>As NDTi counts: life domains with at least one person, place or group counted in the NDTi scores.</translation>
    </message>
    <message>
        <source>betaald</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>gewenst</source>
        <translation>wished for</translation>
    </message>
    <message>
        <source>minder dan twee leden</source>
        <translation>fewer than two members</translation>
    </message>
    <message>
        <source>niet aangeduid: {n}</source>
        <translation>not marked: {n}</translation>
    </message>
    <message>
        <source>niet meegeteld: {list}</source>
        <translation>not counted: {list}</translation>
    </message>
    <message>
        <source>nog niemand aangeduid</source>
        <translation>nobody marked yet</translation>
    </message>
    <message>
        <source>slapend</source>
        <translation>dormant</translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>zonder lid dat meetelt: {domains}</source>
        <translation>without a counted member: {domains}</translation>
    </message>
    <message>
        <source>{n} personen</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} plaatsen of groepen</source>
        <translation>{n} places or groups</translation>
    </message>
    <message>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>{n} van {total} paren</source>
        <translation>{n} of {total} pairs</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Het nieuwe dossierbestand is gemaakt, maar niet alles kon erin bewaard worden (is de schijf vol?). Vul de namen later in bij Instellingen; de voorbeelddossiers kunnen onvolledig zijn.</source>
        <translation>The new dossier file was made, but not everything could be saved in it (is the disk full?). Fill in the names later under Settings; the example dossiers may be incomplete.</translation>
    </message>
</context>
<context>
    <name>HelpPrint</name>
    <message>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Reflectielijst openen…</source>
        <translation>Open the &amp;reflection list…</translation>
    </message>
    <message>
        <source>&amp;Spiekbrief afdrukken…</source>
        <translation>&amp;Print crib sheet…</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de help</source>
        <translation>&amp;Search the help</translation>
    </message>
    <message>
        <source>Geen pagina bevat al deze woorden.</source>
        <translation>No page holds all of these words.</translation>
    </message>
    <message>
        <source>Gespreksleidraden</source>
        <translation>Conversation guides</translation>
    </message>
    <message>
        <source>Help – Resokit Desktop</source>
        <translation>Help – Resokit Desktop</translation>
    </message>
    <message>
        <source>Inhoud van de helppagina</source>
        <translation>Content of the help page</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Pagina&apos;s van de help</source>
        <translation>Help pages</translation>
    </message>
    <message>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zoeken in de help</source>
        <translation>Search the help</translation>
    </message>
    <message>
        <source>een woord, bv. buurt</source>
        <translation>a word, e.g. neighbourhood</translation>
    </message>
    <message>
        <source>spiekbrief</source>
        <translation>crib-sheet</translation>
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
        <translation>Closer</translation>
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
        <translation>Me</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Slapende band: om te reactiveren</source>
        <translation>Dormant tie: to reactivate</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Further away</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Gone</translation>
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
        <translation>Start a new version as a copy of the last one, to review together</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en begin samen.</source>
        <translation>This client has no inclusion web yet. Choose the life domains and start together.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Inclusieweb beginnen</source>
        <translation>Start the inclusion web</translation>
    </message>
    <message>
        <source>Kies een cliënt om het inclusieweb te zien.</source>
        <translation>Choose a client to see the inclusion web.</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Netwerkbestand (GraphML)…</source>
        <translation>Network file (GraphML)…</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Not saved — try again (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Nieuwe versie gemaakt</source>
        <translation>New version made</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sleep van de ene naar de andere om te tonen dat ze elkaar kennen (of houd Shift ingedrukt)</source>
        <translation>Drag from one to the other to show they know each other (or hold Shift)</translation>
    </message>
    <message>
        <source>Tekening (SVG)…</source>
        <translation>Drawing (SVG)…</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Versie van het web</source>
        <translation>Version of the web</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Kenmerken van het netwerk</source>
        <translation>Features of the network</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Members per life domain</translation>
    </message>
    <message>
        <source>Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld zo&apos;n {v} netwerkleden, mensen met een rijk netwerk zo&apos;n {r}.</source>
        <translation>For comparison, not a score: people in a vulnerable situation have about {v} network members on average, people with a rich network about {r}.</translation>
    </message>
    <message>
        <source>Wie geeft wat?</source>
        <translation>Who gives what?</translation>
    </message>
    <message>
        <source>alleen betaalde hulp</source>
        <translation>paid help only</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Buurtbewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Opvolggesprek</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Ander gesprek</source>
        <translation>Other conversation</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation>Group or organisation</translation>
    </message>
    <message>
        <source>Praktische hulp</source>
        <translation>Practical help</translation>
    </message>
    <message>
        <source>Emotionele steun</source>
        <translation>Emotional support</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Gezelschap</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Strong tie</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Light tie</translation>
    </message>
    <message>
        <source>Binden (eigen kring)</source>
        <translation>Bonding (own circle)</translation>
    </message>
    <message>
        <source>Overbruggen (andere groep)</source>
        <translation>Bridging (another group)</translation>
    </message>
    <message>
        <source>Verbinden (met meer macht)</source>
        <translation>Linking (to more power)</translation>
    </message>
    <message>
        <source>Slapend</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Wished for</translation>
    </message>
    <message>
        <source>Verbroken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Stad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Translokaal (elders, buitenland)</source>
        <translation>Translocal (elsewhere, abroad)</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Maandelijks</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Een paar keer per jaar</source>
        <translation>A few times a year</translation>
    </message>
    <message>
        <source>Zelden</source>
        <translation>Rarely</translation>
    </message>
    <message>
        <source>Geeft aan de cliënt</source>
        <translation>Gives to the client</translation>
    </message>
    <message>
        <source>Krijgt van de cliënt</source>
        <translation>Receives from the client</translation>
    </message>
    <message>
        <source>Over en weer</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <source>Gedekt door onbetaalde steun</source>
        <translation>Covered by unpaid support</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp</source>
        <translation>Paid help only</translation>
    </message>
    <message>
        <source>Niemand</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Handen: praktisch</source>
        <translation>Hands: practical</translation>
    </message>
    <message>
        <source>Mensen: sociaal</source>
        <translation>People: social</translation>
    </message>
    <message>
        <source>Hoofd: kennis en talen</source>
        <translation>Head: knowledge and languages</translation>
    </message>
    <message>
        <source>Creatief</source>
        <translation>Creative</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Organiseren</source>
        <translation>Organising</translation>
    </message>
    <message>
        <source>Lichaam: sport en beweging</source>
        <translation>Body: sport and exercise</translation>
    </message>
    <message>
        <source>Digitaal</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Levenservaring</source>
        <translation>Life experience</translation>
    </message>
    <message>
        <source>Standaardkaart</source>
        <translation>Standard card</translation>
    </message>
    <message>
        <source>Kaart van de organisatie</source>
        <translation>The organisation’s card</translation>
    </message>
    <message>
        <source>Eigen kaart van de cliënt</source>
        <translation>The client’s own card</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>I can do this</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>I like doing this</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>I want to learn this</translation>
    </message>
    <message>
        <source>Nu niet voor mij</source>
        <translation>Not for me now</translation>
    </message>
    <message>
        <source>De persoon zelf</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>De begeleider</source>
        <translation>The worker</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk</source>
        <translation>Someone from the network</translation>
    </message>
    <message>
        <source>weinig</source>
        <translation>little</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>somewhat</translation>
    </message>
    <message>
        <source>veel</source>
        <translation>much</translation>
    </message>
    <message>
        <source>in de organisatie</source>
        <translation>in the organisation</translation>
    </message>
    <message>
        <source>in de buurt</source>
        <translation>in the neighbourhood</translation>
    </message>
    <message>
        <source>ruimer dan de buurt</source>
        <translation>beyond the neighbourhood</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>verkennen</source>
        <translation>exploring</translation>
    </message>
    <message>
        <source>gestart</source>
        <translation>started</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>geëvalueerd</source>
        <translation>evaluated</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>aanzien</source>
        <translation>status</translation>
    </message>
    <message>
        <source>ervaring</source>
        <translation>experience</translation>
    </message>
    <message>
        <source>relaties en contacten</source>
        <translation>relationships and contacts</translation>
    </message>
    <message>
        <source>zelfvertrouwen</source>
        <translation>self-confidence</translation>
    </message>
    <message>
        <source>respect</source>
        <translation>respect</translation>
    </message>
    <message>
        <source>een stem</source>
        <translation>a voice</translation>
    </message>
    <message>
        <source>vrijheid</source>
        <translation>freedom</translation>
    </message>
    <message>
        <source>kansen</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <source>persoonlijke groei</source>
        <translation>personal growth</translation>
    </message>
    <message>
        <source>materiële dingen</source>
        <translation>material things</translation>
    </message>
    <message>
        <source>geld</source>
        <translation>money</translation>
    </message>
    <message>
        <source>vervoer</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <source>angst</source>
        <translation>fear</translation>
    </message>
    <message>
        <source>stigma</source>
        <translation>stigma</translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Worker’s copy</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Client’s copy</translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation>close</translation>
    </message>
    <message>
        <source>midden</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>verder</source>
        <translation>further</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Deze wijzigingen weggooien</source>
        <translation>Discard these changes</translation>
    </message>
    <message>
        <source>Deze wijzigingen zijn nog niet bewaard.</source>
        <translation>These changes have not been saved yet.</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Terug om te verbeteren</source>
        <translation>Go back to correct</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>De dossiers zijn gesloten en verborgen. Geef je wachtwoordzin om verder te werken.</source>
        <translation>The dossiers are closed and hidden. Enter your passphrase to carry on.</translation>
    </message>
    <message>
        <source>Resokit Desktop — vergrendeld</source>
        <translation>Resokit Desktop — locked</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cliëntenlijst tonen</source>
        <translation>Show the &amp;client list</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Over Resokit Desktop</source>
        <translation>&amp;About Resokit Desktop</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Alles van %1 wordt definitief verwijderd.</source>
        <translation>Everything about %1 will be deleted for good.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het formulier, maar is nog niet bewaard.</source>
        <translation>Not everything could be saved when locking: your input is back in the form, but it is not saved yet.</translation>
    </message>
    <message>
        <source>Cliënt &amp;definitief verwijderen…</source>
        <translation>&amp;Delete client for good…</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderen</source>
        <translation>Delete client for good</translation>
    </message>
    <message>
        <source>Cliënt verwijderd.</source>
        <translation>Client deleted.</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Dossier &amp;heropenen</source>
        <translation>&amp;Reopen dossier</translation>
    </message>
    <message>
        <source>Dossier a&amp;fsluiten</source>
        <translation>&amp;Close dossier</translation>
    </message>
    <message>
        <source>Dossier a&amp;rchiveren</source>
        <translation>A&amp;rchive dossier</translation>
    </message>
    <message>
        <source>Dossier van de gekozen cliënt</source>
        <translation>Dossier of the chosen client</translation>
    </message>
    <message>
        <source>Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>The dossier, the consents, all conversations and agreements and everything else belonging to this client are removed from the file. This cannot be undone.</translation>
    </message>
    <message>
        <source>Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N).</source>
        <translation>Choose a client on the left, or make a new client (Ctrl+N).</translation>
    </message>
    <message>
        <source>Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Not saved: the status could not be changed. What was saved before is intact.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Not deleted: the file could not be written. Nothing has changed.</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Over Resokit Desktop</source>
        <translation>About Resokit Desktop</translation>
    </message>
    <message>
        <source>Resokit Desktop %1

Brengt samen met een cliënt het sociale netwerk in kaart en versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens blijven in één bestand op deze computer.</source>
        <translation>Resokit Desktop %1

Maps and strengthens a client’s social network together with them, following the Resokit method. Works fully offline: all data stays in one file on this computer.</translation>
    </message>
    <message>
        <source>Selectie &amp;verwijderen</source>
        <translation>&amp;Delete selection</translation>
    </message>
    <message>
        <source>Status gewijzigd.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>Volgend ta&amp;bblad</source>
        <translation>Next ta&amp;b</translation>
    </message>
    <message>
        <source>Vor&amp;ig tabblad</source>
        <translation>Prev&amp;ious tab</translation>
    </message>
    <message>
        <source>Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen gebruiken.</source>
        <translation>First fill in a name or pseudonym; then you can use the other parts.</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Buurtgrens tekenen</source>
        <translation>Draw boundary</translation>
    </message>
    <message>
        <source>Plaats op de kaart zetten</source>
        <translation>Put place on the map</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <source>Plaatsen van de kaart halen</source>
        <translation>Remove places from the map</translation>
    </message>
    <message>
        <source>Thuis aanduiden</source>
        <translation>Mark home</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet bewaard.</source>
        <extracomment>The document changed (autosave). The selected pin ids changed. A message for the user (a boundary with too few corners …).</extracomment>
        <translation>A neighbourhood boundary needs at least three corners (now %n); it was not saved.</translation>
    </message>
    <message>
        <source>Buurtgrens getekend: sleep de hoekpunten om ze te verleggen.</source>
        <translation>Boundary drawn: drag its corners to move them.</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Van de kaart halen</source>
        <translation>Remove from the map</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Gaat er nu naartoe</source>
        <translation>Goes there now</translation>
    </message>
    <message>
        <source>Ging er vroeger naartoe (slapend)</source>
        <translation>Used to go there (dormant)</translation>
    </message>
    <message>
        <source>Zou er graag naartoe gaan</source>
        <translation>Would like to go there</translation>
    </message>
    <message>
        <source>Mijdt deze plek</source>
        <translation>Avoids this place</translation>
    </message>
    <message>
        <source>Voelt veilig</source>
        <translation>Feels safe</translation>
    </message>
    <message>
        <source>Voelt neutraal</source>
        <translation>Feels neutral</translation>
    </message>
    <message>
        <source>Voelt onveilig</source>
        <translation>Feels unsafe</translation>
    </message>
    <message>
        <source>Eigen buurt</source>
        <translation>Own neighbourhood</translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation>Not talked about yet</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>MapPresentation</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Neighbourhood map</translation>
    </message>
    <message>
        <source>Buurtkaart, presentatie</source>
        <translation>Neighbourhood map, presentation</translation>
    </message>
    <message>
        <source>Esc: terug   ·   + / −: groter, kleiner   ·   slepen: verplaatsen</source>
        <translation>Esc: back   ·   + / −: larger, smaller   ·   drag: move</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Buurtkaart afdrukken</source>
        <translation>Print the neighbourhood map</translation>
    </message>
    <message>
        <source>buurtkaart</source>
        <translation>neighbourhood-map</translation>
    </message>
</context>
<context>
    <name>MapSheetReport</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Neighbourhood map</translation>
    </message>
    <message>
        <source>Er is nog geen buurtkaart getekend.</source>
        <translation>No neighbourhood map has been drawn yet.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Drawn on {date}</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>For: {name}</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Legende van de buurtkaart</source>
        <translation>Neighbourhood map legend</translation>
    </message>
    <message>
        <source>Niet op deze kaart</source>
        <translation>Not on this map</translation>
    </message>
    <message>
        <source>Op de kaart zetten</source>
        <translation>Put on the map</translation>
    </message>
    <message>
        <source>Plaatsen die niet op de kaart staan</source>
        <translation>Places not on the map</translation>
    </message>
    <message>
        <source>Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) die nog niet op de kaart staan.</source>
        <translation>This client’s places and groups (the inclusion web’s too) that are not on the map yet.</translation>
    </message>
    <message>
        <source>Sleep naar de kaart, of kies en klik op &apos;Op de kaart zetten&apos;</source>
        <translation>Drag onto the map, or choose one and click &apos;Put on the map&apos;</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Buurtkaart</source>
        <extracomment>A new place pin at this map point (x, y fractions). Home at this map point. The boundary was drawn (list of points, at least three). A boundary with too few corners was ended (how many it had): not saved. Items were dragged: {key: (old point, new point)}. Keyboard: move the selection by (dx, dy) steps. 1-4: this status for the selected pins. Del pressed. A registry entry (id) was dropped on the map at this point.</extracomment>
        <translation>Neighbourhood map</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>%n geselecteerd. Sleep ze samen, of druk Del om ze te verwijderen.</source>
        <translation>%n selected. Drag them together, or press Del to remove them.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tie</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Paid help</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Geef een naam, initialen of een bijnaam.</source>
        <translation>Give a name, initials or a nickname.</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Strained</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>In the client’s words</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken (of druk Tab in het web). Nieuw: sleep een vorm op het web, dubbelklik op een lege plek of druk Insert. Pijltjes verplaatsen naar een ander domein of een andere cirkel; Shift+slepen verbindt twee leden.</source>
        <translation>Choose someone or something on the web to edit it (or press Tab in the web). New: drag a shape onto the web, double-click an empty spot or press Insert. The arrow keys move to another domain or another circle; Shift+drag connects two members.</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken.</source>
        <translation>Choose someone or something on the web to edit it.</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam, initialen of bijnaam</source>
        <translation>Name, initials or nickname</translation>
    </message>
    <message>
        <source>Nabijheid</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reactiveren</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Harmful</translation>
    </message>
    <message>
        <source>Sociaal kapitaal</source>
        <translation>Social capital</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat geeft deze band?</source>
        <translation>What does this tie give?</translation>
    </message>
    <message>
        <source>Wederkerigheid</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>bv. zus, buurman, huisarts</source>
        <translation>e.g. sister, neighbour, GP</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodRegister</name>
    <message>
        <source>%1 van %2 items getoond</source>
        <translation>%1 of %2 entries shown</translation>
    </message>
    <message>
        <source>&amp;Adres of beschrijving</source>
        <translation>&amp;Address or description</translation>
    </message>
    <message>
        <source>&amp;Buurt</source>
        <translation>Neigh&amp;bourhood</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Naam *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Openingsuren</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Toegankelijkheid</source>
        <translation>Accessibili&amp;ty</translation>
    </message>
    <message>
        <source>&amp;Vandaag nagekeken</source>
        <translation>Checked toda&amp;y</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verwijderd.</source>
        <translation>&apos;%1&apos; was deleted.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat terug.</source>
        <translation>&apos;%1&apos; is back.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uit het buurtregister verwijderen?</source>
        <translation>Delete &apos;%1&apos; from the neighbourhood register?</translation>
    </message>
    <message>
        <source>(Zelf)organisatie</source>
        <translation>(Self-)organisation</translation>
    </message>
    <message>
        <source>(zelf)organisaties</source>
        <translation>(self-)organisations</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Address or description</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation>Ne&amp;ighbourhood:</translation>
    </message>
    <message>
        <source>Bij contacten van de cliënt voe&amp;gen</source>
        <translation>Add to the client’s contacts (&amp;g)</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Buurtkaart organisatie</source>
        <translation>Organisation’s neighbourhood map</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Neighbourhood register</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Neighbourhood scan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item terug.</source>
        <translation>Contacts you already added to a client stay there. Ctrl+Z puts the entry back.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>This date does not exist. Type day-month-year, for example 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>This input is not right.</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens %1 tekens).</source>
        <translation>This is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Dit item staat al bij de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>This entry is already among the chosen client’s contacts and places.</translation>
    </message>
    <message>
        <source>E&amp;xporteren voor collega&apos;s…</source>
        <translation>E&amp;xport for colleagues…</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg een eerste item toe met Ctrl+N (Nieuw item).</source>
        <translation>The neighbourhood register is still empty. Add a first entry with Ctrl+N (New entry).</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens.</source>
        <translation>The neighbourhood register is yours and holds no client data.</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Informal network</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Items in het buurtregister</source>
        <translation>Entries in the neighbourhood register</translation>
    </message>
    <message>
        <source>Kies eerst een cliënt in het hoofdvenster.</source>
        <translation>First choose a client in the main window.</translation>
    </message>
    <message>
        <source>Laatst nage&amp;keken</source>
        <translation>Last chec&amp;ked</translation>
    </message>
    <message>
        <source>Laatst nagekeken</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam (verplicht)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Neemt dit item over in de contacten en plaatsen van de cliënt die in het hoofdvenster open staat.</source>
        <translation>Copies this entry into the contacts and places of the client open in the main window.</translation>
    </message>
    <message>
        <source>Niet teruggezet: het bestand kon niet geschreven worden.</source>
        <translation>Not put back: the file could not be written.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Not added: the file could not be written.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden.</source>
        <translation>Not deleted: the file could not be written.</translation>
    </message>
    <message>
        <source>Niets gevonden. Wis de zoekterm, of kies &quot;Alle soorten&quot; en &quot;Alle buurten&quot;.</source>
        <translation>Nothing found. Clear the search, or choose &quot;All kinds&quot; and &quot;All neighbourhoods&quot;.</translation>
    </message>
    <message>
        <source>Nieu&amp;w item</source>
        <translation>Ne&amp;w entry</translation>
    </message>
    <message>
        <source>Nieuw item: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>New entry: saved as soon as it has a name.</translation>
    </message>
    <message>
        <source>Notit&amp;ies</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register van een collega im&amp;porteren…</source>
        <translation>Im&amp;port a colleague’s register…</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ta&amp;len</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Talen die er gesproken worden</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>Added to the chosen client’s contacts and places.</translation>
    </message>
    <message>
        <source>Toon alleen deze buurt</source>
        <translation>Show only this neighbourhood</translation>
    </message>
    <message>
        <source>Toon alleen deze soort</source>
        <translation>Show only this kind</translation>
    </message>
    <message>
        <source>Uit het buurtregister verwijderen</source>
        <translation>Delete from the neighbourhood register</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Undo the delete</translation>
    </message>
    <message>
        <source>Vul een naam in: zonder naam wordt niets bewaard.</source>
        <translation>Fill in a name: nothing is saved without one.</translation>
    </message>
    <message>
        <source>Wat ze &amp;zoeken</source>
        <translation>What they &amp;need</translation>
    </message>
    <message>
        <source>Wat ze bie&amp;den</source>
        <translation>What they o&amp;ffer</translation>
    </message>
    <message>
        <source>Wat ze bieden</source>
        <translation>What they offer</translation>
    </message>
    <message>
        <source>Wat ze zoeken</source>
        <translation>What they need</translation>
    </message>
    <message>
        <source>Wat ze zoeken (voor rollen)</source>
        <translation>What they need (for roles)</translation>
    </message>
    <message>
        <source>Zet het verwijderde item terug (Ctrl+Z)</source>
        <translation>Puts the deleted entry back (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zoek&amp;en:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Search the neighbourhood register</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>informele netwerken</source>
        <translation>informal networks</translation>
    </message>
    <message>
        <source>initiatieven</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>naam, aanbod, noden, talen…</source>
        <translation>name, offer, needs, languages…</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>plaatsen</source>
        <translation>places</translation>
    </message>
    <message>
        <source>sleutelfiguren</source>
        <translation>key figures</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodScan</name>
    <message>
        <source>Al een jaar niet nagekeken:</source>
        <translation>Not checked for a year:</translation>
    </message>
    <message>
        <source>Alles is het voorbije jaar nagekeken.</source>
        <translation>Everything was checked in the past year.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Neighbourhood scan</translation>
    </message>
    <message>
        <source>Geen noden genoteerd.</source>
        <translation>No needs noted.</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; de buurtscan vat ze hier per buurt samen.</source>
        <translation>The neighbourhood register is still empty. Add places, key figures and initiatives; the scan sums them up here per neighbourhood.</translation>
    </message>
    <message>
        <source>In het register:</source>
        <translation>In the register:</translation>
    </message>
    <message>
        <source>Na te kijken</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Nog niets over:</source>
        <translation>Nothing yet on:</translation>
    </message>
    <message>
        <source>Open noden</source>
        <translation>Open needs</translation>
    </message>
    <message>
        <source>Open noden:</source>
        <translation>Open needs:</translation>
    </message>
    <message>
        <source>Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat langer dan %1 dagen niet meer nagekeken is (vandaag: %2).</source>
        <translation>Per neighbourhood: what the register holds, what is still missing, which needs are open and what has not been checked for more than %1 days (today: %2).</translation>
    </message>
    <message>
        <source>Zonder buurt</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <source>laatst nagekeken op %1</source>
        <translation>last checked on %1</translation>
    </message>
    <message>
        <source>nooit nagekeken</source>
        <translation>never checked</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.</source>
        <translation>This dossier file is not encrypted yet. Choose a passphrase: the file is encrypted once. The unencrypted version is then wiped.</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt Resokit Desktop telkens bij het openen en na het vergrendelen.</source>
        <translation>Your dossiers are kept encrypted. Choose a passphrase; Resokit Desktop asks for it each time it opens and after locking.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Versleutelen en openen</source>
        <translation>Encrypt and open</translation>
    </message>
    <message>
        <source>Wachtwoordzin kiezen</source>
        <translation>Choose a passphrase</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Datum van de versie</source>
        <translation>Date of the version</translation>
    </message>
    <message>
        <source>De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je het web eerder op papier? Geef dan die datum.</source>
        <translation>The new version starts as a copy of the previous one, to review together. Did you draw the web on paper earlier? Then give that date.</translation>
    </message>
    <message>
        <source>Een versie kan niet in de toekomst liggen.</source>
        <translation>A version cannot be in the future.</translation>
    </message>
    <message>
        <source>Geef een datum.</source>
        <translation>Give a date.</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.</source>
        <translation>Write the date as day-month-year, e.g. 14-03-2026.</translation>
    </message>
    <message>
        <source>Versie maken</source>
        <translation>Make version</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>OpenBusy</name>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Het dossierbestand wordt gecontroleerd…</source>
        <translation>Checking the dossier file…</translation>
    </message>
</context>
<context>
    <name>OrganisationMap</name>
    <message>
        <source>&amp;Nog niet op de kaart:</source>
        <translation>&amp;Not on the map yet:</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Buurtkaart van de organisatie</source>
        <translation>The organisation’s neighbourhood map</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>M&amp;ap:</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Blank map</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden.</source>
        <translation>Not saved: the file could not be written.</translation>
    </message>
    <message>
        <source>Nog niet op de kaart</source>
        <translation>Not on the map yet</translation>
    </message>
    <message>
        <source>Op de kaart &amp;zetten</source>
        <translation>Put on the &amp;map</translation>
    </message>
    <message>
        <source>Openen in het register</source>
        <translation>Open in the register</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Sleep de items naar hun plek (pijltjes verschuiven, Ctrl+Z maakt ongedaan). Dubbelklik of Enter opent een item in het register.</source>
        <translation>Drag the entries to their place (arrow keys move, Ctrl+Z undoes). A double-click or Enter opens an entry in the register.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Street map {n}</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Cliëntnummer: %1</source>
        <translation>Client number: %1</translation>
    </message>
    <message>
        <source>Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>New client: saved as soon as the name is filled in.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Een talent dat niet in de stapel zit, alleen voor deze cliënt.</source>
        <translation>A talent that is not in the deck, for this client only.</translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation>Own card</translation>
    </message>
    <message>
        <source>Geef de kaart een korte naam.</source>
        <translation>Give the card a short name.</translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Naam op de kaart</source>
        <translation>Name on the card</translation>
    </message>
    <message>
        <source>Naam van de kaart (%1)</source>
        <translation>Card name (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (%1)</source>
        <translation>Question on the card (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (mag leeg)</source>
        <translation>Question on the card (optional)</translation>
    </message>
    <message>
        <source>bv. Soep koken</source>
        <translation>e.g. Making soup</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).</source>
        <translation>Too long: at most %1 characters, so the name fits on the card (now %2).</translation>
    </message>
    <message>
        <source>bv. Wanneer deed je dit voor het laatst?</source>
        <translation>e.g. When did you last do this?</translation>
    </message>
</context>
<context>
    <name>PassphraseTexts</name>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem opnieuw.</source>
        <translation>The passphrase contains an invisible NUL character (usually from pasting). Type it again.</translation>
    </message>
    <message>
        <source>De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1</source>
        <translation>The passphrase from RESOKIT_PASSPHRASE was not used. %1</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals een NUL-teken, tab of regeleinde, meestal van plakken). Typ hem zelf.</source>
        <translation>This passphrase contains an invisible control character (such as NUL, a tab or a line break, usually from pasting). Type it yourself.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin kan niet gebruikt worden.</source>
        <translation>This passphrase cannot be used.</translation>
    </message>
    <message>
        <source>Geef een wachtwoordzin.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Goed.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.</source>
        <translation>Remember this passphrase well or keep it in a safe place. Nobody can recover it: without it, the dossier file and the backups cannot be read.</translation>
    </message>
    <message>
        <source>Redelijk: nog een paar woorden erbij maakt hem sterk.</source>
        <translation>Fair: a few more words will make it strong.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens %1 tekens.</source>
        <translation>Too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij elkaar horen, bijvoorbeeld vier.</source>
        <translation>Too easy to guess: %1. Use a few ordinary words that do not belong together instead, for example four.</translation>
    </message>
    <message>
        <source>Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke en goed te onthouden wachtwoordzin.</source>
        <translation>Tip: four or more ordinary words that do not belong together make a strong passphrase that is easy to remember.</translation>
    </message>
    <message>
        <source>Zeer zwak: makkelijk te raden.</source>
        <translation>Very weak: easy to guess.</translation>
    </message>
    <message>
        <source>Zwak: maak hem langer.</source>
        <translation>Weak: make it longer.</translation>
    </message>
    <message>
        <source>het herhaalt dezelfde tekens</source>
        <translation>it repeats the same characters</translation>
    </message>
    <message>
        <source>het is een datum of een jaartal</source>
        <translation>it is a date or a year</translation>
    </message>
    <message>
        <source>het is een reeks zoals 1234 of abcd</source>
        <translation>it is a sequence like 1234 or abcd</translation>
    </message>
    <message>
        <source>het is een veelgebruikt woord, een naam of een bekend wachtwoord</source>
        <translation>it is a common word, a name or a well-known password</translation>
    </message>
    <message>
        <source>het zijn toetsen die naast elkaar liggen, zoals azerty</source>
        <translation>these are keys side by side, like azerty</translation>
    </message>
    <message>
        <source>zo&apos;n korte reeks tekens is snel gevonden</source>
        <translation>such a short string of characters is found quickly</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;Drempels</source>
        <translation>&amp;Barriers</translation>
    </message>
    <message>
        <source>&amp;Gevoel</source>
        <translation>&amp;Feeling</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Neighbourhood register</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Hoe de cliënt ermee verbonden is</source>
        <translation>How the client relates to it</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>How it feels there</translation>
    </message>
    <message>
        <source>Kies een plaats op de kaart, of zet er een op met de knop &apos;Plaats&apos; en een klik.</source>
        <translation>Choose a place on the map, or put one there with the &apos;Place&apos; button and a click.</translation>
    </message>
    <message>
        <source>Met &amp;wie</source>
        <translation>&amp;With whom</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>Wat houdt tegen? Vervoer, kosten, taal, angst …</source>
        <translation>What holds them back? Transport, cost, language, fear …</translation>
    </message>
</context>
<context>
    <name>PinRegister</name>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Buurt:</source>
        <translation>Neigh&amp;bourhood:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Address or description</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Dit noemt de cliënt of iemand uit het netwerk; het buurtregister bevat geen cliëntgegevens. Geef de plaats een naam en adres zonder persoonsgegevens.</source>
        <translation>This names the client or someone in their network; the neighbourhood register holds no client data. Give the place a name and address without personal details.</translation>
    </message>
    <message>
        <source>Geef de plaats een naam.</source>
        <translation>Give the place a name.</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens: enkel de naam, het adres en de buurt van de plaats gaan mee.</source>
        <translation>The neighbourhood register is yours and holds no client data: only the place’s name, address and neighbourhood go into it.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>The linked entry is no longer in the neighbourhood register.</translation>
    </message>
    <message>
        <source>In het buurtregister: {entry}</source>
        <translation>In the neighbourhood register: {entry}</translation>
    </message>
    <message>
        <source>Kies een item uit het buurtregister (met zoeken)</source>
        <translation>Choose an entry from the neighbourhood register (with search)</translation>
    </message>
    <message>
        <source>Koppelen aan het register…</source>
        <translation>Link to the register…</translation>
    </message>
    <message>
        <source>Koppeling met het buurtregister</source>
        <translation>Link with the neighbourhood register</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Maak van deze plaats een item in het buurtregister</source>
        <translation>Make this place an entry of the neighbourhood register</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan het buurtregister.</source>
        <translation>Not linked to the neighbourhood register.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Not added: the file could not be written.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Toevoegen aan het buurtregister</source>
        <translation>Add to the neighbourhood register</translation>
    </message>
    <message>
        <source>Toevoegen aan het register…</source>
        <translation>Add to the register…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: gegevens</source>
        <translation>Esc: back   ·   C: high contrast   ·   + / −: larger, smaller   ·   long press: details</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusion web</translation>
    </message>
    <message>
        <source>Inclusieweb, presentatie</source>
        <translation>Inclusion web, presentation</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Buurtkaart afdrukken…</source>
        <translation>Print the neighbourhood map…</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken…</source>
        <translation>Print inclusion web…</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken…</source>
        <translation>Print “My talents”…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Print role plan…</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>Samenvatting opgeslagen als PDF.</source>
        <translation>Summary saved as PDF.</translation>
    </message>
    <message>
        <source>Webversies vergeleken afdrukken…</source>
        <translation>Print web comparison…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Het bestand kon niet opgeslagen worden: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Opgeslagen ✓</source>
        <translation>Saved ✓</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Paginanummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Taal van het document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Voorbeeld van de pagina&apos;s</source>
        <translation>Preview of the pages</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); kies een andere naam</source>
        <translation>this is not an ordinary file (a folder, device, pipe or link); choose another name</translation>
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
        <translation>Initials only</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken</source>
        <translation>Print inclusion web</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Papier:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Rolplan afdrukken</source>
        <translation>Print role plan</translation>
    </message>
    <message>
        <source>Rolplan:</source>
        <translation>Role plan:</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Tot:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Vergelijking afdrukken</source>
        <translation>Print comparison</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>inclusieweb</source>
        <translation>inclusion-web</translation>
    </message>
    <message>
        <source>rolplan</source>
        <translation>role-plan</translation>
    </message>
    <message>
        <source>vergelijking</source>
        <translation>comparison</translation>
    </message>
</context>
<context>
    <name>PrintablesReport</name>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Er is nog geen inclusieweb getekend.</source>
        <translation>No inclusion web has been drawn yet.</translation>
    </message>
    <message>
        <source>Er is nog geen rolplan.</source>
        <translation>There is no role plan yet.</translation>
    </message>
    <message>
        <source>Er zijn nog geen twee webversies om te vergelijken.</source>
        <translation>There are not yet two web versions to compare.</translation>
    </message>
    <message>
        <source>Geen gegevens om te vergelijken.</source>
        <translation>Nothing to compare.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Drawn on {date}</translation>
    </message>
    <message>
        <source>Het web op {date}</source>
        <translation>The web on {date}</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusion web</translation>
    </message>
    <message>
        <source>Inclusieweb: vergelijking</source>
        <translation>Inclusion web: comparison</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Mijn rol: {title}</source>
        <translation>My role: {title}</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Role plan</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Of: {name}</translation>
    </message>
    <message>
        <source>Versie van {earlier} vergeleken met {later}</source>
        <translation>Version of {earlier} compared with {later}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Bewaartermijn nakijken…</source>
        <translation>Review the &amp;retention period…</translation>
    </message>
    <message>
        <source>&amp;Inzage geven (PDF en JSON)…</source>
        <translation>Give &amp;access (PDF and JSON)…</translation>
    </message>
    <message>
        <source>&amp;Logboek bekijken…</source>
        <translation>View the &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Overdragen aan een collega…</source>
        <translation>&amp;Hand over to a colleague…</translation>
    </message>
    <message>
        <source>Overdracht van een &amp;collega inlezen…</source>
        <translation>Read in a handover from a &amp;colleague…</translation>
    </message>
</context>
<context>
    <name>PrivacyErase</name>
    <message>
        <source>De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie een oudere back-up terugzet, haalt de cliënt terug.</source>
        <translation>The automatic backups (now %1, the oldest from %2) still hold this client, encrypted. They disappear as new backups are made: those of the last %3 days with a backup are kept, and before that one a week, for %4 weeks. Restoring an older backup brings the client back.</translation>
    </message>
    <message>
        <source>De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden (is de schijf vol?). Maak ruimte vrij en kies dan &apos;Opnieuw proberen&apos;.</source>
        <translation>The client has been deleted, but the file could not be fully cleaned yet (is the disk full?). Free some space, then choose &apos;Try again&apos;.</translation>
    </message>
    <message>
        <source>Er zijn geen automatische back-ups die deze cliënt nog bevatten.</source>
        <translation>No automatic backup still holds this client.</translation>
    </message>
    <message>
        <source>Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten verwijderen.</source>
        <translation>There are also %1 copies of the dossier file kept aside (from restoring a backup) that may hold this client. After the deletion you can have them removed too.</translation>
    </message>
</context>
<context>
    <name>PrivacyExports</name>
    <message>
        <source>Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.</source>
        <translation>This file holds a value Resokit Desktop would not store itself, in the field %1: %2. It is not imported; ask your colleague for a new file.</translation>
    </message>
    <message>
        <source>Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet ingelezen.</source>
        <translation>This file holds parts that do not belong in a handover. It is not read in.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd. Vraag je collega om een nieuw.</source>
        <translation>This file is damaged. Ask your colleague for a new one.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing eerst bij.</source>
        <translation>This file was made with a newer version of Resokit Desktop. Update the application first.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een overdracht van één cliënt.</source>
        <translation>This file is too large for the handover of one client.</translation>
    </message>
    <message>
        <source>Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand.</source>
        <translation>This file does not open with this passphrase, or it is not a handover file.</translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf.</source>
        <translation>This is not an ordinary file. Choose the handover file itself.</translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen.</source>
        <translation>This is not a handover file of one client. It is not read in.</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)</source>
        <translation>all values of this field together are too long (at most 50 MB)</translation>
    </message>
    <message>
        <source>de inhoud heeft niet de juiste vorm</source>
        <translation>the content does not have the right shape</translation>
    </message>
    <message>
        <source>de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)</source>
        <translation>the value is too long (a text may be at most 1 MB, a name at most 200 characters)</translation>
    </message>
    <message>
        <source>de waarde ontbreekt</source>
        <translation>the value is missing</translation>
    </message>
    <message>
        <source>deze keuze kent Resokit Desktop niet</source>
        <translation>Resokit Desktop does not know this choice</translation>
    </message>
    <message>
        <source>dit is geen geldig getal</source>
        <translation>this is not a valid number</translation>
    </message>
    <message>
        <source>dit is geen geldige datum</source>
        <translation>this is not a valid date</translation>
    </message>
    <message>
        <source>dit is geen ja of nee</source>
        <translation>this is not yes or no</translation>
    </message>
    <message>
        <source>dit is geen tekst</source>
        <translation>this is not text</translation>
    </message>
</context>
<context>
    <name>ReflectionChecklist</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Notitie bij: {question}</source>
        <translation>Note on: {question}</translation>
    </message>
    <message>
        <source>Reflectielijst afdrukken</source>
        <translation>Print the reflection list</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>nog niet beantwoord</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <source>notitie of volgende stap</source>
        <translation>note or next step</translation>
    </message>
    <message>
        <source>op {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>reflectielijst</source>
        <translation>reflection-list</translation>
    </message>
</context>
<context>
    <name>RegisterExchange</name>
    <message>
        <source>%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.</source>
        <translation>%1 entries exported to %2. The file holds no client data.</translation>
    </message>
    <message>
        <source>%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al gelijk zijn.</source>
        <translation>%1 new entries, %2 entries you already have that will be completed, %3 entries already the same.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Aangevuld: %1</source>
        <translation>Filled in: %1</translation>
    </message>
    <message>
        <source>Alleen wat nu ge&amp;toond wordt (%1 items)</source>
        <translation>Only what is &amp;shown now (%1 entries)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bestand om naar te exporteren</source>
        <translation>File to export to</translation>
    </message>
    <message>
        <source>Bestand van de collega</source>
        <translation>The colleague’s file</translation>
    </message>
    <message>
        <source>Bestand vervangen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>Buurtregister (*.json)</source>
        <translation>Neighbourhood register (*.json)</translation>
    </message>
    <message>
        <source>Buurtregister exporteren</source>
        <translation>Export the neighbourhood register</translation>
    </message>
    <message>
        <source>Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het met collega&apos;s delen.</source>
        <translation>This file holds only the neighbourhood register: places, key figures, initiatives and organisations. It holds no client data; you can share it with colleagues.</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1 nieuw, %2 aangevuld.</source>
        <translation>Imported: %1 new, %2 completed.</translation>
    </message>
    <message>
        <source>Het &amp;hele register (%1 items)</source>
        <translation>The &amp;whole register (%1 entries)</translation>
    </message>
    <message>
        <source>Het bestand is in orde. Kijk de verschillen na en kies Importeren.</source>
        <translation>The file is fine. Look at the differences and choose Import.</translation>
    </message>
    <message>
        <source>Hun versie</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets anders invulden, blijft jouw versie, tenzij je hieronder &apos;Hun versie&apos; aanvinkt. De lijst toont wat er verandert.</source>
        <translation>Entries you already have (same name and address) are merged: both sides’ notes are kept and empty fields are filled in. Where you filled in something different, your version stays unless you tick &apos;Their version&apos; below. The list shows what changes.</translation>
    </message>
    <message>
        <source>Verschil: %1</source>
        <translation>Difference: %1</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Wat het importeren verandert</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <source>Jouw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen door deze export?</source>
        <translation>%1 already exists. Replace it with this export?</translation>
    </message>
    <message>
        <source>Kies eerst een bestand.</source>
        <translation>First choose a file.</translation>
    </message>
    <message>
        <source>Later nagekeken</source>
        <translation>Checked more recently</translation>
    </message>
    <message>
        <source>Neem hun versie</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1 kon niet geschreven worden (%2).</source>
        <translation>Not exported: %1 could not be written (%2).</translation>
    </message>
    <message>
        <source>Niet ingelezen: %1. Er is niets veranderd.</source>
        <translation>Not imported: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Not imported: the dossier file could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Notities: beide bewaard</source>
        <translation>Notes: both kept</translation>
    </message>
    <message>
        <source>Register van een collega importeren</source>
        <translation>Import a colleague’s register</translation>
    </message>
    <message>
        <source>Register van een collega kiezen</source>
        <translation>Choose a colleague’s register</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>dit is geen bestand dat gelezen kan worden</source>
        <translation>this is not a file that can be read</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister</source>
        <translation>this is not a neighbourhood register export</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister (geen JSON-tekst)</source>
        <translation>this is not a neighbourhood register export (not JSON text)</translation>
    </message>
    <message>
        <source>een item in het bestand klopt niet (%1)</source>
        <translation>an entry in the file is not right (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat meer dan registeritems (%1)</source>
        <translation>the file holds more than register entries (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat te veel items</source>
        <translation>the file holds too many entries</translation>
    </message>
    <message>
        <source>het bestand is te groot voor een buurtregister</source>
        <translation>the file is too large for a neighbourhood register</translation>
    </message>
    <message>
        <source>het bestand klopt niet</source>
        <translation>the file is not right</translation>
    </message>
    <message>
        <source>het bestand komt uit een nieuwere versie van Resokit; werk de toepassing eerst bij</source>
        <translation>the file comes from a newer version of Resokit; update the application first</translation>
    </message>
    <message>
        <source>het bestand kon niet gelezen worden</source>
        <translation>the file could not be read</translation>
    </message>
    <message>
        <source>— Aangevuld uit het buurtregister van een collega (%1) —</source>
        <translation>— Added from a colleague’s neighbourhood register (%1) —</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 — %2 cliënten</source>
        <translation>%1 — %2 clients</translation>
    </message>
    <message>
        <source>%1 — beschadigd, niet bruikbaar</source>
        <translation>%1 — damaged, not usable</translation>
    </message>
    <message>
        <source>%1 — niet te openen met de huidige wachtwoordzin</source>
        <translation>%1 — does not open with the current passphrase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Copies kept aside</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het dossier toen bevatte, ook verwijderde cliënten:</source>
        <translation>Copies kept aside by earlier restores. They hold everything the dossier held then, deleted clients too:</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>De kopie kon niet verwijderd worden.</source>
        <translation>The copy could not be removed.</translation>
    </message>
    <message>
        <source>Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Remove this copy for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Er zijn geen back-ups gevonden.</source>
        <translation>No backups were found.</translation>
    </message>
    <message>
        <source>Herstellen uit back-up</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. Het beschadigde bestand wordt apart bewaard, niet overschreven.</source>
        <translation>The dossier file is damaged. Choose a backup to restore. The damaged file is kept aside, not overwritten.</translation>
    </message>
    <message>
        <source>Kies de back-up die je wilt terugzetten. Het huidige bestand wordt eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.</source>
        <translation>Choose the backup you want to restore. The current file is kept aside first; what was saved after the backup is still in it.</translation>
    </message>
    <message>
        <source>Kopie verwijderen</source>
        <translation>Remove copy</translation>
    </message>
    <message>
        <source>Kopie verwijderen…</source>
        <translation>Remove copy…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> jaar</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>%1 dossier(s) om na te kijken.</source>
        <translation>%1 dossier(s) to review.</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn na sluiten:</source>
        <translation>&amp;Retention period after closing:</translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation>Review the retention period</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Geen dossiers om na te kijken.</source>
        <translation>No dossiers to review.</translation>
    </message>
    <message>
        <source>Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze na: bewaar ze met een reden, of verwijder ze definitief.</source>
        <translation>Closed dossiers in which nothing has happened for longer than the retention period. Review them: keep them with a reason, or delete them for good.</translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Not saved: the retention period could not be stored. What was saved before is intact.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RoleRegisterLink</name>
    <message>
        <source>Geen item uit het buurtregister gekozen.</source>
        <translation>No entry of the neighbourhood register chosen.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>The linked entry is no longer in the neighbourhood register.</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister…</source>
        <translation>Choose from the neighbourhood register…</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>From the neighbourhood register</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Nieuw rolplan</source>
        <translation>&amp;New role plan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Aanzien</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Angst</source>
        <translation>Fear</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Neighbourhood register</translation>
    </message>
    <message>
        <source>Bv. grootmoeder, buur, vrijwilliger</source>
        <translation>E.g. grandmother, neighbour, volunteer</translation>
    </message>
    <message>
        <source>Bv. samen het buurthuis bezoeken</source>
        <translation>E.g. visit the community centre together</translation>
    </message>
    <message>
        <source>De rol heeft nog geen naam.</source>
        <translation>The role has no name yet.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>This date does not exist. Type day-month-year, for example 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt vóór de dag waarop het plan gemaakt is. Kies een latere datum.</source>
        <translation>This date is before the day the plan was made. Choose a later date.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>This entry is not right.</translation>
    </message>
    <message>
        <source>Deze keuze bestaat niet meer; kies opnieuw.</source>
        <translation>This choice no longer exists; choose again.</translation>
    </message>
    <message>
        <source>Deze rollen steunen op de focustalenten van de cliënt. Kies er één om er samen een rolplan van te maken.</source>
        <translation>These roles build on the client’s focus talents. Pick one to turn into a role plan together.</translation>
    </message>
    <message>
        <source>Dit is te lang.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Een stap heeft tekst nodig: schrijf wat er moet gebeuren.</source>
        <translation>A step needs text: write what has to happen.</translation>
    </message>
    <message>
        <source>Een stem</source>
        <translation>A voice</translation>
    </message>
    <message>
        <source>Enigszins</source>
        <translation>Somewhat</translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Evaluatie in eigen woorden</source>
        <translation>Evaluation in the client’s own words</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Geef de rol een naam. De vorige naam blijft bewaard tot dan.</source>
        <translation>Give the role a name. The previous name is kept until then.</translation>
    </message>
    <message>
        <source>Gekozen huidige rol verwijderen</source>
        <translation>Remove the chosen current role</translation>
    </message>
    <message>
        <source>Gekozen stap verwijderen</source>
        <translation>Remove the chosen step</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Gewaardeerd?</source>
        <translation>Valued?</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Het gekozen rolplan op één blad, in eenvoudige woorden</source>
        <translation>The chosen role plan on one page, in plain words</translation>
    </message>
    <message>
        <source>Het rolplan &apos;%1&apos; met al zijn stappen verwijderen?</source>
        <translation>Delete the role plan &apos;%1&apos; with all its steps?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd voelt de cliënt zich in deze rol?</source>
        <translation>How valued does the client feel in this role?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd: %1</source>
        <translation>How valued: %1</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Current roles</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>In de buurt</source>
        <translation>In the neighbourhood</translation>
    </message>
    <message>
        <source>In de organisatie</source>
        <translation>In the organisation</translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Small steps</translation>
    </message>
    <message>
        <source>Materiële dingen</source>
        <translation>Material things</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>More about the barriers</translation>
    </message>
    <message>
        <source>Meer over de drempels, of wat &apos;iets anders&apos; is</source>
        <translation>More about the barriers, or what &apos;something else&apos; is</translation>
    </message>
    <message>
        <source>Naam van de rol</source>
        <translation>Name of the role</translation>
    </message>
    <message>
        <source>Niet alles is bewaard: kijk naar de melding bij het veld.</source>
        <translation>Not everything is saved: see the message by the field.</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Not discussed</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Not saved: the file could not be written. Please try again.</translation>
    </message>
    <message>
        <source>Nieuwe huidige rol</source>
        <translation>New current role</translation>
    </message>
    <message>
        <source>Nieuwe rol</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Nieuwe stap: tegen wanneer</source>
        <translation>New step: by when</translation>
    </message>
    <message>
        <source>Nieuwe stap: wat</source>
        <translation>New step: what</translation>
    </message>
    <message>
        <source>Nieuwe stap: wie</source>
        <translation>New step: who</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Nodige steun</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Noem een rol, geen activiteit: niet &apos;naar het breicafé gaan&apos; maar &apos;recepten-oma van het breicafé&apos;.</source>
        <translation>Name a role, not an activity: not &apos;going to the knitting café&apos; but &apos;the knitting café’s recipe granny&apos;.</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: kies ze op de talentenkaart.</source>
        <translation>No focus talents yet: choose them on the talent map.</translation>
    </message>
    <message>
        <source>Nog geen voorstellen: kies eerst één tot drie focustalenten op de talentenkaart.</source>
        <translation>No suggestions yet: first choose one to three focus talents on the talent map.</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Print role plan…</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Much</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Weinig</source>
        <translation>Little</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Need in the neighbourhood</translation>
    </message>
    <message>
        <source>Nog geen rolplan. Begin er een met Nieuw rolplan (Alt+N), of laat rollen voorstellen die passen bij de talenten van de cliënt (Alt+V).</source>
        <translation>No role plan yet. Start one with New role plan (Alt+N), or have roles suggested that fit the client’s talents (Alt+S).</translation>
    </message>
    <message>
        <source>Nood in de buurt die de rol beantwoordt</source>
        <translation>Need in the neighbourhood the role answers</translation>
    </message>
    <message>
        <source>Open stappen uit de rolplannen</source>
        <translation>Open steps from the role plans</translation>
    </message>
    <message>
        <source>Persoonlijke groei</source>
        <translation>Personal growth</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Plaats uit het register</source>
        <translation>Place from the register</translation>
    </message>
    <message>
        <source>R&amp;ol</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Relaties en contacten</source>
        <translation>Relationships and contacts</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rol met %1</source>
        <translation>Role with %1</translation>
    </message>
    <message>
        <source>Rol starten met %1…</source>
        <translation>Start a role with %1…</translation>
    </message>
    <message>
        <source>Rol toevoegen</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>&amp;Suggest roles…</translation>
    </message>
    <message>
        <source>Rollen die de cliënt nu heeft</source>
        <translation>Roles the client holds now</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten</source>
        <translation>Roles that fit the focus talents</translation>
    </message>
    <message>
        <source>Rollen voorstellen</source>
        <translation>Suggest roles</translation>
    </message>
    <message>
        <source>Rolplan &amp;starten</source>
        <translation>&amp;Start role plan</translation>
    </message>
    <message>
        <source>Rolplan verwijderen</source>
        <translation>Delete role plan</translation>
    </message>
    <message>
        <source>Rolplan verwijderen…</source>
        <translation>Delete role plan…</translation>
    </message>
    <message>
        <source>Rolplan wijzigen</source>
        <translation>Change role plan</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Role plans</translation>
    </message>
    <message>
        <source>Ruimer: de stad, elders</source>
        <translation>Wider: the city, elsewhere</translation>
    </message>
    <message>
        <source>Schrijf eerst de evaluatie in de woorden van de cliënt; dan kan het plan op &apos;Geëvalueerd&apos;.</source>
        <translation>First write the evaluation in the client’s words; then the plan can move to &apos;Evaluated&apos;.</translation>
    </message>
    <message>
        <source>Sleutelpersoon uit het register</source>
        <translation>Key person from the register</translation>
    </message>
    <message>
        <source>Stap &amp;toevoegen</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>Stap gedaan: %1</source>
        <translation>Step done: %1</translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>Stigma</source>
        <translation>Stigma</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Talenten waarop de rol steunt</source>
        <translation>Talents the role builds on</translation>
    </message>
    <message>
        <source>Typ eerst de rol, bijvoorbeeld &apos;buur&apos;.</source>
        <translation>First type the role, for example &apos;neighbour&apos;.</translation>
    </message>
    <message>
        <source>Van &apos;%1&apos; kan het plan niet meteen naar &apos;%2&apos;. Mogelijk: %3.</source>
        <translation>From &apos;%1&apos; the plan cannot go straight to &apos;%2&apos;. Possible: %3.</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Exploring</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Voorgesteld omdat het past bij: %1.</source>
        <translation>Suggested because it fits: %1.</translation>
    </message>
    <message>
        <source>Voorgestelde rollen</source>
        <translation>Suggested roles</translation>
    </message>
    <message>
        <source>Vrijheid</source>
        <translation>Freedom</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Waar speelt de rol</source>
        <translation>Where the role takes place</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>What it brings</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Who opens the door</translation>
    </message>
    <message>
        <source>Zeg kort wat &apos;iets anders&apos; is.</source>
        <translation>Say briefly what &apos;something else&apos; is.</translation>
    </message>
    <message>
        <source>Zelfvertrouwen</source>
        <translation>Self-confidence</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>— uit het register —</source>
        <translation>— from the register —</translation>
    </message>
    <message>
        <source>⚠ Stappen uit een rolplan over datum:</source>
        <translation>⚠ Role-plan steps past their date:</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bestands&amp;naam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Zoeken in:</source>
        <translation>Look in:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het formulier; het wordt opnieuw geprobeerd.</source>
        <translation>Not saved: %1. What was saved before is intact. What you typed is still in the form; saving will be tried again.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Opnieuw proberen te bewaren</source>
        <translation>Try saving again</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>het bestand is bezet door een ander programma</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden</source>
        <translation>the file could not be written</translation>
    </message>
    <message>
        <source>het bestand mag niet beschreven worden</source>
        <translation>the file may not be written to</translation>
    </message>
    <message>
        <source>… Wijzigingen worden bewaard.</source>
        <translation>… Saving changes.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: %1 Al de rest is bewaard.</source>
        <translation>⚠ Not saved: %1 Everything else is saved.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.</source>
        <translation>⚠ Not saved: first correct what is flagged next to the fields.</translation>
    </message>
    <message>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Everything is saved.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Herstellen uit back-up…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd.</source>
        <translation>Backup made and checked.</translation>
    </message>
    <message>
        <source>De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het dossierbestand zelf is niet veranderd.</source>
        <translation>The backup could not be made (disk full or folder not writable). The dossier file itself has not changed.</translation>
    </message>
    <message>
        <source>Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw om het te versleutelen met een wachtwoordzin.</source>
        <translation>This file is not encrypted (a demo or test file). Open it again to encrypt it with a passphrase.</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
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
        <translation>Backups are kept encrypted in the &apos;backups&apos; folder next to the dossier file. A deleted client stays in older backups until those drop out.</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups</source>
        <translation>Daily backups</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups bewaren</source>
        <translation>Daily backups to keep</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder activiteit</source>
        <translation>Lock after this many minutes without activity</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups</source>
        <translation>Weekly backups</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups bewaren</source>
        <translation>Weekly backups to keep</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;Observaties van de begeleider (privé)</source>
        <translation>Worker’s &amp;observations (private)</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>&amp;Kind of conversation</translation>
    </message>
    <message>
        <source>&amp;Uur</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Alleen voor de begeleider: komt niet op de kopie voor de cliënt.</source>
        <translation>For the worker only: not on the client’s copy.</translation>
    </message>
    <message>
        <source>Datum van de volgende afspraak</source>
        <translation>Date of the next appointment</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;In de eigen woorden van de cliënt</source>
        <translation>&amp;In the client&apos;s own words</translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>In de eigen woorden van de cliënt</source>
        <translation>In the client’s own words</translation>
    </message>
    <message>
        <source>Observaties van de begeleider, niet op de kopie voor de cliënt</source>
        <translation>The worker’s observations, not on the client’s copy</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Kind of conversation</translation>
    </message>
    <message>
        <source>Uur van de volgende afspraak</source>
        <translation>Time of the next appointment</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Waaraan &amp;gewerkt</source>
        <translation>What was &amp;worked on</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>What was worked on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
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
        <translation>%1 agreements</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <source>1 afspraak</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bij dit gesprek horen geen afspraken.</source>
        <translation>This conversation has no agreements.</translation>
    </message>
    <message>
        <source>De %1 afspraken van dit gesprek gaan mee weg.</source>
        <translation>The %1 agreements of this conversation go with it.</translation>
    </message>
    <message>
        <source>De afspraak van dit gesprek gaat mee weg.</source>
        <translation>The agreement of this conversation goes with it.</translation>
    </message>
    <message>
        <source>De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>The other conversations and the rest of the dossier stay as they are. This cannot be undone.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Conversation of %1</translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <source>Gesprek verwijderen…</source>
        <translation>Delete conversation…</translation>
    </message>
    <message>
        <source>Gesprekken (nieuwste eerst)</source>
        <translation>Conversations (newest first)</translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Conversations, newest first</translation>
    </message>
    <message>
        <source>Het gekozen gesprek verwijderen</source>
        <translation>Delete the chosen conversation</translation>
    </message>
    <message>
        <source>Het gesprek van %1 wordt verwijderd.</source>
        <translation>The conversation of %1 will be deleted.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Not deleted: the file could not be written. Nothing has changed.</translation>
    </message>
    <message>
        <source>Nieuw gesprek (wordt bewaard zodra je typt)</source>
        <translation>New conversation (saved as soon as you type)</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Schrijf rechts het eerste: het wordt bewaard zodra je typt.</source>
        <translation>No conversations yet. Write the first one on the right: it is saved as soon as you type.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Parts of the settings</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Worker (your name)</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Logo van de organisatie (komt op de samenvatting; wordt in het dossierbestand bewaard)</source>
        <translation>&amp;Logo of the organisation (printed on the summary; kept in the dossier file)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan de afgedrukte samenvatting.</source>
        <translation>These names are printed at the top of the summary.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet als afbeelding gelezen worden.</source>
        <translation>This file cannot be read as an image.</translation>
    </message>
    <message>
        <source>Geen logo gekozen.</source>
        <translation>No logo chosen.</translation>
    </message>
    <message>
        <source>Geldt meteen, voor de hele toepassing.</source>
        <translation>Applies at once, to the whole application.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Name of the worker</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Organisatie en begeleider</source>
        <translation>Organisation and worker</translation>
    </message>
    <message>
        <source>Pad naar het logobestand</source>
        <translation>Path to the logo file</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Language of Resokit Desktop</translation>
    </message>
    <message>
        <source>een PNG- of JPG-bestand</source>
        <translation>a PNG or JPG file</translation>
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
        <translation>Drag a card onto a pile, or choose it and press 1–4 (0: back to the deck, F: focus talent, right-click or the menu key: move to…).</translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message>
        <source>Focustalent aan of uit</source>
        <translation>Focus talent on or off</translation>
    </message>
    <message>
        <source>Kaart naar ‘%1’</source>
        <translation>Card to ‘%1’</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>(nog geen gesprek)</source>
        <translation>(no conversation yet)</translation>
    </message>
    <message>
        <source>Enkel initialen</source>
        <translation>Initials only</translation>
    </message>
    <message>
        <source>Exemplaar:</source>
        <translation>Copy:</translation>
    </message>
    <message>
        <source>Gesprek:</source>
        <translation>Conversation:</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Actieve rolplannen</source>
        <translation>Active role plans</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Buurtkaart</source>
        <translation>Neighbourhood map</translation>
    </message>
    <message>
        <source>Cliënt: {name}</source>
        <translation>Client: {name}</translation>
    </message>
    <message>
        <source>Dichterbij gekomen</source>
        <translation>Moved closer</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Er is nog geen gesprek genoteerd.</source>
        <translation>No conversation has been recorded yet.</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Client’s copy</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Worker’s copy</translation>
    </message>
    <message>
        <source>Focustalenten</source>
        <translation>Focus talents</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Geen afspraken genoteerd.</source>
        <translation>No agreements recorded.</translation>
    </message>
    <message>
        <source>Geen verschillen met de vorige versie.</source>
        <translation>No differences from the previous version.</translation>
    </message>
    <message>
        <source>Gesprek van {date} ({kind})</source>
        <translation>Conversation of {date} ({kind})</translation>
    </message>
    <message>
        <source>Gevoel</source>
        <translation>Feeling</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Hoe ver het staat</source>
        <translation>How far it has come</translation>
    </message>
    <message>
        <source>Hulp die je krijgt</source>
        <translation>Help you get</translation>
    </message>
    <message>
        <source>Hulpverlener: {name}</source>
        <translation>Worker: {name}</translation>
    </message>
    <message>
        <source>In eigen woorden</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusion web</translation>
    </message>
    <message>
        <source>Je netwerk in beeld</source>
        <translation>Your network in pictures</translation>
    </message>
    <message>
        <source>Je netwerk in cijfers</source>
        <translation>Your network in figures</translation>
    </message>
    <message>
        <source>Jouw buurt</source>
        <translation>Your neighbourhood</translation>
    </message>
    <message>
        <source>Jouw netwerk</source>
        <translation>Your network</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Small steps</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Niet meer in het web</source>
        <translation>No longer in the web</translation>
    </message>
    <message>
        <source>Nieuw erbij</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Need in the neighbourhood</translation>
    </message>
    <message>
        <source>Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)</source>
        <translation>Worker’s observations (left out of the client’s copy)</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Rollen waar je aan werkt</source>
        <translation>Roles you are working on</translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation>Summary of the conversation</translation>
    </message>
    <message>
        <source>Samenvatting van ons gesprek</source>
        <translation>Summary of our conversation</translation>
    </message>
    <message>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>From the neighbourhood register</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Moved further away</translation>
    </message>
    <message>
        <source>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</source>
        <translation>Confidential – contains personal data; do not pass on without consent.</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation>For: {name}</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Waar je sterk in bent</source>
        <translation>What you are good at</translation>
    </message>
    <message>
        <source>Waar we over spraken</source>
        <translation>What we talked about</translation>
    </message>
    <message>
        <source>Waarom het de buurt helpt</source>
        <translation>Why it helps the neighbourhood</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat de cliënt erover zegt</source>
        <translation>What the client says about it</translation>
    </message>
    <message>
        <source>Wat het je geeft</source>
        <translation>What it gives you</translation>
    </message>
    <message>
        <source>Wat het moeilijk maakt</source>
        <translation>What makes it hard</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>What it brings</translation>
    </message>
    <message>
        <source>Wat is er veranderd sinds {date}?</source>
        <translation>What has changed since {date}?</translation>
    </message>
    <message>
        <source>Wat je er goed in maakt</source>
        <translation>What makes you good at it</translation>
    </message>
    <message>
        <source>Wat jij erover zegt</source>
        <translation>What you say about it</translation>
    </message>
    <message>
        <source>Wat jij zei</source>
        <translation>What you said</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>What we agreed</translation>
    </message>
    <message>
        <source>We zien elkaar terug op</source>
        <translation>We meet again on</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Who opens the door</translation>
    </message>
    <message>
        <source>Zoals getekend op {date}</source>
        <translation>As drawn on {date}</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>sinds {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>{copy} · afgedrukt op {date}</source>
        <translation>{copy} · printed on {date}</translation>
    </message>
</context>
<context>
    <name>TalentTexts</name>
    <message>
        <source>Dit doe ik graag</source>
        <translation>I like doing this</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>I can do this</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>I want to learn this</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Not for me now</translation>
    </message>
    <message>
        <source>Stapel kaarten</source>
        <translation>Deck of cards</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>the worker</translation>
    </message>
    <message>
        <source>de persoon zelf</source>
        <translation>the person themself</translation>
    </message>
    <message>
        <source>iemand uit het netwerk</source>
        <translation>someone from the network</translation>
    </message>
</context>
<context>
    <name>TalentsPresentation</name>
    <message>
        <source>Sleep een kaart met je vinger of de muis naar een stapel   ·   1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   Esc: terug</source>
        <translation>Drag a card onto a pile with a finger or the mouse   ·   1–4: onto a pile, 0: back   ·   F: focus talent   ·   Esc: back</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Talentenkaart</source>
        <translation>Talent map</translation>
    </message>
</context>
<context>
    <name>TalentsPreview</name>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Print “My talents”</translation>
    </message>
    <message>
        <source>mijn-talenten</source>
        <translation>my-talents</translation>
    </message>
</context>
<context>
    <name>TalentsSheet</name>
    <message>
        <source>(geeft energie)</source>
        <translation>(gives energy)</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>I like doing this</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>I can do this</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>I want to learn this</translation>
    </message>
    <message>
        <source>Er zijn nog geen kaarten gesorteerd.</source>
        <translation>No cards have been sorted yet.</translation>
    </message>
    <message>
        <source>Gesorteerd op {date}</source>
        <translation>Sorted on {date}</translation>
    </message>
    <message>
        <source>Mijn talenten</source>
        <translation>My talents</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Not for me now</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>For: {name}</translation>
    </message>
    <message>
        <source>★ = een van mijn drie focustalenten</source>
        <translation>★ = one of my three focus talents</translation>
    </message>
</context>
<context>
    <name>TalentsTab</name>
    <message>
        <source>%1 (%2 kaarten)</source>
        <translation>%1 (%2 cards)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De kaarten groot, op het volledige scherm (F11)</source>
        <translation>The cards large, full screen (F11)</translation>
    </message>
    <message>
        <source>Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.</source>
        <translation>A card under ‘Not for me now’ cannot be a focus talent.</translation>
    </message>
    <message>
        <source>Een nieuwe sortering komt naast de vorige; die blijft bewaard. Vertrek je van de vorige sortering of van een lege tafel?</source>
        <translation>A new sort sits next to the earlier one, which is kept. Start from the earlier sort or from an empty table?</translation>
    </message>
    <message>
        <source>Eigen kaart…</source>
        <translation>Own card…</translation>
    </message>
    <message>
        <source>Er zijn al drie focustalenten. Zet er eerst één af om een ander te kiezen.</source>
        <translation>There are already three focus talents. Turn one off first to choose another.</translation>
    </message>
    <message>
        <source>Focustalenten: %1</source>
        <translation>Focus talents: %1</translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Print “My talents”</translation>
    </message>
    <message>
        <source>Nieuwe sortering</source>
        <translation>New sort</translation>
    </message>
    <message>
        <source>Nieuwe sortering…</source>
        <translation>New sort…</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: maak er één tot drie (F) om rollen te laten voorstellen.</source>
        <translation>No focus talents yet: mark one to three (F) to have roles suggested.</translation>
    </message>
    <message>
        <source>Over de gekozen kaart</source>
        <translation>About the chosen card</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>&amp;Suggest roles…</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten; de gekozen rol wordt een rolplan op het tabblad Rollen</source>
        <translation>Roles that fit the focus talents; the role you pick becomes a role plan on the Roles tab</translation>
    </message>
    <message>
        <source>Sortering van:</source>
        <translation>Sort of:</translation>
    </message>
    <message>
        <source>Van de vorige</source>
        <translation>From the earlier one</translation>
    </message>
    <message>
        <source>Welke sortering</source>
        <translation>Which sort</translation>
    </message>
    <message>
        <source>een voorbeeld bij een kaart is te lang</source>
        <translation>an example on a card is too long</translation>
    </message>
    <message>
        <source>nieuw (nog niets gesorteerd)</source>
        <translation>new (nothing sorted yet)</translation>
    </message>
    <message>
        <source>‘Mijn talenten’ op één blad, in de taal van de cliënt</source>
        <translation>‘My talents’ on one page, in the client’s language</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Overdracht maken</source>
        <translation>&amp;Make the handover</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Bestand voor de overdracht</source>
        <translation>File for the handover</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Hier kan geen bestand komen. Kies een gewone bestandsnaam in een bestaande map.</source>
        <translation>No file can go here. Choose an ordinary file name in an existing folder.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens %1 tekens.</source>
        <translation>Choose a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Choose where the file should go.</translation>
    </message>
    <message>
        <source>Klaar: %1 is gemaakt.</source>
        <translation>Done: %1 has been made.</translation>
    </message>
    <message>
        <source>Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de wachtwoordzin apart door (niet in dezelfde e-mail als het bestand).</source>
        <translation>Makes an encrypted file with only this client, for a colleague. Pass the passphrase on separately (not in the same e-mail as the file).</translation>
    </message>
    <message>
        <source>Niet gemaakt: het bestand kon niet geschreven worden (is de schijf vol?). Er is geen half bestand achtergebleven.</source>
        <translation>Not made: the file could not be written (is the disk full?). No half-written file was left behind.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Handover (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht bewaren</source>
        <translation>Save the handover</translation>
    </message>
    <message>
        <source>Overdragen aan een collega</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin voor de overdracht</source>
        <translation>Passphrase for the handover</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Read in</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Niet inlezen (overslaan)</source>
        <translation>&amp;Do not read in (skip)</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Cliënt: %1
Inhoud: %2
Gemaakt op: %3</source>
        <translation>Client: %1
Contents: %2
Made on: %3</translation>
    </message>
    <message>
        <source>Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.</source>
        <translation>A client with this name already exists. Choose what should happen.</translation>
    </message>
    <message>
        <source>Het bestand is in orde.</source>
        <translation>The file is in order.</translation>
    </message>
    <message>
        <source>Ingelezen als nieuwe cliënt.</source>
        <translation>Read in as a new client.</translation>
    </message>
    <message>
        <source>Inlezen als &amp;nieuwe cliënt</source>
        <translation>Read in as a &amp;new client</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Not read in: the dossier file could not be written. Nothing has changed.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Handover (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht kiezen</source>
        <translation>Choose a handover</translation>
    </message>
    <message>
        <source>Overdracht van een collega inlezen</source>
        <translation>Read in a handover from a colleague</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <source>Overgeslagen: er is niets ingelezen.</source>
        <translation>Skipped: nothing was read in.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de overdracht</source>
        <translation>Passphrase of the handover</translation>
    </message>
    <message>
        <source>afspraak/afspraken</source>
        <translation>agreement(s)</translation>
    </message>
    <message>
        <source>alleen de persoonsgegevens</source>
        <translation>only the personal details</translation>
    </message>
    <message>
        <source>gesprek(ken)</source>
        <translation>conversation(s)</translation>
    </message>
    <message>
        <source>persoon/plaats(en) in het netwerk</source>
        <translation>person/place(s) in the network</translation>
    </message>
    <message>
        <source>rolplan(nen)</source>
        <translation>role plan(s)</translation>
    </message>
    <message>
        <source>versie(s) van het inclusieweb</source>
        <translation>version(s) of the inclusion web</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full: the dossier file cannot be opened now. This is not because of your passphrase. Free some space and try again.</translation>
    </message>
    <message>
        <source>Geef de wachtwoordzin van het dossierbestand %1.</source>
        <translation>Enter the passphrase of the dossier file %1.</translation>
    </message>
    <message>
        <source>Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een map waar je mag schrijven.</source>
        <translation>The dossier file or its folder is read-only: Resokit Desktop must be able to write to it. This is not because of your passphrase. Put the file in a folder you may write to.</translation>
    </message>
    <message>
        <source>Resokit Desktop ontgrendelen</source>
        <translation>Unlock Resokit Desktop</translation>
    </message>
    <message>
        <source>Verkeerde wachtwoordzin, of het bestand is beschadigd. Let op hoofdletters en spaties.</source>
        <translation>Wrong passphrase, or the file is damaged. Mind capitals and spaces.</translation>
    </message>
    <message>
        <source>Volgende poging over %1 s.</source>
        <translation>Next try in %1 s.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Alles staat op dit web. Iemand nieuw: dubbelklik op een lege plek of druk Insert.</source>
        <translation>Everything is on this web. Someone new: double-click an empty spot or press Insert.</translation>
    </message>
    <message>
        <source>Contacten en plaatsen die niet op dit web staan</source>
        <translation>Contacts and places not on this web</translation>
    </message>
    <message>
        <source>Contacten en plaatsen van deze cliënt die niet op deze versie staan. Sleep ze op het web.</source>
        <translation>This client’s contacts and places that are not on this version. Drag them onto the web.</translation>
    </message>
    <message>
        <source>Niet op dit web</source>
        <translation>Not on this web</translation>
    </message>
    <message>
        <source>Op het web zetten</source>
        <translation>Put on the web</translation>
    </message>
    <message>
        <source>Sleep naar het web, of kies en klik op &apos;Op het web zetten&apos;</source>
        <translation>Drag onto the web, or choose and click &apos;Put on the web&apos;</translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message>
        <source>Soort wijzigen</source>
        <extracomment>The document changed (autosave, indicators). The selected member ids changed. A member was just created by the user: the panel should focus its name.</extracomment>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Kenmerk wijzigen</source>
        <translation>Change attribute</translation>
    </message>
    <message>
        <source>Leden verwijderen</source>
        <translation>Remove members</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Verbinding verwijderen</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <source>Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een andere naam.</source>
        <translation>This is not an ordinary file (a folder, device, pipe or link). Choose another name.</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>GraphML-netwerk (*.graphml)</source>
        <translation>GraphML network (*.graphml)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Inclusieweb exporteren</source>
        <translation>Export the inclusion web</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>WebLegend</name>
    <message>
        <source>Betaalde hulp</source>
        <translation>Paid help</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Strained</translation>
    </message>
    <message>
        <source>Gewenst (stippels, ☆)</source>
        <translation>Wished for (dots, ☆)</translation>
    </message>
    <message>
        <source>Kennen elkaar</source>
        <translation>Know each other</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Light tie</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Harmful</translation>
    </message>
    <message>
        <source>Slapend (streepjes, z)</source>
        <translation>Dormant (dashes, z)</translation>
    </message>
    <message>
        <source>Slapend, om te reactiveren (↻)</source>
        <translation>Dormant, to reactivate (↻)</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Strong tie</translation>
    </message>
    <message>
        <source>Verbroken (doorgestreept)</source>
        <translation>Broken (crossed out)</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusion web</translation>
    </message>
    <message>
        <source>Sleep een vorm op het web om iemand of iets toe te voegen</source>
        <translation>Drag a shape onto the web to add someone or something</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Worker (your name)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin kiezen</source>
        <translation>&amp;Choose a passphrase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Daarna kies je een wachtwoordzin; pas dan wordt het dossierbestand gemaakt.</source>
        <translation>Next you choose a passphrase; only then is the dossier file made.</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan wat je afdrukt. Je mag ze leeg laten en later invullen bij Instellingen.</source>
        <translation>These names go at the top of what you print. You may leave them empty and fill them in later under Settings.</translation>
    </message>
    <message>
        <source>Met &amp;voorbeelddossiers</source>
        <translation>With e&amp;xample dossiers</translation>
    </message>
    <message>
        <source>Met Resokit Desktop breng je samen met een cliënt diens netwerk in kaart: wie er is, wie steunt en wie er nog kan bijkomen. Je houdt gesprekken bij, tekent het inclusieweb, zoekt talenten en plant rollen die de cliënt waardeert. Alles blijft op deze computer, versleuteld.</source>
        <translation>With Resokit Desktop you map a client&apos;s network together with them: who is there, who gives support and who could still join. You keep notes of your conversations, draw the inclusion web, look for talents and plan roles the client values. Everything stays on this computer, encrypted.</translation>
    </message>
    <message>
        <source>Met een &amp;leeg bestand</source>
        <translation>With an &amp;empty file</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Worker&apos;s name</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Organisation&apos;s name</translation>
    </message>
    <message>
        <source>Om rond te kijken en te oefenen: enkele verzonnen cliënten met gesprekken, webs en rollen.</source>
        <translation>To look around and practise: a few made-up clients with conversations, webs and roles.</translation>
    </message>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Language of Resokit Desktop</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens.</source>
        <translation>Too long: %1 characters at most.</translation>
    </message>
    <message>
        <source>Te&amp;rug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Voor echt werk: je maakt zelf je eerste cliënt aan.</source>
        <translation>For real work: you add your first client yourself.</translation>
    </message>
    <message>
        <source>Waarmee wil je beginnen?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Welkom bij Resokit Desktop</source>
        <translation>Welcome to Resokit Desktop</translation>
    </message>
</context>
</TS>
