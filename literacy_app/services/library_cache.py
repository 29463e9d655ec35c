"""The parsed content library kept between runs, so a start does not re-read every YAML file.

Reading the shipped content costs most of a second (the round-trip YAML parser that gives problems
their line numbers is pure Python); unpickling the result costs milliseconds. The files stay the
source of truth: the cache is keyed by the name, size and modification time of every file under the
content folders and of the content package's own code, so any edit, addition or removal (or a new
version of the program) reads the files again. A cache that cannot be read is ignored.

Beside it are the digests of the files the courses use (`content.files.DIGESTS`), by path, size and
modification time: when the library is read again, an unchanged image is not read again to hash it.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable
from pathlib import Path

from literacy_app.content.files import DIGESTS
from literacy_app.content.library import Library, load_library
from literacy_app.services.content_fingerprint import fingerprint

log = logging.getLogger(__name__)

_KEY_LENGTH = 64  # a sha256 in hex, stored before the pickle


def load_library_cached(paths: Iterable[Path], cache_file: Path) -> Library:
    """The library under `paths`, from `cache_file` when nothing has changed since it was written."""
    paths = list(paths)
    key = fingerprint(paths)
    cached = _read(cache_file, key)
    if cached is not None:
        return cached
    digests_file = cache_file.with_name(f"{cache_file.name}.digests")
    DIGESTS.remember(_read_digests(digests_file))
    library = load_library(paths)
    _write(cache_file, key, library)
    _write_pickle(digests_file, DIGESTS.used())
    return library


def _read_digests(digests_file: Path) -> dict[tuple[str, int, int, int], bytes]:
    try:
        with digests_file.open("rb") as stream:
            digests = pickle.load(stream)  # the user's own file, as the library cache is
    except FileNotFoundError:
        return {}
    except Exception:
        log.warning("ignoring unreadable file digests %s", digests_file, exc_info=True)
        return {}
    return digests if isinstance(digests, dict) else {}


def _read(cache_file: Path, key: str) -> Library | None:
    try:
        with cache_file.open("rb") as stream:
            if stream.read(_KEY_LENGTH + 1) != key.encode() + b"\n":
                return None
            # The file is the user's own, in their private data folder, written by this program.
            library = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception:
        log.warning("ignoring an unreadable content cache %s", cache_file, exc_info=True)
        return None
    return library if isinstance(library, Library) else None


def _write(cache_file: Path, key: str, library: Library) -> None:
    _write_pickle(cache_file, library, header=key.encode() + b"\n")


def _write_pickle(path: Path, value: object, header: bytes = b"") -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as stream:
            stream.write(header)
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # a reader never sees half a file
    except Exception:  # a cache that cannot be written only costs the next start some time
        log.warning("could not write the content cache %s", path, exc_info=True)
        partial.unlink(missing_ok=True)
