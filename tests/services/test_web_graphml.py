"""GraphML scope (issue 9.18): every member's status, the client as ego node, and the app's
figures reproducible from the file alone with networkx, as its <desc> explains."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from resokit_desktop.services import demo_service, web_service
from resokit_desktop.services.web_graphml import NS, graphml_bytes


def _demo_versions(db):
    ids = demo_service.fill_demo(db)
    found = []
    for client_id in ids:
        for row in web_service.list_versions(db, client_id):
            found.append(web_service.load_version_by_id(db, row.id))
    return found


def _network(graph: nx.Graph) -> nx.Graph:
    """What the file's <desc> says to do: drop the client, keep active and sleeping members."""
    keep = [n for n, d in graph.nodes(data=True)
            if not d.get("is_client") and d["status"] in ("active", "sleeping")]
    return graph.subgraph(keep)


@pytest.mark.parametrize("count_paid_staff", [True, False])
def test_app_figures_are_recomputed_from_the_exported_file(db, count_paid_staff):
    web_service.set_count_paid_staff(db, count_paid_staff)
    versions = _demo_versions(db)
    assert len(versions) >= 8
    for version in versions:
        figures = web_service.indicators(db, version)
        data = graphml_bytes(version, count_paid_staff)
        graph = nx.read_graphml(io.BytesIO(data))
        egos = [n for n, d in graph.nodes(data=True) if d.get("is_client")]
        assert len(egos) == 1
        assert graph.degree(egos[0]) == len(version.members)
        members = [d for n, d in graph.nodes(data=True) if not d.get("is_client")]
        assert len(members) == len(version.members)
        assert {d["status"] for d in members} <= {"active", "sleeping", "wished_for", "broken"}
        network = _network(graph)
        assert network.number_of_nodes() == figures.size
        if figures.density is None:
            assert network.number_of_nodes() < 2
        else:
            assert nx.density(network) == pytest.approx(figures.density)
        assert sum(d["ndti_circle"] == "people" for d in members) == figures.people_score
        assert sum(d["ndti_circle"] == "places" for d in members) == figures.places_score
        splits = {n for n, d in graph.nodes(data=True) if d.get("splits_map")}
        assert splits == set(nx.articulation_points(network))
        assert splits == {f"m{i}" for i in figures.splitting_members}
        assert graph.graph["count_paid_staff"] is count_paid_staff
        assert graph.graph["density"] == pytest.approx(figures.density or 0.0)


def test_the_file_says_how_to_reproduce_the_figures(db):
    version = _demo_versions(db)[0]
    root = ET.fromstring(graphml_bytes(version))
    desc = root.find(f"{{{NS}}}desc")
    assert desc is not None
    for words in ("is_client", "status", "active", "sleeping", "density", "ndti_circle",
                  "splits_map", "count_paid_staff"):
        assert words in desc.text, words
