"""Merging a verified progress file into this database, in the caller's transaction.

The rules (each makes a second merge of the same file change nothing, and the order of files not
matter):
- learners are matched by an administrator's earlier decision, then by identifier (工号), then by
  id; the same identifier under another name is a clash: that learner's records are held back;
- attempts and drill runs are kept by id; a copy that went further (submitted, more answers or
  steps) replaces one that did not;
- a lesson is complete if completed anywhere, at the earliest time; reading time is the time read
  here plus, for each other installation, the most it ever reported;
- a review card keeps the latest review; certificates and assignments are added when new.

Records are read and merged in batches, and the session is emptied after each, so memory stays
bounded however large the file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from literacy_app.services.errors import ServiceCode
from literacy_app.services.progress_format import (
    AssignmentRecord,
    AttemptRecord,
    CertificateRecord,
    DrillRunRecord,
    LearnerRecord,
    LessonRecord,
    OpenedFile,
    ProgressFileRefused,
    ReviewCardRecord,
    read_records,
)
from literacy_app.store.models import (
    NEVER_ACTIVE,
    Assignment,
    AttemptAnswer,
    Certificate,
    Learner,
    LearnerLink,
    LessonProgress,
    QuizAttempt,
    ReadingContribution,
    RecordStatus,
    ReviewCard,
    ScenarioRun,
    as_utc,
)

BATCH = 500
_EARLIEST = datetime.min.replace(tzinfo=UTC)
T = TypeVar("T")


@dataclass
class SetCount:
    """What one record set brought: records new here, records that changed something, and records
    already known as they are."""

    new: int = 0
    updated: int = 0
    known: int = 0


@dataclass(frozen=True)
class ClashFound:
    """A learner in the file whose identifier belongs to someone here with another name."""

    source_learner_id: uuid.UUID
    name: str
    identifier: str
    department: str
    tier: str
    existing_learner_id: uuid.UUID


@dataclass
class MergeOutcome:
    counts: dict[str, SetCount] = field(default_factory=dict)
    clashes: list[ClashFound] = field(default_factory=list)


def merge_file(session: Session, opened: OpenedFile, own_installation: str) -> MergeOutcome:
    """Merge every record set of `opened`; raises `ProgressFileRefused` (the caller rolls back)
    for a record that breaks its schema or its set's hash."""
    outcome = MergeOutcome()
    learners = _Learners(session, opened)
    outcome.counts["learners"] = learners.merge(read_records(opened, "learners"), outcome.clashes)
    merges: dict[str, Callable[[Session, list[Any], _Learners, SetCount], None]] = {
        "assignments": _merge_assignments,
        "lessons": lambda s, b, lr, c: _merge_lessons(s, b, lr, c, own_installation),
        "attempts": _merge_attempts,
        "review_cards": _merge_review_cards,
        "drill_runs": _merge_drill_runs,
        "certificates": _merge_certificates,
    }
    for name, merge in merges.items():
        count = outcome.counts[name] = SetCount()
        for number, batch in enumerate(_batches(read_records(opened, name)), start=0):
            merge(session, learners.mapped(batch, name, number * BATCH), learners, count)
            session.flush()
            session.expunge_all()  # the transaction stays open; the identity map does not grow
    return outcome


def _batches(records: Iterable[T]) -> Iterator[list[T]]:
    iterator = iter(records)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _rows(session: Session, statement: Any) -> Any:
    # Plain rows through the session's connection: no ORM loading machinery for what is only
    # compared (a file merged again reads every record it carries and changes none).
    return session.connection().execute(statement)


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


class _Learners:
    """Where each learner of the file goes here: their local id, or held back (a clash)."""

    def __init__(self, session: Session, opened: OpenedFile) -> None:
        self._session = session
        self._opened = opened
        self._local: dict[uuid.UUID, uuid.UUID] = {}
        self.held: set[uuid.UUID] = set()

    def merge(self, records: Iterable[LearnerRecord], clashes: list[ClashFound]) -> SetCount:
        count = SetCount()
        for batch in _batches(records):
            ids = [r.id for r in batch]
            identifiers = [r.identifier for r in batch if r.identifier]
            links = self._links(ids)
            by_identifier = {
                row.identifier: row
                for row in self._session.scalars(
                    select(Learner).where(Learner.identifier.in_(identifiers))
                )
            }
            by_id = {
                row.id: row
                for row in self._session.scalars(select(Learner).where(Learner.id.in_(ids)))
            }
            new: list[dict[str, Any]] = []
            for record in batch:
                if record.id in links:
                    self._local[record.id] = links[record.id]
                    count.known += 1
                    continue
                same = by_identifier.get(record.identifier) if record.identifier else None
                if same is not None:
                    if same.name != record.name:
                        self.held.add(record.id)
                        clashes.append(
                            ClashFound(
                                record.id, record.name, same.identifier or "",
                                record.department, record.tier, same.id,
                            )
                        )  # fmt: skip
                        continue
                    self._local[record.id] = same.id
                    count.known += 1
                elif record.id in by_id:
                    self._local[record.id] = record.id
                    count.known += 1
                else:
                    new.append({
                        "id": record.id, "name": record.name, "department": record.department,
                        "tier": record.tier, "identifier": record.identifier,
                        "created_at": _utc(record.created_at),
                        # Never opened by itself at start on this machine: not studied here.
                        "last_active_at": NEVER_ACTIVE,
                    })  # fmt: skip
                    self._local[record.id] = record.id
                    if record.identifier:  # a second record with it in this file is the same one
                        by_identifier[record.identifier] = Learner(
                            id=record.id, name=record.name, identifier=record.identifier
                        )
                    count.new += 1
            if new:
                self._session.execute(insert(Learner), new)
        return count

    def _links(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
        rows = self._session.execute(
            select(LearnerLink.source_learner_id, LearnerLink.learner_id).where(
                LearnerLink.source_learner_id.in_(ids)
            )
        )
        return {source: local for source, local in rows}

    def mapped(self, batch: list[Any], name: str, first: int) -> list[tuple[Any, uuid.UUID]]:
        """The batch's records with the local id of their learner; held learners' records are left
        out. A learner neither in the file nor here refuses the file."""
        unknown = {
            r.learner_id
            for r in batch
            if getattr(r, "learner_id", None) is not None
            and r.learner_id not in self._local
            and r.learner_id not in self.held
        }
        if unknown:
            self._local.update(self._links(list(unknown)))
            present = self._session.scalars(
                select(Learner.id).where(Learner.id.in_(unknown - self._local.keys()))
            )
            self._local.update((learner_id, learner_id) for learner_id in present)
        kept: list[tuple[Any, uuid.UUID]] = []
        for number, record in enumerate(batch, start=first + 1):
            source = getattr(record, "learner_id", None)
            if source is None:  # an assignment: its learner, if any, is its target
                kept.append((record, uuid.UUID(int=0)))
            elif source in self.held:
                continue
            elif source in self._local:
                kept.append((record, self._local[source]))
            else:
                raise ProgressFileRefused(
                    ServiceCode.PROGRESS_LEARNER_UNKNOWN, path=str(self._opened.path),
                    records=name, line=number,
                )  # fmt: skip
        return kept

    def local(self, source: uuid.UUID) -> uuid.UUID | None:
        """For an assignment's target; None when held or unknown (the assignment is left out)."""
        if source not in self._local and source not in self.held:
            self.mapped([_Owner(source)], "assignments", 0)
        return self._local.get(source)


@dataclass(frozen=True)
class _Owner:
    learner_id: uuid.UUID


def _merge_assignments(
    session: Session,
    batch: list[tuple[AssignmentRecord, uuid.UUID]],
    learners: _Learners,
    count: SetCount,
) -> None:
    ids = [r.id for r, _ in batch]
    present = set(session.scalars(select(Assignment.id).where(Assignment.id.in_(ids))))
    new = []
    for record, _ in batch:
        if record.id in present:
            count.known += 1
            continue
        target = record.target
        if record.target_kind == "learner":
            try:
                local = learners.local(uuid.UUID(target))
            except (ValueError, ProgressFileRefused):
                local = None
            if local is None:  # for a learner held back or never seen here: not this file's news
                continue
            target = str(local)
        new.append({
            "id": record.id, "course_id": record.course_id, "target_kind": record.target_kind,
            "target": target, "due_on": record.due_on, "created_at": _utc(record.created_at),
        })  # fmt: skip
        count.new += 1
    if new:
        session.execute(insert(Assignment), new)


def _merge_lessons(
    session: Session,
    batch: list[tuple[LessonRecord, uuid.UUID]],
    _learners: _Learners,
    count: SetCount,
    own_installation: str,
) -> None:
    # Plain rows, not ORM objects: a file merged again reads every lesson and changes none.
    owners = {learner for _, learner in batch}
    table = LessonProgress
    rows = {
        (row.learner_id, row.course_id, row.lesson_id): row
        for row in _rows(
            session,
            select(
                table.learner_id, table.course_id, table.lesson_id, table.started_at,
                table.completed_at, table.active_seconds,
            ).where(table.learner_id.in_(owners)),
        )
    }  # fmt: skip
    part = ReadingContribution
    given = {
        (row.learner_id, row.course_id, row.lesson_id, row.installation_id): row.seconds
        for row in _rows(
            session,
            select(
                part.learner_id, part.course_id, part.lesson_id, part.installation_id, part.seconds
            ).where(part.learner_id.in_(owners)),
        )
    }
    new_rows: list[dict[str, Any]] = []
    new_given: list[dict[str, Any]] = []
    for record, learner in batch:
        key = (learner, record.course_id, record.lesson_id)
        # Time read here is counted here already, whoever carried it back.
        seconds = {i: s for i, s in record.seconds.items() if i != own_installation and s > 0}
        row = rows.get(key)
        if row is None:
            new_rows.append({
                "id": record.id, "learner_id": learner, "course_id": record.course_id,
                "lesson_id": record.lesson_id, "content_hash": record.content_hash,
                "started_at": _utc(record.started_at), "completed_at": _utc(record.completed_at),
                "active_seconds": sum(seconds.values()),
            })  # fmt: skip
            new_given.extend(
                {"learner_id": learner, "course_id": record.course_id,
                 "lesson_id": record.lesson_id, "installation_id": i, "seconds": s}
                for i, s in seconds.items()
            )  # fmt: skip
            count.new += 1
            continue
        changes: dict[str, Any] = {}
        if record.started_at < as_utc(row.started_at):
            changes["started_at"] = _utc(record.started_at)
        if record.completed_at is not None and (
            row.completed_at is None or record.completed_at < as_utc(row.completed_at)
        ):
            changes["completed_at"] = _utc(record.completed_at)
        added = 0
        for installation, reported in seconds.items():
            before = given.get((*key, installation))
            if before is None:
                new_given.append(
                    {"learner_id": learner, "course_id": record.course_id,
                     "lesson_id": record.lesson_id, "installation_id": installation,
                     "seconds": reported}
                )  # fmt: skip
                added += reported
            elif reported > before:
                session.execute(
                    update(part)
                    .where(
                        part.learner_id == learner, part.course_id == record.course_id,
                        part.lesson_id == record.lesson_id, part.installation_id == installation,
                    )
                    .values(seconds=reported)
                )  # fmt: skip
                added += reported - before
        if added:
            changes["active_seconds"] = (row.active_seconds or 0) + added
        if changes:
            session.execute(
                update(table)
                .where(
                    table.learner_id == learner, table.course_id == record.course_id,
                    table.lesson_id == record.lesson_id,
                )
                .values(**changes)
            )  # fmt: skip
            count.updated += 1
        else:
            count.known += 1
    if new_rows:
        session.execute(insert(LessonProgress), new_rows)
    if new_given:
        session.execute(insert(ReadingContribution), new_given)


def _went_further(
    status: str, finished: datetime | None, length: int, last: datetime | None
) -> tuple[bool, datetime, int, datetime]:
    """How far a record went, comparable: closed beats open, then later closing, then more."""
    return (
        status != RecordStatus.OPEN.value,
        as_utc(finished) or _EARLIEST,
        length,
        as_utc(last) or _EARLIEST,
    )


def _merge_attempts(
    session: Session,
    batch: list[tuple[AttemptRecord, uuid.UUID]],
    _learners: _Learners,
    count: SetCount,
) -> None:
    ids = [r.id for r, _ in batch]
    existing = {
        row.id: row
        for row in _rows(
            session,
            select(QuizAttempt.id, QuizAttempt.status, QuizAttempt.submitted_at).where(
                QuizAttempt.id.in_(ids)
            ),
        )
    }
    answered = {
        attempt_id: (number, last)
        for attempt_id, number, last in _rows(
            session,
            select(AttemptAnswer.attempt_id, func.count(), func.max(AttemptAnswer.answered_at))
            .where(AttemptAnswer.attempt_id.in_(list(existing)))
            .group_by(AttemptAnswer.attempt_id),
        )
    }
    new_attempts: list[dict[str, Any]] = []
    new_answers: list[dict[str, Any]] = []
    for record, learner in batch:
        row = existing.get(record.id)
        fields = {
            "kind": record.kind, "course_id": record.course_id, "lesson_id": record.lesson_id,
            "content_hash": record.content_hash, "seed": record.seed,
            "question_ids": record.question_ids, "rules": record.rules,
            "pass_mark": record.pass_mark, "started_at": _utc(record.started_at),
            "deadline": _utc(record.deadline), "submitted_at": _utc(record.submitted_at),
            "earned": record.earned, "possible": record.possible, "passed": record.passed,
            "status": record.status,
        }  # fmt: skip
        answers = [
            {"id": a.id, "attempt_id": record.id, "question_id": a.question_id,
             "response": a.response, "answered_at": _utc(a.answered_at)}
            for a in record.answers
        ]  # fmt: skip
        if row is None:
            new_attempts.append({"id": record.id, "learner_id": learner, **fields})
            new_answers.extend(answers)
            count.new += 1
            continue
        number, last = answered.get(record.id, (0, None))
        mine = _went_further(row.status, row.submitted_at, number, last)
        theirs = _went_further(
            record.status, record.submitted_at, len(record.answers),
            max((a.answered_at for a in record.answers), default=None),
        )  # fmt: skip
        if theirs <= mine:
            count.known += 1
            continue
        session.execute(update(QuizAttempt).where(QuizAttempt.id == record.id).values(**fields))
        session.execute(delete(AttemptAnswer).where(AttemptAnswer.attempt_id == record.id))
        new_answers.extend(answers)
        count.updated += 1
    session.flush()
    if new_attempts:
        session.execute(insert(QuizAttempt), new_attempts)
    if new_answers:
        session.execute(insert(AttemptAnswer), new_answers)


def _merge_review_cards(
    session: Session,
    batch: list[tuple[ReviewCardRecord, uuid.UUID]],
    _learners: _Learners,
    count: SetCount,
) -> None:
    owners = {learner for _, learner in batch}
    cards = {
        (row.learner_id, row.question_id): row
        for row in _rows(
            session,
            select(
                ReviewCard.id, ReviewCard.learner_id, ReviewCard.question_id,
                ReviewCard.last_reviewed_at,
            ).where(ReviewCard.learner_id.in_(owners)),
        )
    }  # fmt: skip
    new: list[dict[str, Any]] = []
    for record, learner in batch:
        row = cards.get((learner, record.question_id))
        fields = {
            "course_id": record.course_id, "card": record.card, "due": _utc(record.due),
            "lapses": record.lapses, "last_reviewed_at": _utc(record.last_reviewed_at),
        }  # fmt: skip
        if row is None:
            new.append({
                "id": record.id, "learner_id": learner, "question_id": record.question_id,
                "added_at": _utc(record.added_at), **fields,
            })  # fmt: skip
            count.new += 1
        elif (as_utc(record.last_reviewed_at) or _EARLIEST) > (
            as_utc(row.last_reviewed_at) or _EARLIEST
        ):
            session.execute(update(ReviewCard).where(ReviewCard.id == row.id).values(**fields))
            count.updated += 1
        else:
            count.known += 1
    if new:
        session.execute(insert(ReviewCard), new)


def _merge_drill_runs(
    session: Session,
    batch: list[tuple[DrillRunRecord, uuid.UUID]],
    _learners: _Learners,
    count: SetCount,
) -> None:
    ids = [r.id for r, _ in batch]
    existing = {
        row.id: row
        for row in _rows(
            session,
            select(
                ScenarioRun.id, ScenarioRun.status, ScenarioRun.finished_at, ScenarioRun.steps
            ).where(ScenarioRun.id.in_(ids)),
        )
    }
    new: list[dict[str, Any]] = []
    for record, learner in batch:
        row = existing.get(record.id)
        fields = {
            "scenario_id": record.scenario_id, "content_hash": record.content_hash,
            "started_at": _utc(record.started_at), "finished_at": _utc(record.finished_at),
            "steps": record.steps, "stage_id": record.stage_id, "status": record.status,
        }  # fmt: skip
        if row is None:
            new.append({"id": record.id, "learner_id": learner, **fields})
            count.new += 1
        elif _went_further(record.status, record.finished_at, len(record.steps), None) > (
            _went_further(row.status, row.finished_at, len(row.steps), None)
        ):
            session.execute(update(ScenarioRun).where(ScenarioRun.id == record.id).values(**fields))
            count.updated += 1
        else:
            count.known += 1
    if new:
        session.execute(insert(ScenarioRun), new)


def _merge_certificates(
    session: Session,
    batch: list[tuple[CertificateRecord, uuid.UUID]],
    _learners: _Learners,
    count: SetCount,
) -> None:
    ids = [r.id for r, _ in batch]
    present = set(session.scalars(select(Certificate.id).where(Certificate.id.in_(ids))))
    codes = set(
        session.scalars(
            select(Certificate.code).where(Certificate.code.in_([r.code for r, _ in batch]))
        )
    )
    new: list[dict[str, Any]] = []
    for record, learner in batch:
        if record.id in present or record.code in codes:
            count.known += 1
            continue
        new.append({
            "id": record.id, "learner_id": learner, "course_id": record.course_id,
            "issued_at": _utc(record.issued_at), "fields": record.fields,
            "signature": record.signature, "public_key": record.public_key, "code": record.code,
        })  # fmt: skip
        codes.add(record.code)
        count.new += 1
    if new:
        session.execute(insert(Certificate), new)
