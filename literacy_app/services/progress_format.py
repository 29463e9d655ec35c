"""The progress file: records carried from one installation to another, compressed and signed.

Layout (every byte is covered by a check, so one edited byte anywhere is refused):

    b"LITPROG\\n"                      start marker
    section, section, ...              one per record set: JSON lines, zlib-compressed
    header                             canonical JSON (UTF-8): kind, version, installation id,
                                       public key, and each section's offset, length, count and
                                       SHA-256 of its compressed bytes
    signature                          64 bytes: Ed25519 over start marker + header
    header length                      4 bytes, big-endian
    b"LITPRG" + version                end marker with the format version (2 bytes, big-endian)

The header comes last so the writer streams sections out without holding them; the reader reads
the end first, refuses a newer version before anything else, checks the signature, then streams
each section with bounded memory. Records are checked one by one against their schema (pydantic).

This module knows nothing of the database; the services that export and merge use it.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from literacy_app.services.errors import ServiceCode, UserInputError

KIND = "literacy-app/progress-file"
FORMAT_VERSION = 1
START = b"LITPROG\n"
END = b"LITPRG"
_TRAILER = struct.Struct(">I6sH")  # header length, end marker, version
SIGNATURE_BYTES = 64
MAX_FILE_BYTES = 2 * 1024**3
MAX_HEADER_BYTES = 256 * 1024
MAX_LINE_BYTES = 4 * 1024**2  # one record (an attempt with all its answers)
MAX_SECTION_RATIO = 200  # decompressed / compressed: more is a zip bomb, not records
_CHUNK = 256 * 1024

Short = Annotated[str, Field(max_length=80)]
Text = Annotated[str, Field(max_length=200)]
Status = Literal["open", "completed", "stopped_content_changed"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LearnerRecord(_Record):
    id: uuid.UUID
    name: Annotated[str, Field(min_length=1, max_length=100)]
    department: Text
    tier: Annotated[str, Field(max_length=20)]
    identifier: Annotated[str, Field(min_length=1, max_length=64)] | None
    created_at: AwareDatetime


class AssignmentRecord(_Record):
    id: uuid.UUID
    course_id: Short
    target_kind: Literal["tier", "department", "learner"]
    target: Text
    due_on: date
    created_at: AwareDatetime


class LessonRecord(_Record):
    id: uuid.UUID
    learner_id: uuid.UUID
    course_id: Short
    lesson_id: Short
    content_hash: Annotated[str, Field(max_length=64)]
    started_at: AwareDatetime
    completed_at: AwareDatetime | None
    # Reading time by the installation it was read on, so a merge never counts it twice.
    seconds: dict[Annotated[str, Field(max_length=40)], Annotated[int, Field(ge=0, le=10**9)]]


class AnswerRecord(_Record):
    id: uuid.UUID
    question_id: Short
    response: Any
    answered_at: AwareDatetime


class AttemptRecord(_Record):
    id: uuid.UUID
    learner_id: uuid.UUID
    kind: Annotated[str, Field(max_length=20)]
    course_id: Short
    lesson_id: Short | None
    content_hash: Annotated[str, Field(max_length=64)]
    seed: int
    question_ids: list[Short]
    rules: dict[str, Any]
    pass_mark: int
    started_at: AwareDatetime
    deadline: AwareDatetime | None
    submitted_at: AwareDatetime | None
    earned: float | None
    possible: int | None
    passed: bool | None
    status: Status
    answers: list[AnswerRecord]


class ReviewCardRecord(_Record):
    id: uuid.UUID
    learner_id: uuid.UUID
    question_id: Short
    course_id: Short | None
    card: dict[str, Any]
    due: AwareDatetime
    lapses: Annotated[int, Field(ge=0)]
    added_at: AwareDatetime
    last_reviewed_at: AwareDatetime | None


class DrillRunRecord(_Record):
    id: uuid.UUID
    learner_id: uuid.UUID
    scenario_id: Short
    content_hash: Annotated[str, Field(max_length=64)]
    started_at: AwareDatetime
    finished_at: AwareDatetime | None
    steps: list[dict[str, Any]]
    stage_id: Short
    status: Status


class CertificateRecord(_Record):
    id: uuid.UUID
    learner_id: uuid.UUID
    course_id: Short
    issued_at: AwareDatetime
    fields: dict[str, Any]
    signature: Annotated[str, Field(max_length=200)]
    public_key: Annotated[str, Field(max_length=100)]
    code: Annotated[str, Field(max_length=20)]


# The record sets, in the order a merge takes them (learners first: the others point at them).
RECORD_SETS: dict[str, type[_Record]] = {
    "learners": LearnerRecord,
    "assignments": AssignmentRecord,
    "lessons": LessonRecord,
    "attempts": AttemptRecord,
    "review_cards": ReviewCardRecord,
    "drill_runs": DrillRunRecord,
    "certificates": CertificateRecord,
}


class SectionEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Literal[tuple(RECORD_SETS)]  # type: ignore[valid-type]
    offset: Annotated[int, Field(ge=len(START))]
    length: Annotated[int, Field(ge=0)]
    count: Annotated[int, Field(ge=0)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Header(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["literacy-app/progress-file"]
    version: int
    installation_id: uuid.UUID
    public_key: Annotated[str, Field(max_length=100)]
    created_at: AwareDatetime
    since: AwareDatetime | None  # None: everything, not only what changed since an export
    learner_id: uuid.UUID | None  # set when a learner exported their own records
    sections: list[SectionEntry]


class ProgressFileRefused(UserInputError):
    """The file cannot be merged; the code says why (damaged, edited, untrusted, newer, …)."""


def canonical(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    ).encode("utf-8")


class ProgressFileWriter:
    """Writes a progress file: sections streamed to a temporary file next to the target, then the
    signed header; the target appears whole or not at all."""

    def __init__(self, path: Path, installation_id: str, public_key: str) -> None:
        self.path = path
        self._installation_id = installation_id
        self._public_key = public_key
        self._sections: list[dict[str, Any]] = []
        handle, self._temporary = tempfile.mkstemp(prefix=".progress-", dir=path.parent)
        self._file: BinaryIO = os.fdopen(handle, "wb")
        self._file.write(START)
        self._offset = len(START)

    def write_set(self, name: str, records: Iterable[dict[str, Any]]) -> int:
        """Write one record set (dicts of JSON-ready values); returns how many records."""
        assert name in RECORD_SETS and all(s["name"] != name for s in self._sections)
        compressor = zlib.compressobj(6)
        digest = hashlib.sha256()
        start, count = self._offset, 0
        for record in records:
            out = compressor.compress(canonical(record) + b"\n")
            digest.update(out)
            self._file.write(out)
            self._offset += len(out)
            count += 1
        out = compressor.flush()
        digest.update(out)
        self._file.write(out)
        self._offset += len(out)
        self._sections.append(
            {"name": name, "offset": start, "length": self._offset - start, "count": count,
             "sha256": digest.hexdigest()}
        )  # fmt: skip
        return count

    def finish(
        self,
        sign: Callable[[bytes], bytes],
        *,
        created_at: str,
        since: str | None,
        learner_id: str | None,
    ) -> None:
        header = canonical({
            "kind": KIND, "version": FORMAT_VERSION, "installation_id": self._installation_id,
            "public_key": self._public_key, "created_at": created_at, "since": since,
            "learner_id": learner_id, "sections": self._sections,
        })  # fmt: skip
        signature = sign(START + header)
        self._file.write(header + signature + _TRAILER.pack(len(header), END, FORMAT_VERSION))
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._temporary, self.path)

    def abort(self) -> None:
        self._file.close()
        if os.path.exists(self._temporary):
            os.unlink(self._temporary)


@dataclass(frozen=True)
class OpenedFile:
    """A progress file whose frame and header were read and whose signature checked out."""

    path: Path
    header: Header
    size: int

    def section(self, name: str) -> SectionEntry | None:
        return next((s for s in self.header.sections if s.name == name), None)


def open_progress_file(path: Path, verify: Callable[[str, bytes, bytes], bool]) -> OpenedFile:
    """Read the end, the header and the signature; raise `ProgressFileRefused` for a file that is
    not one, is cut short, is newer, or whose header does not match its signature."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProgressFileRefused(
                ServiceCode.PROGRESS_FILE_TOO_LARGE, path=where, limit=MAX_FILE_BYTES // 1024**2
            )
        with path.open("rb") as file:
            start = file.read(len(START))
            if start != START:
                raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_NOT_ONE, path=where)
            if size < len(START) + SIGNATURE_BYTES + _TRAILER.size:
                raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
            file.seek(size - _TRAILER.size)
            header_length, end, version = _TRAILER.unpack(file.read(_TRAILER.size))
            if end != END:  # cut short: the end marker is the last thing written
                raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
            if version > FORMAT_VERSION:
                raise ProgressFileRefused(
                    ServiceCode.PROGRESS_FILE_NEWER, path=where, version=version,
                    supported=FORMAT_VERSION,
                )  # fmt: skip
            header_start = size - _TRAILER.size - SIGNATURE_BYTES - header_length
            if header_length > MAX_HEADER_BYTES or header_start < len(START):
                raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
            file.seek(header_start)
            header_bytes = file.read(header_length)
            signature = file.read(SIGNATURE_BYTES)
    except OSError as error:
        raise ProgressFileRefused(
            ServiceCode.PROGRESS_FILE_UNREADABLE, path=where, detail=error.strerror or str(error)
        ) from error
    try:
        claimed = json.loads(header_bytes)
        public_key = claimed["public_key"]
        if not isinstance(public_key, str):
            raise TypeError(public_key)
    except (ValueError, KeyError, TypeError):
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where) from None
    if not verify(public_key, START + header_bytes, signature):
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_SIGNATURE_BAD, path=where)
    try:
        header = Header.model_validate(claimed)
    except ValidationError as error:
        raise ProgressFileRefused(
            ServiceCode.PROGRESS_FILE_HEADER_INVALID, path=where, detail=_first_problem(error)
        ) from None
    if header.version != version:
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
    # The sections must tile the body exactly: no gap, no overlap, nothing appended.
    position = len(START)
    for section in sorted(header.sections, key=lambda s: s.offset):
        if section.offset != position:
            raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
        position += section.length
    if position != header_start or len({s.name for s in header.sections}) != len(header.sections):
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
    return OpenedFile(path, header, size)


def check_hashes(opened: OpenedFile) -> None:
    """Hash every section's bytes against the signed header (no decompressing)."""
    with opened.path.open("rb") as file:
        for section in opened.header.sections:
            digest = hashlib.sha256()
            for chunk in _chunks(file, section):
                digest.update(chunk)
            if digest.hexdigest() != section.sha256:
                raise ProgressFileRefused(
                    ServiceCode.PROGRESS_FILE_HASH_MISMATCH, path=str(opened.path),
                    records=section.name,
                )  # fmt: skip


def read_records(opened: OpenedFile, name: str) -> Iterator[Any]:
    """The records of one set, checked against their schema one by one, with bounded memory.
    The section's hash and count are checked again at its end (the file may have changed since
    `check_hashes`): a caller merging in a transaction rolls back when this raises."""
    section = opened.section(name)
    if section is None:
        return
    model = RECORD_SETS[name]
    where = str(opened.path)
    digest = hashlib.sha256()
    inflater = zlib.decompressobj()
    pending = b""
    line_number = 0
    budget = max(section.length, 1024) * MAX_SECTION_RATIO
    with opened.path.open("rb") as file:
        for chunk in _chunks(file, section):
            digest.update(chunk)
            try:
                data = inflater.decompress(chunk)
            except zlib.error:
                raise ProgressFileRefused(
                    ServiceCode.PROGRESS_FILE_HASH_MISMATCH, path=where, records=name
                ) from None
            budget -= len(data)
            if budget < 0:
                raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_DAMAGED, path=where)
            pending += data
            *lines, pending = pending.split(b"\n")
            if len(pending) > MAX_LINE_BYTES:
                raise ProgressFileRefused(
                    ServiceCode.PROGRESS_RECORD_INVALID, path=where, records=name,
                    line=line_number + 1, detail="record too long",
                )  # fmt: skip
            for line in lines:
                line_number += 1
                yield _record(model, line, where, name, line_number)
    if digest.hexdigest() != section.sha256 or pending or not inflater.eof:
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_HASH_MISMATCH, path=where, records=name)
    if line_number != section.count:
        raise ProgressFileRefused(ServiceCode.PROGRESS_FILE_HASH_MISMATCH, path=where, records=name)


def _record(model: type[_Record], line: bytes, where: str, name: str, number: int) -> Any:
    try:
        return model.model_validate_json(line)
    except ValidationError as error:
        raise ProgressFileRefused(
            ServiceCode.PROGRESS_RECORD_INVALID, path=where, records=name, line=number,
            detail=_first_problem(error),
        ) from None  # fmt: skip


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    place = ".".join(str(part) for part in problem["loc"])
    return f"{place}: {problem['msg']}" if place else problem["msg"]


def _chunks(file: BinaryIO, section: SectionEntry) -> Iterator[bytes]:
    file.seek(section.offset)
    left = section.length
    while left:
        chunk = file.read(min(_CHUNK, left))
        if not chunk:
            return
        left -= len(chunk)
        yield chunk
