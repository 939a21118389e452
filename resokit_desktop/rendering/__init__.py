"""Offscreen drawing of the inclusieweb with Qt's graphics scene: no widgets, no data access."""
