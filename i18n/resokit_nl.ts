<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>AccessExport</name>
    <message>
        <source>%1 en %2 kennen elkaar</source>
        <translation>%1 en %2 kennen elkaar</translation>
    </message>
    <message>
        <source>%1 jaar na het afsluiten van het dossier</source>
        <translation>%1 jaar na het afsluiten van het dossier</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Andere personen</source>
        <translation>Andere personen</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Betaalde hulp</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.</source>
        <translation>Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Eerdere versie</translation>
    </message>
    <message>
        <source>Eigen talentkaarten</source>
        <translation>Eigen talentkaarten</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Focustalent nummer</source>
        <translation>Focustalent nummer</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Geeft energie</source>
        <translation>Geeft energie</translation>
    </message>
    <message>
        <source>Geen vermeldingen.</source>
        <translation>Geen vermeldingen.</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation>Genoemd door</translation>
    </message>
    <message>
        <source>Genoemd door (uit het netwerk)</source>
        <translation>Genoemd door (uit het netwerk)</translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation>Gesprek van</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Geven en krijgen</source>
        <translation>Geven en krijgen</translation>
    </message>
    <message>
        <source>Grens van uw buurt</source>
        <translation>Grens van uw buurt</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd</source>
        <translation>Hoe gewaardeerd</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>Hoe het er voelt</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Huidige rollen</translation>
    </message>
    <message>
        <source>In het buurtregister</source>
        <translation>In het buurtregister</translation>
    </message>
    <message>
        <source>In uw eigen woorden</source>
        <translation>In uw eigen woorden</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Inzage in uw gegevens</source>
        <translation>Inzage in uw gegevens</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation>Latere versie</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>Meer over de drempels</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Met wie u naar een plaats gaat</source>
        <translation>Met wie u naar een plaats gaat</translation>
    </message>
    <message>
        <source>Moeilijke band</source>
        <translation>Moeilijke band</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Naam van wie het noemde</translation>
    </message>
    <message>
        <source>Nog steeds</source>
        <translation>Nog steeds</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Observaties van de begeleider</source>
        <translation>Observaties van de begeleider</translation>
    </message>
    <message>
        <source>Opnieuw contact zoeken</source>
        <translation>Opnieuw contact zoeken</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Personen en plaatsen in het netwerk</source>
        <translation>Personen en plaatsen in het netwerk</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Plaats in het netwerk</source>
        <translation>Plaats in het netwerk</translation>
    </message>
    <message>
        <source>Plaatsen in het inclusieweb</source>
        <translation>Plaatsen in het inclusieweb</translation>
    </message>
    <message>
        <source>Plaatsen op de buurtkaart</source>
        <translation>Plaatsen op de buurtkaart</translation>
    </message>
    <message>
        <source>Plek op de kaart (boven-onder)</source>
        <translation>Plek op de kaart (boven-onder)</translation>
    </message>
    <message>
        <source>Plek op de kaart (links-rechts)</source>
        <translation>Plek op de kaart (links-rechts)</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Rolplan</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Rolplannen</translation>
    </message>
    <message>
        <source>Schadelijke band</source>
        <translation>Schadelijke band</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Sleutelfiguur</translation>
    </message>
    <message>
        <source>Sleutelfiguur in het netwerk</source>
        <translation>Sleutelfiguur in het netwerk</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Soort band</translation>
    </message>
    <message>
        <source>Stapel</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Stappen in rolplannen</source>
        <translation>Stappen in rolplannen</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steun die nodig is</source>
        <translation>Steun die nodig is</translation>
    </message>
    <message>
        <source>Stratenplan</source>
        <translation>Stratenplan</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talenten</translation>
    </message>
    <message>
        <source>Talenten bij rolplannen</source>
        <translation>Talenten bij rolplannen</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Thuis (boven-onder)</source>
        <translation>Thuis (boven-onder)</translation>
    </message>
    <message>
        <source>Thuis (links-rechts)</source>
        <translation>Thuis (links-rechts)</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Vergelijkingen van het inclusieweb</source>
        <translation>Vergelijkingen van het inclusieweb</translation>
    </message>
    <message>
        <source>Versie van</source>
        <translation>Versie van</translation>
    </message>
    <message>
        <source>Versies van de buurtkaart</source>
        <translation>Versies van de buurtkaart</translation>
    </message>
    <message>
        <source>Versies van het inclusieweb</source>
        <translation>Versies van het inclusieweb</translation>
    </message>
    <message>
        <source>Vertrouwelijk: persoonsgegevens</source>
        <translation>Vertrouwelijk: persoonsgegevens</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>Waaraan gewerkt</translation>
    </message>
    <message>
        <source>Wanneer uw dossier werd gebruikt</source>
        <translation>Wanneer uw dossier werd gebruikt</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Wat die persoon voor u betekent</source>
        <translation>Wat die persoon voor u betekent</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Wat het oplevert</translation>
    </message>
    <message>
        <source>Welke vraag het beantwoordt</source>
        <translation>Welke vraag het beantwoordt</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Wie kent wie</translation>
    </message>
    <message>
        <source>Wie of wat</source>
        <translation>Wie of wat</translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>dossierbestand geopend</source>
        <translation>dossierbestand geopend</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>inzage gegeven</source>
        <translation>inzage gegeven</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>namen vervangen door initialen</source>
        <translation>namen vervangen door initialen</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>neutraal</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>ontgrendeld</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <source>onveilig</source>
        <translation>onveilig</translation>
    </message>
    <message>
        <source>overgedragen aan een collega</source>
        <translation>overgedragen aan een collega</translation>
    </message>
    <message>
        <source>overgenomen van een collega</source>
        <translation>overgenomen van een collega</translation>
    </message>
    <message>
        <source>reservekopie gemaakt</source>
        <translation>reservekopie gemaakt</translation>
    </message>
    <message>
        <source>reservekopie teruggezet</source>
        <translation>reservekopie teruggezet</translation>
    </message>
    <message>
        <source>u gaat er nu naartoe</source>
        <translation>u gaat er nu naartoe</translation>
    </message>
    <message>
        <source>u ging er vroeger naartoe</source>
        <translation>u ging er vroeger naartoe</translation>
    </message>
    <message>
        <source>u mijdt deze plek</source>
        <translation>u mijdt deze plek</translation>
    </message>
    <message>
        <source>u zou er graag naartoe gaan</source>
        <translation>u zou er graag naartoe gaan</translation>
    </message>
    <message>
        <source>veilig</source>
        <translation>veilig</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>wachtwoord gewijzigd</source>
        <translation>wachtwoord gewijzigd</translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Namen van andere personen vervangen door initialen</source>
        <translation>&amp;Namen van andere personen vervangen door initialen</translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een bestaande map.</source>
        <translation>Deze map bestaat niet. Kies een bestaande map.</translation>
    </message>
    <message>
        <source>Inzage geven</source>
        <translation>Inzage geven</translation>
    </message>
    <message>
        <source>Klaar: %1 en %2 staan in de map.</source>
        <translation>Klaar: %1 en %2 staan in de map.</translation>
    </message>
    <message>
        <source>Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, voor een vraag om inzage. Geef ze alleen aan de cliënt zelf.</source>
        <translation>Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, voor een vraag om inzage. Geef ze alleen aan de cliënt zelf.</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <source>Map voor de bestanden</source>
        <translation>Map voor de bestanden</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf vol of de map beveiligd?). Er is geen half bestand achtergebleven.</source>
        <translation>Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf vol of de map beveiligd?). Er is geen half bestand achtergebleven.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Gesprek verwijderen…</source>
        <translation>&amp;Gesprek verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Reflectielijst voor het team…</source>
        <translation>&amp;Reflectielijst voor het team…</translation>
    </message>
    <message>
        <source>Anonieme &amp;cijfers exporteren…</source>
        <translation>Anonieme &amp;cijfers exporteren…</translation>
    </message>
    <message>
        <source>Caseload-&amp;overzicht…</source>
        <translation>Caseload-&amp;overzicht…</translation>
    </message>
    <message>
        <source>Gesprek verwijderd.</source>
        <translation>Gesprek verwijderd.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst het gesprek dat weg moet.</source>
        <translation>Kies eerst in de lijst het gesprek dat weg moet.</translation>
    </message>
    <message>
        <source>Inclusie&amp;web bewaren</source>
        <translation>Inclusie&amp;web bewaren</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie van het inclusieweb</source>
        <translation>Nieuwe &amp;versie van het inclusieweb</translation>
    </message>
    <message>
        <source>Web &amp;presenteren (volledig scherm)</source>
        <translation>Web &amp;presenteren (volledig scherm)</translation>
    </message>
    <message>
        <source>Buu&amp;rtregister en buurtscan…</source>
        <translation>Buu&amp;rtregister en buurtscan…</translation>
    </message>
    <message>
        <source>Buurtkaart organi&amp;satie…</source>
        <translation>Buurtkaart organi&amp;satie…</translation>
    </message>
</context>
<context>
    <name>AggregateExport</name>
    <message>
        <source>Aantal cliënten</source>
        <translation>Aantal cliënten</translation>
    </message>
    <message>
        <source>Advies: alleen betaald</source>
        <translation>Advies: alleen betaald</translation>
    </message>
    <message>
        <source>Advies: niemand</source>
        <translation>Advies: niemand</translation>
    </message>
    <message>
        <source>Anonieme cijfers exporteren</source>
        <translation>Anonieme cijfers exporteren</translation>
    </message>
    <message>
        <source>Anonieme telling: geen namen, geen vrije tekst.</source>
        <translation>Anonieme telling: geen namen, geen vrije tekst.</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Cliënten met een web in deze periode</source>
        <translation>Cliënten met een web in deze periode</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>Een aantal van 1 of 2 cliënten wordt niet getoond (“&lt;3”), zodat niemand te herkennen is.</source>
        <translation>Een aantal van 1 of 2 cliënten wordt niet getoond (“&lt;3”), zodat niemand te herkennen is.</translation>
    </message>
    <message>
        <source>Emotionele steun: alleen betaald</source>
        <translation>Emotionele steun: alleen betaald</translation>
    </message>
    <message>
        <source>Emotionele steun: niemand</source>
        <translation>Emotionele steun: niemand</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} versies).</source>
        <translation>Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} versies).</translation>
    </message>
    <message>
        <source>Gezelschap: alleen betaald</source>
        <translation>Gezelschap: alleen betaald</translation>
    </message>
    <message>
        <source>Gezelschap: niemand</source>
        <translation>Gezelschap: niemand</translation>
    </message>
    <message>
        <source>Met slapende banden</source>
        <translation>Met slapende banden</translation>
    </message>
    <message>
        <source>Netwerk van 0 tot 5 leden</source>
        <translation>Netwerk van 0 tot 5 leden</translation>
    </message>
    <message>
        <source>Netwerk van 16 tot 29 leden</source>
        <translation>Netwerk van 16 tot 29 leden</translation>
    </message>
    <message>
        <source>Netwerk van 30 leden of meer</source>
        <translation>Netwerk van 30 leden of meer</translation>
    </message>
    <message>
        <source>Netwerk van 6 tot 15 leden</source>
        <translation>Netwerk van 6 tot 15 leden</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: {reason}</source>
        <translation>Niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Per cliënt een willekeurige code (telkens nieuw) en per versie van het web alleen aantallen. Geen namen, notities, contactgegevens, geboortedatum, buurt of vrije tekst. In de teamcijfers (PDF) wordt een aantal van 1 of 2 cliënten niet getoond.</source>
        <translation>Per cliënt een willekeurige code (telkens nieuw) en per versie van het web alleen aantallen. Geen namen, notities, contactgegevens, geboortedatum, buurt of vrije tekst. In de teamcijfers (PDF) wordt een aantal van 1 of 2 cliënten niet getoond.</translation>
    </message>
    <message>
        <source>Periode: {start} tot en met {end}. Per cliënt telt de laatste versie van het web in deze periode.</source>
        <translation>Periode: {start} tot en met {end}. Per cliënt telt de laatste versie van het web in deze periode.</translation>
    </message>
    <message>
        <source>Praktische hulp: alleen betaald</source>
        <translation>Praktische hulp: alleen betaald</translation>
    </message>
    <message>
        <source>Praktische hulp: niemand</source>
        <translation>Praktische hulp: niemand</translation>
    </message>
    <message>
        <source>Teamcijfers (anoniem)</source>
        <translation>Teamcijfers (anoniem)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Versies van het web in deze periode</source>
        <translation>Versies van het web in deze periode</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>anonieme-cijfers.csv</source>
        <translation>anonieme-cijfers.csv</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>Afspraak &amp;toevoegen</translation>
    </message>
    <message>
        <source>Afspraak &amp;verwijderen</source>
        <translation>Afspraak &amp;verwijderen</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>klaar</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>#%1 (verwijderd)</source>
        <translation>#%1 (verwijderd)</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderd</source>
        <translation>Cliënt definitief verwijderd</translation>
    </message>
    <message>
        <source>Dossierbestand geopend</source>
        <translation>Dossierbestand geopend</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Inzage gegeven (PDF en JSON)</source>
        <translation>Inzage gegeven (PDF en JSON)</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <source>Overdracht aan een collega</source>
        <translation>Overdracht aan een collega</translation>
    </message>
    <message>
        <source>Overdracht van een collega ingelezen</source>
        <translation>Overdracht van een collega ingelezen</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Vermeldingen in het logboek</source>
        <translation>Vermeldingen in het logboek</translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, verwijderen, back-ups. Het logboek bewaart geen inhoud.</source>
        <translation>Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, verwijderen, back-ups. Het logboek bewaart geen inhoud.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.</source>
        <translation>⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.</translation>
    </message>
    <message>
        <source>✓ Het logboek is volledig en ongewijzigd.</source>
        <translation>✓ Het logboek is volledig en ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>BuurtkaartTab</name>
    <message>
        <source>&amp;Versie:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <source>Buurtgrens</source>
        <translation>Buurtgrens</translation>
    </message>
    <message>
        <source>Buurtkaart beginnen</source>
        <translation>Buurtkaart beginnen</translation>
    </message>
    <message>
        <source>De buurtkaart op een eigen blad (A4 of A3)</source>
        <translation>De buurtkaart op een eigen blad (A4 of A3)</translation>
    </message>
    <message>
        <source>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is niets veranderd.</source>
        <translation>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel zijn. Verklein ze eerst; er is niets veranderd.</source>
        <translation>Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel zijn. Verklein ze eerst; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen buurtkaart. Begin er een op een ingelezen stratenplan of op een lege kaart.</source>
        <translation>Deze cliënt heeft nog geen buurtkaart. Begin er een op een ingelezen stratenplan of op een lege kaart.</translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.</source>
        <translation>Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet gelezen worden; er is niets veranderd.</source>
        <translation>Dit bestand kan niet gelezen worden; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Een PNG- of JPEG-stratenplan, één keer ingelezen en bruikbaar voor elke cliënt</source>
        <translation>Een PNG- of JPEG-stratenplan, één keer ingelezen en bruikbaar voor elke cliënt</translation>
    </message>
    <message>
        <source>Een nieuwe versie van vandaag, als kopie van de laatste</source>
        <translation>Een nieuwe versie van vandaag, als kopie van de laatste</translation>
    </message>
    <message>
        <source>Grens wissen</source>
        <translation>Grens wissen</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>K&amp;aart:</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Kaart importeren</source>
        <translation>Kaart importeren</translation>
    </message>
    <message>
        <source>Kaart importeren…</source>
        <translation>Kaart importeren…</translation>
    </message>
    <message>
        <source>Kaart ingelezen: ze is nu te kiezen voor elke cliënt.</source>
        <translation>Kaart ingelezen: ze is nu te kiezen voor elke cliënt.</translation>
    </message>
    <message>
        <source>Kies een cliënt om de buurtkaart te zien.</source>
        <translation>Kies een cliënt om de buurtkaart te zien.</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Kiezen en slepen (pijltjes verschuiven)</source>
        <translation>Kiezen en slepen (pijltjes verschuiven)</translation>
    </message>
    <message>
        <source>Klik de hoekpunten van de eigen buurt; klik het eerste punt of druk Enter om te sluiten</source>
        <translation>Klik de hoekpunten van de eigen buurt; klik het eerste punt of druk Enter om te sluiten</translation>
    </message>
    <message>
        <source>Klik op de kaart om er een plaats te zetten (of Insert)</source>
        <translation>Klik op de kaart om er een plaats te zetten (of Insert)</translation>
    </message>
    <message>
        <source>Klik op de kaart waar de cliënt woont</source>
        <translation>Klik op de kaart waar de cliënt woont</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Lege kaart</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Meldingen bij de buurtkaart</source>
        <translation>Meldingen bij de buurtkaart</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Niet bewaard — probeer opnieuw (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Stratenplan {n}</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Versie van de buurtkaart</source>
        <translation>Versie van de buurtkaart</translation>
    </message>
    <message>
        <source>Volledig scherm, grote letters, zonder notities (F11; Esc: terug)</source>
        <translation>Volledig scherm, grote letters, zonder notities (F11; Esc: terug)</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Wijzigingen…</translation>
    </message>
    <message>
        <source>{w} × {h} beeldpunten</source>
        <translation>{w} × {h} beeldpunten</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <source>(niemand gekozen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <source>Energie:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>Focustalent</source>
        <translation>Focustalent</translation>
    </message>
    <message>
        <source>Geeft het energie</source>
        <translation>Geeft het energie</translation>
    </message>
    <message>
        <source>Genoemd door:</source>
        <translation>Genoemd door:</translation>
    </message>
    <message>
        <source>Hoogstens drie focustalenten; ze gaan mee naar het ontwerpen van een rol.</source>
        <translation>Hoogstens drie focustalenten; ze gaan mee naar het ontwerpen van een rol.</translation>
    </message>
    <message>
        <source>Kies een kaart op een stapel om erbij te noteren wie het noemde, een voorbeeld en of het energie geeft.</source>
        <translation>Kies een kaart op een stapel om erbij te noteren wie het noemde, een voorbeeld en of het energie geeft.</translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation>Naam van wie het noemde</translation>
    </message>
    <message>
        <source>Of in eigen woorden:</source>
        <translation>Of in eigen woorden:</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het korter is.</source>
        <translation>Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het korter is.</translation>
    </message>
    <message>
        <source>Voorbeeld in de woorden van de cliënt</source>
        <translation>Voorbeeld in de woorden van de cliënt</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>Wanneer liet je dit zien? In je eigen woorden.</source>
        <translation>Wanneer liet je dit zien? In je eigen woorden.</translation>
    </message>
    <message>
        <source>Wie noemde dit talent</source>
        <translation>Wie noemde dit talent</translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation>Wie uit het netwerk</translation>
    </message>
    <message>
        <source>Wie uit het netwerk:</source>
        <translation>Wie uit het netwerk:</translation>
    </message>
    <message>
        <source>bv. mijn buurvrouw</source>
        <translation>bv. mijn buurvrouw</translation>
    </message>
    <message>
        <source>ja, geeft energie</source>
        <translation>ja, geeft energie</translation>
    </message>
    <message>
        <source>nee, kost energie</source>
        <translation>nee, kost energie</translation>
    </message>
    <message>
        <source>nog niet besproken</source>
        <translation>nog niet besproken</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>&amp;Focustalent aan of uit</source>
        <translation>&amp;Focustalent aan of uit</translation>
    </message>
    <message>
        <source>Terug naar de stapel</source>
        <translation>Terug naar de stapel</translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation>Verplaatsen naar</translation>
    </message>
</context>
<context>
    <name>CardSettingsPage</name>
    <message>
        <source>Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. Doorgaan?</source>
        <translation>Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, maar blijft in die sorteringen staan. Doorgaan?</source>
        <translation>Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, maar blijft in die sorteringen staan. Doorgaan?</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <source>Kaart verwijderen…</source>
        <translation>Kaart verwijderen…</translation>
    </message>
    <message>
        <source>Kaarten die jullie organisatie aan de stapel toevoegt, voor elke cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar blijft in die sorteringen staan.</source>
        <translation>Kaarten die jullie organisatie aan de stapel toevoegt, voor elke cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar blijft in die sorteringen staan.</translation>
    </message>
    <message>
        <source>Kaarten van de organisatie</source>
        <translation>Kaarten van de organisatie</translation>
    </message>
    <message>
        <source>Talentkaarten</source>
        <translation>Talentkaarten</translation>
    </message>
    <message>
        <source>Weer in gebruik nemen</source>
        <translation>Weer in gebruik nemen</translation>
    </message>
    <message>
        <source>nieuw, wordt bewaard met OK</source>
        <translation>nieuw, wordt bewaard met OK</translation>
    </message>
    <message>
        <source>uit gebruik</source>
        <translation>uit gebruik</translation>
    </message>
    <message>
        <source>weer in gebruik met OK</source>
        <translation>weer in gebruik met OK</translation>
    </message>
    <message>
        <source>wordt verwijderd of uit gebruik genomen met OK</source>
        <translation>wordt verwijderd of uit gebruik genomen met OK</translation>
    </message>
</context>
<context>
    <name>CarriedAgreements</name>
    <message>
        <source>Afspraak gedaan: %1</source>
        <translation>Afspraak gedaan: %1</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nog open van het gesprek van %1</source>
        <translation>Nog open van het gesprek van %1</translation>
    </message>
    <message>
        <source>Vink aan wat intussen gedaan is; het wordt meteen bewaard bij dat gesprek.</source>
        <translation>Vink aan wat intussen gedaan is; het wordt meteen bewaard bij dat gesprek.</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>tegen %1</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>3 tot 6 maanden</source>
        <translation>3 tot 6 maanden</translation>
    </message>
    <message>
        <source>6 tot 12 maanden</source>
        <translation>6 tot 12 maanden</translation>
    </message>
    <message>
        <source>Aantal (klik op een balk voor de cliënten)</source>
        <translation>Aantal (klik op een balk voor de cliënten)</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Actief (rol)</source>
        <translation>Actief (rol)</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Afspraken over datum</source>
        <translation>Afspraken over datum</translation>
    </message>
    <message>
        <source>Balk kiezen</source>
        <translation>Balk kiezen</translation>
    </message>
    <message>
        <source>Caseload-overzicht</source>
        <translation>Caseload-overzicht</translation>
    </message>
    <message>
        <source>Cliënten per status</source>
        <translation>Cliënten per status</translation>
    </message>
    <message>
        <source>Cliënten van de gekozen balk</source>
        <translation>Cliënten van de gekozen balk</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Geen onbetaalde emotionele steun</source>
        <translation>Geen onbetaalde emotionele steun</translation>
    </message>
    <message>
        <source>Gesprekken per maand</source>
        <translation>Gesprekken per maand</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Kies een balk…</source>
        <translation>Kies een balk…</translation>
    </message>
    <message>
        <source>Klik op een balk om de cliënten te zien.</source>
        <translation>Klik op een balk om de cliënten te zien.</translation>
    </message>
    <message>
        <source>Meer dan een jaar</source>
        <translation>Meer dan een jaar</translation>
    </message>
    <message>
        <source>Minder dan 3 maanden</source>
        <translation>Minder dan 3 maanden</translation>
    </message>
    <message>
        <source>Nog nooit</source>
        <translation>Nog nooit</translation>
    </message>
    <message>
        <source>Rolplannen per status (actieve cliënten)</source>
        <translation>Rolplannen per status (actieve cliënten)</translation>
    </message>
    <message>
        <source>Slapende banden gemarkeerd om te heractiveren</source>
        <translation>Slapende banden gemarkeerd om te heractiveren</translation>
    </message>
    <message>
        <source>Stappen van rolplannen over datum</source>
        <translation>Stappen van rolplannen over datum</translation>
    </message>
    <message>
        <source>Tijd sinds de laatste versie van het web</source>
        <translation>Tijd sinds de laatste versie van het web</translation>
    </message>
    <message>
        <source>Tijd sinds het laatste gesprek</source>
        <translation>Tijd sinds het laatste gesprek</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Verkennen</translation>
    </message>
    <message>
        <source>Vraagt aandacht (actieve cliënten)</source>
        <translation>Vraagt aandacht (actieve cliënten)</translation>
    </message>
    <message>
        <source>{chart}: {bar} — {n} cliënten</source>
        <translation>{chart}: {bar} — {n} cliënten</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation>&amp;Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Dit is niet de huidige wachtwoordzin.</source>
        <translation>Dit is niet de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>Niet gewijzigd: het nieuwe bestand kon niet geschreven worden. De oude wachtwoordzin blijft geldig en er ging niets verloren.</source>
        <translation>Niet gewijzigd: het nieuwe bestand kon niet geschreven worden. De oude wachtwoordzin blijft geldig en er ging niets verloren.</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Wijzigen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> (gearceerd)</source>
        <translation> (gearceerd)</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Aantal leden</source>
        <translation>Aantal leden</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp geeft: {list}.</source>
        <translation>Alleen betaalde hulp geeft: {list}.</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Betaalde hulp</translation>
    </message>
    <message>
        <source>Blauw en effen: niet betaald; oranje en gearceerd: betaalde hulp.</source>
        <translation>Blauw en effen: niet betaald; oranje en gearceerd: betaalde hulp.</translation>
    </message>
    <message>
        <source>De grafiek kon niet bewaard worden: {reason}</source>
        <translation>De grafiek kon niet bewaard worden: {reason}</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb: de grafieken verschijnen zodra er een web is. Begin het op het tabblad Inclusieweb (Alt+C).</source>
        <translation>Deze cliënt heeft nog geen inclusieweb: de grafieken verschijnen zodra er een web is. Begin het op het tabblad Inclusieweb (Alt+C).</translation>
    </message>
    <message>
        <source>Dit netwerk</source>
        <translation>Dit netwerk</translation>
    </message>
    <message>
        <source>Geen score, enkel ter vergelijking</source>
        <translation>Geen score, enkel ter vergelijking</translation>
    </message>
    <message>
        <source>Grafiek exporteren</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Grafieken van de cliënt</source>
        <translation>Grafieken van de cliënt</translation>
    </message>
    <message>
        <source>Groepen en organisaties</source>
        <translation>Groepen en organisaties</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Het netwerk telt nu {n} leden. Ter vergelijking, zonder oordeel: mensen in een kwetsbare situatie hebben gemiddeld ongeveer {low} netwerkleden, mensen met een rijk netwerk ongeveer {high}.</source>
        <translation>Het netwerk telt nu {n} leden. Ter vergelijking, zonder oordeel: mensen in een kwetsbare situatie hebben gemiddeld ongeveer {low} netwerkleden, mensen met een rijk netwerk ongeveer {high}.</translation>
    </message>
    <message>
        <source>Hoe dichtbij, wie, betaald?</source>
        <translation>Hoe dichtbij, wie, betaald?</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt:</source>
        <translation>In de woorden van de cliënt:</translation>
    </message>
    <message>
        <source>Kies een cliënt om de grafieken te zien.</source>
        <translation>Kies een cliënt om de grafieken te zien.</translation>
    </message>
    <message>
        <source>Kwetsbare situatie</source>
        <translation>Kwetsbare situatie</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Leden per levensdomein</translation>
    </message>
    <message>
        <source>Levensdomeinen gebruikt</source>
        <translation>Levensdomeinen gebruikt</translation>
    </message>
    <message>
        <source>Netwerkgrootte ter vergelijking</source>
        <translation>Netwerkgrootte ter vergelijking</translation>
    </message>
    <message>
        <source>Niemand geeft: {list}.</source>
        <translation>Niemand geeft: {list}.</translation>
    </message>
    <message>
        <source>Niet aangeduid</source>
        <translation>Niet aangeduid</translation>
    </message>
    <message>
        <source>Niet betaald</source>
        <translation>Niet betaald</translation>
    </message>
    <message>
        <source>Per versie van het web: de grootte, de NDTi-scores voor personen en plaatsen, en de gebruikte levensdomeinen.</source>
        <translation>Per versie van het web: de grootte, de NDTi-scores voor personen en plaatsen, en de gebruikte levensdomeinen.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Personen (NDTi)</source>
        <translation>Personen (NDTi)</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Plaatsen (NDTi)</source>
        <translation>Plaatsen (NDTi)</translation>
    </message>
    <message>
        <source>Rijk netwerk</source>
        <translation>Rijk netwerk</translation>
    </message>
    <message>
        <source>Ring: {ring}</source>
        <translation>Ring: {ring}</translation>
    </message>
    <message>
        <source>Samenstelling van het netwerk</source>
        <translation>Samenstelling van het netwerk</translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation>Soort band</translation>
    </message>
    <message>
        <source>Verandering door de tijd</source>
        <translation>Verandering door de tijd</translation>
    </message>
    <message>
        <source>Versie van het web (datum)</source>
        <translation>Versie van het web (datum)</translation>
    </message>
    <message>
        <source>Wat de cliënt over de veranderingen zegt</source>
        <translation>Wat de cliënt over de veranderingen zegt</translation>
    </message>
    <message>
        <source>Wie geeft welke steun?</source>
        <translation>Wie geeft welke steun?</translation>
    </message>
    <message>
        <source>gemiddeld ± {n}</source>
        <translation>gemiddeld ± {n}</translation>
    </message>
    <message>
        <source>grafiek</source>
        <translation>grafiek</translation>
    </message>
    <message>
        <source>{title}: afbeelding (PNG)…</source>
        <translation>{title}: afbeelding (PNG)…</translation>
    </message>
    <message>
        <source>{title}: tekening (SVG)…</source>
        <translation>{title}: tekening (SVG)…</translation>
    </message>
    <message>
        <source>{unpaid} niet betaald, {paid} betaald</source>
        <translation>{unpaid} niet betaald, {paid} betaald</translation>
    </message>
    <message>
        <source>± {n}</source>
        <translation>± {n}</translation>
    </message>
    <message>
        <source>⚠ Alleen betaalde hulp</source>
        <translation>⚠ Alleen betaalde hulp</translation>
    </message>
    <message>
        <source>⚠ Niemand</source>
        <translation>⚠ Niemand</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Naam of pseudoniem *</source>
        <translation>&amp;Naam of pseudoniem *</translation>
    </message>
    <message>
        <source>&amp;Soort persoon</source>
        <translation>&amp;Soort persoon</translation>
    </message>
    <message>
        <source>&amp;Talen</source>
        <translation>&amp;Talen</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Buurt / &amp;gemeente</source>
        <translation>Buurt / &amp;gemeente</translation>
    </message>
    <message>
        <source>Buurt of gemeente</source>
        <translation>Buurt of gemeente</translation>
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
        <translation>Geboorte&amp;jaar</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Naam of pseudoniem (verplicht)</source>
        <translation>Naam of pseudoniem (verplicht)</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Soort persoon</source>
        <translation>Soort persoon</translation>
    </message>
    <message>
        <source>Startdatu&amp;m</source>
        <translation>Startdatu&amp;m</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status van het dossier</source>
        <translation>Status van het dossier</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Vrije n&amp;otities (kort houden: alleen wat nodig is)</source>
        <translation>Vrije n&amp;otities (kort houden: alleen wat nodig is)</translation>
    </message>
    <message>
        <source>Vrije notities</source>
        <translation>Vrije notities</translation>
    </message>
    <message>
        <source>bv. 1958</source>
        <translation>bv. 1958</translation>
    </message>
    <message>
        <source>bv. Nederlands, Arabisch</source>
        <translation>bv. Nederlands, Arabisch</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>%1 getoond</source>
        <translation>%1 getoond</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Cliënten zoeken</source>
        <translation>Cliënten zoeken</translation>
    </message>
    <message>
        <source>Geen cliënt gevonden voor deze zoekterm. Wis de zoekterm, of kies bij Status &quot;Alle&quot;.</source>
        <translation>Geen cliënt gevonden voor deze zoekterm. Wis de zoekterm, of kies bij Status &quot;Alle&quot;.</translation>
    </message>
    <message>
        <source>Geen cliënten met deze status. Kies bij Status &quot;Alle&quot; of &quot;Actief&quot;.</source>
        <translation>Geen cliënten met deze status. Kies bij Status &quot;Alle&quot; of &quot;Actief&quot;.</translation>
    </message>
    <message>
        <source>Lijst van cliënten</source>
        <translation>Lijst van cliënten</translation>
    </message>
    <message>
        <source>Meer dan %1 gevonden</source>
        <translation>Meer dan %1 gevonden</translation>
    </message>
    <message>
        <source>Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N.</source>
        <translation>Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Toon cliënten met status</source>
        <translation>Toon cliënten met status</translation>
    </message>
    <message>
        <source>Zoek op naam, buurt of notities (Ctrl+F)</source>
        <translation>Zoek op naam, buurt of notities (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>rolplan: stappen over datum (%1)</source>
        <translation>rolplan: stappen over datum (%1)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Volgende afspraak</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Bewaard</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Cijfers van beide versies</source>
        <translation>Cijfers van beide versies</translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Eerder:</source>
        <translation>Eerder:</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Eerdere versie</translation>
    </message>
    <message>
        <source>Eerdere versie van het web</source>
        <translation>Eerdere versie van het web</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>In de woorden van de cliënt</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
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
        <translation>Latere versie</translation>
    </message>
    <message>
        <source>Latere versie van het web</source>
        <translation>Latere versie van het web</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation>Versies vergelijken</translation>
    </message>
    <message>
        <source>Wat betekent deze verandering voor de cliënt? Schrijf het in de eigen woorden van de cliënt.</source>
        <translation>Wat betekent deze verandering voor de cliënt? Schrijf het in de eigen woorden van de cliënt.</translation>
    </message>
    <message>
        <source>Wat de cliënt over de verandering zegt</source>
        <translation>Wat de cliënt over de verandering zegt</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Datum waarop de toestemming gegeven is</source>
        <translation>Datum waarop de toestemming gegeven is</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Doel van de nieuwe toestemming</source>
        <translation>Doel van de nieuwe toestemming</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Geselecteerde toestemming intrekken</source>
        <translation>Geselecteerde toestemming intrekken</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Nieuwe toestemming, doel:</source>
        <translation>Nieuwe toestemming, doel:</translation>
    </message>
    <message>
        <source>Toestemming toe&amp;voegen</source>
        <translation>Toestemming toe&amp;voegen</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>bv. gegevens bewaren, samenvatting delen</source>
        <translation>bv. gegevens bewaren, samenvatting delen</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>gegeven op:</source>
        <translation>gegeven op:</translation>
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
        <translation>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores</translation>
    </message>
    <message>
        <source>Eigen domeinen van de organisatie</source>
        <translation>Eigen domeinen van de organisatie</translation>
    </message>
    <message>
        <source>Eigen levensdomeinen</source>
        <translation>Eigen levensdomeinen</translation>
    </message>
    <message>
        <source>Eén domein per regel: Nederlands | Français | English
bv. Familie | Famille | Family</source>
        <translation>Eén domein per regel: Nederlands | Français | English
bv. Familie | Famille | Family</translation>
    </message>
    <message>
        <source>Geef tussen 2 en 16 levensdomeinen, één per regel.</source>
        <translation>Geef tussen 2 en 16 levensdomeinen, één per regel.</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke versie en staat op elke afdruk.</source>
        <translation>NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke versie en staat op elke afdruk.</translation>
    </message>
    <message>
        <source>Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt.</source>
        <translation>Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt.</translation>
    </message>
    <message>
        <source>Regel %1: &apos;%2&apos; staat er al.</source>
        <translation>Regel %1: &apos;%2&apos; staat er al.</translation>
    </message>
    <message>
        <source>Regel %1: de Nederlandse naam ontbreekt.</source>
        <translation>Regel %1: de Nederlandse naam ontbreekt.</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>%1 is een map, geen dossierbestand.</source>
        <translation>%1 is een map, geen dossierbestand.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Back-up teruggezet. Het vorige bestand is bewaard als %1.</source>
        <translation>Back-up teruggezet. Het vorige bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden, en er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.</source>
        <translation>Bij het nakijken van het dossierbestand is een beschadiging gevonden, en er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.</translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt niets overschreven.</source>
        <translation>Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt niets overschreven.</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.</source>
        <translation>De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.</translation>
    </message>
    <message>
        <source>De back-up kon niet teruggezet worden. Er is niets overschreven.</source>
        <translation>De back-up kon niet teruggezet worden. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin.</source>
        <translation>Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing bij om het te openen.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing bij om het te openen.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet geopend worden als Resokit-dossier.</source>
        <translation>Dit bestand kan niet geopend worden als Resokit-dossier.</translation>
    </message>
    <message>
        <source>Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee programma&apos;s tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan opnieuw.</source>
        <translation>Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee programma&apos;s tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan opnieuw.</translation>
    </message>
    <message>
        <source>Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen overschrijven.</source>
        <translation>Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen overschrijven.</translation>
    </message>
    <message>
        <source>Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?</source>
        <translation>Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?</translation>
    </message>
    <message>
        <source>Eerst de invoer verbeteren of verwerpen, dan vergrendelen.</source>
        <translation>Eerst de invoer verbeteren of verwerpen, dan vergrendelen.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand blijft onaangeroerd staan; neem een kopie en vraag hulp.</source>
        <translation>Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand blijft onaangeroerd staan; neem een kopie en vraag hulp.</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen.</source>
        <translation>Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.</source>
        <translation>Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de schijf is vol. Maak ruimte vrij en start Resokit Desktop opnieuw.</source>
        <translation>Het dossierbestand kan niet geopend worden: de schijf is vol. Maak ruimte vrij en start Resokit Desktop opnieuw.</translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop opnieuw om een back-up terug te zetten.</source>
        <translation>Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop opnieuw om een back-up terug te zetten.</translation>
    </message>
    <message>
        <source>Let op: de automatische back-up is niet gelukt (schijf vol?). Het dossierbestand zelf is niet veranderd.</source>
        <translation>Let op: de automatische back-up is niet gelukt (schijf vol?). Het dossierbestand zelf is niet veranderd.</translation>
    </message>
    <message>
        <source>Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je ontgrendeld hebt.</source>
        <translation>Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je ontgrendeld hebt.</translation>
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
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <source>een veld moet nog verbeterd worden</source>
        <translation>een veld moet nog verbeterd worden</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden; is de schijf vol?</source>
        <translation>het bestand kon niet geschreven worden; is de schijf vol?</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Over&amp;zicht</source>
        <translation>Over&amp;zicht</translation>
    </message>
    <message>
        <source>In&amp;clusieweb</source>
        <translation>In&amp;clusieweb</translation>
    </message>
    <message>
        <source>Ges&amp;prekken</source>
        <extracomment>A role-plan step was ticked here: the client list&apos;s overdue marker may change.</extracomment>
        <translation>Ges&amp;prekken</translation>
    </message>
    <message>
        <source>&amp;Rollen</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Buurt&amp;kaart</source>
        <translation>Buurt&amp;kaart</translation>
    </message>
    <message>
        <source>Talent&amp;enkaart</source>
        <translation>Talent&amp;enkaart</translation>
    </message>
    <message>
        <source>Gra&amp;fieken</source>
        <translation>Gra&amp;fieken</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Items van het buurtregister</source>
        <translation>Items van het buurtregister</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister</source>
        <translation>Kiezen uit het buurtregister</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Niets gevonden in het buurtregister. Pas de zoekterm aan, of voeg de plaats toe aan het register.</source>
        <translation>Niets gevonden in het buurtregister. Pas de zoekterm aan, of voeg de plaats toe aan het register.</translation>
    </message>
    <message>
        <source>Zoek op naam, adres, buurt, aanbod …</source>
        <translation>Zoek op naam, adres, buurt, aanbod …</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Zoeken in het buurtregister</translation>
    </message>
</context>
<context>
    <name>EraseNotice</name>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Apart bewaarde kopieën</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de wachtwoordzin van toen.</source>
        <translation>Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de wachtwoordzin van toen.</translation>
    </message>
    <message>
        <source>Kopieën verwijderen</source>
        <translation>Kopieën verwijderen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het dossierbestand.</source>
        <translation>Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het dossierbestand.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Opschonen niet afgerond</source>
        <translation>Opschonen niet afgerond</translation>
    </message>
    <message>
        <source>Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt worden.</source>
        <translation>Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>vóór het terugzetten</source>
        <translation>vóór het terugzetten</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Afspraak %1: de datum &apos;tegen wanneer&apos; bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Afspraak %1: de datum &apos;tegen wanneer&apos; bestaat niet. Typ dag-maand-jaar.</translation>
    </message>
    <message>
        <source>Afspraak %1: deze invoer klopt niet.</source>
        <translation>Afspraak %1: deze invoer klopt niet.</translation>
    </message>
    <message>
        <source>Afspraak %1: vul in wat er afgesproken is.</source>
        <translation>Afspraak %1: vul in wat er afgesproken is.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Deze invoer klopt niet.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be</source>
        <translation>Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens 200 tekens).</source>
        <translation>Dit is te lang (hoogstens 200 tekens).</translation>
    </message>
    <message>
        <source>Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.</source>
        <translation>Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet later zijn dan %1.</source>
        <translation>Het geboortejaar kan niet later zijn dan %1.</translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet vóór %1 liggen.</source>
        <translation>Het geboortejaar kan niet vóór %1 liggen.</translation>
    </message>
    <message>
        <source>Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.</source>
        <translation>Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul de datum in waarop ze gegeven is.</source>
        <translation>Toestemming %1: vul de datum in waarop ze gegeven is.</translation>
    </message>
    <message>
        <source>Toestemming %1: vul het doel in.</source>
        <translation>Toestemming %1: vul het doel in.</translation>
    </message>
    <message>
        <source>Typ het geboortejaar in cijfers, bijvoorbeeld 1958.</source>
        <translation>Typ het geboortejaar in cijfers, bijvoorbeeld 1958.</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de toestemming gegeven is.</source>
        <translation>Vul de datum in waarop de toestemming gegeven is.</translation>
    </message>
    <message>
        <source>Vul de datum van het gesprek in.</source>
        <translation>Vul de datum van het gesprek in.</translation>
    </message>
    <message>
        <source>Vul een naam of pseudoniem in.</source>
        <translation>Vul een naam of pseudoniem in.</translation>
    </message>
    <message>
        <source>Vul het doel van de toestemming in.</source>
        <translation>Vul het doel van de toestemming in.</translation>
    </message>
    <message>
        <source>Vul ook de datum van de volgende afspraak in.</source>
        <translation>Vul ook de datum van de volgende afspraak in.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%-punt</source>
        <translation>%-punt</translation>
    </message>
    <message>
        <source>1 persoon</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>1 plaats of groep</source>
        <translation>1 plaats of groep</translation>
    </message>
    <message>
        <source>Aandeel betaalde hulp</source>
        <translation>Aandeel betaalde hulp</translation>
    </message>
    <message>
        <source>Andere groepen (overbruggen)</source>
        <translation>Andere groepen (overbruggen)</translation>
    </message>
    <message>
        <source>Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.</source>
        <translation>Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze organisatie).</translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation>Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van deze organisatie).</translation>
    </message>
    <message>
        <source>Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, diensten).</source>
        <translation>Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, diensten).</translation>
    </message>
    <message>
        <source>Dit web gebruikt niet de levensdomeinen van NDTi maar &apos;{set}&apos;: de spreiding is niet te vergelijken met andere NDTi-webs.</source>
        <translation>Dit web gebruikt niet de levensdomeinen van NDTi maar &apos;{set}&apos;: de spreiding is niet te vergelijken met andere NDTi-webs.</translation>
    </message>
    <message>
        <source>Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te zijn.</source>
        <translation>Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te zijn.</translation>
    </message>
    <message>
        <source>Eigen kring (binden)</source>
        <translation>Eigen kring (binden)</translation>
    </message>
    <message>
        <source>Eigen kring · andere groepen · meer macht</source>
        <translation>Eigen kring · andere groepen · meer macht</translation>
    </message>
    <message>
        <source>Gewenste banden</source>
        <translation>Gewenste banden</translation>
    </message>
    <message>
        <source>Grootte van het netwerk</source>
        <translation>Grootte van het netwerk</translation>
    </message>
    <message>
        <source>Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf telt niet mee.</source>
        <translation>Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf telt niet mee.</translation>
    </message>
    <message>
        <source>In de cirkel dichtbij</source>
        <translation>In de cirkel dichtbij</translation>
    </message>
    <message>
        <source>In de cirkel verder weg</source>
        <translation>In de cirkel verder weg</translation>
    </message>
    <message>
        <source>In de middelste cirkel</source>
        <translation>In de middelste cirkel</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden (met meer macht, bv. de gemeente).</source>
        <translation>Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden (met meer macht, bv. de gemeente).</translation>
    </message>
    <message>
        <source>Leden aangeduid als binden: uit de eigen kring.</source>
        <translation>Leden aangeduid als binden: uit de eigen kring.</translation>
    </message>
    <message>
        <source>Leden aangeduid als overbruggen: uit een andere groep.</source>
        <translation>Leden aangeduid als overbruggen: uit een andere groep.</translation>
    </message>
    <message>
        <source>Leden aangeduid als verbinden: met meer macht of invloed.</source>
        <translation>Leden aangeduid als verbinden: met meer macht of invloed.</translation>
    </message>
    <message>
        <source>Leden van het netwerk die het dichtst bij de cliënt staan.</source>
        <translation>Leden van het netwerk die het dichtst bij de cliënt staan.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de buitenste cirkel.</source>
        <translation>Leden van het netwerk in de buitenste cirkel.</translation>
    </message>
    <message>
        <source>Leden van het netwerk in de middelste cirkel.</source>
        <translation>Leden van het netwerk in de middelste cirkel.</translation>
    </message>
    <message>
        <source>Leden van het netwerk per afstand tot de cliënt.</source>
        <translation>Leden van het netwerk per afstand tot de cliënt.</translation>
    </message>
    <message>
        <source>Leden zonder wie het netwerk uiteenvalt</source>
        <translation>Leden zonder wie het netwerk uiteenvalt</translation>
    </message>
    <message>
        <source>Meer macht (verbinden)</source>
        <translation>Meer macht (verbinden)</translation>
    </message>
    <message>
        <source>Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken banden tellen niet mee.</source>
        <translation>Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken banden tellen niet mee.</translation>
    </message>
    <message>
        <source>NDTi-score mensen</source>
        <translation>NDTi-score mensen</translation>
    </message>
    <message>
        <source>NDTi-score plaatsen</source>
        <translation>NDTi-score plaatsen</translation>
    </message>
    <message>
        <source>NDTi-spreiding over levensdomeinen</source>
        <translation>NDTi-spreiding over levensdomeinen</translation>
    </message>
    <message>
        <source>Onbetaalde mensen met een actieve band</source>
        <translation>Onbetaalde mensen met een actieve band</translation>
    </message>
    <message>
        <source>Per cirkel: dichtbij · midden · verder</source>
        <translation>Per cirkel: dichtbij · midden · verder</translation>
    </message>
    <message>
        <source>Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer kennen; de cliënt telt niet mee.</source>
        <translation>Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer kennen; de cliënt telt niet mee.</translation>
    </message>
    <message>
        <source>Slapende banden</source>
        <translation>Slapende banden</translation>
    </message>
    <message>
        <source>Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.</source>
        <translation>Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.</translation>
    </message>
    <message>
        <source>Soorten steun die niemand of alleen betaalde hulp geeft.</source>
        <translation>Soorten steun die niemand of alleen betaalde hulp geeft.</translation>
    </message>
    <message>
        <source>Soorten steun waarvoor niemand met een actieve band is aangeduid.</source>
        <translation>Soorten steun waarvoor niemand met een actieve band is aangeduid.</translation>
    </message>
    <message>
        <source>Soorten steun zonder onbetaalde gever</source>
        <translation>Soorten steun zonder onbetaalde gever</translation>
    </message>
    <message>
        <source>Steun die alleen betaalde hulp geeft</source>
        <translation>Steun die alleen betaalde hulp geeft</translation>
    </message>
    <message>
        <source>Steun die niemand geeft</source>
        <translation>Steun die niemand geeft</translation>
    </message>
    <message>
        <source>Verbroken banden</source>
        <translation>Verbroken banden</translation>
    </message>
    <message>
        <source>Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.</source>
        <translation>Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.</translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation>Wie kent wie</translation>
    </message>
    <message>
        <source>Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.</source>
        <translation>Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.</source>
        <translation>Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een actieve band.</source>
        <translation>Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een actieve band.</translation>
    </message>
    <message>
        <source>Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt in de NDTi-scores.</source>
        <translation>Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt in de NDTi-scores.</translation>
    </message>
    <message>
        <source>betaald</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>gewenst</source>
        <translation>gewenst</translation>
    </message>
    <message>
        <source>minder dan twee leden</source>
        <translation>minder dan twee leden</translation>
    </message>
    <message>
        <source>niet aangeduid: {n}</source>
        <translation>niet aangeduid: {n}</translation>
    </message>
    <message>
        <source>niet meegeteld: {list}</source>
        <translation>niet meegeteld: {list}</translation>
    </message>
    <message>
        <source>nog niemand aangeduid</source>
        <translation>nog niemand aangeduid</translation>
    </message>
    <message>
        <source>slapend</source>
        <translation>slapend</translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation>verbroken</translation>
    </message>
    <message>
        <source>zonder lid dat meetelt: {domains}</source>
        <translation>zonder lid dat meetelt: {domains}</translation>
    </message>
    <message>
        <source>{n} personen</source>
        <translation>{n} personen</translation>
    </message>
    <message>
        <source>{n} plaatsen of groepen</source>
        <translation>{n} plaatsen of groepen</translation>
    </message>
    <message>
        <source>{n} van {total}</source>
        <translation>{n} van {total}</translation>
    </message>
    <message>
        <source>{n} van {total} paren</source>
        <translation>{n} van {total} paren</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Het nieuwe dossierbestand is gemaakt, maar niet alles kon erin bewaard worden (is de schijf vol?). Vul de namen later in bij Instellingen; de voorbeelddossiers kunnen onvolledig zijn.</source>
        <translation>Het nieuwe dossierbestand is gemaakt, maar niet alles kon erin bewaard worden (is de schijf vol?). Vul de namen later in bij Instellingen; de voorbeelddossiers kunnen onvolledig zijn.</translation>
    </message>
</context>
<context>
    <name>HelpPrint</name>
    <message>
        <source>Taal:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Reflectielijst openen…</source>
        <translation>&amp;Reflectielijst openen…</translation>
    </message>
    <message>
        <source>&amp;Spiekbrief afdrukken…</source>
        <translation>&amp;Spiekbrief afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de help</source>
        <translation>&amp;Zoeken in de help</translation>
    </message>
    <message>
        <source>Geen pagina bevat al deze woorden.</source>
        <translation>Geen pagina bevat al deze woorden.</translation>
    </message>
    <message>
        <source>Gespreksleidraden</source>
        <translation>Gespreksleidraden</translation>
    </message>
    <message>
        <source>Help – Resokit Desktop</source>
        <translation>Help – Resokit Desktop</translation>
    </message>
    <message>
        <source>Inhoud van de helppagina</source>
        <translation>Inhoud van de helppagina</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Pagina&apos;s van de help</source>
        <translation>Pagina&apos;s van de help</translation>
    </message>
    <message>
        <source>Schermen</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Zoeken in de help</source>
        <translation>Zoeken in de help</translation>
    </message>
    <message>
        <source>een woord, bv. buurt</source>
        <translation>een woord, bv. buurt</translation>
    </message>
    <message>
        <source>spiekbrief</source>
        <translation>spiekbrief</translation>
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
        <translation>Dichterbij</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Ik</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>Nieuwe plaats</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Slapende band: om te reactiveren</source>
        <translation>Slapende band: om te reactiveren</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Verder weg</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Weg</translation>
    </message>
</context>
<context>
    <name>InclusionWebTab</name>
    <message>
        <source>Afbeelding (PNG)…</source>
        <translation>Afbeelding (PNG)…</translation>
    </message>
    <message>
        <source>Begin een nieuwe versie als kopie van de laatste, om samen te herbekijken</source>
        <translation>Begin een nieuwe versie als kopie van de laatste, om samen te herbekijken</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en begin samen.</source>
        <translation>Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en begin samen.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Inclusieweb beginnen</source>
        <translation>Inclusieweb beginnen</translation>
    </message>
    <message>
        <source>Kies een cliënt om het inclusieweb te zien.</source>
        <translation>Kies een cliënt om het inclusieweb te zien.</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Netwerkbestand (GraphML)…</source>
        <translation>Netwerkbestand (GraphML)…</translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation>Niet bewaard — probeer opnieuw (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Nieuwe versie gemaakt</source>
        <translation>Nieuwe versie gemaakt</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sleep van de ene naar de andere om te tonen dat ze elkaar kennen (of houd Shift ingedrukt)</source>
        <translation>Sleep van de ene naar de andere om te tonen dat ze elkaar kennen (of houd Shift ingedrukt)</translation>
    </message>
    <message>
        <source>Tekening (SVG)…</source>
        <translation>Tekening (SVG)…</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Versie van het web</source>
        <translation>Versie van het web</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Wijzigingen…</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Kenmerken van het netwerk</source>
        <translation>Kenmerken van het netwerk</translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation>Leden per levensdomein</translation>
    </message>
    <message>
        <source>Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld zo&apos;n {v} netwerkleden, mensen met een rijk netwerk zo&apos;n {r}.</source>
        <translation>Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld zo&apos;n {v} netwerkleden, mensen met een rijk netwerk zo&apos;n {r}.</translation>
    </message>
    <message>
        <source>Wie geeft wat?</source>
        <translation>Wie geeft wat?</translation>
    </message>
    <message>
        <source>alleen betaalde hulp</source>
        <translation>alleen betaalde hulp</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>niemand</translation>
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
        <translation>Actief</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Buurtbewoner</source>
        <translation>Buurtbewoner</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <source>Opvolggesprek</source>
        <translation>Opvolggesprek</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Ander gesprek</source>
        <translation>Ander gesprek</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation>Groep of organisatie</translation>
    </message>
    <message>
        <source>Praktische hulp</source>
        <translation>Praktische hulp</translation>
    </message>
    <message>
        <source>Emotionele steun</source>
        <translation>Emotionele steun</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Gezelschap</source>
        <translation>Gezelschap</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Sterke band</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Lichte band</translation>
    </message>
    <message>
        <source>Binden (eigen kring)</source>
        <translation>Binden (eigen kring)</translation>
    </message>
    <message>
        <source>Overbruggen (andere groep)</source>
        <translation>Overbruggen (andere groep)</translation>
    </message>
    <message>
        <source>Verbinden (met meer macht)</source>
        <translation>Verbinden (met meer macht)</translation>
    </message>
    <message>
        <source>Slapend</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>Verbroken</source>
        <translation>Verbroken</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Stad</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Translokaal (elders, buitenland)</source>
        <translation>Translokaal (elders, buitenland)</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Maandelijks</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Een paar keer per jaar</source>
        <translation>Een paar keer per jaar</translation>
    </message>
    <message>
        <source>Zelden</source>
        <translation>Zelden</translation>
    </message>
    <message>
        <source>Geeft aan de cliënt</source>
        <translation>Geeft aan de cliënt</translation>
    </message>
    <message>
        <source>Krijgt van de cliënt</source>
        <translation>Krijgt van de cliënt</translation>
    </message>
    <message>
        <source>Over en weer</source>
        <translation>Over en weer</translation>
    </message>
    <message>
        <source>Gedekt door onbetaalde steun</source>
        <translation>Gedekt door onbetaalde steun</translation>
    </message>
    <message>
        <source>Alleen betaalde hulp</source>
        <translation>Alleen betaalde hulp</translation>
    </message>
    <message>
        <source>Niemand</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Handen: praktisch</source>
        <translation>Handen: praktisch</translation>
    </message>
    <message>
        <source>Mensen: sociaal</source>
        <translation>Mensen: sociaal</translation>
    </message>
    <message>
        <source>Hoofd: kennis en talen</source>
        <translation>Hoofd: kennis en talen</translation>
    </message>
    <message>
        <source>Creatief</source>
        <translation>Creatief</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Organiseren</source>
        <translation>Organiseren</translation>
    </message>
    <message>
        <source>Lichaam: sport en beweging</source>
        <translation>Lichaam: sport en beweging</translation>
    </message>
    <message>
        <source>Digitaal</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Levenservaring</source>
        <translation>Levenservaring</translation>
    </message>
    <message>
        <source>Standaardkaart</source>
        <translation>Standaardkaart</translation>
    </message>
    <message>
        <source>Kaart van de organisatie</source>
        <translation>Kaart van de organisatie</translation>
    </message>
    <message>
        <source>Eigen kaart van de cliënt</source>
        <translation>Eigen kaart van de cliënt</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Dit kan ik</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>Dit doe ik graag</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Dit wil ik leren</translation>
    </message>
    <message>
        <source>Nu niet voor mij</source>
        <translation>Nu niet voor mij</translation>
    </message>
    <message>
        <source>De persoon zelf</source>
        <translation>De persoon zelf</translation>
    </message>
    <message>
        <source>De begeleider</source>
        <translation>De begeleider</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk</source>
        <translation>Iemand uit het netwerk</translation>
    </message>
    <message>
        <source>weinig</source>
        <translation>weinig</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>veel</source>
        <translation>veel</translation>
    </message>
    <message>
        <source>in de organisatie</source>
        <translation>in de organisatie</translation>
    </message>
    <message>
        <source>in de buurt</source>
        <translation>in de buurt</translation>
    </message>
    <message>
        <source>ruimer dan de buurt</source>
        <translation>ruimer dan de buurt</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>verkennen</source>
        <translation>verkennen</translation>
    </message>
    <message>
        <source>gestart</source>
        <translation>gestart</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>geëvalueerd</source>
        <translation>geëvalueerd</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>aanzien</source>
        <translation>aanzien</translation>
    </message>
    <message>
        <source>ervaring</source>
        <translation>ervaring</translation>
    </message>
    <message>
        <source>relaties en contacten</source>
        <translation>relaties en contacten</translation>
    </message>
    <message>
        <source>zelfvertrouwen</source>
        <translation>zelfvertrouwen</translation>
    </message>
    <message>
        <source>respect</source>
        <translation>respect</translation>
    </message>
    <message>
        <source>een stem</source>
        <translation>een stem</translation>
    </message>
    <message>
        <source>vrijheid</source>
        <translation>vrijheid</translation>
    </message>
    <message>
        <source>kansen</source>
        <translation>kansen</translation>
    </message>
    <message>
        <source>persoonlijke groei</source>
        <translation>persoonlijke groei</translation>
    </message>
    <message>
        <source>materiële dingen</source>
        <translation>materiële dingen</translation>
    </message>
    <message>
        <source>geld</source>
        <translation>geld</translation>
    </message>
    <message>
        <source>vervoer</source>
        <translation>vervoer</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>angst</source>
        <translation>angst</translation>
    </message>
    <message>
        <source>stigma</source>
        <translation>stigma</translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Exemplaar voor de hulpverlener</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Exemplaar voor de cliënt</translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <source>midden</source>
        <translation>midden</translation>
    </message>
    <message>
        <source>verder</source>
        <translation>verder</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Deze wijzigingen weggooien</source>
        <translation>Deze wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Deze wijzigingen zijn nog niet bewaard.</source>
        <translation>Deze wijzigingen zijn nog niet bewaard.</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Terug om te verbeteren</source>
        <translation>Terug om te verbeteren</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>De dossiers zijn gesloten en verborgen. Geef je wachtwoordzin om verder te werken.</source>
        <translation>De dossiers zijn gesloten en verborgen. Geef je wachtwoordzin om verder te werken.</translation>
    </message>
    <message>
        <source>Resokit Desktop — vergrendeld</source>
        <translation>Resokit Desktop — vergrendeld</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Vergrendeld</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Cliëntenlijst tonen</source>
        <translation>&amp;Cliëntenlijst tonen</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation>&amp;Nieuwe cliënt</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Over Resokit Desktop</source>
        <translation>&amp;Over Resokit Desktop</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Alles van %1 wordt definitief verwijderd.</source>
        <translation>Alles van %1 wordt definitief verwijderd.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het formulier, maar is nog niet bewaard.</source>
        <translation>Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het formulier, maar is nog niet bewaard.</translation>
    </message>
    <message>
        <source>Cliënt &amp;definitief verwijderen…</source>
        <translation>Cliënt &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderen</source>
        <translation>Cliënt definitief verwijderen</translation>
    </message>
    <message>
        <source>Cliënt verwijderd.</source>
        <translation>Cliënt verwijderd.</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Dossier &amp;heropenen</source>
        <translation>Dossier &amp;heropenen</translation>
    </message>
    <message>
        <source>Dossier a&amp;fsluiten</source>
        <translation>Dossier a&amp;fsluiten</translation>
    </message>
    <message>
        <source>Dossier a&amp;rchiveren</source>
        <translation>Dossier a&amp;rchiveren</translation>
    </message>
    <message>
        <source>Dossier van de gekozen cliënt</source>
        <translation>Dossier van de gekozen cliënt</translation>
    </message>
    <message>
        <source>Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N).</source>
        <translation>Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N).</translation>
    </message>
    <message>
        <source>Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, blijft intact.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Over Resokit Desktop</source>
        <translation>Over Resokit Desktop</translation>
    </message>
    <message>
        <source>Resokit Desktop %1

Brengt samen met een cliënt het sociale netwerk in kaart en versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens blijven in één bestand op deze computer.</source>
        <translation>Resokit Desktop %1

Brengt samen met een cliënt het sociale netwerk in kaart en versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens blijven in één bestand op deze computer.</translation>
    </message>
    <message>
        <source>Selectie &amp;verwijderen</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Status gewijzigd.</source>
        <translation>Status gewijzigd.</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>Tekst &amp;groter</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>Tekst &amp;kleiner</translation>
    </message>
    <message>
        <source>Volgend ta&amp;bblad</source>
        <translation>Volgend ta&amp;bblad</translation>
    </message>
    <message>
        <source>Vor&amp;ig tabblad</source>
        <translation>Vor&amp;ig tabblad</translation>
    </message>
    <message>
        <source>Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen gebruiken.</source>
        <translation>Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen gebruiken.</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Buurtgrens tekenen</source>
        <translation>Buurtgrens tekenen</translation>
    </message>
    <message>
        <source>Plaats op de kaart zetten</source>
        <translation>Plaats op de kaart zetten</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Plaats wijzigen</translation>
    </message>
    <message>
        <source>Plaatsen van de kaart halen</source>
        <translation>Plaatsen van de kaart halen</translation>
    </message>
    <message>
        <source>Thuis aanduiden</source>
        <translation>Thuis aanduiden</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet bewaard.</source>
        <extracomment>The document changed (autosave). The selected pin ids changed. A message for the user (a boundary with too few corners …).</extracomment>
        <translation>Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet bewaard.</translation>
    </message>
    <message>
        <source>Buurtgrens getekend: sleep de hoekpunten om ze te verleggen.</source>
        <translation>Buurtgrens getekend: sleep de hoekpunten om ze te verleggen.</translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation>Nieuwe plaats</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Plaats wijzigen</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Van de kaart halen</source>
        <translation>Van de kaart halen</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Gaat er nu naartoe</source>
        <translation>Gaat er nu naartoe</translation>
    </message>
    <message>
        <source>Ging er vroeger naartoe (slapend)</source>
        <translation>Ging er vroeger naartoe (slapend)</translation>
    </message>
    <message>
        <source>Zou er graag naartoe gaan</source>
        <translation>Zou er graag naartoe gaan</translation>
    </message>
    <message>
        <source>Mijdt deze plek</source>
        <translation>Mijdt deze plek</translation>
    </message>
    <message>
        <source>Voelt veilig</source>
        <translation>Voelt veilig</translation>
    </message>
    <message>
        <source>Voelt neutraal</source>
        <translation>Voelt neutraal</translation>
    </message>
    <message>
        <source>Voelt onveilig</source>
        <translation>Voelt onveilig</translation>
    </message>
    <message>
        <source>Eigen buurt</source>
        <translation>Eigen buurt</translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Thuis</translation>
    </message>
</context>
<context>
    <name>MapPresentation</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Buurtkaart</translation>
    </message>
    <message>
        <source>Buurtkaart, presentatie</source>
        <translation>Buurtkaart, presentatie</translation>
    </message>
    <message>
        <source>Esc: terug   ·   + / −: groter, kleiner   ·   slepen: verplaatsen</source>
        <translation>Esc: terug   ·   + / −: groter, kleiner   ·   slepen: verplaatsen</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Buurtkaart afdrukken</source>
        <translation>Buurtkaart afdrukken</translation>
    </message>
    <message>
        <source>buurtkaart</source>
        <translation>buurtkaart</translation>
    </message>
</context>
<context>
    <name>MapSheetReport</name>
    <message>
        <source>Buurtkaart</source>
        <translation>Buurtkaart</translation>
    </message>
    <message>
        <source>Er is nog geen buurtkaart getekend.</source>
        <translation>Er is nog geen buurtkaart getekend.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Getekend op {date}</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Van: {name}</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Legende van de buurtkaart</source>
        <translation>Legende van de buurtkaart</translation>
    </message>
    <message>
        <source>Niet op deze kaart</source>
        <translation>Niet op deze kaart</translation>
    </message>
    <message>
        <source>Op de kaart zetten</source>
        <translation>Op de kaart zetten</translation>
    </message>
    <message>
        <source>Plaatsen die niet op de kaart staan</source>
        <translation>Plaatsen die niet op de kaart staan</translation>
    </message>
    <message>
        <source>Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) die nog niet op de kaart staan.</source>
        <translation>Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) die nog niet op de kaart staan.</translation>
    </message>
    <message>
        <source>Sleep naar de kaart, of kies en klik op &apos;Op de kaart zetten&apos;</source>
        <translation>Sleep naar de kaart, of kies en klik op &apos;Op de kaart zetten&apos;</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>Thuis</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Buurtkaart</source>
        <extracomment>A new place pin at this map point (x, y fractions). Home at this map point. The boundary was drawn (list of points, at least three). A boundary with too few corners was ended (how many it had): not saved. Items were dragged: {key: (old point, new point)}. Keyboard: move the selection by (dx, dy) steps. 1-4: this status for the selected pins. Del pressed. A registry entry (id) was dropped on the map at this point.</extracomment>
        <translation>Buurtkaart</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>%n geselecteerd. Sleep ze samen, of druk Del om ze te verwijderen.</source>
        <translation>%n geselecteerd. Sleep ze samen, of druk Del om ze te verwijderen.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation>Betaalde hulp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Geef een naam, initialen of een bijnaam.</source>
        <translation>Geef een naam, initialen of een bijnaam.</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Gespannen</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>In de woorden van de cliënt</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken (of druk Tab in het web). Nieuw: sleep een vorm op het web, dubbelklik op een lege plek of druk Insert. Pijltjes verplaatsen naar een ander domein of een andere cirkel; Shift+slepen verbindt twee leden.</source>
        <translation>Kies iemand of iets op het web om het te bewerken (of druk Tab in het web). Nieuw: sleep een vorm op het web, dubbelklik op een lege plek of druk Insert. Pijltjes verplaatsen naar een ander domein of een andere cirkel; Shift+slepen verbindt twee leden.</translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken.</source>
        <translation>Kies iemand of iets op het web om het te bewerken.</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Naam, initialen of bijnaam</source>
        <translation>Naam, initialen of bijnaam</translation>
    </message>
    <message>
        <source>Nabijheid</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Reactiveren</source>
        <translation>Reactiveren</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Schadelijk</translation>
    </message>
    <message>
        <source>Sociaal kapitaal</source>
        <translation>Sociaal kapitaal</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat geeft deze band?</source>
        <translation>Wat geeft deze band?</translation>
    </message>
    <message>
        <source>Wederkerigheid</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message>
        <source>bv. zus, buurman, huisarts</source>
        <translation>bv. zus, buurman, huisarts</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodRegister</name>
    <message>
        <source>%1 van %2 items getoond</source>
        <translation>%1 van %2 items getoond</translation>
    </message>
    <message>
        <source>&amp;Adres of beschrijving</source>
        <translation>&amp;Adres of beschrijving</translation>
    </message>
    <message>
        <source>&amp;Buurt</source>
        <translation>&amp;Buurt</translation>
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
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>&amp;Openingsuren</source>
        <translation>&amp;Openingsuren</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Toegankelijkheid</source>
        <translation>&amp;Toegankelijkheid</translation>
    </message>
    <message>
        <source>&amp;Vandaag nagekeken</source>
        <translation>&amp;Vandaag nagekeken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verwijderd.</source>
        <translation>&apos;%1&apos; is verwijderd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat terug.</source>
        <translation>&apos;%1&apos; staat terug.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uit het buurtregister verwijderen?</source>
        <translation>&apos;%1&apos; uit het buurtregister verwijderen?</translation>
    </message>
    <message>
        <source>(Zelf)organisatie</source>
        <translation>(Zelf)organisatie</translation>
    </message>
    <message>
        <source>(zelf)organisaties</source>
        <translation>(zelf)organisaties</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Adres of beschrijving</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Alle buurten</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation>B&amp;uurt:</translation>
    </message>
    <message>
        <source>Bij contacten van de cliënt voe&amp;gen</source>
        <translation>Bij contacten van de cliënt voe&amp;gen</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Buurtkaart organisatie</source>
        <translation>Buurtkaart organisatie</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Buurtregister</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Buurtscan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item terug.</source>
        <translation>Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item terug.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Deze invoer klopt niet.</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens %1 tekens).</source>
        <translation>Dit is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>Dit item staat al bij de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>Dit item staat al bij de contacten en plaatsen van de gekozen cliënt.</translation>
    </message>
    <message>
        <source>E&amp;xporteren voor collega&apos;s…</source>
        <translation>E&amp;xporteren voor collega&apos;s…</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg een eerste item toe met Ctrl+N (Nieuw item).</source>
        <translation>Het buurtregister is nog leeg. Voeg een eerste item toe met Ctrl+N (Nieuw item).</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens.</source>
        <translation>Het buurtregister is van jou en bevat geen cliëntgegevens.</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Informeel netwerk</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Items in het buurtregister</source>
        <translation>Items in het buurtregister</translation>
    </message>
    <message>
        <source>Kies eerst een cliënt in het hoofdvenster.</source>
        <translation>Kies eerst een cliënt in het hoofdvenster.</translation>
    </message>
    <message>
        <source>Laatst nage&amp;keken</source>
        <translation>Laatst nage&amp;keken</translation>
    </message>
    <message>
        <source>Laatst nagekeken</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Naam (verplicht)</source>
        <translation>Naam (verplicht)</translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation>Nagekeken</translation>
    </message>
    <message>
        <source>Neemt dit item over in de contacten en plaatsen van de cliënt die in het hoofdvenster open staat.</source>
        <translation>Neemt dit item over in de contacten en plaatsen van de cliënt die in het hoofdvenster open staat.</translation>
    </message>
    <message>
        <source>Niet teruggezet: het bestand kon niet geschreven worden.</source>
        <translation>Niet teruggezet: het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Niet toegevoegd: het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden.</source>
        <translation>Niet verwijderd: het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Niets gevonden. Wis de zoekterm, of kies &quot;Alle soorten&quot; en &quot;Alle buurten&quot;.</source>
        <translation>Niets gevonden. Wis de zoekterm, of kies &quot;Alle soorten&quot; en &quot;Alle buurten&quot;.</translation>
    </message>
    <message>
        <source>Nieu&amp;w item</source>
        <translation>Nieu&amp;w item</translation>
    </message>
    <message>
        <source>Nieuw item: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>Nieuw item: wordt bewaard zodra de naam ingevuld is.</translation>
    </message>
    <message>
        <source>Notit&amp;ies</source>
        <translation>Notit&amp;ies</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register van een collega im&amp;porteren…</source>
        <translation>Register van een collega im&amp;porteren…</translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation>Sleutelfiguur</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ta&amp;len</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Talen die er gesproken worden</source>
        <translation>Talen die er gesproken worden</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.</source>
        <translation>Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.</translation>
    </message>
    <message>
        <source>Toon alleen deze buurt</source>
        <translation>Toon alleen deze buurt</translation>
    </message>
    <message>
        <source>Toon alleen deze soort</source>
        <translation>Toon alleen deze soort</translation>
    </message>
    <message>
        <source>Uit het buurtregister verwijderen</source>
        <translation>Uit het buurtregister verwijderen</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Vul een naam in: zonder naam wordt niets bewaard.</source>
        <translation>Vul een naam in: zonder naam wordt niets bewaard.</translation>
    </message>
    <message>
        <source>Wat ze &amp;zoeken</source>
        <translation>Wat ze &amp;zoeken</translation>
    </message>
    <message>
        <source>Wat ze bie&amp;den</source>
        <translation>Wat ze bie&amp;den</translation>
    </message>
    <message>
        <source>Wat ze bieden</source>
        <translation>Wat ze bieden</translation>
    </message>
    <message>
        <source>Wat ze zoeken</source>
        <translation>Wat ze zoeken</translation>
    </message>
    <message>
        <source>Wat ze zoeken (voor rollen)</source>
        <translation>Wat ze zoeken (voor rollen)</translation>
    </message>
    <message>
        <source>Zet het verwijderde item terug (Ctrl+Z)</source>
        <translation>Zet het verwijderde item terug (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zoek&amp;en:</source>
        <translation>Zoek&amp;en:</translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation>Zoeken in het buurtregister</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>informele netwerken</source>
        <translation>informele netwerken</translation>
    </message>
    <message>
        <source>initiatieven</source>
        <translation>initiatieven</translation>
    </message>
    <message>
        <source>naam, aanbod, noden, talen…</source>
        <translation>naam, aanbod, noden, talen…</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>plaatsen</source>
        <translation>plaatsen</translation>
    </message>
    <message>
        <source>sleutelfiguren</source>
        <translation>sleutelfiguren</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodScan</name>
    <message>
        <source>Al een jaar niet nagekeken:</source>
        <translation>Al een jaar niet nagekeken:</translation>
    </message>
    <message>
        <source>Alles is het voorbije jaar nagekeken.</source>
        <translation>Alles is het voorbije jaar nagekeken.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation>Buurtscan</translation>
    </message>
    <message>
        <source>Geen noden genoteerd.</source>
        <translation>Geen noden genoteerd.</translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; de buurtscan vat ze hier per buurt samen.</source>
        <translation>Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; de buurtscan vat ze hier per buurt samen.</translation>
    </message>
    <message>
        <source>In het register:</source>
        <translation>In het register:</translation>
    </message>
    <message>
        <source>Na te kijken</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>Nog niets over:</source>
        <translation>Nog niets over:</translation>
    </message>
    <message>
        <source>Open noden</source>
        <translation>Open noden</translation>
    </message>
    <message>
        <source>Open noden:</source>
        <translation>Open noden:</translation>
    </message>
    <message>
        <source>Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat langer dan %1 dagen niet meer nagekeken is (vandaag: %2).</source>
        <translation>Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat langer dan %1 dagen niet meer nagekeken is (vandaag: %2).</translation>
    </message>
    <message>
        <source>Zonder buurt</source>
        <translation>Zonder buurt</translation>
    </message>
    <message>
        <source>laatst nagekeken op %1</source>
        <translation>laatst nagekeken op %1</translation>
    </message>
    <message>
        <source>nooit nagekeken</source>
        <translation>nooit nagekeken</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Herhaal</source>
        <translation>&amp;Herhaal</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.</source>
        <translation>Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt Resokit Desktop telkens bij het openen en na het vergrendelen.</source>
        <translation>Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt Resokit Desktop telkens bij het openen en na het vergrendelen.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Versleutelen en openen</source>
        <translation>Versleutelen en openen</translation>
    </message>
    <message>
        <source>Wachtwoordzin kiezen</source>
        <translation>Wachtwoordzin kiezen</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Datum van de versie</source>
        <translation>Datum van de versie</translation>
    </message>
    <message>
        <source>De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je het web eerder op papier? Geef dan die datum.</source>
        <translation>De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je het web eerder op papier? Geef dan die datum.</translation>
    </message>
    <message>
        <source>Een versie kan niet in de toekomst liggen.</source>
        <translation>Een versie kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Geef een datum.</source>
        <translation>Geef een datum.</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.</source>
        <translation>Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.</translation>
    </message>
    <message>
        <source>Versie maken</source>
        <translation>Versie maken</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>OpenBusy</name>
    <message>
        <source>Bezig met openen…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Het dossierbestand wordt gecontroleerd…</source>
        <translation>Het dossierbestand wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>OrganisationMap</name>
    <message>
        <source>&amp;Nog niet op de kaart:</source>
        <translation>&amp;Nog niet op de kaart:</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Buurtkaart van de organisatie</source>
        <translation>Buurtkaart van de organisatie</translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation>K&amp;aart:</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation>Lege kaart</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden.</source>
        <translation>Niet bewaard: het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Nog niet op de kaart</source>
        <translation>Nog niet op de kaart</translation>
    </message>
    <message>
        <source>Op de kaart &amp;zetten</source>
        <translation>Op de kaart &amp;zetten</translation>
    </message>
    <message>
        <source>Openen in het register</source>
        <translation>Openen in het register</translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>Sleep de items naar hun plek (pijltjes verschuiven, Ctrl+Z maakt ongedaan). Dubbelklik of Enter opent een item in het register.</source>
        <translation>Sleep de items naar hun plek (pijltjes verschuiven, Ctrl+Z maakt ongedaan). Dubbelklik of Enter opent een item in het register.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation>Stratenplan {n}</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Cliëntnummer: %1</source>
        <translation>Cliëntnummer: %1</translation>
    </message>
    <message>
        <source>Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is.</source>
        <translation>Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Een talent dat niet in de stapel zit, alleen voor deze cliënt.</source>
        <translation>Een talent dat niet in de stapel zit, alleen voor deze cliënt.</translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation>Eigen kaart</translation>
    </message>
    <message>
        <source>Geef de kaart een korte naam.</source>
        <translation>Geef de kaart een korte naam.</translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Naam op de kaart</source>
        <translation>Naam op de kaart</translation>
    </message>
    <message>
        <source>Naam van de kaart (%1)</source>
        <translation>Naam van de kaart (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (%1)</source>
        <translation>Vraag op de kaart (%1)</translation>
    </message>
    <message>
        <source>Vraag op de kaart (mag leeg)</source>
        <translation>Vraag op de kaart (mag leeg)</translation>
    </message>
    <message>
        <source>bv. Soep koken</source>
        <translation>bv. Soep koken</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).</source>
        <translation>Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).</translation>
    </message>
    <message>
        <source>bv. Wanneer deed je dit voor het laatst?</source>
        <translation>bv. Wanneer deed je dit voor het laatst?</translation>
    </message>
</context>
<context>
    <name>PassphraseTexts</name>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem opnieuw.</source>
        <translation>De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1</source>
        <translation>De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals een NUL-teken, tab of regeleinde, meestal van plakken). Typ hem zelf.</source>
        <translation>Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals een NUL-teken, tab of regeleinde, meestal van plakken). Typ hem zelf.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin kan niet gebruikt worden.</source>
        <translation>Deze wachtwoordzin kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>Geef een wachtwoordzin.</source>
        <translation>Geef een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Goed.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.</source>
        <translation>Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.</translation>
    </message>
    <message>
        <source>Redelijk: nog een paar woorden erbij maakt hem sterk.</source>
        <translation>Redelijk: nog een paar woorden erbij maakt hem sterk.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens %1 tekens.</source>
        <translation>Te kort: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij elkaar horen, bijvoorbeeld vier.</source>
        <translation>Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij elkaar horen, bijvoorbeeld vier.</translation>
    </message>
    <message>
        <source>Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke en goed te onthouden wachtwoordzin.</source>
        <translation>Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke en goed te onthouden wachtwoordzin.</translation>
    </message>
    <message>
        <source>Zeer zwak: makkelijk te raden.</source>
        <translation>Zeer zwak: makkelijk te raden.</translation>
    </message>
    <message>
        <source>Zwak: maak hem langer.</source>
        <translation>Zwak: maak hem langer.</translation>
    </message>
    <message>
        <source>het herhaalt dezelfde tekens</source>
        <translation>het herhaalt dezelfde tekens</translation>
    </message>
    <message>
        <source>het is een datum of een jaartal</source>
        <translation>het is een datum of een jaartal</translation>
    </message>
    <message>
        <source>het is een reeks zoals 1234 of abcd</source>
        <translation>het is een reeks zoals 1234 of abcd</translation>
    </message>
    <message>
        <source>het is een veelgebruikt woord, een naam of een bekend wachtwoord</source>
        <translation>het is een veelgebruikt woord, een naam of een bekend wachtwoord</translation>
    </message>
    <message>
        <source>het zijn toetsen die naast elkaar liggen, zoals azerty</source>
        <translation>het zijn toetsen die naast elkaar liggen, zoals azerty</translation>
    </message>
    <message>
        <source>zo&apos;n korte reeks tekens is snel gevonden</source>
        <translation>zo&apos;n korte reeks tekens is snel gevonden</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;Drempels</source>
        <translation>&amp;Drempels</translation>
    </message>
    <message>
        <source>&amp;Gevoel</source>
        <translation>&amp;Gevoel</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relatie</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Buurtregister</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Hoe de cliënt ermee verbonden is</source>
        <translation>Hoe de cliënt ermee verbonden is</translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation>Hoe het er voelt</translation>
    </message>
    <message>
        <source>Kies een plaats op de kaart, of zet er een op met de knop &apos;Plaats&apos; en een klik.</source>
        <translation>Kies een plaats op de kaart, of zet er een op met de knop &apos;Plaats&apos; en een klik.</translation>
    </message>
    <message>
        <source>Met &amp;wie</source>
        <translation>Met &amp;wie</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Naam van de plaats</translation>
    </message>
    <message>
        <source>Wat houdt tegen? Vervoer, kosten, taal, angst …</source>
        <translation>Wat houdt tegen? Vervoer, kosten, taal, angst …</translation>
    </message>
</context>
<context>
    <name>PinRegister</name>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Buurt:</source>
        <translation>&amp;Buurt:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation>Adres of beschrijving</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Dit noemt de cliënt of iemand uit het netwerk; het buurtregister bevat geen cliëntgegevens. Geef de plaats een naam en adres zonder persoonsgegevens.</source>
        <translation>Dit noemt de cliënt of iemand uit het netwerk; het buurtregister bevat geen cliëntgegevens. Geef de plaats een naam en adres zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>Geef de plaats een naam.</source>
        <translation>Geef de plaats een naam.</translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens: enkel de naam, het adres en de buurt van de plaats gaan mee.</source>
        <translation>Het buurtregister is van jou en bevat geen cliëntgegevens: enkel de naam, het adres en de buurt van de plaats gaan mee.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>Het gekoppelde item staat niet meer in het buurtregister.</translation>
    </message>
    <message>
        <source>In het buurtregister: {entry}</source>
        <translation>In het buurtregister: {entry}</translation>
    </message>
    <message>
        <source>Kies een item uit het buurtregister (met zoeken)</source>
        <translation>Kies een item uit het buurtregister (met zoeken)</translation>
    </message>
    <message>
        <source>Koppelen aan het register…</source>
        <translation>Koppelen aan het register…</translation>
    </message>
    <message>
        <source>Koppeling met het buurtregister</source>
        <translation>Koppeling met het buurtregister</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Loskoppelen</translation>
    </message>
    <message>
        <source>Maak van deze plaats een item in het buurtregister</source>
        <translation>Maak van deze plaats een item in het buurtregister</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Naam van de plaats</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan het buurtregister.</source>
        <translation>Niet gekoppeld aan het buurtregister.</translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation>Niet toegevoegd: het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Toevoegen aan het buurtregister</source>
        <translation>Toevoegen aan het buurtregister</translation>
    </message>
    <message>
        <source>Toevoegen aan het register…</source>
        <translation>Toevoegen aan het register…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: gegevens</source>
        <translation>Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: gegevens</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusieweb</translation>
    </message>
    <message>
        <source>Inclusieweb, presentatie</source>
        <translation>Inclusieweb, presentatie</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Buurtkaart afdrukken…</source>
        <translation>Buurtkaart afdrukken…</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken…</source>
        <translation>Inclusieweb afdrukken…</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken…</source>
        <translation>Mijn talenten afdrukken…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Rolplan afdrukken…</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken…</source>
        <translation>Samenvatting afdrukken…</translation>
    </message>
    <message>
        <source>Samenvatting opgeslagen als PDF.</source>
        <translation>Samenvatting opgeslagen als PDF.</translation>
    </message>
    <message>
        <source>Webversies vergeleken afdrukken…</source>
        <translation>Webversies vergeleken afdrukken…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Het bestand kon niet opgeslagen worden: {reason}</source>
        <translation>Het bestand kon niet opgeslagen worden: {reason}</translation>
    </message>
    <message>
        <source>Opgeslagen ✓</source>
        <translation>Opgeslagen ✓</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Paginanummer</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>Taal van het document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Voorbeeld van de pagina&apos;s</source>
        <translation>Voorbeeld van de pagina&apos;s</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); kies een andere naam</source>
        <translation>dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); kies een andere naam</translation>
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
        <translation>Enkel initialen</translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken</source>
        <translation>Inclusieweb afdrukken</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Papier:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Rolplan afdrukken</source>
        <translation>Rolplan afdrukken</translation>
    </message>
    <message>
        <source>Rolplan:</source>
        <translation>Rolplan:</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Tot:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Vergelijking afdrukken</source>
        <translation>Vergelijking afdrukken</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>inclusieweb</source>
        <translation>inclusieweb</translation>
    </message>
    <message>
        <source>rolplan</source>
        <translation>rolplan</translation>
    </message>
    <message>
        <source>vergelijking</source>
        <translation>vergelijking</translation>
    </message>
</context>
<context>
    <name>PrintablesReport</name>
    <message>
        <source>Cijfer</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Er is nog geen inclusieweb getekend.</source>
        <translation>Er is nog geen inclusieweb getekend.</translation>
    </message>
    <message>
        <source>Er is nog geen rolplan.</source>
        <translation>Er is nog geen rolplan.</translation>
    </message>
    <message>
        <source>Er zijn nog geen twee webversies om te vergelijken.</source>
        <translation>Er zijn nog geen twee webversies om te vergelijken.</translation>
    </message>
    <message>
        <source>Geen gegevens om te vergelijken.</source>
        <translation>Geen gegevens om te vergelijken.</translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation>Getekend op {date}</translation>
    </message>
    <message>
        <source>Het web op {date}</source>
        <translation>Het web op {date}</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusieweb</translation>
    </message>
    <message>
        <source>Inclusieweb: vergelijking</source>
        <translation>Inclusieweb: vergelijking</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Mijn rol: {title}</source>
        <translation>Mijn rol: {title}</translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation>Rolplan</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Van: {name}</translation>
    </message>
    <message>
        <source>Versie van {earlier} vergeleken met {later}</source>
        <translation>Versie van {earlier} vergeleken met {later}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Bewaartermijn nakijken…</source>
        <translation>&amp;Bewaartermijn nakijken…</translation>
    </message>
    <message>
        <source>&amp;Inzage geven (PDF en JSON)…</source>
        <translation>&amp;Inzage geven (PDF en JSON)…</translation>
    </message>
    <message>
        <source>&amp;Logboek bekijken…</source>
        <translation>&amp;Logboek bekijken…</translation>
    </message>
    <message>
        <source>&amp;Overdragen aan een collega…</source>
        <translation>&amp;Overdragen aan een collega…</translation>
    </message>
    <message>
        <source>Overdracht van een &amp;collega inlezen…</source>
        <translation>Overdracht van een &amp;collega inlezen…</translation>
    </message>
</context>
<context>
    <name>PrivacyErase</name>
    <message>
        <source>De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie een oudere back-up terugzet, haalt de cliënt terug.</source>
        <translation>De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie een oudere back-up terugzet, haalt de cliënt terug.</translation>
    </message>
    <message>
        <source>De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden (is de schijf vol?). Maak ruimte vrij en kies dan &apos;Opnieuw proberen&apos;.</source>
        <translation>De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden (is de schijf vol?). Maak ruimte vrij en kies dan &apos;Opnieuw proberen&apos;.</translation>
    </message>
    <message>
        <source>Er zijn geen automatische back-ups die deze cliënt nog bevatten.</source>
        <translation>Er zijn geen automatische back-ups die deze cliënt nog bevatten.</translation>
    </message>
    <message>
        <source>Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten verwijderen.</source>
        <translation>Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten verwijderen.</translation>
    </message>
</context>
<context>
    <name>PrivacyExports</name>
    <message>
        <source>Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.</source>
        <translation>Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.</translation>
    </message>
    <message>
        <source>Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet ingelezen.</source>
        <translation>Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet ingelezen.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd. Vraag je collega om een nieuw.</source>
        <translation>Dit bestand is beschadigd. Vraag je collega om een nieuw.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing eerst bij.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing eerst bij.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een overdracht van één cliënt.</source>
        <translation>Dit bestand is te groot voor een overdracht van één cliënt.</translation>
    </message>
    <message>
        <source>Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand.</source>
        <translation>Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand.</translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf.</source>
        <translation>Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf.</translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen.</source>
        <translation>Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen.</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)</source>
        <translation>alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)</translation>
    </message>
    <message>
        <source>de inhoud heeft niet de juiste vorm</source>
        <translation>de inhoud heeft niet de juiste vorm</translation>
    </message>
    <message>
        <source>de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)</source>
        <translation>de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)</translation>
    </message>
    <message>
        <source>de waarde ontbreekt</source>
        <translation>de waarde ontbreekt</translation>
    </message>
    <message>
        <source>deze keuze kent Resokit Desktop niet</source>
        <translation>deze keuze kent Resokit Desktop niet</translation>
    </message>
    <message>
        <source>dit is geen geldig getal</source>
        <translation>dit is geen geldig getal</translation>
    </message>
    <message>
        <source>dit is geen geldige datum</source>
        <translation>dit is geen geldige datum</translation>
    </message>
    <message>
        <source>dit is geen ja of nee</source>
        <translation>dit is geen ja of nee</translation>
    </message>
    <message>
        <source>dit is geen tekst</source>
        <translation>dit is geen tekst</translation>
    </message>
</context>
<context>
    <name>ReflectionChecklist</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Notitie bij: {question}</source>
        <translation>Notitie bij: {question}</translation>
    </message>
    <message>
        <source>Reflectielijst afdrukken</source>
        <translation>Reflectielijst afdrukken</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>nog niet beantwoord</source>
        <translation>nog niet beantwoord</translation>
    </message>
    <message>
        <source>notitie of volgende stap</source>
        <translation>notitie of volgende stap</translation>
    </message>
    <message>
        <source>op {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <source>reflectielijst</source>
        <translation>reflectielijst</translation>
    </message>
</context>
<context>
    <name>RegisterExchange</name>
    <message>
        <source>%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.</source>
        <translation>%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.</translation>
    </message>
    <message>
        <source>%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al gelijk zijn.</source>
        <translation>%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al gelijk zijn.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Aangevuld: %1</source>
        <translation>Aangevuld: %1</translation>
    </message>
    <message>
        <source>Alleen wat nu ge&amp;toond wordt (%1 items)</source>
        <translation>Alleen wat nu ge&amp;toond wordt (%1 items)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bestand om naar te exporteren</source>
        <translation>Bestand om naar te exporteren</translation>
    </message>
    <message>
        <source>Bestand van de collega</source>
        <translation>Bestand van de collega</translation>
    </message>
    <message>
        <source>Bestand vervangen?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>Buurtregister (*.json)</source>
        <translation>Buurtregister (*.json)</translation>
    </message>
    <message>
        <source>Buurtregister exporteren</source>
        <translation>Buurtregister exporteren</translation>
    </message>
    <message>
        <source>Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het met collega&apos;s delen.</source>
        <translation>Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het met collega&apos;s delen.</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1 nieuw, %2 aangevuld.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 aangevuld.</translation>
    </message>
    <message>
        <source>Het &amp;hele register (%1 items)</source>
        <translation>Het &amp;hele register (%1 items)</translation>
    </message>
    <message>
        <source>Het bestand is in orde. Kijk de verschillen na en kies Importeren.</source>
        <translation>Het bestand is in orde. Kijk de verschillen na en kies Importeren.</translation>
    </message>
    <message>
        <source>Hun versie</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets anders invulden, blijft jouw versie, tenzij je hieronder &apos;Hun versie&apos; aanvinkt. De lijst toont wat er verandert.</source>
        <translation>Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets anders invulden, blijft jouw versie, tenzij je hieronder &apos;Hun versie&apos; aanvinkt. De lijst toont wat er verandert.</translation>
    </message>
    <message>
        <source>Verschil: %1</source>
        <translation>Verschil: %1</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Wat het importeren verandert</source>
        <translation>Wat het importeren verandert</translation>
    </message>
    <message>
        <source>Jouw versie</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen door deze export?</source>
        <translation>%1 bestaat al. Vervangen door deze export?</translation>
    </message>
    <message>
        <source>Kies eerst een bestand.</source>
        <translation>Kies eerst een bestand.</translation>
    </message>
    <message>
        <source>Later nagekeken</source>
        <translation>Later nagekeken</translation>
    </message>
    <message>
        <source>Neem hun versie</source>
        <translation>Neem hun versie</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1 kon niet geschreven worden (%2).</source>
        <translation>Niet geëxporteerd: %1 kon niet geschreven worden (%2).</translation>
    </message>
    <message>
        <source>Niet ingelezen: %1. Er is niets veranderd.</source>
        <translation>Niet ingelezen: %1. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Notities: beide bewaard</source>
        <translation>Notities: beide bewaard</translation>
    </message>
    <message>
        <source>Register van een collega importeren</source>
        <translation>Register van een collega importeren</translation>
    </message>
    <message>
        <source>Register van een collega kiezen</source>
        <translation>Register van een collega kiezen</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>dit is geen bestand dat gelezen kan worden</source>
        <translation>dit is geen bestand dat gelezen kan worden</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister</source>
        <translation>dit is geen export van een buurtregister</translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister (geen JSON-tekst)</source>
        <translation>dit is geen export van een buurtregister (geen JSON-tekst)</translation>
    </message>
    <message>
        <source>een item in het bestand klopt niet (%1)</source>
        <translation>een item in het bestand klopt niet (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat meer dan registeritems (%1)</source>
        <translation>het bestand bevat meer dan registeritems (%1)</translation>
    </message>
    <message>
        <source>het bestand bevat te veel items</source>
        <translation>het bestand bevat te veel items</translation>
    </message>
    <message>
        <source>het bestand is te groot voor een buurtregister</source>
        <translation>het bestand is te groot voor een buurtregister</translation>
    </message>
    <message>
        <source>het bestand klopt niet</source>
        <translation>het bestand klopt niet</translation>
    </message>
    <message>
        <source>het bestand komt uit een nieuwere versie van Resokit; werk de toepassing eerst bij</source>
        <translation>het bestand komt uit een nieuwere versie van Resokit; werk de toepassing eerst bij</translation>
    </message>
    <message>
        <source>het bestand kon niet gelezen worden</source>
        <translation>het bestand kon niet gelezen worden</translation>
    </message>
    <message>
        <source>— Aangevuld uit het buurtregister van een collega (%1) —</source>
        <translation>— Aangevuld uit het buurtregister van een collega (%1) —</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 — %2 cliënten</source>
        <translation>%1 — %2 cliënten</translation>
    </message>
    <message>
        <source>%1 — beschadigd, niet bruikbaar</source>
        <translation>%1 — beschadigd, niet bruikbaar</translation>
    </message>
    <message>
        <source>%1 — niet te openen met de huidige wachtwoordzin</source>
        <translation>%1 — niet te openen met de huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation>Apart bewaarde kopieën</translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het dossier toen bevatte, ook verwijderde cliënten:</source>
        <translation>Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het dossier toen bevatte, ook verwijderde cliënten:</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>De kopie kon niet verwijderd worden.</source>
        <translation>De kopie kon niet verwijderd worden.</translation>
    </message>
    <message>
        <source>Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Er zijn geen back-ups gevonden.</source>
        <translation>Er zijn geen back-ups gevonden.</translation>
    </message>
    <message>
        <source>Herstellen uit back-up</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. Het beschadigde bestand wordt apart bewaard, niet overschreven.</source>
        <translation>Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. Het beschadigde bestand wordt apart bewaard, niet overschreven.</translation>
    </message>
    <message>
        <source>Kies de back-up die je wilt terugzetten. Het huidige bestand wordt eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.</source>
        <translation>Kies de back-up die je wilt terugzetten. Het huidige bestand wordt eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.</translation>
    </message>
    <message>
        <source>Kopie verwijderen</source>
        <translation>Kopie verwijderen</translation>
    </message>
    <message>
        <source>Kopie verwijderen…</source>
        <translation>Kopie verwijderen…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> jaar</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>%1 dossier(s) om na te kijken.</source>
        <translation>%1 dossier(s) om na te kijken.</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn na sluiten:</source>
        <translation>&amp;Bewaartermijn na sluiten:</translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren</source>
        <translation>Bewaartermijn in jaren</translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation>Bewaartermijn nakijken</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Geen dossiers om na te kijken.</source>
        <translation>Geen dossiers om na te kijken.</translation>
    </message>
    <message>
        <source>Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze na: bewaar ze met een reden, of verwijder ze definitief.</source>
        <translation>Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze na: bewaar ze met een reden, of verwijder ze definitief.</translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard was, blijft intact.</source>
        <translation>Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard was, blijft intact.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RoleRegisterLink</name>
    <message>
        <source>Geen item uit het buurtregister gekozen.</source>
        <translation>Geen item uit het buurtregister gekozen.</translation>
    </message>
    <message>
        <source>Het gekoppelde item staat niet meer in het buurtregister.</source>
        <translation>Het gekoppelde item staat niet meer in het buurtregister.</translation>
    </message>
    <message>
        <source>Kiezen uit het buurtregister…</source>
        <translation>Kiezen uit het buurtregister…</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Loskoppelen</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>Uit het buurtregister</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Nieuw rolplan</source>
        <translation>&amp;Nieuw rolplan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Aanzien</source>
        <translation>Aanzien</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Angst</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation>Buurtregister</translation>
    </message>
    <message>
        <source>Bv. grootmoeder, buur, vrijwilliger</source>
        <translation>Bv. grootmoeder, buur, vrijwilliger</translation>
    </message>
    <message>
        <source>Bv. samen het buurthuis bezoeken</source>
        <translation>Bv. samen het buurthuis bezoeken</translation>
    </message>
    <message>
        <source>De rol heeft nog geen naam.</source>
        <translation>De rol heeft nog geen naam.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt vóór de dag waarop het plan gemaakt is. Kies een latere datum.</source>
        <translation>Deze datum ligt vóór de dag waarop het plan gemaakt is. Kies een latere datum.</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>Deze invoer klopt niet.</translation>
    </message>
    <message>
        <source>Deze keuze bestaat niet meer; kies opnieuw.</source>
        <translation>Deze keuze bestaat niet meer; kies opnieuw.</translation>
    </message>
    <message>
        <source>Deze rollen steunen op de focustalenten van de cliënt. Kies er één om er samen een rolplan van te maken.</source>
        <translation>Deze rollen steunen op de focustalenten van de cliënt. Kies er één om er samen een rolplan van te maken.</translation>
    </message>
    <message>
        <source>Dit is te lang.</source>
        <translation>Dit is te lang.</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Een stap heeft tekst nodig: schrijf wat er moet gebeuren.</source>
        <translation>Een stap heeft tekst nodig: schrijf wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Een stem</source>
        <translation>Een stem</translation>
    </message>
    <message>
        <source>Enigszins</source>
        <translation>Enigszins</translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation>Ervaring</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Evaluatie in eigen woorden</source>
        <translation>Evaluatie in eigen woorden</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Geef de rol een naam. De vorige naam blijft bewaard tot dan.</source>
        <translation>Geef de rol een naam. De vorige naam blijft bewaard tot dan.</translation>
    </message>
    <message>
        <source>Gekozen huidige rol verwijderen</source>
        <translation>Gekozen huidige rol verwijderen</translation>
    </message>
    <message>
        <source>Gekozen stap verwijderen</source>
        <translation>Gekozen stap verwijderen</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Gewaardeerd?</source>
        <translation>Gewaardeerd?</translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>Het gekozen rolplan op één blad, in eenvoudige woorden</source>
        <translation>Het gekozen rolplan op één blad, in eenvoudige woorden</translation>
    </message>
    <message>
        <source>Het rolplan &apos;%1&apos; met al zijn stappen verwijderen?</source>
        <translation>Het rolplan &apos;%1&apos; met al zijn stappen verwijderen?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd voelt de cliënt zich in deze rol?</source>
        <translation>Hoe gewaardeerd voelt de cliënt zich in deze rol?</translation>
    </message>
    <message>
        <source>Hoe gewaardeerd: %1</source>
        <translation>Hoe gewaardeerd: %1</translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation>Huidige rollen</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>In de buurt</source>
        <translation>In de buurt</translation>
    </message>
    <message>
        <source>In de organisatie</source>
        <translation>In de organisatie</translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Kleine stappen</translation>
    </message>
    <message>
        <source>Materiële dingen</source>
        <translation>Materiële dingen</translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation>Meer over de drempels</translation>
    </message>
    <message>
        <source>Meer over de drempels, of wat &apos;iets anders&apos; is</source>
        <translation>Meer over de drempels, of wat &apos;iets anders&apos; is</translation>
    </message>
    <message>
        <source>Naam van de rol</source>
        <translation>Naam van de rol</translation>
    </message>
    <message>
        <source>Niet alles is bewaard: kijk naar de melding bij het veld.</source>
        <translation>Niet alles is bewaard: kijk naar de melding bij het veld.</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nieuwe huidige rol</source>
        <translation>Nieuwe huidige rol</translation>
    </message>
    <message>
        <source>Nieuwe rol</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Nieuwe stap: tegen wanneer</source>
        <translation>Nieuwe stap: tegen wanneer</translation>
    </message>
    <message>
        <source>Nieuwe stap: wat</source>
        <translation>Nieuwe stap: wat</translation>
    </message>
    <message>
        <source>Nieuwe stap: wie</source>
        <translation>Nieuwe stap: wie</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Nodige ondersteuning</translation>
    </message>
    <message>
        <source>Nodige steun</source>
        <translation>Nodige steun</translation>
    </message>
    <message>
        <source>Noem een rol, geen activiteit: niet &apos;naar het breicafé gaan&apos; maar &apos;recepten-oma van het breicafé&apos;.</source>
        <translation>Noem een rol, geen activiteit: niet &apos;naar het breicafé gaan&apos; maar &apos;recepten-oma van het breicafé&apos;.</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: kies ze op de talentenkaart.</source>
        <translation>Nog geen focustalenten: kies ze op de talentenkaart.</translation>
    </message>
    <message>
        <source>Nog geen voorstellen: kies eerst één tot drie focustalenten op de talentenkaart.</source>
        <translation>Nog geen voorstellen: kies eerst één tot drie focustalenten op de talentenkaart.</translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation>Rolplan afdrukken…</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Weinig</source>
        <translation>Weinig</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Wie doet het?</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Nood in de buurt</translation>
    </message>
    <message>
        <source>Nog geen rolplan. Begin er een met Nieuw rolplan (Alt+N), of laat rollen voorstellen die passen bij de talenten van de cliënt (Alt+V).</source>
        <translation>Nog geen rolplan. Begin er een met Nieuw rolplan (Alt+N), of laat rollen voorstellen die passen bij de talenten van de cliënt (Alt+V).</translation>
    </message>
    <message>
        <source>Nood in de buurt die de rol beantwoordt</source>
        <translation>Nood in de buurt die de rol beantwoordt</translation>
    </message>
    <message>
        <source>Open stappen uit de rolplannen</source>
        <translation>Open stappen uit de rolplannen</translation>
    </message>
    <message>
        <source>Persoonlijke groei</source>
        <translation>Persoonlijke groei</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Plaats uit het register</source>
        <translation>Plaats uit het register</translation>
    </message>
    <message>
        <source>R&amp;ol</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>Relaties en contacten</source>
        <translation>Relaties en contacten</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rol met %1</source>
        <translation>Rol met %1</translation>
    </message>
    <message>
        <source>Rol starten met %1…</source>
        <translation>Rol starten met %1…</translation>
    </message>
    <message>
        <source>Rol toevoegen</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>Rollen &amp;voorstellen…</translation>
    </message>
    <message>
        <source>Rollen die de cliënt nu heeft</source>
        <translation>Rollen die de cliënt nu heeft</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten</source>
        <translation>Rollen die passen bij de focustalenten</translation>
    </message>
    <message>
        <source>Rollen voorstellen</source>
        <translation>Rollen voorstellen</translation>
    </message>
    <message>
        <source>Rolplan &amp;starten</source>
        <translation>Rolplan &amp;starten</translation>
    </message>
    <message>
        <source>Rolplan verwijderen</source>
        <translation>Rolplan verwijderen</translation>
    </message>
    <message>
        <source>Rolplan verwijderen…</source>
        <translation>Rolplan verwijderen…</translation>
    </message>
    <message>
        <source>Rolplan wijzigen</source>
        <translation>Rolplan wijzigen</translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation>Rolplannen</translation>
    </message>
    <message>
        <source>Ruimer: de stad, elders</source>
        <translation>Ruimer: de stad, elders</translation>
    </message>
    <message>
        <source>Schrijf eerst de evaluatie in de woorden van de cliënt; dan kan het plan op &apos;Geëvalueerd&apos;.</source>
        <translation>Schrijf eerst de evaluatie in de woorden van de cliënt; dan kan het plan op &apos;Geëvalueerd&apos;.</translation>
    </message>
    <message>
        <source>Sleutelpersoon uit het register</source>
        <translation>Sleutelpersoon uit het register</translation>
    </message>
    <message>
        <source>Stap &amp;toevoegen</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <source>Stap gedaan: %1</source>
        <translation>Stap gedaan: %1</translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation>Status van het plan</translation>
    </message>
    <message>
        <source>Stigma</source>
        <translation>Stigma</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talenten</translation>
    </message>
    <message>
        <source>Talenten waarop de rol steunt</source>
        <translation>Talenten waarop de rol steunt</translation>
    </message>
    <message>
        <source>Typ eerst de rol, bijvoorbeeld &apos;buur&apos;.</source>
        <translation>Typ eerst de rol, bijvoorbeeld &apos;buur&apos;.</translation>
    </message>
    <message>
        <source>Van &apos;%1&apos; kan het plan niet meteen naar &apos;%2&apos;. Mogelijk: %3.</source>
        <translation>Van &apos;%1&apos; kan het plan niet meteen naar &apos;%2&apos;. Mogelijk: %3.</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Verkennen</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Voorgesteld omdat het past bij: %1.</source>
        <translation>Voorgesteld omdat het past bij: %1.</translation>
    </message>
    <message>
        <source>Voorgestelde rollen</source>
        <translation>Voorgestelde rollen</translation>
    </message>
    <message>
        <source>Vrijheid</source>
        <translation>Vrijheid</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Waar speelt de rol</source>
        <translation>Waar speelt de rol</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Wat het oplevert</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Wie opent de deur</translation>
    </message>
    <message>
        <source>Zeg kort wat &apos;iets anders&apos; is.</source>
        <translation>Zeg kort wat &apos;iets anders&apos; is.</translation>
    </message>
    <message>
        <source>Zelfvertrouwen</source>
        <translation>Zelfvertrouwen</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation>tegen %1</translation>
    </message>
    <message>
        <source>— uit het register —</source>
        <translation>— uit het register —</translation>
    </message>
    <message>
        <source>⚠ Stappen uit een rolplan over datum:</source>
        <translation>⚠ Stappen uit een rolplan over datum:</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bestands&amp;naam:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Zoeken in:</source>
        <translation>Zoeken in:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het formulier; het wordt opnieuw geprobeerd.</source>
        <translation>Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het formulier; het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Opnieuw proberen te bewaren</source>
        <translation>Opnieuw proberen te bewaren</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>het bestand is bezet door een ander programma</source>
        <translation>het bestand is bezet door een ander programma</translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden</source>
        <translation>het bestand kon niet geschreven worden</translation>
    </message>
    <message>
        <source>het bestand mag niet beschreven worden</source>
        <translation>het bestand mag niet beschreven worden</translation>
    </message>
    <message>
        <source>… Wijzigingen worden bewaard.</source>
        <translation>… Wijzigingen worden bewaard.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: %1 Al de rest is bewaard.</source>
        <translation>⚠ Niet bewaard: %1 Al de rest is bewaard.</translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.</source>
        <translation>⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.</translation>
    </message>
    <message>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Alles is bewaard.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Herstellen uit back-up…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd.</source>
        <translation>Back-up gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <source>De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het dossierbestand zelf is niet veranderd.</source>
        <translation>De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het dossierbestand zelf is niet veranderd.</translation>
    </message>
    <message>
        <source>Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw om het te versleutelen met een wachtwoordzin.</source>
        <translation>Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw om het te versleutelen met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Wachtwoordzin</translation>
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
        <translation>Back-ups staan versleuteld in de map &apos;backups&apos; naast het dossierbestand. Een verwijderde cliënt blijft in oudere back-ups staan tot die wegvallen.</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups</source>
        <translation>Dagelijkse back-ups</translation>
    </message>
    <message>
        <source>Dagelijkse back-ups bewaren</source>
        <translation>Dagelijkse back-ups bewaren</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder activiteit</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups</source>
        <translation>Wekelijkse back-ups</translation>
    </message>
    <message>
        <source>Wekelijkse back-ups bewaren</source>
        <translation>Wekelijkse back-ups bewaren</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;Observaties van de begeleider (privé)</source>
        <translation>&amp;Observaties van de begeleider (privé)</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>&amp;Soort gesprek</translation>
    </message>
    <message>
        <source>&amp;Uur</source>
        <translation>&amp;Uur</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Alleen voor de begeleider: komt niet op de kopie voor de cliënt.</source>
        <translation>Alleen voor de begeleider: komt niet op de kopie voor de cliënt.</translation>
    </message>
    <message>
        <source>Datum van de volgende afspraak</source>
        <translation>Datum van de volgende afspraak</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>&amp;In de eigen woorden van de cliënt</source>
        <translation>&amp;In de eigen woorden van de cliënt</translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <source>In de eigen woorden van de cliënt</source>
        <translation>In de eigen woorden van de cliënt</translation>
    </message>
    <message>
        <source>Observaties van de begeleider, niet op de kopie voor de cliënt</source>
        <translation>Observaties van de begeleider, niet op de kopie voor de cliënt</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Soort gesprek</translation>
    </message>
    <message>
        <source>Uur van de volgende afspraak</source>
        <translation>Uur van de volgende afspraak</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Waaraan &amp;gewerkt</source>
        <translation>Waaraan &amp;gewerkt</translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation>Waaraan gewerkt</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>uu:mm</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>%1 afspraken</source>
        <translation>%1 afspraken</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <source>1 afspraak</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bij dit gesprek horen geen afspraken.</source>
        <translation>Bij dit gesprek horen geen afspraken.</translation>
    </message>
    <message>
        <source>De %1 afspraken van dit gesprek gaan mee weg.</source>
        <translation>De %1 afspraken van dit gesprek gaan mee weg.</translation>
    </message>
    <message>
        <source>De afspraak van dit gesprek gaat mee weg.</source>
        <translation>De afspraak van dit gesprek gaat mee weg.</translation>
    </message>
    <message>
        <source>De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Gesprek van %1</translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>Gesprek verwijderen…</source>
        <translation>Gesprek verwijderen…</translation>
    </message>
    <message>
        <source>Gesprekken (nieuwste eerst)</source>
        <translation>Gesprekken (nieuwste eerst)</translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Gesprekken, nieuwste eerst</translation>
    </message>
    <message>
        <source>Het gekozen gesprek verwijderen</source>
        <translation>Het gekozen gesprek verwijderen</translation>
    </message>
    <message>
        <source>Het gesprek van %1 wordt verwijderd.</source>
        <translation>Het gesprek van %1 wordt verwijderd.</translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nieuw gesprek (wordt bewaard zodra je typt)</source>
        <translation>Nieuw gesprek (wordt bewaard zodra je typt)</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Schrijf rechts het eerste: het wordt bewaard zodra je typt.</source>
        <translation>Nog geen gesprekken. Schrijf rechts het eerste: het wordt bewaard zodra je typt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Begeleider (jouw naam)</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Logo van de organisatie (komt op de samenvatting; wordt in het dossierbestand bewaard)</source>
        <translation>&amp;Logo van de organisatie (komt op de samenvatting; wordt in het dossierbestand bewaard)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan de afgedrukte samenvatting.</source>
        <translation>Deze namen komen bovenaan de afgedrukte samenvatting.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet als afbeelding gelezen worden.</source>
        <translation>Dit bestand kan niet als afbeelding gelezen worden.</translation>
    </message>
    <message>
        <source>Geen logo gekozen.</source>
        <translation>Geen logo gekozen.</translation>
    </message>
    <message>
        <source>Geldt meteen, voor de hele toepassing.</source>
        <translation>Geldt meteen, voor de hele toepassing.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation>Logo &amp;weghalen</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Naam van de begeleider</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Organisatie en begeleider</source>
        <translation>Organisatie en begeleider</translation>
    </message>
    <message>
        <source>Pad naar het logobestand</source>
        <translation>Pad naar het logobestand</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Taal van Resokit Desktop</translation>
    </message>
    <message>
        <source>een PNG- of JPG-bestand</source>
        <translation>een PNG- of JPG-bestand</translation>
    </message>
</context>
<context>
    <name>SortBoard</name>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Sleep een kaart naar een stapel, of kies ze en druk 1–4 (0: terug naar de stapel kaarten, F: focustalent, rechtermuisknop of menutoets: verplaatsen naar…).</source>
        <translation>Sleep een kaart naar een stapel, of kies ze en druk 1–4 (0: terug naar de stapel kaarten, F: focustalent, rechtermuisknop of menutoets: verplaatsen naar…).</translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message>
        <source>Focustalent aan of uit</source>
        <translation>Focustalent aan of uit</translation>
    </message>
    <message>
        <source>Kaart naar ‘%1’</source>
        <translation>Kaart naar ‘%1’</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>(nog geen gesprek)</source>
        <translation>(nog geen gesprek)</translation>
    </message>
    <message>
        <source>Enkel initialen</source>
        <translation>Enkel initialen</translation>
    </message>
    <message>
        <source>Exemplaar:</source>
        <translation>Exemplaar:</translation>
    </message>
    <message>
        <source>Gesprek:</source>
        <translation>Gesprek:</translation>
    </message>
    <message>
        <source>Samenvatting afdrukken</source>
        <translation>Samenvatting afdrukken</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>samenvatting</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Actieve rolplannen</source>
        <translation>Actieve rolplannen</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Buurtkaart</source>
        <translation>Buurtkaart</translation>
    </message>
    <message>
        <source>Cliënt: {name}</source>
        <translation>Cliënt: {name}</translation>
    </message>
    <message>
        <source>Dichterbij gekomen</source>
        <translation>Dichterbij gekomen</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Er is nog geen gesprek genoteerd.</source>
        <translation>Er is nog geen gesprek genoteerd.</translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation>Exemplaar voor de cliënt</translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation>Exemplaar voor de hulpverlener</translation>
    </message>
    <message>
        <source>Focustalenten</source>
        <translation>Focustalenten</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Geen afspraken genoteerd.</source>
        <translation>Geen afspraken genoteerd.</translation>
    </message>
    <message>
        <source>Geen verschillen met de vorige versie.</source>
        <translation>Geen verschillen met de vorige versie.</translation>
    </message>
    <message>
        <source>Gesprek van {date} ({kind})</source>
        <translation>Gesprek van {date} ({kind})</translation>
    </message>
    <message>
        <source>Gevoel</source>
        <translation>Gevoel</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Hoe ver het staat</source>
        <translation>Hoe ver het staat</translation>
    </message>
    <message>
        <source>Hulp die je krijgt</source>
        <translation>Hulp die je krijgt</translation>
    </message>
    <message>
        <source>Hulpverlener: {name}</source>
        <translation>Hulpverlener: {name}</translation>
    </message>
    <message>
        <source>In eigen woorden</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusieweb</translation>
    </message>
    <message>
        <source>Je netwerk in beeld</source>
        <translation>Je netwerk in beeld</translation>
    </message>
    <message>
        <source>Je netwerk in cijfers</source>
        <translation>Je netwerk in cijfers</translation>
    </message>
    <message>
        <source>Jouw buurt</source>
        <translation>Jouw buurt</translation>
    </message>
    <message>
        <source>Jouw netwerk</source>
        <translation>Jouw netwerk</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation>Kleine stappen</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Niet meer in het web</source>
        <translation>Niet meer in het web</translation>
    </message>
    <message>
        <source>Nieuw erbij</source>
        <translation>Nieuw erbij</translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation>Nodige ondersteuning</translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation>Nood in de buurt</translation>
    </message>
    <message>
        <source>Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)</source>
        <translation>Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Rollen waar je aan werkt</source>
        <translation>Rollen waar je aan werkt</translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation>Samenvatting van het gesprek</translation>
    </message>
    <message>
        <source>Samenvatting van ons gesprek</source>
        <translation>Samenvatting van ons gesprek</translation>
    </message>
    <message>
        <source>Sleutelpersoon</source>
        <translation>Sleutelpersoon</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talenten</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Uit het buurtregister</source>
        <translation>Uit het buurtregister</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Verder weg</translation>
    </message>
    <message>
        <source>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</source>
        <translation>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation>Voor: {name}</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Waar je sterk in bent</source>
        <translation>Waar je sterk in bent</translation>
    </message>
    <message>
        <source>Waar we over spraken</source>
        <translation>Waar we over spraken</translation>
    </message>
    <message>
        <source>Waarom het de buurt helpt</source>
        <translation>Waarom het de buurt helpt</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Wat de cliënt erover zegt</source>
        <translation>Wat de cliënt erover zegt</translation>
    </message>
    <message>
        <source>Wat het je geeft</source>
        <translation>Wat het je geeft</translation>
    </message>
    <message>
        <source>Wat het moeilijk maakt</source>
        <translation>Wat het moeilijk maakt</translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation>Wat het oplevert</translation>
    </message>
    <message>
        <source>Wat is er veranderd sinds {date}?</source>
        <translation>Wat is er veranderd sinds {date}?</translation>
    </message>
    <message>
        <source>Wat je er goed in maakt</source>
        <translation>Wat je er goed in maakt</translation>
    </message>
    <message>
        <source>Wat jij erover zegt</source>
        <translation>Wat jij erover zegt</translation>
    </message>
    <message>
        <source>Wat jij zei</source>
        <translation>Wat jij zei</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Wat we afspraken</translation>
    </message>
    <message>
        <source>We zien elkaar terug op</source>
        <translation>We zien elkaar terug op</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation>Wie opent de deur</translation>
    </message>
    <message>
        <source>Zoals getekend op {date}</source>
        <translation>Zoals getekend op {date}</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>sinds {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>{copy} · afgedrukt op {date}</source>
        <translation>{copy} · afgedrukt op {date}</translation>
    </message>
</context>
<context>
    <name>TalentTexts</name>
    <message>
        <source>Dit doe ik graag</source>
        <translation>Dit doe ik graag</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Dit kan ik</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Dit wil ik leren</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Nu even niet</translation>
    </message>
    <message>
        <source>Stapel kaarten</source>
        <translation>Stapel kaarten</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>de hulpverlener</translation>
    </message>
    <message>
        <source>de persoon zelf</source>
        <translation>de persoon zelf</translation>
    </message>
    <message>
        <source>iemand uit het netwerk</source>
        <translation>iemand uit het netwerk</translation>
    </message>
</context>
<context>
    <name>TalentsPresentation</name>
    <message>
        <source>Sleep een kaart met je vinger of de muis naar een stapel   ·   1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   Esc: terug</source>
        <translation>Sleep een kaart met je vinger of de muis naar een stapel   ·   1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   Esc: terug</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Talentenkaart</source>
        <translation>Talentenkaart</translation>
    </message>
</context>
<context>
    <name>TalentsPreview</name>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Mijn talenten afdrukken</translation>
    </message>
    <message>
        <source>mijn-talenten</source>
        <translation>mijn-talenten</translation>
    </message>
</context>
<context>
    <name>TalentsSheet</name>
    <message>
        <source>(geeft energie)</source>
        <translation>(geeft energie)</translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation>Dit doe ik graag</translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation>Dit kan ik</translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation>Dit wil ik leren</translation>
    </message>
    <message>
        <source>Er zijn nog geen kaarten gesorteerd.</source>
        <translation>Er zijn nog geen kaarten gesorteerd.</translation>
    </message>
    <message>
        <source>Gesorteerd op {date}</source>
        <translation>Gesorteerd op {date}</translation>
    </message>
    <message>
        <source>Mijn talenten</source>
        <translation>Mijn talenten</translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation>Nu even niet</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Van: {name}</translation>
    </message>
    <message>
        <source>★ = een van mijn drie focustalenten</source>
        <translation>★ = een van mijn drie focustalenten</translation>
    </message>
</context>
<context>
    <name>TalentsTab</name>
    <message>
        <source>%1 (%2 kaarten)</source>
        <translation>%1 (%2 kaarten)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>De kaarten groot, op het volledige scherm (F11)</source>
        <translation>De kaarten groot, op het volledige scherm (F11)</translation>
    </message>
    <message>
        <source>Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.</source>
        <translation>Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.</translation>
    </message>
    <message>
        <source>Een nieuwe sortering komt naast de vorige; die blijft bewaard. Vertrek je van de vorige sortering of van een lege tafel?</source>
        <translation>Een nieuwe sortering komt naast de vorige; die blijft bewaard. Vertrek je van de vorige sortering of van een lege tafel?</translation>
    </message>
    <message>
        <source>Eigen kaart…</source>
        <translation>Eigen kaart…</translation>
    </message>
    <message>
        <source>Er zijn al drie focustalenten. Zet er eerst één af om een ander te kiezen.</source>
        <translation>Er zijn al drie focustalenten. Zet er eerst één af om een ander te kiezen.</translation>
    </message>
    <message>
        <source>Focustalenten: %1</source>
        <translation>Focustalenten: %1</translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation>Mijn talenten afdrukken</translation>
    </message>
    <message>
        <source>Nog geen focustalenten: maak er één tot drie (F) om rollen te laten voorstellen.</source>
        <translation>Nog geen focustalenten: maak er één tot drie (F) om rollen te laten voorstellen.</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation>Rollen &amp;voorstellen…</translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten; de gekozen rol wordt een rolplan op het tabblad Rollen</source>
        <translation>Rollen die passen bij de focustalenten; de gekozen rol wordt een rolplan op het tabblad Rollen</translation>
    </message>
    <message>
        <source>een voorbeeld bij een kaart is te lang</source>
        <translation>een voorbeeld bij een kaart is te lang</translation>
    </message>
    <message>
        <source>‘Mijn talenten’ op één blad, in de taal van de cliënt</source>
        <translation>‘Mijn talenten’ op één blad, in de taal van de cliënt</translation>
    </message>
    <message>
        <source>Nieuwe sortering</source>
        <translation>Nieuwe sortering</translation>
    </message>
    <message>
        <source>Nieuwe sortering…</source>
        <translation>Nieuwe sortering…</translation>
    </message>
    <message>
        <source>Over de gekozen kaart</source>
        <translation>Over de gekozen kaart</translation>
    </message>
    <message>
        <source>Sortering van:</source>
        <translation>Sortering van:</translation>
    </message>
    <message>
        <source>Van de vorige</source>
        <translation>Van de vorige</translation>
    </message>
    <message>
        <source>Welke sortering</source>
        <translation>Welke sortering</translation>
    </message>
    <message>
        <source>nieuw (nog niets gesorteerd)</source>
        <translation>nieuw (nog niets gesorteerd)</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Overdracht maken</source>
        <translation>&amp;Overdracht maken</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Bestand voor de overdracht</source>
        <translation>Bestand voor de overdracht</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Hier kan geen bestand komen. Kies een gewone bestandsnaam in een bestaande map.</source>
        <translation>Hier kan geen bestand komen. Kies een gewone bestandsnaam in een bestaande map.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens %1 tekens.</source>
        <translation>Kies een wachtwoordzin van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Kies waar het bestand moet komen.</translation>
    </message>
    <message>
        <source>Klaar: %1 is gemaakt.</source>
        <translation>Klaar: %1 is gemaakt.</translation>
    </message>
    <message>
        <source>Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de wachtwoordzin apart door (niet in dezelfde e-mail als het bestand).</source>
        <translation>Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de wachtwoordzin apart door (niet in dezelfde e-mail als het bestand).</translation>
    </message>
    <message>
        <source>Niet gemaakt: het bestand kon niet geschreven worden (is de schijf vol?). Er is geen half bestand achtergebleven.</source>
        <translation>Niet gemaakt: het bestand kon niet geschreven worden (is de schijf vol?). Er is geen half bestand achtergebleven.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Overdracht (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht bewaren</source>
        <translation>Overdracht bewaren</translation>
    </message>
    <message>
        <source>Overdragen aan een collega</source>
        <translation>Overdragen aan een collega</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Wachtwoordzin voor de overdracht</source>
        <translation>Wachtwoordzin voor de overdracht</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Niet inlezen (overslaan)</source>
        <translation>&amp;Niet inlezen (overslaan)</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Cliënt: %1
Inhoud: %2
Gemaakt op: %3</source>
        <translation>Cliënt: %1
Inhoud: %2
Gemaakt op: %3</translation>
    </message>
    <message>
        <source>Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.</source>
        <translation>Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Het bestand is in orde.</source>
        <translation>Het bestand is in orde.</translation>
    </message>
    <message>
        <source>Ingelezen als nieuwe cliënt.</source>
        <translation>Ingelezen als nieuwe cliënt.</translation>
    </message>
    <message>
        <source>Inlezen als &amp;nieuwe cliënt</source>
        <translation>Inlezen als &amp;nieuwe cliënt</translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation>Overdracht (*.resokit-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht kiezen</source>
        <translation>Overdracht kiezen</translation>
    </message>
    <message>
        <source>Overdracht van een collega inlezen</source>
        <translation>Overdracht van een collega inlezen</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <source>Overgeslagen: er is niets ingelezen.</source>
        <translation>Overgeslagen: er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de overdracht</source>
        <translation>Wachtwoordzin van de overdracht</translation>
    </message>
    <message>
        <source>afspraak/afspraken</source>
        <translation>afspraak/afspraken</translation>
    </message>
    <message>
        <source>alleen de persoonsgegevens</source>
        <translation>alleen de persoonsgegevens</translation>
    </message>
    <message>
        <source>gesprek(ken)</source>
        <translation>gesprek(ken)</translation>
    </message>
    <message>
        <source>persoon/plaats(en) in het netwerk</source>
        <translation>persoon/plaats(en) in het netwerk</translation>
    </message>
    <message>
        <source>rolplan(nen)</source>
        <translation>rolplan(nen)</translation>
    </message>
    <message>
        <source>versie(s) van het inclusieweb</source>
        <translation>versie(s) van het inclusieweb</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.</source>
        <translation>De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Geef de wachtwoordzin van het dossierbestand %1.</source>
        <translation>Geef de wachtwoordzin van het dossierbestand %1.</translation>
    </message>
    <message>
        <source>Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een map waar je mag schrijven.</source>
        <translation>Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een map waar je mag schrijven.</translation>
    </message>
    <message>
        <source>Resokit Desktop ontgrendelen</source>
        <translation>Resokit Desktop ontgrendelen</translation>
    </message>
    <message>
        <source>Verkeerde wachtwoordzin, of het bestand is beschadigd. Let op hoofdletters en spaties.</source>
        <translation>Verkeerde wachtwoordzin, of het bestand is beschadigd. Let op hoofdletters en spaties.</translation>
    </message>
    <message>
        <source>Volgende poging over %1 s.</source>
        <translation>Volgende poging over %1 s.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Alles staat op dit web. Iemand nieuw: dubbelklik op een lege plek of druk Insert.</source>
        <translation>Alles staat op dit web. Iemand nieuw: dubbelklik op een lege plek of druk Insert.</translation>
    </message>
    <message>
        <source>Contacten en plaatsen die niet op dit web staan</source>
        <translation>Contacten en plaatsen die niet op dit web staan</translation>
    </message>
    <message>
        <source>Contacten en plaatsen van deze cliënt die niet op deze versie staan. Sleep ze op het web.</source>
        <translation>Contacten en plaatsen van deze cliënt die niet op deze versie staan. Sleep ze op het web.</translation>
    </message>
    <message>
        <source>Niet op dit web</source>
        <translation>Niet op dit web</translation>
    </message>
    <message>
        <source>Op het web zetten</source>
        <translation>Op het web zetten</translation>
    </message>
    <message>
        <source>Sleep naar het web, of kies en klik op &apos;Op het web zetten&apos;</source>
        <translation>Sleep naar het web, of kies en klik op &apos;Op het web zetten&apos;</translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message>
        <source>Soort wijzigen</source>
        <extracomment>The document changed (autosave, indicators). The selected member ids changed. A member was just created by the user: the panel should focus its name.</extracomment>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>Kenmerk wijzigen</source>
        <translation>Kenmerk wijzigen</translation>
    </message>
    <message>
        <source>Leden verwijderen</source>
        <translation>Leden verwijderen</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Verbinding verwijderen</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <source>Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een andere naam.</source>
        <translation>Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een andere naam.</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>GraphML-netwerk (*.graphml)</source>
        <translation>GraphML-netwerk (*.graphml)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Inclusieweb exporteren</source>
        <translation>Inclusieweb exporteren</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
</context>
<context>
    <name>WebLegend</name>
    <message>
        <source>Betaalde hulp</source>
        <translation>Betaalde hulp</translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation>Gespannen</translation>
    </message>
    <message>
        <source>Gewenst (stippels, ☆)</source>
        <translation>Gewenst (stippels, ☆)</translation>
    </message>
    <message>
        <source>Kennen elkaar</source>
        <translation>Kennen elkaar</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation>Lichte band</translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation>Schadelijk</translation>
    </message>
    <message>
        <source>Slapend (streepjes, z)</source>
        <translation>Slapend (streepjes, z)</translation>
    </message>
    <message>
        <source>Slapend, om te reactiveren (↻)</source>
        <translation>Slapend, om te reactiveren (↻)</translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation>Sterke band</translation>
    </message>
    <message>
        <source>Verbroken (doorgestreept)</source>
        <translation>Verbroken (doorgestreept)</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Inclusieweb</source>
        <translation>Inclusieweb</translation>
    </message>
    <message>
        <source>Sleep een vorm op het web om iemand of iets toe te voegen</source>
        <translation>Sleep een vorm op het web om iemand of iets toe te voegen</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation>&amp;Begeleider (jouw naam)</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin kiezen</source>
        <translation>&amp;Wachtwoordzin kiezen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Daarna kies je een wachtwoordzin; pas dan wordt het dossierbestand gemaakt.</source>
        <translation>Daarna kies je een wachtwoordzin; pas dan wordt het dossierbestand gemaakt.</translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan wat je afdrukt. Je mag ze leeg laten en later invullen bij Instellingen.</source>
        <translation>Deze namen komen bovenaan wat je afdrukt. Je mag ze leeg laten en later invullen bij Instellingen.</translation>
    </message>
    <message>
        <source>Met &amp;voorbeelddossiers</source>
        <translation>Met &amp;voorbeelddossiers</translation>
    </message>
    <message>
        <source>Met Resokit Desktop breng je samen met een cliënt diens netwerk in kaart: wie er is, wie steunt en wie er nog kan bijkomen. Je houdt gesprekken bij, tekent het inclusieweb, zoekt talenten en plant rollen die de cliënt waardeert. Alles blijft op deze computer, versleuteld.</source>
        <translation>Met Resokit Desktop breng je samen met een cliënt diens netwerk in kaart: wie er is, wie steunt en wie er nog kan bijkomen. Je houdt gesprekken bij, tekent het inclusieweb, zoekt talenten en plant rollen die de cliënt waardeert. Alles blijft op deze computer, versleuteld.</translation>
    </message>
    <message>
        <source>Met een &amp;leeg bestand</source>
        <translation>Met een &amp;leeg bestand</translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation>Naam van de begeleider</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Om rond te kijken en te oefenen: enkele verzonnen cliënten met gesprekken, webs en rollen.</source>
        <translation>Om rond te kijken en te oefenen: enkele verzonnen cliënten met gesprekken, webs en rollen.</translation>
    </message>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>Taal van Resokit Desktop</source>
        <translation>Taal van Resokit Desktop</translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens.</source>
        <translation>Te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Te&amp;rug</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <source>Voor echt werk: je maakt zelf je eerste cliënt aan.</source>
        <translation>Voor echt werk: je maakt zelf je eerste cliënt aan.</translation>
    </message>
    <message>
        <source>Waarmee wil je beginnen?</source>
        <translation>Waarmee wil je beginnen?</translation>
    </message>
    <message>
        <source>Welkom bij Resokit Desktop</source>
        <translation>Welkom bij Resokit Desktop</translation>
    </message>
</context>
</TS>
