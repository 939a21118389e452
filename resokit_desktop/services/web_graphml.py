"""Write a web version as GraphML: members with all their attributes and who-knows-whom edges."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from resokit_desktop.domain.text_hygiene import xml_safe
from resokit_desktop.domain.web.model import Function, Member, WebVersion

NS = "http://graphml.graphdrawing.org/xmlns"


def _has_function(function: Function):
    return lambda m, v: function in m.tie.functions


# (key id, GraphML type, value getter)
NODE_KEYS: list[tuple[str, str, object]] = [
    ("name", "string", lambda m, v: m.name),
    ("kind", "string", lambda m, v: str(m.kind)),
    ("domain", "string", lambda m, v: m.position.domain),
    ("domain_label", "string",
     lambda m, v: v.domain_set.domains[v.domain_set.index_of(m.position.domain)].label("nl")),
    ("ring", "int", lambda m, v: m.position.ring),
    ("angle", "double", lambda m, v: m.position.angle),
    ("radius", "double", lambda m, v: m.position.radius),
    ("relation", "string", lambda m, v: m.tie.relation),
    ("functions", "string", lambda m, v: ",".join(sorted(str(f) for f in m.tie.functions))),
    *[(f"function_{fn.value}", "boolean", _has_function(fn)) for fn in Function],
    ("strength", "string", lambda m, v: str(m.tie.strength)),
    ("capital", "string", lambda m, v: str(m.tie.capital)),
    ("status", "string", lambda m, v: str(m.tie.status)),
    ("strained", "boolean", lambda m, v: m.tie.strained),
    ("harmful", "boolean", lambda m, v: m.tie.harmful),
    ("paid", "boolean", lambda m, v: m.tie.paid),
    ("level", "string", lambda m, v: str(m.tie.level)),
    ("frequency", "string", lambda m, v: str(m.tie.frequency)),
    ("reciprocity", "string", lambda m, v: str(m.tie.reciprocity)),
    ("note", "string", lambda m, v: m.tie.note),
]


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    # Text typed or pasted years ago may hold control characters XML does not allow.
    return xml_safe(str(value))


def node_id(member: Member) -> str:
    return f"m{member.entry_id}"


def graphml_bytes(version: WebVersion) -> bytes:
    """The version as a GraphML document (UTF-8), readable by networkx, Gephi, yEd and others."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for key, kind in (("version_date", "string"), ("domain_set", "string")):
        ET.SubElement(root, f"{{{NS}}}key", id=key, attrib={
            "for": "graph", "attr.name": key, "attr.type": kind})
    for key, kind, _getter in NODE_KEYS:
        ET.SubElement(root, f"{{{NS}}}key", id=key, attrib={
            "for": "node", "attr.name": key, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", id="inclusion_web", edgedefault="undirected")
    for key, value in (("version_date", version.version_date),
                       ("domain_set", version.domain_set.key)):
        ET.SubElement(graph, f"{{{NS}}}data", key=key).text = _text(value)
    for member in sorted(version.members.values(), key=lambda m: m.entry_id):
        node = ET.SubElement(graph, f"{{{NS}}}node", id=node_id(member))
        for key, _kind, getter in NODE_KEYS:
            ET.SubElement(node, f"{{{NS}}}data", key=key).text = _text(getter(member, version))
    for index, (a, b) in enumerate(sorted(version.ties)):
        ET.SubElement(graph, f"{{{NS}}}edge", id=f"e{index}", source=f"m{a}", target=f"m{b}")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
