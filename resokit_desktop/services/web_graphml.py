"""Write a web version as GraphML: the client as ego node, every member with its status and
attributes, who-knows-whom edges, and how to recompute the app's figures from the file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from resokit_desktop.domain.text_hygiene import xml_safe
from resokit_desktop.domain.web.indicators import Indicators, compute_indicators
from resokit_desktop.domain.web.model import EntryKind, Member, TieStatus, WebVersion
from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, TieField

NS = "http://graphml.graphdrawing.org/xmlns"
EGO_ID = "client"

DESCRIPTION = """Inclusion web of one client, exported by Resokit Desktop.
Nodes: the client as ego node (id "client", is_client=true), connected to every member by an
edge with from_client=true; every member (is_client=false) with its tie status: active,
sleeping, wished_for or broken. Edges with from_client=false are "these two know each other".
To reproduce the app's figures (networkx):
  g = nx.read_graphml(path)
  net = g.subgraph(n for n, d in g.nodes(data=True)
                   if not d["is_client"] and d["status"] in ("active", "sleeping"))
  size = net.number_of_nodes(); density = nx.density(net)
  members whose loss would split the map = nx.articulation_points(net)  (node data splits_map)
NDTi people score = members with ndti_circle "people", places score = ndti_circle "places"
(active ties; paid staff and services counted only when the graph's count_paid_staff is
true). The graph data size, density, people_score, places_score and clock_spread hold the
app's own values for checking; domain_set names the life domains used."""


def _tie_keys(field: TieField) -> list[tuple[str, str, object]]:
    """The field's own key (named as the field), and for a set one boolean per allowed value."""
    keys: list[tuple[str, str, object]] = [
        (field.name, field.graphml_type, lambda m, v: field.plain(getattr(m.tie, field.name)))]
    if field.graphml_flags:
        keys += [(f"{field.graphml_flags}_{value.value}", "boolean",
                  lambda m, v, value=value: value in getattr(m.tie, field.name))
                 for value in field.values]
    return keys


# (key id, GraphML type, value getter): where the member sits, then every tie field.
NODE_KEYS: list[tuple[str, str, object]] = [
    ("name", "string", lambda m, v: m.name),
    ("kind", "string", lambda m, v: str(m.kind)),
    ("domain", "string", lambda m, v: m.position.domain),
    ("domain_label", "string",
     lambda m, v: v.domain_set.domains[v.domain_set.index_of(m.position.domain)].label("nl")),
    ("ring", "int", lambda m, v: m.position.ring),
    ("angle", "double", lambda m, v: m.position.angle),
    ("radius", "double", lambda m, v: m.position.radius),
    *[key for field in TIE_FIELDS for key in _tie_keys(field)],
]

GRAPH_KEYS = (("version_date", "string"), ("domain_set", "string"),
              ("count_paid_staff", "boolean"), ("size", "int"), ("density", "double"),
              ("people_score", "int"), ("places_score", "int"), ("clock_spread", "int"),
              ("domains_total", "int"))


def _ndti_circle(member: Member, figures: Indicators) -> str:
    """"people" or "places" when the member counts in that NDTi score, else ""."""
    if member.tie.status != TieStatus.ACTIVE or (member.tie.paid
                                                 and not figures.count_paid_staff):
        return ""
    return "people" if member.kind == EntryKind.PERSON else "places"


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    # Text typed or pasted years ago may hold control characters XML does not allow.
    return xml_safe(str(value))


def node_id(member: Member) -> str:
    return f"m{member.entry_id}"


def graphml_bytes(version: WebVersion, count_paid_staff: bool = True) -> bytes:
    """The version as a GraphML document (UTF-8), readable by networkx, Gephi, yEd and others.

    ``count_paid_staff`` is the dossier's NDTi choice; it decides each member's ndti_circle.
    """
    figures = compute_indicators(version, count_paid_staff)
    splitting = set(figures.splitting_members)
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    ET.SubElement(root, f"{{{NS}}}desc").text = DESCRIPTION
    for key, kind in GRAPH_KEYS:
        ET.SubElement(root, f"{{{NS}}}key", id=key, attrib={
            "for": "graph", "attr.name": key, "attr.type": kind})
    node_keys = [("is_client", "boolean"), *[(k, t) for k, t, _g in NODE_KEYS],
                 ("ndti_circle", "string"), ("splits_map", "boolean")]
    for key, kind in node_keys:
        ET.SubElement(root, f"{{{NS}}}key", id=key, attrib={
            "for": "node", "attr.name": key, "attr.type": kind})
    ET.SubElement(root, f"{{{NS}}}key", id="from_client", attrib={
        "for": "edge", "attr.name": "from_client", "attr.type": "boolean"})
    graph = ET.SubElement(root, f"{{{NS}}}graph", id="inclusion_web", edgedefault="undirected")
    graph_values = {
        "version_date": version.version_date, "domain_set": version.domain_set.key,
        "count_paid_staff": count_paid_staff, "size": figures.size,
        "density": figures.density if figures.density is not None else 0.0,
        "people_score": figures.people_score, "places_score": figures.places_score,
        "clock_spread": figures.domains_used, "domains_total": figures.domains_total,
    }
    for key, _kind in GRAPH_KEYS:
        ET.SubElement(graph, f"{{{NS}}}data", key=key).text = _text(graph_values[key])
    ego = ET.SubElement(graph, f"{{{NS}}}node", id=EGO_ID)
    for key, value in (("is_client", True), ("name", "client"), ("kind", "client"),
                       ("status", "")):
        ET.SubElement(ego, f"{{{NS}}}data", key=key).text = _text(value)
    members = sorted(version.members.values(), key=lambda m: m.entry_id)
    for member in members:
        node = ET.SubElement(graph, f"{{{NS}}}node", id=node_id(member))
        ET.SubElement(node, f"{{{NS}}}data", key="is_client").text = _text(False)
        for key, _kind, getter in NODE_KEYS:
            ET.SubElement(node, f"{{{NS}}}data", key=key).text = _text(getter(member, version))
        ET.SubElement(node, f"{{{NS}}}data", key="ndti_circle").text = _ndti_circle(
            member, figures)
        ET.SubElement(node, f"{{{NS}}}data", key="splits_map").text = _text(
            member.entry_id in splitting)
    edges = [(EGO_ID, node_id(m), True) for m in members]
    edges += [(f"m{a}", f"m{b}", False) for a, b in sorted(version.ties)]
    for index, (source, target, from_client) in enumerate(edges):
        edge = ET.SubElement(graph, f"{{{NS}}}edge", id=f"e{index}", source=source,
                             target=target)
        ET.SubElement(edge, f"{{{NS}}}data", key="from_client").text = _text(from_client)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
