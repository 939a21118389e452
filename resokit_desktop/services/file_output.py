"""Write a file the user chose (a PDF, a picture of the web, an export): the one safe output path.

Only to a regular file (never a device, FIFO, folder or link), via a private temporary name in
the same folder, fsynced and renamed in (``storage.private_files.write_bytes_atomically``, the
one atomic-write helper, re-exported here for the window). A refused target raises
OutputRefused; a full disk raises OSError.
"""

from __future__ import annotations

from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically

__all__ = ["OutputRefused", "write_bytes_atomically"]
