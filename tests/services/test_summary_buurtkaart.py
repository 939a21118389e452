"""The session summary prints the client's buurtkaart on a page of its own (read back with
pypdf); a client without one gets no such page."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from resokit_desktop.domain.buurtkaart import Feeling, Pin, PinStatus
from resokit_desktop.domain.client import Client
from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.domain.web.model import EntryKind
from resokit_desktop.services import map_service, web_service
from resokit_desktop.services.summary_pipeline import summary_pdf
from resokit_desktop.storage import clients_repo


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _map_png(tmp_path):
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#EEE8DC"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path = tmp_path / "plan.png"
    path.write_bytes(bytes(buffer.data()))
    return path


def test_the_buurtkaart_has_its_own_page_with_its_places(qapp, db, tmp_path):
    client_id = clients_repo.save_client(db, Client(id=None, name="Mira Vos"))
    image = map_service.import_image(db, _map_png(tmp_path))
    version = map_service.new_version(db, client_id, "2026-03-02", image.id)
    library = map_service.add_place(db, client_id, "Bibliotheek Noord")
    station = map_service.add_place(db, client_id, "Station")
    friend = web_service.add_entry(db, client_id, EntryKind.PERSON, "Jonas Peeters")
    version.home = (0.4, 0.5)
    version.boundary = [(0.1, 0.1), (0.8, 0.1), (0.7, 0.8)]
    version.pins[library.id] = Pin(library.id, library.name, 0.3, 0.3, PinStatus.GOES_NOW,
                                   Feeling.SAFE, frozenset({friend.id}))
    version.pins[station.id] = Pin(station.id, station.name, 0.6, 0.6, PinStatus.AVOIDS,
                                   Feeling.UNSAFE, barriers="Te druk")
    map_service.save_version(db, version)

    pages = _pages(summary_pdf(db, client_id, SummaryOptions()))
    map_pages = [p for p in pages if "Buurtkaart" in p]
    assert len(map_pages) == 1
    page = map_pages[0]
    for text in ("Bibliotheek Noord", "Station", "Jonas Peeters", "Te druk", "Mijdt deze plek",
                 "Voelt veilig", "2 maart 2026"):
        assert text in page, text
    # Initials only: the companion's name is not printed.
    pages = _pages(summary_pdf(db, client_id, SummaryOptions(initials_only=True)))
    assert not any("Jonas Peeters" in p for p in pages)
    assert any("J. P." in p for p in pages if "Bibliotheek Noord" in p)


def test_no_buurtkaart_no_page(qapp, db):
    client_id = clients_repo.save_client(db, Client(id=None, name="Mira Vos"))
    pages = _pages(summary_pdf(db, client_id, SummaryOptions()))
    assert not any("Buurtkaart" in p for p in pages)
