"""Why opening a dossier file did not succeed: the codes of services/dossier_opening.

Kept apart so the start-up screens can name them before the storage layer is imported.
"""

from __future__ import annotations

WRONG = "wrong"
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
DAMAGED = "damaged"
NEWER = "newer"
FAILED = "failed"
