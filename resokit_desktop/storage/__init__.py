"""Storage layer: the only code that runs SQL against the dossier file."""
