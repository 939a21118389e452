"""Resokit Desktop: an offline tool for mapping and strengthening a client's social network."""

__version__ = "0.1.0"
