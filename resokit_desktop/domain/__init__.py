"""Domain layer: plain dataclasses and rules, free of Qt and SQL."""
