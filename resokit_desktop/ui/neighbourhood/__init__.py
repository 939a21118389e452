"""The neighbourhood register window: the worker's places, key figures and initiatives."""
