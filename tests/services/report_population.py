"""A small mixed population for the reporting tests: learners in a department tree, lesson progress
(including a lesson the course no longer has), final attempts counted highest and last, practice
attempts, open attempts, assignments to a tier, a department and a learner, and 学时 targets."""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor, Role
from literacy_app.store.models import (
    Assignment,
    AssignmentTarget,
    HourTarget,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
)

DEPARTMENTS = (
    "甲省/一市/东县/融媒体中心",
    "甲省/一市/东县/宣传部",
    "甲省/一市/西县/融媒体中心",
    "甲省/二市/南县/网信办",
    "甲省",
    "乙省/三市/北县/融媒体中心",
    "甲省二/四市/某县/单位",  # shares a prefix with 甲省 but is not below it
)
LAST_COUNTED = "operator-content-review"  # rewritten to count the last attempt


def content_with_a_last_counted_course(content: Path) -> list[Path]:
    course = content / "courses" / LAST_COUNTED / "course.yaml"
    text = course.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  counts:.*\n", "", text).replace(
        "final_quiz:\n", "final_quiz:\n  counts: last\n"
    )
    course.write_text(text, encoding="utf-8")
    return [content / "courses", content / "quizzes", content / "scenarios"]


@dataclass
class Population:
    academy: Academy
    admin: Actor
    learners: dict[uuid.UUID, tuple[str, str, Tier]]  # id -> name, department, tier
    today: date
    lesson_events: list[tuple[uuid.UUID, str, datetime, bool]]  # learner, course, at, completion


def build(academy: Academy, today: date, seed: int = 7, count: int = 24) -> Population:
    """The population, with the administrator 管理员 (password-123) the tests sign in as."""
    rng = random.Random(seed)
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    library = academy.library()
    courses = list(library.courses)
    learners = {}
    for n in range(count):
        tier = list(Tier)[n % 3]
        view, _ = academy.learners.create(f"学员{n:02d}", DEPARTMENTS[n % len(DEPARTMENTS)], tier)
        learners[view.id] = (view.name, view.department, tier)
    now = datetime(today.year, today.month, today.day, 4, tzinfo=UTC)
    events = []
    ids = list(learners)
    with academy.engine.begin() as connection:
        for learner_id in ids:
            for course in rng.sample(courses, rng.randrange(0, 5)):
                start = now - timedelta(days=rng.randrange(1, 60), hours=rng.randrange(24))
                lesson_ids = [lesson.id for lesson in course.lessons]
                read = rng.randrange(len(lesson_ids) + 1)
                if rng.random() < 0.5:
                    read = len(lesson_ids)
                extra = ["a-lesson-since-removed"] if rng.random() < 0.3 else []
                for index, lesson_id in enumerate(lesson_ids[:read] + extra):
                    at = start + timedelta(hours=index * 5)
                    done = index < read - 1 or rng.random() < 0.8 or bool(extra)
                    connection.execute(
                        LessonProgress.__table__.insert(),
                        dict(
                            id=uuid.uuid4(), learner_id=learner_id, course_id=course.id,
                            lesson_id=lesson_id, content_hash="x", started_at=at,
                            completed_at=at + timedelta(minutes=20) if done else None,
                            active_seconds=600,
                        ),
                    )  # fmt: skip
                    events.append((learner_id, course.id, at, False))
                    if done:
                        events.append((learner_id, course.id, at + timedelta(minutes=20), True))
                for k in range(rng.randrange(0, 4)):
                    at = start + timedelta(days=2, hours=k * 7)
                    possible = 10
                    earned = float(rng.choice([3, 6, 6, 8, 10]))
                    kind = "final" if rng.random() < 0.85 else "practice"
                    status = RecordStatus.COMPLETED if rng.random() < 0.85 else RecordStatus.OPEN
                    submitted = status is RecordStatus.COMPLETED
                    connection.execute(
                        QuizAttempt.__table__.insert(),
                        dict(
                            id=uuid.uuid4(), learner_id=learner_id, kind=kind, course_id=course.id,
                            lesson_id=None, content_hash="x", seed=1, question_ids=[], rules={},
                            pass_mark=60, started_at=at,
                            submitted_at=at + timedelta(minutes=9) if submitted else None,
                            earned=earned if submitted else None,
                            possible=possible if submitted else None,
                            passed=(earned * 10 >= 60) if submitted else None,
                            status=status.value,
                        ),
                    )  # fmt: skip
        connection.execute(
            Assignment.__table__.insert(),
            [
                assignment(courses[0].id, AssignmentTarget.TIER, "public", today - timedelta(days=2)),
                assignment(courses[1].id, AssignmentTarget.DEPARTMENT, "甲省/一市", today + timedelta(days=9)),
                assignment(courses[1].id, AssignmentTarget.DEPARTMENT, "甲省/一市/东县", today - timedelta(days=1)),
                assignment(courses[2].id, AssignmentTarget.LEARNER, str(ids[0]), today - timedelta(days=5)),
            ],
        )  # fmt: skip
        connection.execute(
            HourTarget.__table__.insert(),
            [
                dict(id=uuid.uuid4(), year=today.year, tier="leader", department="", hours=6.0),
                dict(id=uuid.uuid4(), year=today.year, tier="operator", department="", hours=4.0),
                dict(
                    id=uuid.uuid4(),
                    year=today.year,
                    tier="operator",
                    department="甲省/一市",
                    hours=9.0,
                ),
            ],
        )
    return Population(academy, admin, learners, today, events)


def assignment(course_id: str, kind: AssignmentTarget, target: str, due: date) -> dict:
    return dict(
        id=uuid.uuid4(), course_id=course_id, target_kind=kind.value, target=target, due_on=due,
        created_by=None, created_at=datetime.now(UTC),
    )  # fmt: skip


def learner_actor(learner_id: uuid.UUID) -> Actor:
    return Actor(learner_id, Role.LEARNER)
