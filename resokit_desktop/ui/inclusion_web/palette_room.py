"""Where the fitted web goes in its view so that the palette in the view's corner covers nothing.

Plain geometry on rectangles: the web centred as large as the view allows when nothing drawn falls
under the palette; else the same size moved right or down into spare room; else the largest size
that leaves the palette's corner clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

MARGIN = 2.0  # as QGraphicsView.fitInView keeps round the fitted rectangle


@dataclass(frozen=True)
class Placement:
    """The fitted rectangle's scale and where its top-left corner lands in the viewport."""

    scale: float
    left: float
    top: float


def _centred(content: QRectF, area: QRectF) -> Placement:
    scale = min(area.width() / content.width(), area.height() / content.height())
    return Placement(scale, area.left() + (area.width() - content.width() * scale) / 2,
                     area.top() + (area.height() - content.height() * scale) / 2)


def _on_view(rect: QRectF, content: QRectF, p: Placement) -> QRectF:
    return QRectF(p.left + (rect.left() - content.left()) * p.scale,
                  p.top + (rect.top() - content.top()) * p.scale,
                  rect.width() * p.scale, rect.height() * p.scale)


def _hits(content: QRectF, obstacles: list[QRectF], corner: QRectF,
          p: Placement) -> list[QRectF]:
    placed = (_on_view(r, content, p) for r in obstacles)
    return [r for r in placed if r.intersects(corner)]


def _cleared(content: QRectF, obstacles: list[QRectF], corner: QRectF, area: QRectF,
             p: Placement) -> Placement | None:
    """The placement moved right, or else down, just enough to clear the corner (None: no room)."""
    width, height = content.width() * p.scale, content.height() * p.scale
    found = []
    for step in ("right", "down"):
        moved = p
        for _ in range(4):  # a move may bring another rectangle under the corner: move on
            hits = _hits(content, obstacles, corner, moved)
            if not hits:
                found.append(moved)
                break
            if step == "right":
                moved = Placement(moved.scale, moved.left + corner.right()
                                  - min(h.left() for h in hits), moved.top)
                if moved.left + width > area.right() + 1e-6:
                    break
            else:
                moved = Placement(moved.scale, moved.left,
                                  moved.top + corner.bottom() - min(h.top() for h in hits))
                if moved.top + height > area.bottom() + 1e-6:
                    break
    if not found:
        return None
    return min(found, key=lambda m: abs(m.left - p.left) + abs(m.top - p.top))


def placement_clear_of(view: QSizeF, content: QRectF, obstacles: list[QRectF],
                       corner: QRectF | None) -> Placement:
    """Fit ``content`` (scene) into a viewport of size ``view`` so that no obstacle (scene) falls
    under ``corner`` (viewport pixels, gap included; None: nothing to keep clear)."""
    area = QRectF(MARGIN, MARGIN, view.width() - 2 * MARGIN, view.height() - 2 * MARGIN)
    if content.isEmpty() or area.isEmpty():
        return Placement(1.0, 0.0, 0.0)
    largest = _centred(content, area)
    if corner is None:
        return largest
    if not _hits(content, obstacles, corner, largest):
        return largest
    moved = _cleared(content, obstacles, corner, area, largest)
    if moved is not None:
        return moved
    # Smaller: find the largest scale at which a move clears the corner (halving the interval);
    # beside or under the palette always does.
    beside = _centred(content, QRectF(corner.right(), area.top(), area.right() - corner.right(),
                                      area.height()))
    under = _centred(content, QRectF(area.left(), corner.bottom(), area.width(),
                                     area.bottom() - corner.bottom()))
    safe = max((beside, under), key=lambda p: p.scale)
    if safe.scale <= 0:
        return largest  # a view smaller than the palette: nothing to gain
    low, high = safe.scale, largest.scale
    for _ in range(16):
        middle = (low + high) / 2
        trial = Placement(middle, area.left() + (area.width() - content.width() * middle) / 2,
                          area.top() + (area.height() - content.height() * middle) / 2)
        found = (trial if not _hits(content, obstacles, corner, trial)
                 else _cleared(content, obstacles, corner, area, trial))
        if found is not None:
            low, safe = middle, found
        else:
            high = middle
    return safe
