"""Queries and writes on learning records. Every function works in the session it is handed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from literacy_app.store.database import WRITE_TRANSACTION
from literacy_app.store.models import (
    NEVER_ACTIVE,
    AttemptAnswer,
    Learner,
    LessonProgress,
    QuizAttempt,
    utc_now,
)


def most_recent_learner(session: Session) -> Learner | None:
    """The learner who studied last; none of those an administrator added who never studied."""
    return session.scalars(
        select(Learner)
        .where(Learner.last_active_at > NEVER_ACTIVE)
        .order_by(Learner.last_active_at.desc())
        .limit(1)
    ).first()


def all_learners(session: Session) -> Sequence[Learner]:
    return session.scalars(select(Learner).order_by(Learner.name)).all()


def lesson_progress(
    session: Session, learner_id: uuid.UUID, course_id: str | None = None
) -> Sequence[LessonProgress]:
    query = select(LessonProgress).where(LessonProgress.learner_id == learner_id)
    if course_id is not None:
        query = query.where(LessonProgress.course_id == course_id)
    return session.scalars(query).all()


def progress_row(
    session: Session, learner_id: uuid.UUID, course_id: str, lesson_id: str
) -> LessonProgress | None:
    return session.scalars(
        select(LessonProgress).where(
            LessonProgress.learner_id == learner_id,
            LessonProgress.course_id == course_id,
            LessonProgress.lesson_id == lesson_id,
        )
    ).first()


def attempts(
    session: Session,
    learner_id: uuid.UUID,
    course_id: str | None = None,
    *,
    kind: str | None = None,
) -> Sequence[QuizAttempt]:
    """Attempts of a learner, newest first."""
    query = select(QuizAttempt).where(QuizAttempt.learner_id == learner_id)
    if course_id is not None:
        query = query.where(QuizAttempt.course_id == course_id)
    if kind is not None:
        query = query.where(QuizAttempt.kind == kind)
    return session.scalars(query.order_by(QuizAttempt.started_at.desc())).all()


def locked_attempt(session: Session, attempt_id: uuid.UUID) -> QuizAttempt | None:
    """The attempt, its row held by this transaction until it ends; the session's first statement.

    Saving an answer and handing the attempt in then take their turns: otherwise an answer could be
    checked against the still-open attempt and committed after another window or client had read
    the answers to score them, stored yet never counted. PostgreSQL locks the row (FOR UPDATE);
    SQLite, which ignores that, begins the transaction with its write lock instead.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.connection(execution_options={WRITE_TRANSACTION: True})
    return session.get(QuizAttempt, attempt_id, with_for_update=True)


def save_answer(session: Session, attempt: QuizAttempt, question_id: str, response: object) -> None:
    """Insert or replace the answer to one question of an attempt, in one statement.

    A read-then-insert lets two windows answering the same question both find no row and both
    insert, and the second fails on the unique key; the database's own upsert cannot race.
    """
    # The dialects' own `insert` carries the upsert; imported here, as a start never needs them.
    from sqlalchemy.dialects import postgresql, sqlite

    # SQLite and PostgreSQL are the databases the program is built and tested for.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(AttemptAnswer).values(
        id=uuid.uuid4(),
        attempt_id=attempt.id,
        question_id=question_id,
        response=response,
        answered_at=utc_now(),
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[AttemptAnswer.attempt_id, AttemptAnswer.question_id],
            set_={
                "response": statement.excluded.response,
                "answered_at": statement.excluded.answered_at,
            },
        )
    )
