"""A fictional neighbourhood register of about thirty entries in Brussels-like neighbourhoods
(the neighbourhoods are real; every name and address is made up)."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.services import demo_service
from resokit_desktop.storage import neighbourhood_repo

PLACE, KEY, INIT, ORG, NET = (NeighbourhoodKind.PLACE, NeighbourhoodKind.KEY_FIGURE,
                 NeighbourhoodKind.INITIATIVE, NeighbourhoodKind.ORGANISATION,
                 NeighbourhoodKind.INFORMAL_NETWORK)

# (kind, name, address or description, neighbourhood, offers, needs, contact, opening hours,
#  accessibility, languages, notes, days since last checked or None for never)
ENTRIES = [
    (PLACE, "Buurthuis De Lindeboom", "Lindestraat 14", "Laken",
     "Soepbar, naaiatelier, computerhoek", "Vrijwilligers voor de soepbar op dinsdag",
     "onthaal 02 000 11 01", "ma-vr 9u-17u", "Gelijkvloers, toegankelijk met rolstoel",
     "Nederlands, Frans", "Warm onthaal; vraag naar de onthaalmedewerker.", 40),
    (PLACE, "Bibliotheek Laken-Noord", "Kerkplein 3", "Laken",
     "Boeken, kranten, gratis computers, taalcafé", "Voorlezers voor de kinderhoek",
     "balie 02 000 11 02", "di-za 10u-18u", "Lift aanwezig", "Nederlands, Frans, Engels",
     "", 200),
    (KEY, "Bakkerij Het Gouden Korenaar", "Hoek Kerkstraat", "Laken",
     "De bakker kent iedereen in de straat en geeft tips door", "", "", "di-zo 7u-14u",
     "Drempel aan de ingang", "Nederlands, Frans", "Goede vindplaats voor oudere bewoners.",
     500),
    (INIT, "Moestuin Zonnehoek", "Achter de sporthal, ingang via het pad", "Laken",
     "Eigen bakje, samen tuinieren op zaterdag", "Mensen die water geven in de zomer",
     "tuincoördinator via het buurthuis", "za 10u-13u", "Paden in gravel", "Nederlands",
     "", 90),
    (NET, "Wandelgroep van de Boulevard", "Vertrek aan de fontein", "Laken",
     "Samen wandelen, elke vrijdagochtend", "", "", "vr 10u", "Vlak parcours, rustig tempo",
     "Nederlands, Frans", "Losse groep, iedereen mag aansluiten.", None),
    (PLACE, "Sociaal restaurant De Pollepel", "Molenstraat 88", "Molenbeek",
     "Betaalbare warme maaltijd, ontmoeting", "Hulp in de afwas tijdens de middag",
     "02 000 22 01", "ma-vr 11u30-14u", "Gelijkvloers", "Frans, Arabisch, Nederlands", "", 30),
    (ORG, "Vrouwenvereniging Nour", "Zaaltje boven de apotheek", "Molenbeek",
     "Praatgroep, naailes, uitstappen", "Iemand die Nederlandse les geeft",
     "via de voorzitster", "wo 14u-17u", "Trap, geen lift", "Arabisch, Frans, Berbers",
     "Zelforganisatie; ontmoeting eerst via een vertrouwd gezicht.", 420),
    (PLACE, "Sporthal Kasteelveld", "Parklaan 2", "Molenbeek",
     "Zaalvoetbal, seniorengym, petanque buiten", "Scheidsrechters voor de jeugd",
     "02 000 22 03", "elke dag 8u-22u", "Toegankelijk, aangepaste kleedkamer",
     "Frans, Nederlands", "", 150),
    (INIT, "Repair Café Molenbeek", "Buurtzaal Sint-Jan", "Molenbeek",
     "Herstellen van kleren, fietsen en toestellen", "Handige mensen met een eigen specialiteit",
     "", "1e zaterdag van de maand 13u-17u", "Gelijkvloers", "Frans, Nederlands, Pools",
     "Ideale plek om talent in te zetten.", 60),
    (KEY, "Imam en buurtbemiddelaar van de wijk", "Moskee aan de kanaalkant", "Molenbeek",
     "Luisterend oor, bemiddeling tussen buren", "", "via het buurthuis", "", "",
     "Arabisch, Frans", "", None),
    (PLACE, "Park De Vijvers, speeltuin en kiosk", "Ingang aan de vijverkant", "Schaarbeek",
     "Rust, groen, zomerconcerten", "", "", "altijd open", "Verharde paden, banken",
     "", "", 380),
    (ORG, "Dienstencentrum Het Anker", "Lindenlaan 120", "Schaarbeek",
     "Middagmaal, pedicure, activiteiten voor senioren", "Chauffeurs voor de boodschappenbus",
     "02 000 33 01", "ma-vr 9u-16u", "Lift, aangepast toilet", "Nederlands, Frans",
     "Vraag naar het activiteitenprogramma.", 20),
    (INIT, "Taalcafé Babbel", "Bibliotheek Schaarbeek, leeszaal", "Schaarbeek",
     "Nederlands oefenen in kleine groepjes", "Gespreksleiders die geduldig zijn",
     "", "do 18u-20u", "Lift", "Nederlands", "", 100),
    (KEY, "Huisbewaarder van blok C", "Residentie Zonneberg", "Schaarbeek",
     "Weet wie alleen woont en wie hulp kan gebruiken", "", "", "", "", "Frans, Portugees",
     "Sleutelfiguur voor de bewoners van het blok.", 700),
    (NET, "Schaakclub in café De Toren", "Café op de hoek van het plein", "Schaarbeek",
     "Schaken en dammen op zondagnamiddag", "Nieuwe spelers", "", "zo 14u-18u",
     "Drempel", "Frans, Nederlands, Turks", "", 250),
    (PLACE, "Fietsherstelplaats Kuregem", "Fietsersstraat 5", "Anderlecht",
     "Leer je fiets herstellen, tweedehandsfietsen", "Vrijwilligers die sleutelen",
     "02 000 44 01", "wo en za 13u-18u", "Gelijkvloers", "Frans, Nederlands, Roemeens",
     "", 45),
    (ORG, "Wijkgezondheidscentrum De Brug", "Brugstraat 30", "Anderlecht",
     "Huisarts, verpleging, groepsactiviteiten rond gezondheid", "",
     "02 000 44 02", "ma-vr 8u-19u", "Toegankelijk", "Frans, Nederlands, Arabisch, Engels",
     "", 120),
    (INIT, "Buurtcompost Veeweide", "Bij de speelpleintjes", "Anderlecht",
     "Groenafval kwijt, compost mee naar huis", "Compostmeesters voor de beurtrol",
     "", "za 10u-12u", "", "Nederlands, Frans", "Begonnen door een paar buren.", 800),
    (KEY, "Kapper Tony", "Marktplein 7", "Anderlecht",
     "Praatje bij de kapper; hangt berichten van de buurt op", "", "", "di-za 9u-18u",
     "Drempel", "Frans, Italiaans", "", None),
    (PLACE, "Wijkcentrum De Kroon", "Kroonlaan 9", "Jette",
     "Koffiemoment, kaartnamiddag, computerles", "Iemand die koffie zet op maandag",
     "02 000 55 01", "ma-vr 10u-16u", "Gelijkvloers, aangepast toilet", "Nederlands",
     "", 10),
    (INIT, "Zangkoor Jette Zingt", "Parochiezaal aan het Kerkplein", "Jette",
     "Samen zingen, geen ervaring nodig", "Een pianist", "", "di 19u30", "Trap naar de zaal",
     "Nederlands, Frans", "", 300),
    (NET, "Kaartclub van het rusthuis", "Cafetaria van het woonzorgcentrum", "Jette",
     "Kaarten met bewoners en buren", "Extra spelers in de week", "", "wo 14u",
     "Toegankelijk", "Nederlands", "", 450),
    (ORG, "Seniorenvereniging De Zilveren Draad", "Lokaal achter de kerk", "Jette",
     "Uitstappen, voordrachten, feestjes", "Bestuursleden", "via het wijkcentrum", "",
     "", "Nederlands", "", 90),
    (PLACE, "Wasserette Het Sopje", "Zeepstraat 21", "Sint-Gillis",
     "Wassen en drogen, babbel aan de machines", "", "", "elke dag 7u-22u",
     "Gelijkvloers", "", "Veel vaste klanten op zondag.", 550),
    (INIT, "Buurtkeuken Sint-Gillis", "Gemeentelijke feestzaal", "Sint-Gillis",
     "Samen koken en eten, elke maand een ander land", "Koks met een recept uit hun streek",
     "", "laatste vrijdag van de maand", "Lift", "Frans, Portugees, Spaans, Nederlands",
     "", 75),
    (ORG, "Portugese vereniging Saudade", "Zaaltje in de Kroegstraat", "Sint-Gillis",
     "Ontmoeting, feesten, hulp bij papieren", "Vrijwilligers voor het onthaal",
     "", "vr-zo", "", "Portugees, Frans", "", 390),
    (KEY, "Apotheker van de Voorplein", "Voorplein 12", "Sint-Gillis",
     "Kent de oudere klanten, geeft folders mee", "", "", "ma-za 8u30-19u", "Toegankelijk",
     "Frans, Nederlands", "", 160),
    (NET, "Berichtengroep van de Zeepstraat", "Online, via een buurtbewoner", "Sint-Gillis",
     "Spullen uitlenen, boodschappen voor elkaar", "", "", "", "", "Frans, Nederlands",
     "Informeel; nieuwkomers worden er graag bij gevraagd.", None),
    (PLACE, "Zwembad De Golf", "Sint-Gillis centrum", "Sint-Gillis",
     "Zwemmen voor senioren, aquagym", "", "02 000 66 02", "ma-za", "Tillift aanwezig",
     "Frans, Nederlands", "", 30),
    (INIT, "Voorleesgroep in het park", "Bij het muziekkiosk", "",
     "Voorlezen voor kinderen in de zomer", "Voorlezers", "", "juli-augustus, wo 15u", "",
     "Nederlands, Frans", "Trekt van park naar park.", 600),
]


def demo_entries(today: date) -> list[NeighbourhoodEntry]:
    """The fictional entries; check dates are counted back from ``today``."""
    entries = []
    for (kind, name, address, hood, offers, needs, contact, hours, access, languages, notes,
         days) in ENTRIES:
        checked = None if days is None else (today - timedelta(days=days)).isoformat()
        entries.append(NeighbourhoodEntry(
            kind=kind, name=name, address=address, neighbourhood=hood, offers=offers,
            needs=needs, contact=contact, opening_hours=hours, accessibility=access,
            languages=languages, notes=notes, last_checked=checked))
    return entries


def add_demo_register(db: sqlite_utils.Database, _client_ids: list[int], today: date) -> None:
    neighbourhood_repo.save_entries(db, demo_entries(today))


demo_service.EXTENSIONS.append(add_demo_register)
