"""Opening course files safely: only regular files inside the course folder, and none over its limit.

Course folders arrive from other machines, so a name may be impossible (a NUL byte, a name longer
than the file system allows), a link may point anywhere (`/etc/passwd`, `/proc/self/mem`), a file
may be a named pipe that blocks whoever opens it, and an asset may be gigabytes. Every refusal is a
`Refused` carrying a content code; callers turn it into a problem at the line that names the file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from literacy_app.content.codes import ContentCode
from literacy_app.content.problems import Problem, problem

MiB = 1024 * 1024
# The limits are stated for trainers in docs/course-format.md; far above any real lesson or picture.
# The YAML parser that keeps line numbers reads about 100 KiB in a tenth of a second: at this limit
# any course.yaml, bank or drill is read, or refused, within about two seconds.
YAML_LIMIT = 256 * 1024
LESSON_LIMIT = 1 * MiB
IMAGE_LIMIT = 20 * MiB
_NAME_MAX = 255  # bytes in one component of a path, on every file system a course may sit on
_CHUNK = 1 * MiB

# A link swapped in after the check is refused by the kernel; a pipe or device opens without
# waiting for a writer, and is then refused by the fstat check.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
)


class Refused(Exception):
    """A file that cannot be used, and why; the caller builds the problem, naming the file as written."""

    def __init__(
        self, *, code: ContentCode, size: int = 0, limit_kib: int = 0, reason: str = ""
    ) -> None:
        super().__init__(code)
        self.code = code
        self.size = size
        self.limit_kib = limit_kib
        self.reason = reason


def name_is_possible(name: str) -> bool:
    """Whether a relative path written in a course file can name a file at all."""
    if "\0" in name:
        return False
    parts = name.replace("\\", "/").split("/")
    return all(len(part.encode("utf-8", "surrogateescape")) <= _NAME_MAX for part in parts)


def locate(
    path: Path,
    folder: Path,
    missing: ContentCode = ContentCode.IMAGE_MISSING,
    outside: ContentCode = ContentCode.IMAGE_OUTSIDE,
) -> Path:
    """The real file `path` names, which must lie inside `folder`; raises Refused otherwise.

    Refuses PATH_INVALID (an impossible name), `outside` (the path or a link on it leaves the
    folder) and `missing` (nothing there).
    """
    if not name_is_possible(str(path)):
        raise Refused(code=ContentCode.PATH_INVALID)
    try:
        target = Path(os.path.realpath(path))
        root = Path(os.path.realpath(folder))
    except (OSError, ValueError):
        raise Refused(code=ContentCode.PATH_INVALID) from None
    if not target.is_relative_to(root):
        raise Refused(code=outside)
    try:
        os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):
        raise Refused(code=missing) from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise Refused(code=ContentCode.PATH_INVALID) from None
        raise _unreadable(exc) from None
    return target


def usable_file(
    path: Path, folder: Path, limit: int, **codes: ContentCode
) -> tuple[Path, os.stat_result]:
    """The real path of a regular file inside `folder` of at most `limit` bytes, and its status.

    Nothing is opened; raises Refused. `codes` (`missing`, `outside`) are passed to `locate`.
    """
    target = locate(path, folder, **codes)
    try:
        info = os.stat(target)
    except OSError as exc:
        raise _unreadable(exc) from None
    _check(info, limit)
    return target, info


def read_limited(path: Path, folder: Path, limit: int, **codes: ContentCode) -> bytes:
    """The bytes of a regular file inside `folder`, at most `limit` of them; raises Refused.

    `codes` (`missing`, `outside`) are passed to `locate`.
    """
    target = locate(path, folder, **codes)
    fd = _open_regular(target, limit)
    try:
        chunks = []
        while chunk := os.read(fd, _CHUNK):
            chunks.append(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise _unreadable(exc) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew after the check
        raise _too_large(len(data), limit)
    return data


class DigestCache:
    """SHA-256 digests of files by (real path, size, modification time, inode).

    A start reads again only the files that changed; `library_cache` keeps the digests between runs.
    """

    def __init__(self) -> None:
        self._digests: dict[tuple[str, int, int, int], bytes] = {}
        self._used: set[tuple[str, int, int, int]] = set()

    def clear(self) -> None:
        self._digests.clear()
        self._used.clear()

    def remember(self, digests: dict[tuple[str, int, int, int], bytes]) -> None:
        self._digests.update(digests)

    def used(self) -> dict[tuple[str, int, int, int], bytes]:
        """The digests looked up or computed since the last clear: what is worth keeping."""
        return {key: self._digests[key] for key in self._used if key in self._digests}

    def digest(self, path: Path, folder: Path, limit: int, **codes: ContentCode) -> bytes:
        """The digest of a regular file inside `folder` of at most `limit` bytes; raises Refused."""
        target, info = usable_file(path, folder, limit, **codes)
        key = (str(target), info.st_size, info.st_mtime_ns, info.st_ino)
        self._used.add(key)
        known = self._digests.get(key)
        if known is not None:
            return known
        fd = _open_regular(target, limit)
        digest = hashlib.sha256()
        try:
            while chunk := os.read(fd, _CHUNK):  # streamed: memory stays small whatever the size
                digest.update(chunk)
        except OSError as exc:
            raise _unreadable(exc) from None
        finally:
            os.close(fd)
        self._digests[key] = digest.digest()
        return self._digests[key]


DIGESTS = DigestCache()


def links_out_of(folder: Path) -> list[Path]:
    """Every link under `folder` whose target lies outside it (or cannot be resolved); none followed."""
    root = Path(os.path.realpath(folder))
    found = []
    for parent, dirs, names in os.walk(folder, onerror=None, followlinks=False):
        for name in sorted([*dirs, *names]):
            path = Path(parent, name)
            if not path.is_symlink():
                continue
            try:
                inside = Path(os.path.realpath(path)).is_relative_to(root)
            except (OSError, ValueError):
                inside = False
            if not inside:
                found.append(path)
        dirs.sort()
    return sorted(found)


def _open_regular(target: Path, limit: int) -> int:
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(exc) from None
    try:
        _check(os.fstat(fd), limit)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise Refused(code=ContentCode.FILE_NOT_REGULAR)
    if info.st_size > limit:
        raise _too_large(info.st_size, limit)


def _too_large(size: int, limit: int) -> Refused:
    return Refused(code=ContentCode.FILE_TOO_LARGE, size=size, limit_kib=limit // 1024)


def _unreadable(exc: OSError) -> Refused:
    if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link put in place after the check
        return Refused(code=ContentCode.FILE_NOT_REGULAR)
    return Refused(code=ContentCode.FILE_UNREADABLE, reason=exc.strerror or type(exc).__name__)


def refusal_problem(path: Path, line: int | None, refused: Refused, name: str) -> Problem:
    """The problem for a file that cannot be used, at `path:line` where it is `name`d."""
    match refused.code:
        case ContentCode.FILE_TOO_LARGE:
            return problem(
                path,
                line,
                ContentCode.FILE_TOO_LARGE,
                file=name,
                size=refused.size,
                limit=refused.limit_kib,
            )
        case ContentCode.FILE_UNREADABLE:
            return problem(
                path, line, ContentCode.FILE_UNREADABLE, file=name, reason=refused.reason
            )
        case ContentCode.IMAGE_MISSING:
            return problem(path, line, ContentCode.IMAGE_MISSING, src=name)
        case ContentCode.IMAGE_OUTSIDE:
            return problem(path, line, ContentCode.IMAGE_OUTSIDE, src=name)
        case ContentCode.LESSON_FILE_MISSING:
            return problem(path, line, ContentCode.LESSON_FILE_MISSING, file=name)
        case ContentCode.PATH_MISSING:
            return problem(path, line, ContentCode.PATH_MISSING)
        case ContentCode.LINK_OUTSIDE:
            return problem(path, line, ContentCode.LINK_OUTSIDE, file=name)
        case ContentCode.FILE_NOT_REGULAR:
            return problem(path, line, ContentCode.FILE_NOT_REGULAR, file=name)
    return problem(path, line, ContentCode.PATH_INVALID, file=name)
