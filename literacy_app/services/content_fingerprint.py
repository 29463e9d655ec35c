"""A fingerprint of the content folders: it changes whenever any file under them, or the code that
reads them, changes.

Light on purpose (no loader, no pydantic): the library cache keys its pickle with it, and the start
snapshot (`ui/start_snapshot.py`) checks it before anything heavy is imported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from literacy_app import __version__, content


def fingerprint(paths: Iterable[Path]) -> str:
    """Changes whenever any file under `paths`, or the code that reads them, changes."""
    digest = hashlib.sha256(__version__.encode())
    code = Path(content.__file__).parent
    for root in [code, *paths]:
        digest.update(b"\0root\0" + str(Path(root).resolve()).encode())
        for path in _files(Path(root)):
            try:
                stat = path.stat()
            except OSError:
                continue
            line = f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _files(root: Path) -> list[Path]:
    if not root.is_dir():
        return [root]  # a single bank file, or a folder that does not exist (yet)
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found += [Path(folder, name) for name in sorted(files)]
    return found
