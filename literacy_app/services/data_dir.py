"""The data folder: made ready and checked for writing before anything else opens it.

Kept apart from `services/academy.py` (which imports the whole core) so the window can check and
lock its data folder before its first paint without loading SQLAlchemy or pydantic.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from literacy_app.services.errors import DatabaseUnusable, ServiceCode


def prepare_data_dir(data_dir: Path) -> None:
    """Create the data directory if need be and make sure files can be written in it."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe_folder(data_dir)
    except OSError as error:
        raise DatabaseUnusable(ServiceCode.DATA_DIR_UNUSABLE, path=str(data_dir)) from error


def probe_folder(folder: Path) -> None:
    """Write and delete a file in `folder`; raises OSError when that is not possible."""
    # Permissions alone do not tell (ACLs, read-only mounts, Windows attributes): write and delete.
    handle, name = tempfile.mkstemp(prefix=".write-probe-", dir=folder)
    os.close(handle)
    os.unlink(name)
