"""Studying: the learning path, course outlines, reading lessons and recording progress."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library, UnavailableCourse
from literacy_app.content.model import CountedAttempt, Course, Requirement, Tier

# Lessons link to each other in this scheme; the reader, which follows the links, asks it here.
from literacy_app.content.render import LESSON_SCHEME as LESSON_SCHEME
from literacy_app.content.render import Heading, render_lesson
from literacy_app.services.acting import Actor, acting_learner
from literacy_app.services.assessment import attempt_percent, counted_attempt
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.errors import NotAvailable, ServiceCode
from literacy_app.services.lookup import require_course
from literacy_app.services.path_views import CourseProgress
from literacy_app.store import records
from literacy_app.store.models import LessonProgress, QuizAttempt, RecordStatus, utc_now

# A lesson left open while the learner is away should not count as hours of study.
MAX_READING_SECONDS_PER_VISIT = 2 * 60 * 60

# Lists of courses show the required ones first, then electives, then courses outside the tier.
REQUIREMENT_RANK: dict[Requirement | None, int] = {
    Requirement.REQUIRED: 0,
    Requirement.ELECTIVE: 1,
    None: 2,
}


@dataclass(frozen=True)
class LessonState:
    lesson_id: str
    title: str
    minutes: int
    started: bool
    completed: bool


@dataclass(frozen=True)
class QuizSummary:
    questions: int
    pass_mark: int
    attempts: int
    best_percent: float | None  # the counted attempt's score (highest or last, as the course says)
    passed: bool
    in_progress: bool
    last_attempt_id: uuid.UUID | None
    time_limit: int | None
    max_attempts: int | None
    counts: CountedAttempt


@dataclass(frozen=True)
class CourseOutline:
    progress: CourseProgress
    version: str
    tiers: dict[Tier, Requirement]
    lessons: tuple[LessonState, ...]
    quiz: QuizSummary | None


@dataclass(frozen=True)
class LessonView:
    course_id: str
    course_title: str
    lesson_id: str
    title: str
    minutes: int
    objectives: tuple[str, ...]
    html: str
    headings: tuple[Heading, ...]
    course_folder: Path
    completed: bool
    previous_id: str | None
    next_id: str | None
    position: int
    count: int
    has_practice: bool


@dataclass(frozen=True)
class LearningTotals:
    """What the learner has done, for the record page."""

    path_courses: int
    path_completed: int
    hours_earned: float
    lessons_completed: int
    reading_seconds: int


class LearningService:
    def __init__(self, sessions: sessionmaker[Session], library: Callable[[], Library]) -> None:
        self._sessions = sessions
        self._library = library

    def learning_path(self, actor: Actor) -> list[CourseProgress]:
        """The learner's tier's courses, required before elective, each with its progress."""
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            tier = Tier(learner.tier)
            courses = self._library().courses_for(tier)
            progress = [self._progress(session, learner.id, c, c.spec.tiers[tier]) for c in courses]
        return sorted(progress, key=lambda p: (REQUIREMENT_RANK[p.requirement], p.title))

    def totals(self, actor: Actor) -> LearningTotals:
        """Courses of the learning path completed and the hours they earn, lessons and reading time."""
        path = self.learning_path(actor)
        with self._sessions() as session:
            rows = records.lesson_progress(session, acting_learner(session, actor).id)
            lessons = sum(1 for row in rows if row.completed_at is not None)
            seconds = sum(row.active_seconds or 0 for row in rows)
        done = [p for p in path if p.completed]
        return LearningTotals(len(path), len(done), sum(p.hours for p in done), lessons, seconds)

    def catalogue(self, actor: Actor) -> tuple[list[CourseProgress], list[UnavailableCourse]]:
        """Every usable course (the learner's required, then elective, then the rest) with progress,
        and the courses that cannot be opened."""
        library = self._library()
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            tier = Tier(learner.tier)
            usable = [
                self._progress(session, learner.id, c, c.spec.tiers.get(tier))
                for c in library.courses
            ]
        return sorted(usable, key=lambda p: (REQUIREMENT_RANK[p.requirement], p.title)), list(
            library.unavailable
        )

    def outline(self, actor: Actor, course_id: str) -> CourseOutline:
        course = self._course(course_id)
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            tier = Tier(learner.tier)
            rows = {p.lesson_id: p for p in records.lesson_progress(session, learner.id, course_id)}
            attempts = records.attempts(session, learner.id, course_id, kind=AttemptKind.FINAL)
            progress = self._progress(session, learner.id, course, course.spec.tiers.get(tier))
        lessons = tuple(
            LessonState(
                lesson.id,
                lesson.title,
                lesson.meta.minutes,
                lesson.id in rows,
                lesson.id in rows and rows[lesson.id].completed_at is not None,
            )
            for lesson in course.lessons
        )
        quiz = None
        rule = course.spec.final_quiz
        if rule is not None:
            submitted = [a for a in attempts if a.submitted_at is not None]
            quiz = QuizSummary(
                questions=rule.questions,
                pass_mark=rule.pass_mark,
                attempts=len(submitted),
                best_percent=progress.best_percent,
                passed=progress.quiz_passed,
                in_progress=any(a.status == RecordStatus.OPEN for a in attempts),
                last_attempt_id=submitted[0].id if submitted else None,
                time_limit=rule.time_limit,
                max_attempts=rule.max_attempts,
                counts=rule.counts,
            )
        return CourseOutline(progress, course.spec.version, dict(course.spec.tiers), lessons, quiz)

    def open_lesson(self, actor: Actor, course_id: str, lesson_id: str) -> LessonView:
        """Render a lesson for reading and note that the learner has started it."""
        course = self._course(course_id)
        try:
            lesson = course.lesson(lesson_id)
        except KeyError:
            raise NotAvailable(ServiceCode.LESSON_GONE, lesson=lesson_id) from None
        rendered = render_lesson(lesson, course)
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            row = records.progress_row(session, learner.id, course_id, lesson_id)
            if row is None:
                row = LessonProgress(
                    learner_id=learner.id,
                    course_id=course_id,
                    lesson_id=lesson_id,
                    content_hash=course.content_hash,
                    active_seconds=0,
                )
                session.add(row)
            learner.last_active_at = utc_now()
            completed = row.completed_at is not None
        ids = [item.id for item in course.lessons]
        index = ids.index(lesson_id)
        return LessonView(
            course_id=course.id,
            course_title=course.title,
            lesson_id=lesson.id,
            title=lesson.title,
            minutes=lesson.meta.minutes,
            objectives=lesson.meta.objectives,
            html=rendered.html,
            headings=rendered.headings,
            course_folder=course.folder,
            completed=completed,
            previous_id=ids[index - 1] if index > 0 else None,
            next_id=ids[index + 1] if index + 1 < len(ids) else None,
            position=index + 1,
            count=len(ids),
            has_practice=lesson.meta.practice is not None,
        )

    def record_reading(
        self,
        actor: Actor,
        course_id: str,
        lesson_id: str,
        seconds: float,
        *,
        completed: bool = False,
    ) -> None:
        """Add active reading time to a lesson and, when asked, mark it completed."""
        course = self._course(course_id)
        seconds = int(max(0, min(seconds, MAX_READING_SECONDS_PER_VISIT)))
        with self._sessions.begin() as session:
            learner_id = acting_learner(session, actor).id
            row = records.progress_row(session, learner_id, course_id, lesson_id)
            if row is None:
                row = LessonProgress(
                    learner_id=learner_id, course_id=course_id, lesson_id=lesson_id,
                    content_hash=course.content_hash, active_seconds=0,
                )  # fmt: skip
                session.add(row)
            row.active_seconds = (row.active_seconds or 0) + seconds
            if completed and row.completed_at is None:
                row.completed_at = utc_now()
                row.content_hash = course.content_hash

    def _course(self, course_id: str) -> Course:
        return require_course(self._library(), course_id)

    def _progress(
        self,
        session: Session,
        learner_id: uuid.UUID,
        course: Course,
        requirement: Requirement | None,
    ) -> CourseProgress:
        return course_progress(
            course,
            requirement,
            records.lesson_progress(session, learner_id, course.id),
            records.attempts(session, learner_id, course.id, kind=AttemptKind.FINAL),
        )


def course_progress(
    course: Course,
    requirement: Requirement | None,
    lesson_rows: Iterable[LessonProgress],
    final_attempts: Sequence[QuizAttempt],
) -> CourseProgress:
    """One learner's progress in a course from their records of it: the one rule for "completed",
    also used where many learners' records are read at once (assignments)."""
    lesson_ids = {lesson.id for lesson in course.lessons}
    done = sum(
        1 for row in lesson_rows if row.completed_at is not None and row.lesson_id in lesson_ids
    )
    rule = course.spec.final_quiz
    counted = counted_attempt(final_attempts, rule.counts if rule else CountedAttempt.HIGHEST)
    return CourseProgress(
        course_id=course.id,
        title=course.title,
        summary=course.spec.summary,
        hours=course.spec.hours,
        requirement=requirement,
        lessons_done=done,
        lessons_total=len(course.lessons),
        has_quiz=course.spec.final_quiz is not None,
        best_percent=attempt_percent(counted) if counted else None,
        quiz_passed=bool(counted and counted.passed),
    )
