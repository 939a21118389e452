"""A client handed over to a colleague's file keeps the buurtkaart's home, boundary and pins (on
the new file's contacts), but not the map image id: ids of the file's shared images mean other
maps there, so the map arrives blank rather than on a wrong street plan; a link to the file's
neighbourhood register is dropped for the same reason."""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.domain.buurtkaart import Pin, PinStatus
from resokit_desktop.domain.client import Client
from resokit_desktop.security import transfer
from resokit_desktop.services import map_service
from resokit_desktop.storage import clients_repo, map_repo
from resokit_desktop.storage.connection import open_database

PASS = "overdracht-wachtwoord"


def test_a_handed_over_buurtkaart_arrives_whole_on_a_blank_map(qapp, tmp_path: Path) -> None:
    src = open_database(tmp_path / "van.resokit")
    dst = open_database(tmp_path / "naar.resokit")
    try:
        for _ in range(3):  # the colleague's file has street plans of its own
            map_repo.add_image(dst, "", "png", 5, 5, b"other")
        clients_repo.save_client(dst, Client(id=None, name="Iemand anders"))
        image_id = map_repo.add_image(src, "", "png", 7, 7, b"ours")
        client_id = clients_repo.save_client(src, Client(id=None, name="Mira Vos"))
        version = map_service.new_version(src, client_id, "2026-03-02", image_id)
        place = map_service.add_place(src, client_id, "Markt")
        version.home = (0.4, 0.4)
        version.boundary = [(0.1, 0.1), (0.9, 0.1), (0.5, 0.9)]
        version.pins[place.id] = Pin(place.id, "Markt", 0.3, 0.6, PinStatus.WOULD_LIKE,
                                     neighbourhood_entry_id=2)
        map_service.save_version(src, version)

        out = tmp_path / "overdracht.resokit-overdracht"
        transfer.export_client(src, client_id, out, PASS)
        new_id = transfer.import_client(dst, out, PASS).client_id
        arrived = map_service.load_version(dst, new_id)
        assert arrived.image_id is None
        assert arrived.home == (0.4, 0.4) and len(arrived.boundary) == 3
        (pin,) = arrived.pins.values()
        assert (pin.name, pin.status, pin.point) == ("Markt", PinStatus.WOULD_LIKE, (0.3, 0.6))
        assert pin.neighbourhood_entry_id is None  # the register is the file's, not the client's
        assert map_service.find_entry(dst, pin.contact_id).client_id == new_id
        assert dst.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        src.conn.close()
        dst.conn.close()


def test_a_handed_over_role_plan_arrives_without_this_files_register_link(qapp,
                                                                          tmp_path: Path) -> None:
    from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
    from resokit_desktop.domain.roles import RolePlan
    from resokit_desktop.storage import neighbourhood_repo, roles_repo

    src = open_database(tmp_path / "van.resokit")
    dst = open_database(tmp_path / "naar.resokit")
    try:
        # The colleague's register holds an entry under the same id: a link would point at it.
        neighbourhood_repo.save_entry(dst, NeighbourhoodEntry(name="Iets anders"))
        entry_id = neighbourhood_repo.save_entry(src, NeighbourhoodEntry(name="Soepcafé"))
        client_id = clients_repo.save_client(src, Client(id=None, name="Mira Vos"))
        roles_repo.save_role_plan(src, RolePlan(client_id=client_id, title="Gastvrouw",
                                                place="Soepcafé",
                                                neighbourhood_entry_id=entry_id))
        out = tmp_path / "overdracht.resokit-overdracht"
        transfer.export_client(src, client_id, out, PASS)
        new_id = transfer.import_client(dst, out, PASS).client_id
        (plan,) = roles_repo.list_role_plans(dst, new_id)
        assert plan.place == "Soepcafé"
        assert plan.neighbourhood_entry_id is None  # the register is the file's, not the client's
    finally:
        src.conn.close()
        dst.conn.close()
