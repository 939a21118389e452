"""The dossier's sessions (gesprekken): the list, the editor and the agreements table."""
