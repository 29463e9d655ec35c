"""Progress files between offline installations: export (learners their own records, administrators
everything), and the administrator's import, which verifies each file and merges it in one
transaction, holds files from installations not yet trusted (when the administrator chose so) and
learners whose identifier clashes with someone here, until an administrator decides.

Held files are kept in the data directory (`progress-held/`); a held file is imported again once
its installation is approved or its clashes resolved: a merge of the same file twice changes
nothing, so what was merged the first time stays as it is.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.messages import Message
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.services.installation import InstallationService, fingerprint_of
from literacy_app.services.progress_export import write_records
from literacy_app.services.progress_format import (
    OpenedFile,
    ProgressFileRefused,
    ProgressFileWriter,
    check_hashes,
    open_progress_file,
)
from literacy_app.services.progress_merge import ClashFound, SetCount, merge_file
from literacy_app.store.models import (
    NEVER_ACTIVE,
    HeldProgressFile,
    HeldReason,
    Learner,
    LearnerClash,
    LearnerLink,
    ProgressImport,
    as_utc,
    utc_now,
)
from literacy_app.store.settings import read_setting, write_setting

log = logging.getLogger(__name__)

SUFFIX = ".litprog"
HELD_FOLDER = "progress-held"
HOLD_UNKNOWN_SETTING = "progress_hold_unknown_installations"
_EXPORTED_SETTING = "progress_exported_until"


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    HELD = "held"  # waits for an administrator to approve the installation
    REFUSED = "refused"


class ClashResolution(StrEnum):
    SAME_PERSON = "same_person"  # the records go to the person here with that identifier
    SEPARATE = "separate"  # a separate person here, without the identifier


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    since: datetime | None  # None: everything


@dataclass(frozen=True)
class ClashView:
    id: uuid.UUID
    held_id: uuid.UUID
    file_name: str
    name: str
    identifier: str
    department: str
    existing_name: str
    existing_department: str


@dataclass
class FileReport:
    """What one file brought, or why it brought nothing."""

    path: Path
    outcome: ImportOutcome
    message: Message | None = None  # why refused or held
    counts: dict[str, SetCount] = field(default_factory=dict)
    clashes: list[ClashView] = field(default_factory=list)
    fingerprint: str = ""


@dataclass(frozen=True)
class HeldView:
    id: uuid.UUID
    file_name: str
    reason: HeldReason
    installation_id: str
    fingerprint: str
    received_at: datetime
    clashes: list[ClashView]


Progress = Callable[[int, int, Message | None], None]


class ProgressExchangeService:
    def __init__(
        self, sessions: sessionmaker[Session], installation: InstallationService, data_dir: Path
    ) -> None:
        self._sessions = sessions
        self._installation = installation
        self._held_folder = data_dir / HELD_FOLDER

    # -- export ------------------------------------------------------------------------------

    def export(self, actor: Actor, path: Path, *, everything: bool = False) -> ExportResult:
        """Write a progress file: a learner's own records, or an administrator's whole database;
        what changed since the last such export, or `everything`."""
        require(actor, Role.LEARNER, Role.ADMINISTRATOR)
        learner_id = actor.user_id if actor.role is Role.LEARNER else None
        key = _EXPORTED_SETTING + (f":{learner_id}" if learner_id else "")
        installation = self._installation
        started = utc_now()  # a change made while this runs goes out again next time: harmless
        with self._sessions() as session:
            if learner_id is not None and session.get(Learner, learner_id) is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            last = read_setting(session, key)
            since = (
                None if everything or not isinstance(last, str) else datetime.fromisoformat(last)
            )
            try:
                writer = ProgressFileWriter(
                    path, installation.installation_id(), installation.public_key_b64()
                )
            except OSError as error:
                raise UserInputError(
                    ServiceCode.PROGRESS_FILE_NOT_WRITTEN, path=str(path),
                    detail=error.strerror or str(error),
                ) from error  # fmt: skip
            try:
                counts = write_records(
                    session, writer, installation.installation_id(), since, learner_id
                )
                writer.finish(
                    installation.sign, created_at=started.isoformat(),
                    since=since.isoformat() if since else None,
                    learner_id=str(learner_id) if learner_id else None,
                )  # fmt: skip
            except OSError as error:
                writer.abort()
                raise UserInputError(
                    ServiceCode.PROGRESS_FILE_NOT_WRITTEN, path=str(path),
                    detail=error.strerror or str(error),
                ) from error  # fmt: skip
            except BaseException:
                writer.abort()
                raise
        with self._sessions.begin() as session:
            write_setting(session, key, started.isoformat())
            if actor.role is Role.ADMINISTRATOR:
                record_action(
                    session, actor, AuditAction.PROGRESS_EXPORTED, path.name,
                    everything=since is None, **counts,
                )  # fmt: skip
        log.info("progress exported to %s: %s", path, counts)
        return ExportResult(path, counts, since)

    # -- the administrator's choice about unknown installations -------------------------------

    def holds_unknown(self, actor: Actor) -> bool:
        """Whether a file from an installation not yet trusted is held (True) or refused."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            return read_setting(session, HOLD_UNKNOWN_SETTING, False) is True

    def set_holds_unknown(self, actor: Actor, hold: bool) -> None:
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            write_setting(session, HOLD_UNKNOWN_SETTING, hold)

    # -- import ------------------------------------------------------------------------------

    def import_paths(
        self, actor: Actor, paths: list[Path], progress: Progress | None = None
    ) -> list[FileReport]:
        """Import files and every progress file in given folders, each on its own; one report
        per file (a folder with none gives one refusal)."""
        require(actor, Role.ADMINISTRATOR)
        files: list[Path | FileReport] = []
        for path in paths:
            if path.is_dir():
                found = sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
                files.extend(found)
                if not found:
                    message = Message.of(ServiceCode.PROGRESS_NO_FILES, path=str(path))
                    files.append(FileReport(path, ImportOutcome.REFUSED, message))
            else:
                files.append(path)
        reports: list[FileReport] = []
        for done, item in enumerate(files):
            if progress is not None:
                name = item.path.name if isinstance(item, FileReport) else item.name
                progress(done, len(files), Message.of(ServiceCode.PROGRESS_IMPORTING, file=name))
            reports.append(item if isinstance(item, FileReport) else self.import_file(actor, item))
        if progress is not None:
            progress(len(files), len(files), None)
        return reports

    def import_file(self, actor: Actor, path: Path) -> FileReport:
        """Verify one file, then merge it in one transaction, or hold or refuse it whole."""
        require(actor, Role.ADMINISTRATOR)
        return self._import(actor, path, path.name, approved=False)

    def _import(self, actor: Actor, path: Path, shown_name: str, *, approved: bool) -> FileReport:
        try:
            opened = open_progress_file(path, self._installation.verify)
            check_hashes(opened)
            digest = _file_digest(path)
        except ProgressFileRefused as refusal:
            return self._refused(actor, path, shown_name, refusal)
        fingerprint = fingerprint_of(opened.header.public_key)
        trusted = self._installation.issuer(opened.header.public_key) is not None
        if not trusted and not approved:
            if not self.holds_unknown(actor):
                untrusted = ProgressFileRefused(
                    ServiceCode.PROGRESS_FILE_UNTRUSTED, path=str(path), fingerprint=fingerprint
                )
                return self._refused(actor, path, shown_name, untrusted, fingerprint)
            self._hold(actor, opened, shown_name, digest, HeldReason.UNKNOWN_INSTALLATION)
            message = Message.of(
                ServiceCode.PROGRESS_FILE_HELD, path=str(path), fingerprint=fingerprint
            )
            return FileReport(path, ImportOutcome.HELD, message, fingerprint=fingerprint)
        try:
            with self._sessions.begin() as session:
                outcome = merge_file(session, opened, self._installation.installation_id())
                counts = {name: vars(count) for name, count in outcome.counts.items()}
                session.add(
                    ProgressImport(
                        sha256=digest, installation_id=str(opened.header.installation_id),
                        imported_by=actor.user_id, counts=counts,
                    )
                )  # fmt: skip
                record_action(
                    session, actor, AuditAction.PROGRESS_IMPORTED, shown_name,
                    installation=str(opened.header.installation_id), fingerprint=fingerprint,
                    clashes=len(outcome.clashes), **{k: v["new"] for k, v in counts.items()},
                )  # fmt: skip
                self._settle_held(session, opened, shown_name, digest, outcome.clashes)
        except ProgressFileRefused as refusal:
            return self._refused(actor, path, shown_name, refusal, fingerprint)
        clashes = self._clashes_of(digest)
        log.info("progress file %s merged: %s", path, outcome.counts)
        return FileReport(path, ImportOutcome.IMPORTED, None, outcome.counts, clashes, fingerprint)

    def _refused(
        self,
        actor: Actor,
        path: Path,
        shown_name: str,
        refusal: ProgressFileRefused,
        fingerprint: str = "",
    ) -> FileReport:
        log.warning("progress file %s refused: %s", path, refusal.message)
        with self._sessions.begin() as session:
            record_action(
                session, actor, AuditAction.PROGRESS_REFUSED, shown_name,
                reason=str(refusal.code),
            )  # fmt: skip
        return FileReport(path, ImportOutcome.REFUSED, refusal.message, fingerprint=fingerprint)

    def _stored(self, digest: str) -> Path:
        return self._held_folder / f"{digest}{SUFFIX}"

    def _keep_copy(self, opened: OpenedFile, digest: str) -> None:
        target = self._stored(digest)
        if target.exists():
            return
        self._held_folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        shutil.copyfile(opened.path, partial)
        partial.replace(target)

    def _hold(
        self,
        actor: Actor,
        opened: OpenedFile,
        shown_name: str,
        digest: str,
        reason: HeldReason,
    ) -> None:
        self._keep_copy(opened, digest)
        with self._sessions.begin() as session:
            if _held_by_digest(session, digest) is None:
                session.add(_held_row(opened, shown_name, digest, reason))
                record_action(
                    session, actor, AuditAction.PROGRESS_HELD, shown_name,
                    fingerprint=fingerprint_of(opened.header.public_key),
                )  # fmt: skip

    def _settle_held(
        self,
        session: Session,
        opened: OpenedFile,
        shown_name: str,
        digest: str,
        clashes: list[ClashFound],
    ) -> None:
        """After a merge: a file with clashes is held with them (listed afresh); one without is
        no longer held."""
        held = _held_by_digest(session, digest)
        if not clashes:
            if held is not None:
                session.delete(held)
                self._stored(digest).unlink(missing_ok=True)
            return
        self._keep_copy(opened, digest)
        if held is None:
            held = _held_row(opened, shown_name, digest, HeldReason.CLASH)
            session.add(held)
        held.reason = HeldReason.CLASH.value
        held.clashes = [
            LearnerClash(
                source_learner_id=c.source_learner_id, name=c.name, identifier=c.identifier,
                department=c.department, tier=c.tier, existing_learner_id=c.existing_learner_id,
            )
            for c in clashes
        ]  # fmt: skip

    def _clashes_of(self, digest: str) -> list[ClashView]:
        with self._sessions() as session:
            held = _held_by_digest(session, digest)
            return [] if held is None else [_clash_view(session, held, c) for c in held.clashes]

    # -- held files and clashes --------------------------------------------------------------

    def held(self, actor: Actor) -> list[HeldView]:
        """Files waiting for a decision, oldest first; administrators only."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            rows = session.scalars(select(HeldProgressFile).order_by(HeldProgressFile.received_at))
            return [
                HeldView(
                    row.id, row.file_name, HeldReason(row.reason), row.installation_id,
                    fingerprint_of(row.public_key), as_utc(row.received_at),
                    [_clash_view(session, row, c) for c in row.clashes],
                )
                for row in rows
            ]  # fmt: skip

    def approve_held(self, actor: Actor, held_id: uuid.UUID, name: str) -> FileReport:
        """Trust the installation a held file came from (under `name`) and import the file."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            held = session.get(HeldProgressFile, held_id)
            if held is None:
                raise NotAvailable(ServiceCode.PROGRESS_HELD_NOT_FOUND)
            public_key, digest, shown_name = held.public_key, held.sha256, held.file_name
        if self._installation.issuer(public_key) is None:
            self._installation.trust(actor, public_key, name)
        return self._import(actor, self._stored(digest), shown_name, approved=True)

    def reject_held(self, actor: Actor, held_id: uuid.UUID) -> None:
        """Drop a held file: from an unknown installation, nothing of it is merged; with clashes,
        the clashing learners' records are left out."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            held = session.get(HeldProgressFile, held_id)
            if held is None:
                raise NotAvailable(ServiceCode.PROGRESS_HELD_NOT_FOUND)
            record_action(session, actor, AuditAction.PROGRESS_HELD_REJECTED, held.file_name)
            digest = held.sha256
            session.delete(held)
        self._stored(digest).unlink(missing_ok=True)

    def resolve_clash(
        self, actor: Actor, clash_id: uuid.UUID, resolution: ClashResolution
    ) -> list[FileReport]:
        """Decide about a clashing learner; every held file left without clashes is imported
        again, now bringing that learner's records. Returns those files' reports."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            clash = session.get(LearnerClash, clash_id)
            if clash is None:
                raise NotAvailable(ServiceCode.PROGRESS_CLASH_NOT_FOUND)
            source = clash.source_learner_id
            if resolution is ClashResolution.SAME_PERSON:
                target = clash.existing_learner_id
            else:
                target = source
                if session.get(Learner, source) is None:
                    # Kept apart: the identifier stays with the person who has it here.
                    session.add(
                        Learner(
                            id=source, name=clash.name, department=clash.department,
                            tier=clash.tier, identifier=None,
                            last_active_at=NEVER_ACTIVE,
                        )
                    )  # fmt: skip
            session.add(
                LearnerLink(source_learner_id=source, learner_id=target, decided_by=actor.user_id)
            )
            record_action(
                session, actor, AuditAction.LEARNER_CLASH_RESOLVED, clash.name,
                identifier=clash.identifier, resolution=resolution.value,
            )  # fmt: skip
            # The same learner may clash in several held files: one decision settles them all.
            for same in session.scalars(
                select(LearnerClash).where(LearnerClash.source_learner_id == source)
            ):
                session.delete(same)
            session.flush()
            ready = [
                (row.sha256, row.file_name)
                for row in session.scalars(
                    select(HeldProgressFile).where(
                        HeldProgressFile.reason == HeldReason.CLASH.value
                    )
                )
                if not row.clashes
            ]
        return [
            self._import(actor, self._stored(digest), name, approved=True) for digest, name in ready
        ]


def _held_by_digest(session: Session, digest: str) -> HeldProgressFile | None:
    return session.scalars(
        select(HeldProgressFile).where(HeldProgressFile.sha256 == digest)
    ).one_or_none()


def _held_row(
    opened: OpenedFile, shown_name: str, digest: str, reason: HeldReason
) -> HeldProgressFile:
    return HeldProgressFile(
        file_name=shown_name[:255], stored_as=f"{digest}{SUFFIX}", sha256=digest,
        reason=reason.value, installation_id=str(opened.header.installation_id),
        public_key=opened.header.public_key,
    )  # fmt: skip


def _clash_view(session: Session, held: HeldProgressFile, clash: LearnerClash) -> ClashView:
    existing = session.get(Learner, clash.existing_learner_id)
    return ClashView(
        clash.id, held.id, held.file_name, clash.name, clash.identifier, clash.department,
        existing.name if existing else "", existing.department if existing else "",
    )  # fmt: skip


def _file_digest(path: Path) -> str:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as error:
        raise ProgressFileRefused(
            ServiceCode.PROGRESS_FILE_UNREADABLE,
            path=str(path),
            detail=error.strerror or str(error),
        ) from error
