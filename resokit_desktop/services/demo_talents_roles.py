"""Demo talentenkaarten, current roles and role plans for the fictional caseload."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from resokit_desktop.domain.roles import (
    Barrier,
    CurrentRole,
    GoodThing,
    RolePlan,
    RoleSetting,
    RoleStatus,
    RoleStep,
    Valued,
)
from resokit_desktop.domain.talents import CardSort, NamedBy, Pile, SortedTalent
from resokit_desktop.services import demo_service, demo_webs  # noqa: F401 (webs register first)
from resokit_desktop.storage import contacts_repo, roles_repo, talents_repo

P, W, N = NamedBy.PERSON, NamedBy.WORKER, NamedBy.NETWORK
CAN, LIKE, LEARN, NOT_NOW = Pile.CAN, Pile.LIKE, Pile.LEARN, Pile.NOT_NOW
G = GoodThing
B = Barrier
S = RoleStatus

# Per caseload index: sorted cards as (card key, pile, named by, by whom, example, energy, focus).
CARD_SORTS: dict[int, list[tuple]] = {
    0: [  # Marie-Louise
        ("baking", CAN, N, "Els, haar dochter", "Mama's appeltaart is elke zondag op.", True, 1),
        ("sewing", CAN, P, "", "Ik brei nog altijd sjaals voor de kleinkinderen.", True, 2),
        (
            "storytelling",
            LIKE,
            W,
            "",
            "Ik vertel graag over de bakkerij van vroeger.",
            True,
            3,
        ),
        ("humour", CAN, W, "", "We lachen veel als ik over vroeger vertel.", None, None),
        (
            "smartphone",
            LEARN,
            P,
            "",
            "Ik wil de foto's van de kleinkinderen zelf bekijken.",
            None,
            None,
        ),
        (
            "walking",
            NOT_NOW,
            P,
            "",
            "Drie trappen zonder lift, dat is genoeg beweging.",
            False,
            None,
        ),
    ],
    1: [  # Youssef
        ("guiding", CAN, P, "", "Ik ken elke halte van lijn 86, zonder kaart.", True, 1),
        (
            "neighbourhood_knowledge",
            CAN,
            W,
            "",
            "Ik weet waar elke winkel in Molenbeek vroeger zat.",
            True,
            2,
        ),
        ("history", LIKE, P, "", "Over de kanaalzone van toen kan ik uren vertellen.", True, 3),
        (
            "former_job",
            CAN,
            P,
            "",
            "Dertig jaar met de bus: altijd op tijd, altijd rustig.",
            None,
            None,
        ),
        ("walking", LIKE, N, "Hamid, de zoon", "Papa liep elke zondag naar de markt.", True, None),
        ("computer", NOT_NOW, P, "", "", False, None),
    ],
    2: [  # Hélène
        ("drawing", CAN, P, "", "Les dessins au mur, c'est moi qui les ai faits.", True, 1),
        ("children", LIKE, P, "", "J'aimerais faire quelque chose pour les enfants.", True, 2),
        ("patience", CAN, W, "", "Legt rustig uit hoe ze een portret opbouwt.", None, None),
        ("walking", LEARN, P, "", "Marcher seule jusqu'à la bibliothèque.", None, None),
        ("smartphone", NOT_NOW, P, "", "", None, None),
    ],
    3: [  # Tomasz
        ("woodwork", CAN, P, "", "Stoelen herstellen kan ik met mijn ogen dicht.", True, 1),
        (
            "repair",
            CAN,
            N,
            "Piotr, oud-collega van de werf",
            "Tomasz hield de machines op de werf aan de praat.",
            True,
            2,
        ),
        ("languages", CAN, W, "", "Spreekt Pools en Nederlands.", None, None),
        (
            "computer",
            LEARN,
            P,
            "",
            "Ik wil leren een werkplan op de computer te tekenen.",
            None,
            None,
        ),
        ("strength", NOT_NOW, P, "", "Sinds het ongeval doet mijn rug pijn.", False, None),
    ],
    4: [  # Fatou: a sort in progress, no focus talents yet
        ("children", CAN, P, "", "Je m'occupe seule de mes deux enfants.", True, None),
        (
            "cooking",
            LIKE,
            N,
            "de juf van de school",
            "Fatou bracht thieboudienne mee naar het schoolfeest.",
            True,
            None,
        ),
        ("languages", CAN, P, "", "Frans en Wolof.", None, None),
    ],
    5: [  # Jozef
        ("woodwork", CAN, P, "", "Mijn gereedschap ligt nog altijd klaar.", True, 1),
        ("former_job", CAN, W, "", "Kent elke houtsoort en elke verbinding.", True, 2),
        (
            "explaining",
            LIKE,
            N,
            "de jongeren van het repair café",
            "Jozef weet altijd hoe het moet.",
            True,
            3,
        ),
        ("music", NOT_NOW, P, "", "Zingen in een groep lukt niet met één goed oor.", False, None),
    ],
    6: [  # Ana
        ("welcoming", CAN, P, "", "Koffie maken voor mensen, daar word ik blij van.", True, 1),
        ("languages", CAN, P, "", "Portugees, Frans en Nederlands.", True, 2),
        ("cooking", LIKE, W, "", "", None, None),
        ("planning", LEARN, W, "", "Een vast moment in het buurthuis zelf plannen.", None, None),
    ],
    7: [  # Karim
        ("music", CAN, P, "", "Je joue de la guitare depuis mes quinze ans.", True, 1),
        (
            "elderly",
            LIKE,
            P,
            "",
            "Jouer pour les anciens du home, ça me plairait.",
            True,
            2,
        ),
        ("listening", CAN, W, "", "Luistert aandachtig in de groep.", None, None),
    ],
    9: [  # Ion (closed)
        ("bikes", CAN, P, "", "Ik herstel de fietsen van de hele straat.", True, 1),
    ],
}

# Who named a card, as a registry contact name (the demo webs create these contacts).
NAMED_BY_CONTACTS: dict[tuple[int, str], str] = {
    (0, "baking"): "Els", (1, "walking"): "Hamid", (3, "repair"): "Piotr",
}

# Per caseload index: current roles as (title, valued, still held, note).
CURRENT_ROLES: dict[int, list[tuple]] = {
    0: [
        ("Grootmoeder", Valued.MUCH, True, "De kleinkinderen komen in de vakantie."),
        ("Echtgenote", Valued.MUCH, False, "Sinds 2023 weduwe."),
        ("Vaste klant bij de bakker", Valued.SOMEWHAT, True, ""),
    ],
    1: [
        ("Vader", Valued.MUCH, True, "De kinderen wonen in Antwerpen."),
        ("Buschauffeur", Valued.MUCH, False, "Ik mis het contact met de reizigers."),
        ("Buur", Valued.LITTLE, True, ""),
    ],
    2: [("Tekenaarster", Valued.SOMEWHAT, True, "Je dessine, mais je ne montre rien.")],
    3: [
        ("Bouwvakker", Valued.MUCH, False, "Werkloos na het ongeval."),
        ("Broer", Valued.SOMEWHAT, True, ""),
    ],
    5: [
        ("Schrijnwerker", Valued.MUCH, False, "Met pensioen."),
        ("Raadgever in het repair café", Valued.MUCH, True, "Elke eerste zaterdag."),
    ],
    6: [("Vrijwilliger in het buurthuis", Valued.MUCH, True, "")],
    7: [("Gitarist", Valued.SOMEWHAT, True, "Speelt vooral alleen thuis.")],
}


# Per caseload index: role plans. ``since`` is the status date in days from today, ``focus``
# the focus ranks the plan draws on, steps are (what, owner, due in days or None, done).
PLANS: dict[int, list[dict]] = {
    0: [
        dict(title="Recepten-oma van het breicafé", setting=RoleSetting.ORGANISATION,
             place="Breicafé in het lokaal dienstencentrum", place_contact="Breicafé",
             key_person="Begeleidster van het breicafé",
             need="Jongere deelnemers willen oude recepten leren.",
             brings=[G.RELATIONS, G.RESPECT, G.SELF_CONFIDENCE], barriers=[B.TRANSPORT, B.FEAR],
             support="Samen met buurvrouw Rita de tram nemen, tot alleen gaan lukt.",
             status=S.STARTED, since=-30, focus=[1, 2, 3],
             steps=[("Eén keer meegaan naar het breicafé", "Marie-Louise", -54, True),
                    ("Appeltaart meebrengen naar het breicafé", "Marie-Louise", 5, False),
                    ("Samen met de tram naar het dienstencentrum", "Buurvrouw Rita", 5, False),
                    ("Recepten bundelen in een schriftje voor de groep", "Marie-Louise", 28,
                     False)]),
        dict(title="Kookhulp bij het kookmoment in het buurthuis",
             setting=RoleSetting.NEIGHBOURHOOD, place="Buurthuis",
             need="Het buurthuis zoekt iemand die mee kookt.",
             brings=[G.EXPERIENCE, G.RELATIONS], barriers=[B.TRANSPORT],
             status=S.IDEA, since=-30, focus=[1],
             steps=[("Navragen of er een kookmoment is", "Hulpverlener", 7, False)]),
    ],
    1: [
        dict(title="Buurtgids in Molenbeek", setting=RoleSetting.NEIGHBOURHOOD,
             place="Vzw die buurtwandelingen organiseert",
             key_person="Coördinator van de wandelingen",
             need="Nieuwe bewoners willen de buurt leren kennen van iemand die er woont.",
             brings=[G.STATUS, G.RESPECT, G.RELATIONS, G.VOICE], barriers=[B.LANGUAGE],
             support="De wandelingen in het Frans; een Nederlandstalige vrijwilliger vat samen.",
             status=S.ACTIVE, since=-14, focus=[1, 2, 3],
             steps=[("Eerste wandeling meelopen als gids", "Youssef", -14, True),
                    ("Vrijwilligersverzekering regelen", "Hulpverlener", -7, False),
                    ("Tweede wandeling langs de kanaalzone voorbereiden", "Youssef", 7, False),
                    ("Zijn zoon uitnodigen op de volgende wandeling", "Youssef", None, False)]),
        dict(title="Vrijwillige chauffeur voor uitstappen van het dienstencentrum",
             setting=RoleSetting.ORGANISATION, place="Lokaal dienstencentrum",
             need="Senioren geraken moeilijk op uitstap.", brings=[G.STATUS, G.EXPERIENCE],
             status=S.EXPLORING, since=-60, focus=[2],
             steps=[("Navragen of er een chauffeur gezocht wordt", "Hulpverlener", 14, False)]),
    ],
    2: [
        dict(title="Begeleider van de tekenhoek in de bib", setting=RoleSetting.NEIGHBOURHOOD,
             place="Bibliotheek in Schaarbeek", key_person="Jeugdbibliothecaris",
             need="Na het voorleesuur blijven kinderen graag nog even om te tekenen.",
             brings=[G.SELF_CONFIDENCE, G.RELATIONS, G.GROWTH], barriers=[B.FEAR, B.TRANSPORT],
             support="Wandeling oefenen met de buurman; een stoel met leuning.",
             status=S.EXPLORING, since=-20, focus=[1, 2],
             steps=[("Drie tekeningen kiezen om te tonen", "Hélène", -36, True),
                    ("Wandeling naar de bib oefenen met de buurman", "Hélène", -6, True),
                    ("De bib vragen naar een tekenhoek voor kinderen", "Hulpverlener", -10, False),
                    ("Mee naar het voorleesuur op woensdag", "Hélène", 4, False)]),
    ],
    3: [
        dict(title="Hersteller in het repair café", setting=RoleSetting.NEIGHBOURHOOD,
             place="Repair café (zaterdag)", place_contact="Repair Café",
             key_person="Jozef, raadgever hout",
             need="Het repair café heeft te weinig mensen voor meubels en hout.",
             brings=[G.RESPECT, G.RELATIONS, G.SELF_CONFIDENCE, G.OPPORTUNITIES],
             barriers=[B.STIGMA, B.OTHER], barrier_note="Rugpijn: lang rechtstaan lukt niet.",
             support="Een werktafel op zithoogte.", status=S.EXPLORING, since=-12, focus=[1, 2],
             steps=[("Gaan kijken in het repair café op zaterdag", "Tomasz", -7, False),
                    ("Vragen naar een aangepaste werktafel", "Hulpverlener", -2, False),
                    ("Een eerste stoel herstellen samen met Jozef", "Tomasz", 12, False)]),
    ],
    5: [
        dict(title="Raadgever hout in het repair café", setting=RoleSetting.NEIGHBOURHOOD,
             place="Repair café", key_person="Onthaalvrijwilliger van het repair café",
             need="Jonge herstellers missen kennis van hout en verbindingen.",
             brings=[G.RESPECT, G.STATUS, G.RELATIONS, G.VOICE],
             support="Traag en duidelijk spreken, aan de kant van het goede oor.",
             status=S.ACTIVE, since=-60, focus=[1, 2, 3],
             steps=[("Gereedschap tonen aan Tomasz", "Jozef", -120, True),
                    ("Elke eerste zaterdag naar het repair café", "Jozef", 10, False),
                    ("Nieuwe inclusieweb plannen", "Hulpverlener", 0, False)]),
        dict(title="Zanger in het parochiekoor", setting=RoleSetting.NEIGHBOURHOOD,
             place="Parochiezaal", need="Het koor zoekt mannenstemmen.",
             brings=[G.RELATIONS], barriers=[B.OTHER], barrier_note="Gehoor aan één kant.",
             status=S.STOPPED, since=-150, focus=[],
             evaluation="Ik hoor de anderen niet goed. Liever met hout bezig.", steps=[]),
    ],
    6: [
        dict(title="Trekker van het koffiemoment in het buurthuis",
             setting=RoleSetting.ORGANISATION, place="Buurthuis",
             key_person="Coördinator van het buurthuis",
             need="Op dinsdagvoormiddag staat het buurthuis leeg.",
             brings=[G.VOICE, G.RELATIONS, G.GROWTH],
             support="Afspreken hoeveel tijd het vraagt, zodat het niet te veel wordt.",
             status=S.IDEA, since=-18, focus=[1, 2],
             steps=[("Voorstel maken voor het buurthuis", "Ana", -4, False)]),
    ],
    7: [
        dict(title="Muzikant van het muziekmoment in het woonzorgcentrum",
             setting=RoleSetting.WIDER, place="Woonzorgcentrum in Kuregem",
             key_person="Animatieverantwoordelijke",
             need="Bewoners krijgen weinig bezoek en vragen naar live muziek.",
             brings=[G.SELF_CONFIDENCE, G.RELATIONS, G.RESPECT, G.GROWTH], barriers=[B.FEAR],
             support="De eerste keer gaat de hulpverlener mee.",
             status=S.EXPLORING, since=-9, focus=[1, 2],
             steps=[("Het woonzorgcentrum vragen naar een muziekmoment", "Hulpverlener", -2,
                     False),
                    ("Vijf liedjes kiezen", "Karim", 3, False),
                    ("Een keer kort spelen in de cafetaria", "Karim", 21, False)]),
    ],
    9: [
        dict(title="Vrijwilliger in de fietsherstelplaats", setting=RoleSetting.NEIGHBOURHOOD,
             place="Fietsherstelplaats", key_person="Verantwoordelijke van de werkplaats",
             need="Veel buurtbewoners kunnen een herstelling niet betalen.",
             brings=[G.RESPECT, G.RELATIONS, G.MATERIAL], barriers=[B.LANGUAGE],
             status=S.EVALUATED, since=-25, focus=[1],
             evaluation="Ze missen mij als ik er niet ben. Ik ben daar iemand.",
             steps=[("Elke woensdag en zaterdag in de werkplaats", "Ion", -40, True)]),
    ],
}


def _days(today: date, days: int | None) -> str | None:
    return None if days is None else (today + timedelta(days=days)).isoformat()


def add_talents_and_roles(db: sqlite_utils.Database, client_ids: list[int], today: date) -> None:
    """Write card sorts, current roles and role plans for the demo clients that have them."""
    for index, client_id in enumerate(client_ids):
        contacts = {c.name: c.id for c in contacts_repo.list_contacts(db, client_id)}
        sorted_cards = CARD_SORTS.get(index)
        focus_ids: dict[int, int] = {}
        if sorted_cards:
            sort = CardSort(
                client_id,
                [
                    SortedTalent(
                        card_key=key,
                        pile=pile,
                        named_by=by,
                        named_by_name=who,
                        example=example,
                        gives_energy=energy,
                        focus_rank=focus,
                        named_by_contact_id=contacts.get(NAMED_BY_CONTACTS.get((index, key), "")),
                    )
                    for key, pile, by, who, example, energy, focus in sorted_cards
                ],
                sort_date=today.isoformat(),
            )
            talents_repo.save_card_sort(db, sort)
            if index == 0:
                _add_earlier_sort(db, client_id, sort, today)
            focus_ids = {t.focus_rank: t.id for t in sort.talents if t.focus_rank and t.id}
        roles = [
            CurrentRole(client_id, title, valued, held, note)
            for title, valued, held, note in CURRENT_ROLES.get(index, [])
        ]
        if roles:
            roles_repo.save_current_roles(db, client_id, roles)
        for template in PLANS.get(index, []):
            # Fresh lists, so a plan edited later never changes the template.
            spec = {k: list(v) if isinstance(v, list) else v for k, v in template.items()}
            since_days = spec.pop("since")
            since = _days(today, since_days)
            talent_ids = [focus_ids[r] for r in spec.pop("focus") if r in focus_ids]
            spec["place_contact_id"] = contacts.get(spec.pop("place_contact", ""))
            steps = [RoleStep(what, owner, _days(today, days), done)
                     for what, owner, days, done in spec.pop("steps")]
            # The plan was made by its status date and before its oldest step.
            made = min([since_days, *(d for _, _, d, _ in template["steps"] if d is not None)])
            roles_repo.save_role_plan(db, RolePlan(
                client_id=client_id, status_since=since, created_on=_days(today, made),
                talent_ids=talent_ids, steps=steps, **spec,
            ))


demo_service.EXTENSIONS.append(add_talents_and_roles)


def _add_earlier_sort(db: sqlite_utils.Database, client_id: int, latest: CardSort,
                      today: date) -> None:
    """A first sort half a year earlier, next to the latest: fewer cards, no focus yet."""
    sort_id = talents_repo.new_sort(db, client_id, _days(today, -182), copy_from=latest.sort_id)
    earlier = talents_repo.load_card_sort(db, client_id, sort_id)
    earlier.talents = [t for t in earlier.talents if t.pile is not Pile.LEARN][:4]
    for talent in earlier.talents:
        talent.focus_rank = None
    talents_repo.save_card_sort(db, earlier)
