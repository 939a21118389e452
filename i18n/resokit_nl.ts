<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
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
    <name>App</name>
    <message>
        <source>Resokit Desktop</source>
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
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buurt / gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geboortejaar</source>
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
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
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
        <source>Start&amp;datum</source>
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
        <source>&amp;Status:</source>
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
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt / gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Geselecteerde toestemming &amp;intrekken</source>
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
        <source>Toestemming &amp;toevoegen</source>
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
    <name>DossierTabs</name>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken</source>
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
    <name>InclusionWeb</name>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel betaalde hulp</source>
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
        <source>Binden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binden (eigen kring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruggenbouwers in het netwerk</source>
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
        <source>Dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichterbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtheid (wie kent wie)</source>
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
        <source>Functies zonder onbetaalde gever</source>
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
        <source>Gewenste banden</source>
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
        <source>Grootte van het netwerk</source>
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
        <source>Levensdomeinen gebruikt</source>
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
        <source>Mensen (onbetaald, actief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midden</source>
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
        <source>Overbruggen</source>
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
        <source>Plaatsen en groepen (actief)</source>
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
        <source>Slapende banden</source>
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
        <source>Verbinden</source>
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
        <source>Verder</source>
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
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opnieuw</source>
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
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Aandeel betaalde hulpverleners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binden / overbruggen / verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brugfiguren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten die je graag zou hebben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten die wat zijn weggezakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen van je leven met iemand of iets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtbij / midden / verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtheid (wie kent wie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functies die enkel betaalde hulp dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functies die niemand dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikte levensdomeinen</source>
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
        <source>Kennismaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen, plaatsen en groepen in je web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolggesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cirkel (dichtbij / midden / verder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personenscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsenscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slapende banden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar je nog niemand voor hebt</source>
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
        <source>⚠ Niet bewaard: verbeter eerst wat hierboven gemeld wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alles is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Waaraan gewerkt</source>
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
        <source>Andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;tum</source>
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
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de eigen &amp;woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de eigen woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaties van de begeleider, niet op de kopie voor de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging</source>
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
        <source>Gesprek van %1</source>
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
    <name>SummaryReport</name>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
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
</TS>
