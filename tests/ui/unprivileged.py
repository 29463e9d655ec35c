"""Running the program where file permissions hold, even when the tests run as root.

Root ignores a folder's or file's read-only mode (CAP_DAC_OVERRIDE), so a test of a read-only
data directory runs the program through `setpriv` with those capabilities dropped.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest


def unprivileged() -> list[str]:
    """The command prefix under which a read-only file or folder cannot be written."""
    if sys.platform == "win32":
        pytest.skip("read-only folders are a POSIX permission test")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: read-only files would be writable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


def read_only(path: Path) -> Path:
    mode = path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    path.chmod(mode)
    return path


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder` and the bytes of each file: what "untouched" means."""
    if not folder.exists():
        return {}
    if folder.is_file():
        return {folder.name: folder.read_bytes()}
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }
