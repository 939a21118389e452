<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>AccessExport</name>
    <message>
        <source>%1 en %2 kennen elkaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jaar na het afsluiten van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtbewoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld zonder uw toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen talentkaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focustalent nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geeft energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen vermeldingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoemd door (uit het netwerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geven en krijgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grens van uw buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gewaardeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uw eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage in uw gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie u naar een plaats gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moeilijke band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog steeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaties van de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen en plaatsen in het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats in het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen in het inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen op de buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek op de kaart (boven-onder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek op de kaart (links-rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schadelijke band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelfiguur in het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen in rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steun die nodig is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talenten bij rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis (boven-onder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis (links-rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijkingen van het inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versies van de buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versies van het inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk: persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer uw dossier werd gebruikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat die persoon voor u betekent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke vraag het beantwoordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie of wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binden (familie, vrienden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit doe ik graag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit kan ik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit wil ik leren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossierbestand geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewenst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iemand uit uw netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in de stad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inzage gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaarlijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namen vervangen door initialen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu niet voor mij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onveilig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbruggen (andere groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overgedragen aan een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overgenomen van een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservekopie gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservekopie teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u gaat er nu naartoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u geeft en krijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u geeft vooral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u ging er vroeger naartoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u krijgt vooral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u mijdt deze plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u zou er graag naartoe gaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uw begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uw eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uzelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veilig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbinden (organisaties, instanties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verder weg of in het buitenland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wachtwoord gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weggezakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weinig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wekelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>&amp;Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namen van andere personen vervangen door initialen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een bestaande map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: %1 en %2 staan in de map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, voor een vraag om inzage. Geef ze alleen aan de cliënt zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf vol of de map beveiligd?). Er is geen half bestand achtergebleven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gesprek verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst in de lijst het gesprek dat weg moet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusie&amp;web bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie van het inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web &amp;presenteren (volledig scherm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buu&amp;rtregister en buurtscan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>#%1 (verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierbestand geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage gegeven (PDF en JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht aan een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht van een collega ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermeldingen in het logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, verwijderen, back-ups. Het logboek bewaart geen inhoud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Het logboek is volledig en ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuurtkaartTab</name>
    <message>
        <source>&amp;Versie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtgrens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtkaart beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel zijn. Verklein ze eerst; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen buurtkaart. Begin er een op een ingelezen stratenplan of op een lege kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand kan niet gelezen worden; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een PNG- of JPEG-stratenplan, één keer ingelezen en bruikbaar voor elke cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe versie van vandaag, als kopie van de laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grens wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;aart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart ingelezen: ze is nu te kiezen voor elke cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een cliënt om de buurtkaart te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiezen en slepen (pijltjes verschuiven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik de hoekpunten van de eigen buurt; klik het eerste punt of druk Enter om te sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op de kaart om er een plaats te zetten (of Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op de kaart waar de cliënt woont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen bij de buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratenplan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van de buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} beeldpunten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <source>(niemand gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focustalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geeft het energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoemd door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogstens drie focustalenten; ze gaan mee naar het ontwerpen van een rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een kaart op een stapel om erbij te noteren wie het noemde, een voorbeeld en of het energie geeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van wie het noemde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of in eigen woorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het korter is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld in de woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer liet je dit zien? In je eigen woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie noemde dit talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie uit het netwerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. mijn buurvrouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, geeft energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee, kost energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet besproken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>&amp;Focustalent aan of uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de stapel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSettingsPage</name>
    <message>
        <source>Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, maar blijft in die sorteringen staan. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten die jullie organisatie aan de stapel toevoegt, voor elke cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar blijft in die sorteringen staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talentkaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer in gebruik nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw, wordt bewaard met OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uit gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weer in gebruik met OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordt verwijderd of uit gebruik genomen met OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriedAgreements</name>
    <message>
        <source>Afspraak gedaan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog open van het gesprek van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink aan wat intussen gedaan is; het wordt meteen bewaard bij dat gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is niet de huidige wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gewijzigd: het nieuwe bestand kon niet geschreven worden. De oude wachtwoordzin blijft geldig en er ging niets verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam of pseudoniem *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt / &amp;gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt of gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtbewoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboorte&amp;jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam of pseudoniem (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatu&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije n&amp;otities (kort houden: alleen wat nodig is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. 1958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. Nederlands, Arabisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>%1 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënten zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer dan %1 gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon cliënten met status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, buurt of notities (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolplan: stappen over datum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers van beide versies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere versie van het web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latere versie van het web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat betekent deze verandering voor de cliënt? Schrijf het in de eigen woorden van de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de cliënt over de verandering zegt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Datum waarop de toestemming gegeven is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel van de nieuwe toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe toestemming, doel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming toe&amp;voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. gegevens bewaren, samenvatting delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegeven op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSetPage</name>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen domeinen van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén domein per regel: Nederlands | Français | English
bv. Familie | Famille | Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef tussen 2 en 16 levensdomeinen, één per regel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDTi laat elke organisatie kiezen of betaalde hulp meetelt. De keuze geldt voor elke versie en staat op elke afdruk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe inclusiewebs krijgen deze levensdomeinen. Een bestaand web houdt de domeinen waarmee het gemaakt is, zodat vergelijken klopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel %1: &apos;%2&apos; staat er al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel %1: de Nederlandse naam ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>%1 is een map, geen dossierbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up teruggezet. Het vorige bestand is bewaard als %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden, en er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up kon niet teruggezet worden. Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing bij om het te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand kan niet geopend worden als Resokit-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee programma&apos;s tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand zouden elkaars werk kunnen overschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst de invoer verbeteren of verwerpen, dan vergrendelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand blijft onaangeroerd staan; neem een kopie en vraag hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet geopend worden: de schijf is vol. Maak ruimte vrij en start Resokit Desktop opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop opnieuw om een back-up terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: de automatische back-up is niet gelukt (schijf vol?). Het dossierbestand zelf is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je ontgrendeld hebt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resokit Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een veld moet nog verbeterd worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden; is de schijf vol?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Over&amp;zicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;clusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ges&amp;prekken</source>
        <extracomment>A role-plan step was ticked here: the client list&apos;s overdue marker may change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt&amp;kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent&amp;enkaart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseNotice</name>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de wachtwoordzin van toen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieën verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het dossierbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opschonen niet afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór het terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Afspraak %1: de datum &apos;tegen wanneer&apos; bestaat niet. Typ dag-maand-jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak %1: deze invoer klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak %1: vul in wat er afgesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens 200 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet later zijn dan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het geboortejaar kan niet vóór %1 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming %1: vul de datum in waarop ze gegeven is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming %1: vul het doel in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ het geboortejaar in cijfers, bijvoorbeeld 1958.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de datum in waarop de toestemming gegeven is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de datum van het gesprek in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een naam of pseudoniem in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het doel van de toestemming in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul ook de datum van de volgende afspraak in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%-punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 plaats of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel betaalde hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere groepen (overbruggen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banden die verbroken zijn; ze tellen niet mee in de andere cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores (instelling van deze organisatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deel van de leden van het netwerk dat betaald wordt om er te zijn (hulpverleners, diensten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit web gebruikt niet de levensdomeinen van NDTi maar &apos;{set}&apos;: de spreiding is niet te vergelijken met andere NDTi-webs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen cijfer van Resokit, geen NDTi-score: personen die niet betaald worden om er te zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kring (binden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kring · andere groepen · meer macht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewenste banden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte van het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoeveel paren leden elkaar kennen, van alle paren die er kunnen zijn; de cliënt zelf telt niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de cirkel dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de cirkel verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de middelste cirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden aangeduid als binden (eigen kring), overbruggen (andere groepen) of verbinden (met meer macht, bv. de gemeente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden aangeduid als binden: uit de eigen kring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden aangeduid als overbruggen: uit een andere groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden aangeduid als verbinden: met meer macht of invloed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden van het netwerk die het dichtst bij de cliënt staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden van het netwerk in de buitenste cirkel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden van het netwerk in de middelste cirkel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden van het netwerk per afstand tot de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden zonder wie het netwerk uiteenvalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer macht (verbinden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen, plaatsen en groepen met een actieve of slapende band; gewenste en verbroken banden tellen niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDTi-score mensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDTi-score plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDTi-spreiding over levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbetaalde mensen met een actieve band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cirkel: dichtbij · midden · verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen, plaatsen of groepen zonder wie delen van het netwerk elkaar niet meer kennen; de cliënt telt niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slapende banden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soorten steun die alleen betaalde hulp geeft, geen familie, vrienden of buren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soorten steun die niemand of alleen betaalde hulp geeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soorten steun waarvoor niemand met een actieve band is aangeduid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soorten steun zonder onbetaalde gever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steun die alleen betaalde hulp geeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steun die niemand geeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbroken banden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vroeger nauwe contacten die verwaterd zijn: kansen om weer op te nemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie kent wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie of wat de cliënt graag zou hebben; telt niet mee in de andere cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle personen in de cirkel van mensen, dus met een actieve band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals NDTi telt: alle plaatsen en groepen in de cirkel van plaatsen, dus met een actieve band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals NDTi telt: levensdomeinen met minstens één persoon, plaats of groep die meetelt in de NDTi-scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewenst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minder dan twee leden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet aangeduid: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet meegeteld: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niemand aangeduid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder lid dat meetelt: {domains}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plaatsen of groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} paren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InclusionWeb</name>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binden (eigen kring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichterbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een paar keer per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotionele steun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geeft aan de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezelschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krijgt van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maandelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over en weer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbruggen (andere groep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktische hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slapend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translokaal (elders, buitenland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden (met meer macht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbroken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InclusionWebTab</name>
    <message>
        <source>Afbeelding (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin een nieuwe versie als kopie van de laatste, om samen te herbekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en begin samen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een cliënt om het inclusieweb te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerkbestand (GraphML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard — probeer opnieuw (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep van de ene naar de andere om te tonen dat ze elkaar kennen (of houd Shift ingedrukt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekening (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van het web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Kenmerken van het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden per levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld zo&apos;n {v} netwerkleden, mensen met een rijk netwerk zo&apos;n {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie geeft wat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen betaalde hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Deze wijzigingen weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze wijzigingen zijn nog niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug om te verbeteren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De dossiers zijn gesloten en verborgen. Geef je wachtwoordzin om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resokit Desktop — vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliëntenlijst tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Resokit Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles van %1 wordt definitief verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het formulier, maar is nog niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt &amp;definitief verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier a&amp;fsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier a&amp;rchiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier van de gekozen cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, blijft intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Resokit Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resokit Desktop %1

Brengt samen met een cliënt het sociale netwerk in kaart en versterkt het, volgens de Resokit-methode. Werkt volledig offline: alle gegevens blijven in één bestand op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend ta&amp;bblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor&amp;ig tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen gebruiken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Buurtgrens tekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats op de kaart zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen van de kaart halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis aanduiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet bewaard.</source>
        <extracomment>The document changed (autosave). The selected pin ids changed. A message for the user (a boundary with too few corners …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtgrens getekend: sleep de hoekpunten om ze te verleggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de kaart halen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Gaat er nu naartoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ging er vroeger naartoe (slapend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zou er graag naartoe gaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijdt deze plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voelt veilig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voelt neutraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voelt onveilig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Legende van de buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet op deze kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de kaart zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen die niet op de kaart staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) die nog niet op de kaart staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep naar de kaart, of kies en klik op &apos;Op de kaart zetten&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Buurtkaart</source>
        <extracomment>A new place pin at this map point (x, y fractions). Home at this map point. The boundary was drawn (list of points, at least three). A boundary with too few corners was ended (how many it had): not saved. Items were dragged: {key: (old point, new point)}. Keyboard: move the selection by (dx, dy) steps. 1-4: this status for the selected pins. Del pressed. A registry entry (id) was dropped on the map at this point.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>%n geselecteerd. Sleep ze samen, of druk Del om ze te verwijderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaalde hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een naam, initialen of een bijnaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken (of druk Tab in het web). Nieuw: sleep een vorm op het web, dubbelklik op een lege plek of druk Insert. Pijltjes verplaatsen naar een ander domein of een andere cirkel; Shift+slepen verbindt twee leden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies iemand of iets op het web om het te bewerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, initialen of bijnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nabijheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal kapitaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat geeft deze band?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wederkerigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. zus, buurman, huisarts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodRegister</name>
    <message>
        <source>%1 van %2 items getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adres of beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openingsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toegankelijkheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vandaag nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uit het buurtregister verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Zelf)organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zelf)organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres of beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij contacten van de cliënt voe&amp;gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens %1 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit item staat al bij de contacten en plaatsen van de gekozen cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporteren voor collega&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het buurtregister is van jou en bevat geen cliëntgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in het buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een cliënt in het hoofdvenster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst nage&amp;keken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neemt dit item over in de contacten en plaatsen van de cliënt die in het hoofdvenster open staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet teruggezet: het bestand kon niet geschreven worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet toegevoegd: het bestand kon niet geschreven worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieu&amp;w item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw item: wordt bewaard zodra de naam ingevuld is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notit&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van een collega im&amp;porteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelfiguur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen die er gesproken worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon alleen deze buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon alleen deze soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit het buurtregister verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een naam in: zonder naam wordt niets bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ze &amp;zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ze bie&amp;den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ze bieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ze zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ze zoeken (voor rollen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet het verwijderde item terug (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in het buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informele netwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam, aanbod, noden, talen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleutelfiguren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodScan</name>
    <message>
        <source>Al een jaar niet nagekeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles is het voorbije jaar nagekeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen noden genoteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; de buurtscan vat ze hier per buurt samen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na te kijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niets over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open noden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open noden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat langer dan %1 dagen niet meer nagekeken is (vandaag: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatst nagekeken op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nooit nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Herhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt Resokit Desktop telkens bij het openen en na het vergrendelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleutelen en openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe versie begint als kopie van de vorige, om samen te herbekijken. Tekende je het web eerder op papier? Geef dan die datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een versie kan niet in de toekomst liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bv. 14-03-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Cliëntnummer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een talent dat niet in de stapel zit, alleen voor deze cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de kaart een korte naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de kaart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag op de kaart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. Wanneer deed je dit voor het laatst?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseTexts</name>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin bevat een onzichtbaar NUL-teken (meestal van plakken). Typ hem opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze wachtwoordzin bevat een onzichtbaar stuurteken (zoals een NUL-teken, tab of regeleinde, meestal van plakken). Typ hem zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze wachtwoordzin kan niet gebruikt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthoud deze wachtwoordzin goed of bewaar hem op een veilige plek. Niemand kan hem herstellen: zonder wachtwoordzin zijn het dossierbestand en de back-ups onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redelijk: nog een paar woorden erbij maakt hem sterk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te makkelijk te raden: %1. Neem liever een paar gewone woorden die niet bij elkaar horen, bijvoorbeeld vier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: vier of meer gewone woorden die niet bij elkaar horen, vormen een sterke en goed te onthouden wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeer zwak: makkelijk te raden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwak: maak hem langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het herhaalt dezelfde tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een datum of een jaartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een reeks zoals 1234 of abcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een veelgebruikt woord, een naam of een bekend wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het zijn toetsen die naast elkaar liggen, zoals azerty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zo&apos;n korte reeks tekens is snel gevonden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;Drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gevoel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe de cliënt ermee verbonden is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe het er voelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een plaats op de kaart, of zet er een op met de knop &apos;Plaats&apos; en een klik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met &amp;wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat houdt tegen? Vervoer, kosten, taal, angst …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   ·   lang drukken: gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb, presentatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Inclusieweb afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting opgeslagen als PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webversies vergeleken afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet opgeslagen worden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginanummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van de pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); kies een andere naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintablesPreview</name>
    <message>
        <source>Enkel initialen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijking afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vergelijking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintablesReport</name>
    <message>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen inclusieweb getekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen rolplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen twee webversies om te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gegevens om te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getekend op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het web op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb: vergelijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn rol: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van {earlier} vergeleken met {later}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Bewaartermijn nakijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inzage geven (PDF en JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logboek bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdragen aan een collega…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht van een &amp;collega inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyErase</name>
    <message>
        <source>De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie een oudere back-up terugzet, haalt de cliënt terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden (is de schijf vol?). Maak ruimte vrij en kies dan &apos;Opnieuw proberen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen automatische back-ups die deze cliënt nog bevatten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten verwijderen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyExports</name>
    <message>
        <source>Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd. Vraag je collega om een nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de toepassing eerst bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een overdracht van één cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle waarden van dit veld samen zijn te lang (hoogstens 50 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inhoud heeft niet de juiste vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde is te lang (een tekst mag hoogstens 1 MB zijn, een naam hoogstens 200 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze keuze kent Resokit Desktop niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen geldig getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen geldige datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen ja of nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen tekst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExchange</name>
    <message>
        <source>%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al gelijk zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevuld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen wat nu ge&amp;toond wordt (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand om naar te exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand vervangen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtregister (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtregister exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het met collega&apos;s delen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïmporteerd: %1 nieuw, %2 aangevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het &amp;hele register (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is in orde. Kijk de verschillen na en kies Importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hun versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets anders invulden, blijft jouw versie, tenzij je hieronder &apos;Hun versie&apos; aanvinkt. De lijst toont wat er verandert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het importeren verandert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen door deze export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neem hun versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1 kon niet geschreven worden (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet ingelezen: %1. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities: beide bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van een collega importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van een collega kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen bestand dat gelezen kan worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen export van een buurtregister (geen JSON-tekst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een item in het bestand klopt niet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand bevat meer dan registeritems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand bevat te veel items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te groot voor een buurtregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand komt uit een nieuwere versie van Resokit; werk de toepassing eerst bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kon niet gelezen worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Aangevuld uit het buurtregister van een collega (%1) —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Ander gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolggesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gezelschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materiële dingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoonlijke groei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praktische hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raad en informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaties en contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruimer dan de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steun en begrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verkennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfvertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 — %2 cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — beschadigd, niet bruikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — niet te openen met de huidige wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart bewaarde kopieën van eerdere keren terugzetten. Ze bevatten alles wat het dossier toen bevatte, ook verwijderde cliënten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kopie kon niet verwijderd worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kopie definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen back-ups gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstellen uit back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand is beschadigd. Kies een back-up om terug te zetten. Het beschadigde bestand wordt apart bewaard, niet overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de back-up die je wilt terugzetten. Het huidige bestand wordt eerst apart bewaard; wat na de back-up bewaard werd, staat daar nog in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) om na te kijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn na sluiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen dossiers om na te kijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze na: bewaar ze met een reden, of verwijder ze definitief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard was, blijft intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Nieuw rolplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bv. grootmoeder, buur, vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bv. samen het buurthuis bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De rol heeft nog geen naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum ligt vóór de dag waarop het plan gemaakt is. Kies een latere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze keuze bestaat niet meer; kies opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze rollen steunen op de focustalenten van de cliënt. Kies er één om er samen een rolplan van te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een stap heeft tekst nodig: schrijf wat er moet gebeuren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enigszins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie in eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de rol een naam. De vorige naam blijft bewaard tot dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen huidige rol verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen stap verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewaardeerd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen rolplan op één blad, in eenvoudige woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het rolplan &apos;%1&apos; met al zijn stappen verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gewaardeerd voelt de cliënt zich in deze rol?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gewaardeerd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materiële dingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer over de drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer over de drempels, of wat &apos;iets anders&apos; is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alles is bewaard: kijk naar de melding bij het veld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard: het bestand kon niet geschreven worden. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe huidige rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap: tegen wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap: wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap: wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodige steun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noem een rol, geen activiteit: niet &apos;naar het breicafé gaan&apos; maar &apos;recepten-oma van het breicafé&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen focustalenten: kies ze op de talentenkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen rolplan. Begin er een, of laat rollen voorstellen die passen bij de talenten van de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen voorstellen: kies eerst één tot drie focustalenten op de talentenkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weinig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nood in de buurt die de rol beantwoordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stappen uit de rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijke groei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats uit het register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaties en contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol starten met %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen die de cliënt nu heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen voorstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan &amp;starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplan wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimer: de stad, elders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst de evaluatie in de woorden van de cliënt; dan kan het plan op &apos;Geëvalueerd&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelpersoon uit het register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap gedaan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talenten waarop de rol steunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ eerst de rol, bijvoorbeeld &apos;buur&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van &apos;%1&apos; kan het plan niet meteen naar &apos;%2&apos;. Mogelijk: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld omdat het past bij: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgestelde rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar speelt de rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeg kort wat &apos;iets anders&apos; is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfvertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tegen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— uit het register —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stappen uit een rolplan over datum:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestands&amp;naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het formulier; het wordt opnieuw geprobeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen te bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is bezet door een ander programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kon niet geschreven worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand mag niet beschreven worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Wijzigingen worden bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: %1 Al de rest is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alles is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Herstellen uit back-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het dossierbestand zelf is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw om het te versleutelen met een wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups staan versleuteld in de map &apos;backups&apos; naast het dossierbestand. Een verwijderde cliënt blijft in oudere back-ups staan tot die wegvallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijkse back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijkse back-ups bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wekelijkse back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wekelijkse back-ups bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;Observaties van de begeleider (privé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor de begeleider: komt niet op de kopie voor de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In de eigen woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de eigen woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaties van de begeleider, niet op de kopie voor de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uur van de volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waaraan &amp;gewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waaraan gewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>%1 afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij dit gesprek horen geen afspraken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De %1 afspraken van dit gesprek gaan mee weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afspraak van dit gesprek gaat mee weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet ongedaan gemaakt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken (nieuwste eerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen gesprek verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gesprek van %1 wordt verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw gesprek (wordt bewaard zodra je typt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&amp;Begeleider (jouw naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo van de organisatie (komt op de samenvatting; wordt in het dossierbestand bewaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze namen komen bovenaan de afgedrukte samenvatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand kan niet als afbeelding gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen logo gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie en begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad naar het logobestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een PNG- of JPG-bestand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortBoard</name>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep een kaart naar een stapel, of kies ze en druk 1–4 (0: terug naar de stapel kaarten, F: focustalent, rechtermuisknop of menutoets: verplaatsen naar…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message>
        <source>Focustalent aan of uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart naar ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>(nog geen gesprek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel initialen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Actieve rolplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichterbij gekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen gesprek genoteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaar voor de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaar voor de hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focustalenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen afspraken genoteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verschillen met de vorige versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek van {date} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevoel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe ver het staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp die je krijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpverlener: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je netwerk in cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleine stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet meer in het web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodige ondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nood in de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen waar je aan werkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van ons gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar je sterk in bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar we over spraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom het de buurt helpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de cliënt erover zegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het je geeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het moeilijk maakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het oplevert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er veranderd sinds {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat je er goed in maakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat jij erover zegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat jij zei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We zien elkaar terug op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie opent de deur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals getekend op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy} · afgedrukt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentTexts</name>
    <message>
        <source>Dit doe ik graag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapel kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de persoon zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iemand uit het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentsPresentation</name>
    <message>
        <source>Sleep een kaart met je vinger of de muis naar een stapel   ·   1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   Esc: terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talentenkaart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentsPreview</name>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mijn-talenten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentsSheet</name>
    <message>
        <source>(geeft energie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doe ik graag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kan ik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wil ik leren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen kaarten gesorteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesorteerd op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn talenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu even niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ = een van mijn drie focustalenten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentsTab</name>
    <message>
        <source>%1 (%2 kaarten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaarten groot, op het volledige scherm (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe sortering komt naast de vorige; die blijft bewaard. Vertrek je van de vorige sortering of van een lege tafel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn al drie focustalenten. Zet er eerst één af om een ander te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focustalenten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn talenten afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen focustalenten: maak er één tot drie (F) om rollen te laten voorstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen &amp;voorstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen die passen bij de focustalenten; de gekozen rol wordt een rolplan op het tabblad Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een voorbeeld bij een kaart is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Mijn talenten’ op één blad, in de taal van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe sortering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe sortering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over de gekozen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortering van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke sortering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw (nog niets gesorteerd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdracht maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand voor de overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier kan geen bestand komen. Kies een gewone bestandsnaam in een bestaande map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: %1 is gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de wachtwoordzin apart door (niet in dezelfde e-mail als het bestand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gemaakt: het bestand kon niet geschreven worden (is de schijf vol?). Er is geen half bestand achtergebleven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdragen aan een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin voor de overdracht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niet inlezen (overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt: %1
Inhoud: %2
Gemaakt op: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is in orde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen als nieuwe cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlezen als &amp;nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht (*.resokit-overdracht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht van een collega inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen: er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin van de overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afspraak/afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen de persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesprek(ken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoon/plaats(en) in het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolplan(nen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie(s) van het inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de wachtwoordzin van het dossierbestand %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een map waar je mag schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resokit Desktop ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkeerde wachtwoordzin, of het bestand is beschadigd. Let op hoofdletters en spaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende poging over %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Contacten en plaatsen die niet op dit web staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten en plaatsen van deze cliënt die niet op deze versie staan. Sleep ze op het web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet op dit web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op het web zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep naar het web, of kies en klik op &apos;Op het web zetten&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message>
        <source>Soort wijzigen</source>
        <extracomment>The document changed (autosave, indicators). The selected member ids changed. A member was just created by the user: the panel should focus its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leden verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <source>Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML-netwerk (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusieweb exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebLegend</name>
    <message>
        <source>Betaalde hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewenst (stippels, ☆)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennen elkaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lichte band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schadelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slapend (streepjes, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterke band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbroken (doorgestreept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Inclusieweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep een vorm op het web om iemand of iets toe te voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
