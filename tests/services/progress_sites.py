"""Separate installations (each its own data directory, key and database) for progress-file tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from literacy_app.content.model import Tier
from literacy_app.rules.kinds import QuestionType
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.config import AppConfig
from literacy_app.store.models import (
    AttemptAnswer,
    Learner,
    LessonProgress,
    QuizAttempt,
    ReviewCard,
    ScenarioRun,
)

PASSWORD = "password-123"
COURSE = "public-info-discernment"
LESSON = "sift-four-moves"


@dataclass
class Site:
    """One installation and its administrator."""

    academy: Academy
    admin: Actor
    folder: Path

    def learner(self, name: str, identifier: str = "") -> Actor:
        if not identifier:
            return self.academy.learners.create(name, "某省/某市", Tier.PUBLIC)[1]
        record = self.academy.roster.add_learner(
            self.admin, name=name, identifier=identifier, department="某省/某市", tier=Tier.PUBLIC
        )
        return self.academy.learners.sign_in(record.id)

    def export(self, name: str, *, everything: bool = False, actor: Actor | None = None) -> Path:
        path = self.folder.parent / f"{name}.litprog"
        self.academy.progress.export(actor or self.admin, path, everything=everything)
        return path

    def trust(self, other: Site, label: str = "培训点") -> None:
        self.academy.installation.trust(
            self.admin, other.academy.installation.public_key_b64(), label
        )

    def snapshot(self) -> dict[str, Any]:
        """Every record as a user would see it, ids and all: what 'nothing changed' compares."""
        with self.academy._sessions() as session:

            def table(model: Any, *columns: str) -> list[tuple]:
                rows = session.scalars(select(model))
                return sorted(tuple(str(getattr(r, c)) for c in columns) for r in rows)

            return {
                "learners": table(Learner, "id", "name", "identifier", "department"),
                "lessons": table(
                    LessonProgress,
                    "learner_id",
                    "course_id",
                    "lesson_id",
                    "completed_at",
                    "started_at",
                    "active_seconds",
                ),
                "attempts": table(QuizAttempt, "id", "learner_id", "status", "submitted_at"),
                "answers": table(AttemptAnswer, "id", "attempt_id", "question_id", "response"),
                "cards": table(ReviewCard, "learner_id", "question_id", "last_reviewed_at"),
                "runs": table(ScenarioRun, "id", "status", "steps"),
            }

    def lesson_seconds(self, learner_name: str) -> int:
        with self.academy._sessions() as session:
            learner = session.scalars(select(Learner).where(Learner.name == learner_name)).one()
            return session.scalars(
                select(LessonProgress.active_seconds).where(
                    LessonProgress.learner_id == learner.id, LessonProgress.lesson_id == LESSON
                )
            ).one()


def open_site(folder: Path, db_url: str | None = None) -> Site:
    """An installation of its own: its data folder (and key), on SQLite there or on `db_url`."""
    academy = Academy(AppConfig.resolve(folder, db_url, None))
    admin = academy.accounts.create_first_administrator("管理员", PASSWORD)
    return Site(academy, admin, folder)


def take_final_quiz(site: Site, learner: Actor, *, submit: bool = True) -> None:
    attempt = site.academy.assessment.start_final(learner, COURSE)
    answered = 0
    for question in attempt.answerable():
        response: Any
        if question.type is QuestionType.SINGLE:
            response = question.options[-1][0]
        elif question.type is QuestionType.TRUE_FALSE:
            response = True
        else:
            continue
        site.academy.assessment.record_answer(
            learner, attempt.attempt_id, question.question_id, response
        )
        answered += 1
    assert answered
    if submit:
        site.academy.assessment.submit(learner, attempt.attempt_id)
