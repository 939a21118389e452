"""The printed web is legible: names at least 8.5 pt, ring names too, measured in the real PDF."""

from __future__ import annotations

import math

from cli_runner import run_resokit
from pypdf import PdfReader

from resokit_desktop.services import web_service
from resokit_desktop.storage.connection import open_database


def _text_sizes(pdf_path) -> dict[str, float]:
    """Every text run on every page with its printed size in points (font size x matrices)."""
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, _font, size):
        text = text.strip()
        if not text:
            return
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        sizes[text] = min(sizes.get(text, math.inf), size * math.hypot(c, d))

    for page in PdfReader(pdf_path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_member_and_ring_names_print_at_8_5_pt_or_more(tmp_path):
    data, out = tmp_path / "demo.resokit", tmp_path / "summary.pdf"
    assert run_resokit("demo", "--data", str(data)).returncode == 0
    db = open_database(data)
    client_id = db.execute("SELECT id FROM clients ORDER BY id LIMIT 1").fetchone()[0]
    names = [m.name for m in web_service.load_version(db, client_id).members.values()]
    db.conn.close()
    result = run_resokit("summary", "--data", str(data), "--client", str(client_id),
                         "--out", str(out))
    assert result.returncode == 0, result.stderr
    sizes = _text_sizes(out)

    def printed(name: str) -> float:
        """The size of the name as printed: whole, or shortened ("Vrouw van …") for lack of room."""
        runs = [size for text, size in sizes.items() if text == name
                or (text.endswith("…") and name.startswith(text[:-1].rstrip()))]
        assert runs, f"{name} is not in the printed web"
        return min(runs)

    assert names and min(printed(name) for name in names) >= 8.5
    assert sum(name in sizes for name in names) >= len(names) - 1  # shortened only when crowded
    assert min(sizes[ring] for ring in ("dichtbij", "midden", "verder")) >= 8.5
