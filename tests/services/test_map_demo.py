"""The demo gives its first clients a buurtkaart on one self-drawn street plan, with home, a
boundary and the places of their registry (those of the demo webs), in every status."""

from __future__ import annotations

from datetime import date

from resokit_desktop.domain.buurtkaart import PinStatus, boundary_is_valid
from resokit_desktop.rendering.map_image import check_map_image
from resokit_desktop.services import demo_service, map_service, web_service
from resokit_desktop.storage import map_repo


def test_demo_clients_have_a_buurtkaart_on_the_drawn_map(qapp, db):
    ids = demo_service.fill_demo(db, date(2026, 11, 23))
    images = map_service.images(db)
    assert len(images) == 1
    checked = check_map_image(map_repo.image_data(db, images[0].id))
    assert (checked.width, checked.height) == (images[0].width, images[0].height)
    with_maps = [c for c in ids if map_service.list_versions(db, c)]
    assert len(with_maps) >= 4
    statuses = set()
    for client_id in with_maps:
        version = map_service.load_version(db, client_id)
        assert version.image_id == images[0].id and version.home is not None
        assert boundary_is_valid(version.boundary)
        statuses |= {p.status for p in version.pins.values()}
        web = web_service.load_version(db, client_id)
        if web is not None:  # the web's places are on the map: the same registry
            places = {k for k, m in web.members.items() if str(m.kind) != "person"}
            assert places <= set(version.pins)
    assert statuses == set(PinStatus)
