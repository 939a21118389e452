"""The neighbourhood register: the worker's own list of places, key figures and initiatives."""
