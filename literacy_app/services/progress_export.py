"""Reading the records a progress file carries out of the database, set by set.

`since` takes only rows changed at or after it (an incremental export); the learners every exported
record belongs to always go with it, so the receiving side can place each record. Reading time is
written per installation it was read on (here, and what other installations reported), so a file
carried on from a machine that merged others never counts anyone's time twice.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, or_, select, true
from sqlalchemy.orm import Session, selectinload

from literacy_app.services.progress_format import ProgressFileWriter
from literacy_app.store.models import (
    Assignment,
    AssignmentTarget,
    AttemptAnswer,
    Certificate,
    Learner,
    LessonProgress,
    QuizAttempt,
    ReadingContribution,
    ReviewCard,
    ScenarioRun,
    as_utc,
)

_YIELD = 500


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else as_utc(moment).isoformat()


def write_records(
    session: Session,
    writer: ProgressFileWriter,
    own_installation: str,
    since: datetime | None,
    learner_id: uuid.UUID | None,
) -> dict[str, int]:
    """Write every record set to `writer`; returns how many records of each."""
    owners: set[uuid.UUID] = set()

    def changed(column: Any) -> ColumnElement[bool]:
        if since is None:
            return true()
        return or_(column.is_(None), column >= since)

    def mine(statement: Select, owner: Any) -> Select:
        return statement if learner_id is None else statement.where(owner == learner_id)

    def rows(statement: Select) -> Iterator[Any]:
        return session.scalars(statement.execution_options(yield_per=_YIELD))

    counts: dict[str, int] = {}
    lessons = mine(
        select(LessonProgress)
        .where(changed(LessonProgress.updated_at))
        .order_by(LessonProgress.learner_id),  # one learner's reading-time parts read once
        LessonProgress.learner_id,
    )
    counts["lessons"] = writer.write_set(
        "lessons", _lessons(session, rows(lessons), own_installation, owners)
    )
    answered_since = exists().where(
        AttemptAnswer.attempt_id == QuizAttempt.id, changed(AttemptAnswer.answered_at)
    )
    attempts = mine(
        select(QuizAttempt)
        .where(or_(changed(QuizAttempt.updated_at), answered_since))
        .options(selectinload(QuizAttempt.answers)),
        QuizAttempt.learner_id,
    )
    counts["attempts"] = writer.write_set("attempts", (_attempt(a, owners) for a in rows(attempts)))
    cards = mine(select(ReviewCard).where(changed(ReviewCard.updated_at)), ReviewCard.learner_id)
    counts["review_cards"] = writer.write_set(
        "review_cards", (_card(c, owners) for c in rows(cards))
    )
    runs = mine(select(ScenarioRun).where(changed(ScenarioRun.updated_at)), ScenarioRun.learner_id)
    counts["drill_runs"] = writer.write_set("drill_runs", (_run(r, owners) for r in rows(runs)))
    certificates = mine(
        select(Certificate).where(changed(Certificate.updated_at)), Certificate.learner_id
    )
    counts["certificates"] = writer.write_set(
        "certificates", (_certificate(c, owners) for c in rows(certificates))
    )
    # A learner sees the assignments that concern them; the administrator's export carries all.
    assignments = select(Assignment).where(changed(Assignment.updated_at))
    if learner_id is not None:
        assignments = assignments.where(
            or_(
                Assignment.target_kind != AssignmentTarget.LEARNER.value,
                Assignment.target == str(learner_id),
            )
        )
    counts["assignments"] = writer.write_set(
        "assignments", (_assignment(a, owners) for a in rows(assignments))
    )
    people = select(Learner).where(
        Learner.id == learner_id if learner_id is not None else changed(Learner.updated_at)
    )
    listed = {row.id: row for row in rows(people)}
    missing = list(owners - listed.keys())
    for start in range(0, len(missing), _YIELD):
        chunk = missing[start : start + _YIELD]
        listed.update(
            (row.id, row) for row in session.scalars(select(Learner).where(Learner.id.in_(chunk)))
        )
    counts["learners"] = writer.write_set("learners", (_learner(p) for p in listed.values()))
    return counts


def _learner(row: Learner) -> dict[str, Any]:
    # The PIN hash stays here: a profile's protection is this machine's business.
    return {
        "id": str(row.id), "name": row.name, "department": row.department or "",
        "tier": row.tier, "identifier": row.identifier, "created_at": _iso(row.created_at),
    }  # fmt: skip


def _lessons(
    session: Session, rows: Iterator[LessonProgress], own: str, owners: set[uuid.UUID]
) -> Iterator[dict[str, Any]]:
    given: dict[uuid.UUID, dict[tuple[str, str], dict[str, int]]] = {}
    for row in rows:
        if row.learner_id not in given:  # one query per learner, not per lesson
            reported: dict[tuple[str, str], dict[str, int]] = {}
            for part in session.scalars(
                select(ReadingContribution).where(ReadingContribution.learner_id == row.learner_id)
            ):
                reported.setdefault((part.course_id, part.lesson_id), {})[part.installation_id] = (
                    part.seconds
                )
            given = {row.learner_id: reported}  # rows come by learner: keep only the current one's
        others = given[row.learner_id].get((row.course_id, row.lesson_id), {})
        here = max(0, (row.active_seconds or 0) - sum(others.values()))
        owners.add(row.learner_id)
        yield {
            "id": str(row.id), "learner_id": str(row.learner_id), "course_id": row.course_id,
            "lesson_id": row.lesson_id, "content_hash": row.content_hash,
            "started_at": _iso(row.started_at), "completed_at": _iso(row.completed_at),
            "seconds": {**others, **({own: here} if here else {})},
        }  # fmt: skip


def _attempt(row: QuizAttempt, owners: set[uuid.UUID]) -> dict[str, Any]:
    owners.add(row.learner_id)
    return {
        "id": str(row.id), "learner_id": str(row.learner_id), "kind": row.kind,
        "course_id": row.course_id, "lesson_id": row.lesson_id, "content_hash": row.content_hash,
        "seed": row.seed, "question_ids": row.question_ids, "rules": row.rules or {},
        "pass_mark": row.pass_mark, "started_at": _iso(row.started_at),
        "deadline": _iso(row.deadline), "submitted_at": _iso(row.submitted_at),
        "earned": row.earned, "possible": row.possible, "passed": row.passed,
        "status": row.status,
        "answers": [
            {"id": str(a.id), "question_id": a.question_id, "response": a.response,
             "answered_at": _iso(a.answered_at)}
            for a in row.answers
        ],
    }  # fmt: skip


def _card(row: ReviewCard, owners: set[uuid.UUID]) -> dict[str, Any]:
    owners.add(row.learner_id)
    return {
        "id": str(row.id), "learner_id": str(row.learner_id), "question_id": row.question_id,
        "course_id": row.course_id, "card": row.card, "due": _iso(row.due), "lapses": row.lapses,
        "added_at": _iso(row.added_at), "last_reviewed_at": _iso(row.last_reviewed_at),
    }  # fmt: skip


def _run(row: ScenarioRun, owners: set[uuid.UUID]) -> dict[str, Any]:
    owners.add(row.learner_id)
    return {
        "id": str(row.id), "learner_id": str(row.learner_id), "scenario_id": row.scenario_id,
        "content_hash": row.content_hash, "started_at": _iso(row.started_at),
        "finished_at": _iso(row.finished_at), "steps": row.steps, "stage_id": row.stage_id,
        "status": row.status,
    }  # fmt: skip


def _certificate(row: Certificate, owners: set[uuid.UUID]) -> dict[str, Any]:
    owners.add(row.learner_id)
    return {
        "id": str(row.id), "learner_id": str(row.learner_id), "course_id": row.course_id,
        "issued_at": _iso(row.issued_at), "fields": row.fields, "signature": row.signature,
        "public_key": row.public_key, "code": row.code,
    }  # fmt: skip


def _assignment(row: Assignment, owners: set[uuid.UUID]) -> dict[str, Any]:
    if row.target_kind == AssignmentTarget.LEARNER.value:
        with contextlib.suppress(ValueError):  # a malformed target simply names no one
            owners.add(uuid.UUID(row.target))
    return {
        "id": str(row.id), "course_id": row.course_id, "target_kind": row.target_kind,
        "target": row.target, "due_on": row.due_on.isoformat(), "created_at": _iso(row.created_at),
    }  # fmt: skip
