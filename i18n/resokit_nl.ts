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
    <name>DossierTabs</name>
    <message>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
