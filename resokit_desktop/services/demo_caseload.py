"""A realistic, wholly fictional caseload of a Brussels social worker, for demos and training."""

from __future__ import annotations

from datetime import date, timedelta

from resokit_desktop.domain.client import Client, ClientStatus, Consent, PersonType
from resokit_desktop.domain.session import Agreement, Session, SessionType

# (name, type, birth year, languages, neighbourhood, status, notes)
CLIENTS = [
    ("Marie-Louise Vandenbroeck", PersonType.CLIENT, 1944, "Nederlands, Frans", "Laken",
     ClientStatus.ACTIVE, "Weduwe sinds 2023. Woont alleen op de derde verdieping zonder lift."),
    ("Youssef El Amrani", PersonType.CLIENT, 1961, "Arabisch, Frans", "Molenbeek",
     ClientStatus.ACTIVE, "Op pensioen, vroeger buschauffeur. Kinderen wonen in Antwerpen."),
    ("Hélène Dubois", PersonType.CLIENT, 1958, "Frans", "Schaarbeek",
     ClientStatus.ACTIVE, "Komt weinig buiten sinds een val. Tekent graag."),
    ("Tomasz Nowak", PersonType.CLIENT, 1979, "Pools, Nederlands", "Anderlecht",
     ClientStatus.ACTIVE, "Werkloos na een ongeval op de werf. Handig met hout."),
    ("Fatou Diallo", PersonType.CLIENT, 1990, "Frans, Wolof", "Sint-Joost-ten-Node",
     ClientStatus.ACTIVE, "Alleenstaande moeder van twee. Pas verhuisd naar de buurt."),
    ("Jozef Claes", PersonType.CLIENT, 1938, "Nederlands", "Jette",
     ClientStatus.ACTIVE, "Oud-schrijnwerker. Doof aan één oor; spreek traag en duidelijk."),
    ("Ana Ferreira", PersonType.VOLUNTEER, 1972, "Portugees, Frans, Nederlands", "Sint-Gillis",
     ClientStatus.ACTIVE, "Vrijwilliger bij het buurthuis; wil graag een koffiemoment trekken."),
    ("Karim Benali", PersonType.CLIENT, 1985, "Frans, Arabisch", "Kuregem",
     ClientStatus.ACTIVE, "Zoekt rust na een moeilijke periode. Speelt gitaar."),
    ("Greta Willems", PersonType.RESIDENT, 1951, "Nederlands", "Laken",
     ClientStatus.ACTIVE, "Buurtbewoner die mee wil helpen in de moestuin."),
    ("Ion Popescu", PersonType.CLIENT, 1968, "Roemeens, Frans", "Anderlecht",
     ClientStatus.CLOSED, "Traject afgerond: werkt nu als vrijwilliger bij de fietsherstelplaats."),
    ("Nadia Ouali", PersonType.CLIENT, 1996, "Nederlands, Frans, Berbers", "Molenbeek",
     ClientStatus.ACTIVE, "Studeert avondonderwijs. Voelt zich eenzaam in het weekend."),
    ("René Lambert", PersonType.CLIENT, 1949, "Frans", "Evere",
     ClientStatus.ARCHIVED, "Verhuisd naar een woonzorgcentrum in Wallonië."),
    ("Samira Haddad", PersonType.CLIENT, 1983, "Arabisch, Engels", "Schaarbeek",
     ClientStatus.ACTIVE, "Nieuwkomer, leert Nederlands. Was lerares in Aleppo."),
    ("Luc Peeters", PersonType.OTHER, 1975, "Nederlands", "Jette",
     ClientStatus.ACTIVE, "Mantelzorger van zijn broer; zoekt zelf ook wat ademruimte."),
]

# Per session: (days before the reference date, type, worked on, client words, observations,
# agreements as (who, what, days until due, done))
SESSION_SCRIPTS = [
    [
        (120, SessionType.INTAKE, "Kennismaking en eerste inclusieweb.",
         "Sinds mijn man weg is, zie ik eigenlijk niemand meer. Mijn dochter belt op zondag.",
         "Oogt moe; veel verdriet. Geen contact met buren behalve de vrouw van de bakker.",
         [("Marie-Louise", "Schrijft op wie ze vroeger vaak zag.", 14, True),
          ("Hulpverlener", "Zoekt uit of het lokaal dienstencentrum een lift heeft.", 7, True)]),
        (75, SessionType.FOLLOW_UP, "Talenten verkend: breien, recepten, verhalen vertellen.",
         "Ik brei nog altijd sjaals voor de kleinkinderen. Dat kan ik wel.",
         "Komt op dreef als het over vroeger gaat. Humor!",
         [("Marie-Louise", "Gaat één keer mee naar het breicafé in het dienstencentrum.",
           21, True)]),
        (30, SessionType.FOLLOW_UP, "Terugblik op het breicafé; rol verkend als 'recepten-oma'.",
         "Die vrouwen daar zijn gezellig. Ik wil volgende keer mijn appeltaart meebrengen.",
         "Duidelijk meer energie. Durft nog niet alleen de tram te nemen.",
         [("Marie-Louise", "Brengt appeltaart mee naar het breicafé.", 10, False),
          ("Buurvrouw Rita", "Gaat samen met de tram naar het dienstencentrum.", 10, False),
          ("Hulpverlener", "Vraagt bij het buurthuis naar een kookmoment.", 14, False)]),
    ],
    [
        (90, SessionType.INTAKE, "Kennismaking; netwerk in kaart: vooral familie op afstand.",
         "Ik zit de hele dag thuis. Vroeger kende ik iedereen op de lijn 86.",
         "Vriendelijk, wat wantrouwig tegenover diensten.",
         [("Youssef", "Denkt na over wat hij mist van zijn werk.", 14, True)]),
        (60, SessionType.FOLLOW_UP, "Talentenkaart: kent de stad, rijdt graag, helpt graag.",
         "Ik kan iedereen de weg wijzen in Brussel, zonder kaart.",
         "Trots op zijn kennis van de stad. Mogelijke rol: begeleider bij uitstappen.",
         [("Youssef", "Bezoekt de fietsherstelplaats met de hulpverlener.", 20, True),
          ("Hulpverlener", "Contacteert de vzw die buurtwandelingen organiseert.", 7, True)]),
        (14, SessionType.EVALUATION, "Eerste wandeling als gids meegedaan.",
         "De mensen luisterden naar mij. Dat had ik lang niet meer gevoeld.",
         "Rol 'buurtgids' slaat aan. Zoon heeft opnieuw gebeld.",
         [("Youssef", "Bereidt een tweede wandeling voor langs de kanaalzone.", 21, False),
          ("Hulpverlener", "Zorgt voor een vrijwilligersverzekering.", 7, False)]),
    ],
    [
        (50, SessionType.INTAKE, "Eerste gesprek aan huis.",
         "Depuis ma chute, j'ai peur de sortir seule.",
         "Valangst. Tekeningen aan de muur: zeer verzorgd werk.",
         [("Hélène", "Kiest drie tekeningen om te tonen.", 14, True)]),
        (20, SessionType.FOLLOW_UP, "Talenten en wensen: tekenen, kleuren, rustige plekken.",
         "Un atelier de dessin, oui, mais pas trop loin.",
         "Wil graag iets betekenen voor kinderen.",
         [("Hulpverlener", "Vraagt de bibliotheek naar een tekenhoek voor kinderen.", 10, False),
          ("Hélène", "Oefent de wandeling naar de bib met haar buurman.", 14, False)]),
        (5, SessionType.FOLLOW_UP, "Wandeling naar de bibliotheek geoefend.",
         "C'était moins loin que je pensais.",
         "Loopt met stok, maar zekerder.",
         [("Hélène", "Gaat mee naar het voorleesuur op woensdag.", 9, False)]),
    ],
    [
        (40, SessionType.INTAKE, "Kennismaking en netwerk.",
         "Sinds het ongeval bel ik niemand meer van de werf.",
         "Schaamte rond werkloosheid. Sterk praktisch ingesteld.",
         [("Tomasz", "Maakt een lijstje van klusjes die hij nog kan doen.", 14, True)]),
        (12, SessionType.FOLLOW_UP, "Rol verkend in de repair café.",
         "Stoelen herstellen, dat kan ik met mijn ogen dicht.",
         "Enthousiast; rugpijn is een drempel.",
         [("Tomasz", "Gaat kijken in het repair café op zaterdag.", 5, False),
          ("Hulpverlener", "Vraagt naar een aangepaste werktafel.", 10, False)]),
    ],
    [
        (25, SessionType.INTAKE, "Eerste gesprek; netwerk is nog klein in de nieuwe buurt.",
         "Ici je ne connais personne, sauf l'institutrice.",
         "Zorgt goed voor de kinderen; eigen noden komen op de tweede plaats.",
         [("Fatou", "Gaat naar het oudercafé van de school.", 10, False)]),
    ],
    [
        (200, SessionType.INTAKE, "Kennismaking.",
         "Ik heb geen mensen meer nodig, ik heb mijn radio.",
         "Gehoorproblemen maken gesprekken moeilijk.",
         [("Hulpverlener", "Regelt een afspraak bij de audioloog.", 30, True)]),
        (150, SessionType.FOLLOW_UP, "Na hoortoestel: nieuw gesprek over wat hij mist.",
         "Nu hoor ik de kerkklokken weer.",
         "Veel opener. Kent veel over houtbewerking.",
         [("Jozef", "Toont zijn gereedschap aan Tomasz (repair café).", 30, True)]),
        (60, SessionType.EVALUATION, "Evaluatie van het eerste halfjaar.",
         "Die jonge gasten van het repair café komen mij raad vragen.",
         "Rol als 'raadgever hout' in het repair café loopt.",
         [("Jozef", "Blijft elke eerste zaterdag naar het repair café gaan.", 30, True),
          ("Hulpverlener", "Plant een nieuwe inclusieweb over drie maanden.", 60, False)]),
    ],
    [
        (18, SessionType.INTAKE, "Gesprek over de wens om een koffiemoment te trekken.",
         "Koffie maken voor mensen, daar word ik blij van.",
         "Sterke verbinder; let op overbelasting.",
         [("Ana", "Maakt een voorstel voor het buurthuis.", 14, False)]),
    ],
    [
        (33, SessionType.INTAKE, "Kennismaking.",
         "J'ai besoin de calme, mais pas d'être seul.",
         "Wisselende stemming. Muziek geeft houvast.",
         [("Karim", "Neemt zijn gitaar mee naar het volgende gesprek.", 14, True)]),
        (9, SessionType.FOLLOW_UP, "Muziek als brug: open podium in het buurthuis?",
         "Peut-être jouer pour les anciens du home.",
         "Idee komt van hemzelf: goed teken.",
         [("Hulpverlener", "Vraagt het woonzorgcentrum naar een muziekmoment.", 7, False),
          ("Karim", "Kiest vijf liedjes.", 12, False)]),
    ],
]


def reference_date() -> date:
    return date.today()


def demo_clients(today: date | None = None) -> list[Client]:
    today = today or reference_date()
    clients = []
    for index, (name, ptype, year, langs, hood, status, notes) in enumerate(CLIENTS):
        start = today - timedelta(days=210 - index * 9)
        clients.append(Client(
            name=name, person_type=ptype, birth_year=year, languages=langs,
            neighbourhood=hood, status=status, notes=notes,
            address=f"Demostraat {10 + index * 3}, 1000 Brussel",
            phone=f"02 555 {index:02d} {40 + index:02d}",
            email=f"demo{index + 1}@voorbeeld.be",
            start_date=start.isoformat(),
            consents=[Consent(
                purpose="Gegevens bijhouden voor de begeleiding",
                given_on=start.isoformat(),
                withdrawn_on=(today - timedelta(days=20)).isoformat()
                if status is ClientStatus.ARCHIVED else None,
            )],
        ))
    return clients


def demo_sessions(client_id: int, script_index: int, today: date | None = None) -> list[Session]:
    today = today or reference_date()
    if script_index >= len(SESSION_SCRIPTS):
        return []
    sessions = []
    script = SESSION_SCRIPTS[script_index]
    for position, (days_ago, stype, worked, words, obs, agreements) in enumerate(script):
        when = today - timedelta(days=days_ago)
        is_last = position == len(script) - 1
        sessions.append(Session(
            client_id=client_id, date=when.isoformat(), type=stype, worked_on=worked,
            client_words=words, worker_observations=obs,
            next_appointment=(today + timedelta(days=7)).isoformat() + " 14:00" if is_last else
            (today - timedelta(days=script[position + 1][0])).isoformat() + " 10:00",
            agreements=[Agreement(who=who, what=what,
                                  due_date=(when + timedelta(days=due)).isoformat(), done=done)
                        for who, what, due, done in agreements],
        ))
    return sessions
