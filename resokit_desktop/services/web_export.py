"""Write export bytes to a file safely: to a temporary name in the same folder, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Nothing half-written: the target appears complete or not at all."""
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".resokit-export-", suffix=".part",
                                         dir=str(path.parent))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
