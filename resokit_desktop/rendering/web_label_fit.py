"""Where each member's name goes on the web: worked out on plain rectangles, then set once per item.

Each name is as wide as it needs where there is room, else as wide as the room allows (shortened,
the full name in the tooltip). Every member's short name box stays clear of the others (placement
sees to that); names only grow into space nobody else uses. The items are only touched when their
format or tooltip really changes, and text widths are measured once per name and size: a 300-member
web re-fits its names after every change.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_items import MemberItem
from resokit_desktop.rendering.web_labels import reactivate_tip


class LabelFitter:
    """Fits the names of a scene's members; remembers text widths between fits."""

    def __init__(self) -> None:
        self._widths: dict[tuple[float, str], float] = {}
        self._two_lines: dict[tuple[float, str], float | None] = {}

    def _advance(self, metrics: QFontMetricsF, px: float, text: str) -> float:
        key = (px, text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 5000:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def _two_line_width(self, metrics: QFontMetricsF, px: float, text: str) -> float | None:
        key = (px, text)
        if key not in self._two_lines:
            if len(self._two_lines) > 5000:
                self._two_lines.clear()
            self._two_lines[key] = style.two_line_width(text, metrics)
        return self._two_lines[key]

    def fit(self, members: Iterable[MemberItem], px: float, item_scale: float,
            fixed: list[QRectF], bounds: QRectF | None) -> None:
        """Give every member's name its width and side; ``fixed`` are rectangles no name may
        cover (ring and domain names), ``bounds`` what names stay inside (None: anywhere)."""
        metrics = QFontMetricsF(style.scene_font(px))
        core = px * style.LABEL_CORE_EMS
        items = sorted(members, key=lambda i: i.entry_id)
        local_cache: dict[tuple[float | None, str, float], QRectF] = {}

        def local(width: float, side: str, hit: float) -> QRectF:
            key = (width, side, hit)
            rect = local_cache.get(key)
            if rect is None:
                rect = style.member_rect(style.SYMBOL_RADIUS, px, width, side)
                if hit:
                    rect = rect.united(QRectF(-hit, -hit, 2 * hit, 2 * hit))
                local_cache[key] = rect
            return rect

        places = {item.entry_id: (item.pos().x(), item.pos().y(), item.scale()) for item in items}

        def on_scene(entry_id: int, rect: QRectF) -> QRectF:
            x, y, s = places[entry_id]
            return QRectF(x + rect.x() * s, y + rect.y() * s, rect.width() * s, rect.height() * s)

        # Every name starts as its short box; each fitted name then takes its own room.
        rects = {item.entry_id: on_scene(item.entry_id, local(core, "below", item.min_hit_radius))
                 for item in items}
        # Only neighbours can be in the way: look them up in a grid of cells as large as the
        # longest name.
        reach = px * (style.LABEL_MAX_EMS + 2) * max(item_scale, 0.05)
        grid: dict[tuple[int, int], list[int]] = {}
        cells: dict[int, tuple[int, int]] = {}
        for item in items:
            x, y, _s = places[item.entry_id]
            cell = (int(x // reach), int(y // reach))
            cells[item.entry_id] = cell
            grid.setdefault(cell, []).append(item.entry_id)
        for item in items:
            entry_id = item.entry_id
            natural = min(self._advance(metrics, px, item.label) + 6, px * style.LABEL_MAX_EMS)
            if natural <= core:
                _apply(item, px, core, "below", "")
                continue
            cx, cy = cells[entry_id]
            near = [rects[k] for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for k in grid.get((cx + dx, cy + dy), ()) if k != entry_id]
            near += fixed

            def free(width: float, side: str, entry_id: int = entry_id,
                     near: list[QRectF] = near) -> bool:
                box = on_scene(entry_id, local(width, side, 0.0))
                if bounds is not None and not bounds.contains(box):
                    return False
                return not any(box.intersects(r) for r in near)

            width, side = self._room(free, px, core, natural,
                                     lambda label=item.label: self._two_line_width(metrics, px,
                                                                                   label))
            rects[entry_id] = on_scene(entry_id, local(width, side, item.min_hit_radius))
            _apply(item, px, width, side, "" if width >= natural else item.member.name)

    @staticmethod
    def _room(free, px: float, core: float, natural: float, two_lines) -> tuple[float, str]:
        """The whole name below the symbol, else beside it (right, left), else on two lines
        below it; else the widest shortened name that fits below."""
        for side in style.LABEL_SIDES:
            if free(natural, side):
                return natural, side
        two = two_lines()
        if two is not None and free(max(two, core), "below2"):
            return max(two, core), "below2"
        steps = max(1, int((natural - core) / (px * 0.5)))
        for step in range(steps - 1, 0, -1):
            candidate = core + (natural - core) * step / steps
            if free(candidate, "below"):
                return candidate, "below"
        return core, "below"


def _apply(item: MemberItem, px: float, width: float, side: str, name: str) -> None:
    """The name's format; the tooltip has the full name when it is shortened, and says what
    a mark beside the symbol means."""
    item.set_label_format(px, width, side)
    parts = [name] if name else []
    if style.to_reactivate(item.member):
        parts.append(reactivate_tip())
    tooltip = "\n".join(parts)
    if item.toolTip() != tooltip:
        item.setToolTip(tooltip)
