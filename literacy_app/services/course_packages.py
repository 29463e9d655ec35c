"""Trainers' course packages: signing keys, packing a course, and the library of installed courses.

Installed courses live under `<data_dir>/library/<course id>/` (a `courses/`, `quizzes/` and
`scenarios/` tree as unpacked, with the package's manifest and an install record). The core lays
them over the shipped content (`content.overlay`): a course id that is also shipped shows the
higher version. Installing unpacks into a temporary folder inside the library, validates it, and
swaps it in with a rename, keeping the old version until the swap succeeded; any refusal leaves the
library as it was. Learners' records are never touched: they hold ids, so progress on lessons and
questions whose ids remain carries over, and records of removed ids stay in history.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library, load_library
from literacy_app.content.model import Course
from literacy_app.content.overlay import is_newer
from literacy_app.content.packages import (
    MANIFEST,
    Manifest,
    OpenedPackage,
    PackageCode,
    PackageRefused,
    Signature,
    open_package,
    package_files,
    unpack,
    write_package,
)
from literacy_app.content.problems import Problem
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.authoring import ContentReport, check_content
from literacy_app.services.errors import NotAvailable, UserInputError
from literacy_app.services.installation import (
    LABEL_LIMIT,
    canonical_public_key,
    fingerprint_of,
    verify,
)
from literacy_app.services.trainer_codes import TrainerCode
from literacy_app.store.settings import read_setting, write_setting

log = logging.getLogger(__name__)

INSTALL_RECORD = "installed.json"
TRUSTED_KEYS = "trusted_trainer_keys"  # the Setting: [{"name": ..., "public_key": ...}]
_STAFF = (Role.TRAINER, Role.ADMINISTRATOR)
Progress = Callable[[int, int], None]


class PackageError(UserInputError):
    """A package, or a course to pack, was refused; `problems` lists the content's problems."""

    def __init__(self, code: StrEnum, problems: tuple[Problem, ...] = (), **args: object) -> None:
        super().__init__(code, **args)
        self.problems = problems


class InstallCancelled(Exception):
    """The caller cancelled the install; the library was left as it was."""


class CourseSource(StrEnum):
    SHIPPED = "shipped"
    INSTALLED = "installed"
    SET_ASIDE = "set_aside"  # installed, but the shipped version is the same or newer
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class CourseEntry:
    """A course as the 课程管理 area lists it."""

    course_id: str  # "" for a folder whose course.yaml cannot be read
    title: str
    version: str
    source: CourseSource
    folder: Path
    signer: str | None = None  # the signer's key fingerprint, for a signed package
    installed_at: datetime | None = None

    @property
    def removable(self) -> bool:
        return self.source in (CourseSource.INSTALLED, CourseSource.SET_ASIDE)


@dataclass(frozen=True)
class InstallOutcome:
    course_id: str
    title: str
    version: str
    previous: str | None  # the installed version replaced, if any
    signer: str | None


@dataclass(frozen=True)
class KeyView:
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class TrainerKeyView:
    name: str
    public_key: str
    fingerprint: str


def installed_folders(library_dir: Path) -> list[Path]:
    """The installed packages' folders (hidden temporary ones aside), cheap enough for start-up."""
    if not library_dir.is_dir():
        return []
    return sorted(
        p for p in library_dir.iterdir() if not p.name.startswith(".") and (p / MANIFEST).is_file()
    )


def banks_used(course: Course) -> list[str]:
    """Ids of the banks the course's final quiz and practices draw from, in order of first use."""
    final = course.spec.final_quiz
    ids = list(final.banks) if final else []
    for lesson in course.lessons:
        if lesson.meta.practice is not None:
            ids += lesson.meta.practice.banks
    return list(dict.fromkeys(ids))


# -- keys and packing: a trainer's own files, no database ---------------------------------------


def make_signing_key(out: Path) -> KeyView:
    """Write a new Ed25519 signing key to `out` (PEM, readable by its owner only); never overwrites."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        handle = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserInputError(TrainerCode.KEY_FILE_EXISTS, path=str(out)) from None
    except OSError:
        raise UserInputError(TrainerCode.KEY_NOT_WRITTEN, path=str(out)) from None
    with os.fdopen(handle, "wb") as stream:
        stream.write(pem)
    return _key_view(key)


def _key_view(key: object) -> KeyView:
    import base64

    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    public = base64.b64encode(raw).decode("ascii")
    return KeyView(public, fingerprint_of(public))


def load_signer(key_file: Path) -> tuple[Callable[[bytes], Signature], KeyView]:
    """The signing function of the key in `key_file`, and its public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise UserInputError(TrainerCode.KEY_FILE_UNREADABLE, path=str(key_file)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserInputError(TrainerCode.KEY_FILE_UNREADABLE, path=str(key_file))
    view = _key_view(key)
    return (lambda data: Signature(view.public_key, key.sign(data))), view


def pack_course(
    course_dir: Path,
    out: Path,
    *,
    content: tuple[Path, ...] = (),
    scenarios: tuple[str, ...] = (),
    key_file: Path | None = None,
) -> Manifest:
    """Validate the course in `course_dir` and write its package to `out`.

    The banks it draws from are looked up beside it (a `quizzes/` folder next to its `courses/`
    folder) and in `content`; drills go in only when named. Refused, with every problem, when the
    course or a bank it uses has problems.
    """
    if not (course_dir / "course.yaml").is_file():
        raise UserInputError(TrainerCode.NOT_A_COURSE_FOLDER, path=str(course_dir))
    sign, _ = load_signer(key_file) if key_file is not None else (None, None)
    paths = [course_dir, *content]
    root = course_dir.resolve().parent.parent
    if course_dir.resolve().parent.name == "courses":
        paths += [root / name for name in ("quizzes", "scenarios") if (root / name).is_dir()]
    library = load_library(paths)
    course = next((c for c in library.courses if c.folder.resolve() == course_dir.resolve()), None)
    used = [library.banks[b] for b in banks_used(course)] if course else []
    relevant = {course_dir.resolve(), *(bank.path.resolve() for bank in used)}
    problems = tuple(
        p
        for p in library.problems
        if any(p.path.resolve() == r or r in p.path.resolve().parents for r in relevant)
    )
    if course is None or problems:
        raise PackageError(
            TrainerCode.COURSE_HAS_PROBLEMS, problems, path=str(course_dir), count=len(problems)
        )
    drills = []
    for scenario_id in scenarios:
        if scenario_id not in library.scenarios:
            raise UserInputError(TrainerCode.SCENARIO_NOT_FOUND, id=scenario_id)
        drills.append(library.scenarios[scenario_id].path)
    files = package_files(course_dir, course.id, [bank.path for bank in used], drills)
    try:
        return write_package(files, course.id, course.title, course.spec.version, out, sign)
    except OSError:
        raise UserInputError(TrainerCode.PACKAGE_NOT_WRITTEN, path=str(out)) from None


# -- the library of installed courses -----------------------------------------------------------


class CoursePackageService:
    """Install, update and remove course packages; the trusted trainer keys."""

    def __init__(
        self,
        library_dir: Path,
        cache_dir: Path,
        sessions: sessionmaker[Session],
        shipped: Callable[[], Library],
        current: Callable[[], tuple[Library, tuple[str, ...]]],
        changed: Callable[[], None],
    ) -> None:
        self.library_dir = library_dir
        self._cache_dir = cache_dir
        self._sessions = sessions
        self._shipped = shipped
        self._current = current
        self._changed = changed

    def cache_file(self, folder: Path) -> Path:
        return self._cache_dir / f"{folder.name}.pickle"

    # -- listing and checking -------------------------------------------------------------------

    def courses(self, actor: Actor) -> list[CourseEntry]:
        """Every course the library offers or holds, shipped and installed, by title."""
        require(actor, *_STAFF)
        library, set_aside = self._current()
        entries = []
        for course in library.courses:
            record = self._record(course.folder)
            source = CourseSource.INSTALLED if record is not None else CourseSource.SHIPPED
            entries.append(_entry(course, source, record))
        for unusable in library.unavailable:
            record = self._record(unusable.folder)
            entries.append(
                CourseEntry(
                    record["course_id"] if record else "",
                    unusable.title,
                    record["version"] if record else "",
                    CourseSource.UNAVAILABLE,
                    unusable.folder,
                    record.get("signer") if record else None,
                )
            )
        for course_id in set_aside:
            folder = self.library_dir / course_id
            record = self._record(folder / "courses" / course_id) or {}
            entries.append(
                CourseEntry(
                    course_id,
                    str(record.get("title", course_id)),
                    str(record.get("version", "")),
                    CourseSource.SET_ASIDE,
                    folder,
                    record.get("signer"),
                    _when(record),
                )
            )
        return sorted(entries, key=lambda e: (e.title, e.course_id))

    def check(self, actor: Actor, folder: Path) -> ContentReport:
        """The problems of one listed course (its folder and the banks it draws from)."""
        require(actor, *_STAFF)
        package = self._package_of(folder)
        if package is not None:
            return check_content([package])
        library, _ = self._current()
        banks = [bank.path for bank in library.banks.values()]
        report = check_content([folder, *banks])
        course = next((c for c in library.courses if c.folder == folder), None)
        used = {library.banks[b].path for b in banks_used(course)} if course else set()
        kept = tuple(p for p in report.problems if folder in p.path.parents or p.path in used)
        return ContentReport(report.courses, report.banks, report.scenarios, kept)

    def _package_of(self, folder: Path) -> Path | None:
        library = self.library_dir.resolve()
        resolved = folder.resolve()
        for candidate in (resolved, *resolved.parents):
            if candidate.parent == library:
                return candidate
        return None

    def _record(self, course_folder: Path) -> dict | None:
        package = self._package_of(course_folder)
        if package is None:
            return None
        try:
            record = json.loads((package / INSTALL_RECORD).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) else None

    # -- installing -----------------------------------------------------------------------------

    def install(
        self,
        actor: Actor,
        file: Path,
        *,
        allow_downgrade: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = bool,
    ) -> InstallOutcome:
        """Install or update the course package `file` for the whole installation.

        Refused (a `PackageError` or `UserInputError`, the library unchanged) for anything unsafe
        or invalid in the package, a signature the trust list does not accept, or an older version
        than the one installed unless `allow_downgrade`.
        """
        require(actor, *_STAFF)
        try:
            package = open_package(file)
        except PackageRefused as refusal:
            raise PackageError(refusal.code, **refusal.message.args) from None
        signer = self._check_signature(package)
        manifest = package.manifest
        course_id = manifest.course_id
        target = self.library_dir / course_id
        previous = self._record(target / "courses" / course_id) if target.is_dir() else None
        shipped = {c.id: c for c in self._shipped().courses}.get(course_id)
        if shipped is not None and not is_newer(manifest.course_version, shipped.spec.version):
            raise PackageError(
                TrainerCode.NOT_NEWER_THAN_SHIPPED,
                version=manifest.course_version,
                shipped=shipped.spec.version,
            )
        old_version = str(previous["version"]) if previous else None
        if old_version and is_newer(old_version, manifest.course_version) and not allow_downgrade:
            raise PackageError(
                TrainerCode.DOWNGRADE, version=manifest.course_version, installed=old_version
            )
        created = not self.library_dir.exists()
        self.library_dir.mkdir(parents=True, exist_ok=True)
        incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.library_dir))
        try:
            try:
                unpack(package, incoming, cancelled, progress)
            except PackageRefused as refusal:
                raise PackageError(refusal.code, **refusal.message.args) from None
            except InterruptedError:
                raise InstallCancelled from None
            unpacked = self._validate(incoming, manifest)
            self._check_ids(unpacked, course_id)
            record = {
                "course_id": course_id,
                "title": manifest.course_title,
                "version": manifest.course_version,
                "signer": signer,
                "installed_at": datetime.now(UTC).isoformat(),
                "file": file.name,
            }
            (incoming / MANIFEST).write_bytes(package.manifest_bytes)
            (incoming / INSTALL_RECORD).write_text(
                json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
            )
            with self._sessions.begin() as session:
                record_action(
                    session, actor, AuditAction.COURSE_INSTALLED, course_id,
                    version=manifest.course_version, previous=old_version, signer=signer,
                )  # fmt: skip
                _swap_in(incoming, target)
        except OSError as error:
            log.warning("installing %s failed", file, exc_info=True)
            raise PackageError(TrainerCode.INSTALL_FAILED, file=file.name) from error
        finally:
            shutil.rmtree(incoming, ignore_errors=True)
            if created and not any(self.library_dir.iterdir()):
                self.library_dir.rmdir()
        self.cache_file(target).unlink(missing_ok=True)
        self._changed()
        return InstallOutcome(
            course_id, manifest.course_title, manifest.course_version, old_version, signer
        )

    def _check_signature(self, package: OpenedPackage) -> str | None:
        """The signer's fingerprint (None when unsigned); refused when the signature is bad, or
        when the administrator keeps a trust list and the signer is not on it."""
        signature = package.signature
        if signature is not None and not verify(
            signature.public_key, package.manifest_bytes, signature.signature
        ):
            raise PackageError(PackageCode.SIGNATURE_INVALID)
        trusted = {entry["public_key"] for entry in self._trusted_entries()}
        if trusted and signature is None:
            raise PackageError(TrainerCode.SIGNATURE_REQUIRED)
        if signature is None:
            return None
        key = canonical_public_key(signature.public_key)
        fingerprint = fingerprint_of(key)
        if trusted and key not in trusted:
            raise PackageError(TrainerCode.SIGNER_NOT_TRUSTED, fingerprint=fingerprint)
        return fingerprint

    def _validate(self, incoming: Path, manifest: Manifest) -> Library:
        library = load_library([incoming])
        if library.problems or library.unavailable:
            problems = tuple(_relative(p, incoming) for p in library.problems)
            raise PackageError(TrainerCode.PACKAGE_COURSE_INVALID, problems, count=len(problems))
        versions = [(c.id, c.spec.version) for c in library.courses]
        if versions != [(manifest.course_id, manifest.course_version)]:
            raise PackageError(TrainerCode.PACKAGE_CONTENT_MISMATCH, id=manifest.course_id)
        return library

    def _check_ids(self, unpacked: Library, course_id: str) -> None:
        """A package may replace its own course's banks and drills, never another course's."""
        current, _ = self._current()
        own_folder = (self.library_dir / course_id).resolve()
        for bank_id in unpacked.banks:
            users = {
                c.id for c in current.courses if bank_id in banks_used(c) and c.id != course_id
            }
            if users:
                raise PackageError(
                    TrainerCode.ID_TAKEN, id=bank_id, course=", ".join(sorted(users))
                )
        for scenario_id in unpacked.scenarios:
            existing = current.scenarios.get(scenario_id)
            if existing is not None and own_folder not in existing.path.resolve().parents:
                raise PackageError(TrainerCode.ID_TAKEN, id=scenario_id, course=str(existing.path))

    # -- removing -------------------------------------------------------------------------------

    def remove(self, actor: Actor, course_id: str) -> None:
        """Remove an installed course's files; learners' records of it stay."""
        require(actor, *_STAFF)
        folder = self.library_dir / course_id
        if (
            "/" in course_id
            or "\\" in course_id
            or course_id.startswith(".")
            or not (folder / MANIFEST).is_file()
        ):
            shipped = any(c.id == course_id for c in self._shipped().courses)
            code = TrainerCode.SHIPPED_NOT_REMOVABLE if shipped else TrainerCode.NOT_INSTALLED
            raise NotAvailable(code, id=course_id)
        record = self._record(folder / "courses" / course_id) or {}
        trash = self.library_dir / f".removing-{course_id}-{uuid.uuid4().hex[:8]}"
        with self._sessions.begin() as session:
            record_action(
                session, actor, AuditAction.COURSE_REMOVED, course_id,
                version=record.get("version"),
            )  # fmt: skip
            os.replace(folder, trash)
        shutil.rmtree(trash, ignore_errors=True)
        self.cache_file(folder).unlink(missing_ok=True)
        self._changed()

    # -- trusted trainer keys -------------------------------------------------------------------

    def _trusted_entries(self) -> list[dict[str, str]]:
        with self._sessions() as session:
            return _key_entries(session)

    def trainer_keys(self, actor: Actor) -> list[TrainerKeyView]:
        """The trainers' keys a package must be signed with (none listed: any package installs)."""
        require(actor, Role.ADMINISTRATOR)
        return [
            TrainerKeyView(e["name"], e["public_key"], fingerprint_of(e["public_key"]))
            for e in self._trusted_entries()
        ]

    def trust_trainer_key(self, actor: Actor, public_key_b64: str, name: str) -> TrainerKeyView:
        require(actor, Role.ADMINISTRATOR)
        key = canonical_public_key(public_key_b64)
        name = name.strip()
        if not name:
            raise UserInputError(TrainerCode.KEY_LABEL_REQUIRED)
        name = name[:LABEL_LIMIT]
        with self._sessions.begin() as session:
            entries = _key_entries(session)
            for entry in entries:
                if entry.get("public_key") == key:
                    raise UserInputError(TrainerCode.KEY_ALREADY_TRUSTED, name=entry["name"])
            entries.append({"name": name, "public_key": key})
            write_setting(session, TRUSTED_KEYS, entries)
            record_action(
                session, actor, AuditAction.TRAINER_KEY_TRUSTED, name,
                fingerprint=fingerprint_of(key),
            )  # fmt: skip
        return TrainerKeyView(name, key, fingerprint_of(key))

    def distrust_trainer_key(self, actor: Actor, public_key_b64: str) -> None:
        require(actor, Role.ADMINISTRATOR)
        key = canonical_public_key(public_key_b64)
        with self._sessions.begin() as session:
            entries = _key_entries(session)
            kept = [e for e in entries if e.get("public_key") != key]
            if len(kept) == len(entries):
                raise NotAvailable(TrainerCode.KEY_NOT_TRUSTED)
            gone = next(e for e in entries if e.get("public_key") == key)
            write_setting(session, TRUSTED_KEYS, kept)
            record_action(
                session, actor, AuditAction.TRAINER_KEY_DISTRUSTED, gone.get("name", ""),
                fingerprint=fingerprint_of(key),
            )  # fmt: skip


def _key_entries(session: Session) -> list[dict[str, str]]:
    """The trusted trainer keys as stored: a list of {"name", "public_key"}."""
    value = read_setting(session, TRUSTED_KEYS, [])
    if not isinstance(value, list):
        return []
    return [
        e
        for e in value
        if isinstance(e, dict) and isinstance(e.get("public_key"), str) and "name" in e
    ]


def _entry(course: Course, source: CourseSource, record: dict | None) -> CourseEntry:
    return CourseEntry(
        course.id,
        course.title,
        course.spec.version,
        source,
        course.folder,
        record.get("signer") if record else None,
        _when(record or {}),
    )


def _when(record: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record["installed_at"]))
    except (KeyError, ValueError):
        return None


def _relative(problem: Problem, root: Path) -> Problem:
    """A problem found in the temporary folder, named by its place inside the package."""
    try:
        path = problem.path.relative_to(root)
    except ValueError:
        return problem
    return Problem(path, problem.line, problem.message)


def _swap_in(incoming: Path, target: Path) -> None:
    """Put `incoming` where `target` is, keeping the old version until the new one is in place."""
    if not target.exists():
        os.replace(incoming, target)
        return
    old = target.with_name(f".old-{target.name}-{uuid.uuid4().hex[:8]}")
    os.replace(target, old)
    try:
        os.replace(incoming, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
