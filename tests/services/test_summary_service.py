"""Gathering a summary from the dossier file: which session, which web, what the copies hold."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rich_client import CLIENT_NAME, OBSERVATION, make_rich_client

from resokit_desktop.domain.session import Session
from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
from resokit_desktop.services.summary_service import (
    SummaryError,
    gather_summary,
    session_dates,
)
from resokit_desktop.storage import sessions_repo, settings_repo

TODAY = date(2026, 11, 23)


@pytest.fixture
def rich(db):
    return make_rich_client(db, today=TODAY)


def test_latest_session_web_change_talents_and_plans(db, rich) -> None:
    source = gather_summary(db, rich, SummaryOptions(), TODAY)
    data = source.data
    assert data.client_name == CLIENT_NAME and data.client_initials == "F. N.-D."
    assert data.session.date == TODAY.isoformat()
    assert data.session.worker_observations == OBSERVATION
    assert len(data.session.agreements) == 10
    assert data.header.organisation_name == "Buurtwerk Één – L’Équipe"
    assert len(source.web_version.members) == 60
    assert data.change.added == ["Contact 0 Zoë", "Contact 1 Zoë"]
    assert data.change.client_words.startswith("Ik ken nu meer mensen")
    assert [t.label for t in data.talents] == ["Koken", "Luisteren"]
    assert len(data.role_plans) == 3
    assert all(len(plan.next_steps) == 3 for plan in data.role_plans)
    assert {i.key for i in data.indicators} >= {"size", "domains_used", "rings"}


def test_client_copy_carries_no_observations_at_all(db, rich) -> None:
    data = gather_summary(db, rich, SummaryOptions(copy=SummaryCopy.CLIENT), TODAY).data
    assert data.session.worker_observations == ""


def test_an_earlier_session_shows_the_web_as_it_was_then(db, rich) -> None:
    earlier = (TODAY - timedelta(days=30)).isoformat()
    sessions_repo.save_session(db, Session(client_id=rich, date=earlier, worked_on="Eerder"))
    assert session_dates(db, rich) == [TODAY.isoformat(), earlier]
    source = gather_summary(db, rich, SummaryOptions(session_date=earlier), TODAY)
    assert source.data.session.worked_on == "Eerder"
    assert source.data.web_date == (TODAY - timedelta(days=90)).isoformat()
    assert source.data.change is None


def test_initials_replace_the_name_in_free_text(db, rich) -> None:
    data = gather_summary(db, rich, SummaryOptions(initials_only=True), TODAY).data
    whos = {a.who for a in data.session.agreements}
    assert whos == {"F. N.-D.", "Hulpverlener"}
    assert all(step.who == "F. N.-D." for plan in data.role_plans for step in plan.next_steps)
    assert data.client_label(SummaryOptions(initials_only=True)) == "F. N.-D."


def test_initials_of_a_hyphenated_name_inside_free_text(db) -> None:
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage import clients_repo

    client_id = clients_repo.save_client(db, Client(name="Marie-Louise Van den Broeck"))
    sessions_repo.save_session(db, Session(
        client_id=client_id, date=TODAY.isoformat(),
        worked_on="Marie-Louise vertelt over een van de buren; marie-louise lacht. "
                  "Mevrouw Van den Broeck en Broeck.",
    ))
    data = gather_summary(db, client_id, SummaryOptions(initials_only=True), TODAY).data
    assert data.client_name == "M.-L. V.d.B."
    assert data.session.worked_on == (
        "M.-L. V.d.B. vertelt over een van de buren; M.-L. V.d.B. lacht. "
        "Mevrouw M.-L. V.d.B. en M.-L. V.d.B.")


def test_unknown_client_and_unknown_session_date(db, rich) -> None:
    with pytest.raises(SummaryError) as missing_client:
        gather_summary(db, rich + 100, SummaryOptions(), TODAY)
    assert missing_client.value.code == "no_client"
    with pytest.raises(SummaryError) as missing_session:
        gather_summary(db, rich, SummaryOptions(session_date="2001-01-01"), TODAY)
    assert missing_session.value.code == "no_session"


def test_a_broken_logo_setting_is_ignored(db, rich) -> None:
    settings_repo.set_setting(db, "organisation.logo_png", "this is not base64!")
    assert gather_summary(db, rich, SummaryOptions(), TODAY).data.header.logo_png is None
