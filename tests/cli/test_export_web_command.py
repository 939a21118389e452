"""`resokit export-web`: PNG, SVG and GraphML of a demo web; bad input: one line, no file."""

from __future__ import annotations

import networkx as nx
import pytest
from PySide6.QtGui import QImage

from resokit_desktop.cli.main import main
from resokit_desktop.services import demo_service, web_service
from resokit_desktop.storage.connection import open_database


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.resokit"
    db = open_database(path)
    ids = demo_service.fill_demo(db)
    versions = web_service.list_versions(db, ids[0])
    latest = web_service.load_version(db, ids[0])
    db.conn.close()
    return path, ids[0], versions, latest


def test_graphml_opens_in_networkx_with_members_attributes_and_ties(demo_file, tmp_path):
    path, client_id, _versions, latest = demo_file
    out = tmp_path / "web.graphml"
    assert main(["export-web", "--data", str(path), "--client", str(client_id),
                 "--format", "graphml", "--out", str(out)]) == 0
    graph = nx.read_graphml(out)
    # Every member plus the client as ego node, flagged.
    assert graph.number_of_nodes() == len(latest.members) + 1
    assert graph.nodes["client"]["is_client"] is True
    names = {data["name"] for _node, data in graph.nodes(data=True)}
    assert {"Els", "Rita", "Breicafé", "Thuisverpleging"} <= names
    by_name = {data["name"]: (node, data) for node, data in graph.nodes(data=True)}
    node, els = by_name["Els"]
    assert els["kind"] == "person" and els["domain"] == "family" and els["ring"] == 1
    assert els["function_emotional"] is True and els["function_advice"] is False
    assert els["strength"] == "strong" and els["note"] == "Ze belt op zondag."
    assert by_name["Thuisverpleging"][1]["paid"] is True
    assert by_name["Sint-Lambertuskerk"][1]["status"] == "sleeping"
    expected = {frozenset((f"m{a}", f"m{b}")) for a, b in latest.ties}
    know_each_other = {frozenset((a, b)) for a, b, d in graph.edges(data=True)
                       if not d["from_client"]}
    assert know_each_other == expected
    assert graph.degree("client") == len(latest.members)
    assert graph.has_edge(by_name["Els"][0], by_name["Tom"][0])
    assert graph.graph["version_date"] == latest.version_date


def test_png_and_svg_of_an_older_version(demo_file, tmp_path, capsys):
    path, client_id, versions, _latest = demo_file
    png, svg = tmp_path / "web.png", tmp_path / "web.svg"
    assert main(["export-web", "--data", str(path), "--client", str(client_id), "--format",
                 "png", "--out", str(png), "--version", versions[0].version_date,
                 "--size", "900x700"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 700)
    assert main(["export-web", "--data", str(path), "--client", str(client_id), "--format",
                 "svg", "--out", str(svg)]) == 0
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Breicafé" in text  # the latest version's new member, as text in the drawing
    assert versions[0].version_date in capsys.readouterr().out


@pytest.mark.parametrize("extra,message", [
    (["--client", "999"], "there is no client with id 999"),
    (["--client", "abc"], "is not a client id"),
    (["--client", "1", "--version", "2001-01-01"], "has no web version of 2001-01-01"),
    (["--client", "1", "--version", "gisteren"], "is not a date"),
    (["--client", "1", "--size", "huge"], "is not like 1600x1100"),
])
def test_bad_input_gives_one_line_and_writes_nothing(demo_file, tmp_path, capsys, extra, message):
    path, _client_id, _versions, _latest = demo_file
    out = tmp_path / "web.png"
    code = main(["export-web", "--data", str(path), "--format", "png", "--out", str(out),
                 *extra])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".resokit-export")] == []


def test_missing_file_folder_and_unknown_format(tmp_path, capsys, demo_file):
    path, client_id, _versions, _latest = demo_file
    assert main(["export-web", "--data", str(tmp_path / "nope.resokit"), "--client", "1",
                 "--format", "png", "--out", str(tmp_path / "x.png")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["export-web", "--data", str(path), "--client", str(client_id), "--format",
                 "png", "--out", str(tmp_path / "no-such-folder" / "x.png")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["export-web", "--data", str(path), "--client", "1", "--format", "pdf",
              "--out", str(tmp_path / "x.pdf")])
    assert stop.value.code == 2


def test_client_without_a_web(demo_file, tmp_path, capsys):
    path, _client_id, _versions, _latest = demo_file
    db = open_database(path)
    no_web = [c for c in range(1, 15) if not web_service.list_versions(db, c)][0]
    db.conn.close()
    assert main(["export-web", "--data", str(path), "--client", str(no_web), "--format",
                 "graphml", "--out", str(tmp_path / "x.graphml")]) == 1
    assert "has no inclusion web yet" in capsys.readouterr().err
