"""Course packages: one zip file that carries a course, the banks and drills it uses, and a manifest.

The manifest (`manifest.json`) names the format version, the course (id, title, version) and every
other file in the zip with its size and SHA-256; an optional `signature.json` holds a trainer's
Ed25519 signature over the manifest's exact bytes and the trainer's public key. Reading a package
trusts nothing it declares: every entry name, type, size and compression ratio is checked before
anything is written, sizes are counted again while unpacking (a declared size can lie), and every
file's digest must match the manifest. A refusal raises `PackageRefused` with a code; nothing here
writes outside the folder it is told to unpack into.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from literacy_app.messages import Message

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
FILE_LIMIT = 200 * 1024 * 1024  # one file, unpacked
TOTAL_LIMIT = 2 * 1024 * 1024 * 1024  # the whole package, unpacked
RATIO_LIMIT = 100
RATIO_FLOOR = 4096  # below this an entry cannot be a bomb, and tiny files compress oddly
ENTRY_LIMIT = 10_000
MANIFEST_LIMIT = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TOP_FOLDERS = ("courses", "quizzes", "scenarios")


class PackageCode(StrEnum):
    """Why a package was refused (or what packing found). Values carry a prefix of their own."""

    NOT_A_ZIP = "package_not_a_zip"
    TOO_MANY_ENTRIES = "package_too_many_entries"
    UNSAFE_NAME = "package_unsafe_name"
    NOT_A_REGULAR_FILE = "package_not_a_regular_file"
    DUPLICATE_NAME = "package_duplicate_name"
    FILE_TOO_LARGE = "package_file_too_large"
    TOTAL_TOO_LARGE = "package_total_too_large"
    RATIO_TOO_HIGH = "package_ratio_too_high"
    MANIFEST_MISSING = "package_manifest_missing"
    MANIFEST_INVALID = "package_manifest_invalid"
    NEWER_FORMAT = "package_newer_format"
    FILE_NOT_IN_MANIFEST = "package_file_not_in_manifest"
    FILE_MISSING = "package_file_missing"
    SIZE_MISMATCH = "package_size_mismatch"
    CHECKSUM_MISMATCH = "package_checksum_mismatch"
    SIGNATURE_INVALID = "package_signature_invalid"
    UNREADABLE = "package_unreadable"


class PackageRefused(Exception):
    """The package cannot be used; `message` says why (a `PackageCode` with its arguments)."""

    def __init__(self, code: PackageCode, **args: Any) -> None:
        self.message = Message.of(code, **args)
        super().__init__(str(self.message))

    @property
    def code(self) -> PackageCode:
        return PackageCode(self.message.code)


@dataclass(frozen=True)
class PackedFile:
    path: str  # inside the package, with forward slashes
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format: int
    course_id: str
    course_title: str
    course_version: str
    files: tuple[PackedFile, ...]

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": self.format,
                "course": {
                    "id": self.course_id,
                    "title": self.course_title,
                    "version": self.course_version,
                },
                "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
            },
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8")


@dataclass(frozen=True)
class Signature:
    public_key: str  # base64 of the 32 raw bytes
    signature: bytes


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose entries and manifest passed every check that needs no unpacking."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signature: Signature | None


# -- writing -------------------------------------------------------------------------------------

Signer = Callable[[bytes], Signature]


def package_files(
    course_folder: Path, course_id: str, banks: Iterable[Path], scenarios: Iterable[Path]
) -> list[tuple[str, Path]]:
    """The files a package of this course carries, as (name in the package, file on disk).

    The course folder goes whole (hidden files aside) under `courses/<id>/`; banks and drills keep
    their file names under `quizzes/` and `scenarios/`.
    """
    chosen: list[tuple[str, Path]] = []
    for path in sorted(course_folder.rglob("*")):
        relative = path.relative_to(course_folder)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        if path.is_file():
            chosen.append((f"courses/{course_id}/{relative.as_posix()}", path))
    chosen += [(f"quizzes/{path.name}", path) for path in banks]
    chosen += [(f"scenarios/{path.name}", path) for path in scenarios]
    return chosen


def write_package(
    files: list[tuple[str, Path]],
    course_id: str,
    title: str,
    version: str,
    out: Path,
    sign: Signer | None = None,
) -> Manifest:
    """Write the package to `out` (whole, through a temporary file beside it)."""
    packed: list[PackedFile] = []
    contents: list[tuple[str, bytes]] = []
    for name, path in files:
        data = path.read_bytes()
        packed.append(PackedFile(name, len(data), hashlib.sha256(data).hexdigest()))
        contents.append((name, data))
    manifest = Manifest(FORMAT_VERSION, course_id, title, version, tuple(packed))
    manifest_bytes = manifest.to_json()
    partial = out.with_name(f".{out.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            if sign is not None:
                signature = sign(manifest_bytes)
                archive.writestr(
                    SIGNATURE,
                    json.dumps(
                        {
                            "algorithm": "ed25519",
                            "public_key": signature.public_key,
                            "signature": base64.b64encode(signature.signature).decode("ascii"),
                        },
                        indent=2,
                    ),
                )
            for name, data in contents:
                archive.writestr(name, data)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return manifest


# -- reading -------------------------------------------------------------------------------------


def open_package(path: Path) -> OpenedPackage:
    """Check the package's entries and read its manifest; raises `PackageRefused`, writes nothing."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            _check_entries(entries)
            by_name = {info.filename: info for info in entries}
            if MANIFEST not in by_name:
                raise PackageRefused(PackageCode.MANIFEST_MISSING)
            manifest_bytes = _read_small(archive, by_name[MANIFEST])
            manifest = _parse_manifest(manifest_bytes)
            signature = None
            if SIGNATURE in by_name:
                signature = _parse_signature(_read_small(archive, by_name[SIGNATURE]))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise PackageRefused(PackageCode.NOT_A_ZIP, file=path.name) from None
    except OSError:
        raise PackageRefused(PackageCode.UNREADABLE, file=str(path)) from None
    _check_listing(entries, manifest)
    return OpenedPackage(path, manifest, manifest_bytes, signature)


def _check_entries(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > ENTRY_LIMIT:
        raise PackageRefused(PackageCode.TOO_MANY_ENTRIES, limit=ENTRY_LIMIT)
    seen: set[str] = set()
    folded: dict[str, str] = {}
    total = 0
    for info in entries:
        name = info.filename
        if not safe_name(name.rstrip("/") if info.is_dir() else name):
            raise PackageRefused(PackageCode.UNSAFE_NAME, name=name)
        # Zips made on Windows carry no Unix mode at all; any file type but file or folder is refused.
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise PackageRefused(PackageCode.NOT_A_REGULAR_FILE, name=name)
        if name in seen:
            raise PackageRefused(PackageCode.DUPLICATE_NAME, name=name, other=name)
        seen.add(name)
        key = name.rstrip("/").casefold()
        if key in folded:
            raise PackageRefused(PackageCode.DUPLICATE_NAME, name=name, other=folded[key])
        folded[key] = name
        if info.file_size > FILE_LIMIT:
            raise PackageRefused(PackageCode.FILE_TOO_LARGE, name=name, limit=FILE_LIMIT >> 20)
        total += info.file_size
        if total > TOTAL_LIMIT:
            raise PackageRefused(PackageCode.TOTAL_TOO_LARGE, limit=TOTAL_LIMIT >> 30)
        if info.file_size > RATIO_FLOOR and info.file_size > RATIO_LIMIT * max(
            info.compress_size, 1
        ):
            raise PackageRefused(PackageCode.RATIO_TOO_HIGH, name=name, limit=RATIO_LIMIT)


def safe_name(name: str) -> bool:
    """A relative name with forward slashes only, no drive, no `..`, `.` or empty parts."""
    if not name or "\\" in name or ":" in name or "\0" in name or name.startswith("/"):
        return False
    parts = name.split("/")
    return all(part not in {"", ".", ".."} for part in parts)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MANIFEST_LIMIT:
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="size")
    with archive.open(info) as stream:
        data = stream.read(MANIFEST_LIMIT + 1)
    if len(data) > MANIFEST_LIMIT:
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="size")
    return data


def _parse_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="json") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("format"), int):
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="format")
    if raw["format"] > FORMAT_VERSION:
        raise PackageRefused(
            PackageCode.NEWER_FORMAT, format=raw["format"], supported=FORMAT_VERSION
        )
    course = raw.get("course")
    if not isinstance(course, dict) or not all(
        isinstance(course.get(key), str) and course[key] for key in ("id", "title", "version")
    ):
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="course")
    if not _ID.match(course["id"]) or len(course["id"]) > 80:
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="course.id")
    files = raw.get("files")
    if not isinstance(files, list):
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="files")
    packed = []
    for entry in files:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str)
            and _SHA256.match(entry["sha256"])
            and entry["size"] >= 0
        ):
            raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="files")
        name = entry["path"]
        if not safe_name(name) or name in (MANIFEST, SIGNATURE):
            raise PackageRefused(PackageCode.UNSAFE_NAME, name=name)
        if PurePosixPath(name).parts[0] not in _TOP_FOLDERS:
            raise PackageRefused(PackageCode.UNSAFE_NAME, name=name)
        packed.append(PackedFile(name, entry["size"], entry["sha256"]))
    return Manifest(raw["format"], course["id"], course["title"], course["version"], tuple(packed))


def _parse_signature(data: bytes) -> Signature:
    try:
        raw = json.loads(data.decode("utf-8"))
        key = raw["public_key"]
        signature = base64.b64decode(raw["signature"], validate=True)
        if raw.get("algorithm", "ed25519") != "ed25519" or not isinstance(key, str):
            raise ValueError(key)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise PackageRefused(PackageCode.SIGNATURE_INVALID) from None
    return Signature(key, signature)


def _check_listing(entries: list[zipfile.ZipInfo], manifest: Manifest) -> None:
    declared = {f.path: f for f in manifest.files}
    if len(declared) != len(manifest.files):
        raise PackageRefused(PackageCode.MANIFEST_INVALID, detail="files")
    present = {
        info.filename: info
        for info in entries
        if not info.is_dir() and info.filename not in (MANIFEST, SIGNATURE)
    }
    for name in present:
        if name not in declared:
            raise PackageRefused(PackageCode.FILE_NOT_IN_MANIFEST, name=name)
    for name, packed in declared.items():
        if name not in present:
            raise PackageRefused(PackageCode.FILE_MISSING, name=name)
        if present[name].file_size != packed.size:
            raise PackageRefused(PackageCode.SIZE_MISMATCH, name=name)


def unpack(
    package: OpenedPackage,
    folder: Path,
    cancelled: Callable[[], bool] = bool,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Unpack the manifest's files into the empty `folder`, counting bytes and checking digests.

    Sizes are counted as the bytes come (a zip's declared size can lie); a file that runs past its
    declared size or the limits, or whose digest differs, stops the unpacking with a refusal. The
    caller removes `folder` on any failure; cancelling raises `InterruptedError`.
    """
    total = 0
    expected = sum(f.size for f in package.manifest.files)
    root = folder.resolve()
    with zipfile.ZipFile(package.path) as archive:
        for packed in package.manifest.files:
            target = root.joinpath(*packed.path.split("/"))
            if root not in target.resolve().parents:  # belt and braces: names were checked
                raise PackageRefused(PackageCode.UNSAFE_NAME, name=packed.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            written = 0
            try:
                with archive.open(packed.path) as source, target.open("xb") as sink:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        total += len(chunk)
                        if written > packed.size or written > FILE_LIMIT:
                            raise PackageRefused(PackageCode.SIZE_MISMATCH, name=packed.path)
                        if total > TOTAL_LIMIT:
                            raise PackageRefused(
                                PackageCode.TOTAL_TOO_LARGE, limit=TOTAL_LIMIT >> 30
                            )
                        digest.update(chunk)
                        sink.write(chunk)
                        if cancelled():
                            raise InterruptedError
            except (zipfile.BadZipFile, EOFError, zlib.error):
                raise PackageRefused(PackageCode.CHECKSUM_MISMATCH, name=packed.path) from None
            if written != packed.size:
                raise PackageRefused(PackageCode.SIZE_MISMATCH, name=packed.path)
            if digest.hexdigest() != packed.sha256:
                raise PackageRefused(PackageCode.CHECKSUM_MISMATCH, name=packed.path)
            if progress is not None:
                progress(total, expected)
