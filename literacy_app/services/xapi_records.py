"""The records an xAPI export is made of, read in SQL for a report filter, and the installation id.

Lessons read, answers given, final quizzes handed in and courses completed by the learners the
filter selects, within its dates (local calendar days, inclusive). Rows are streamed, never all
loaded; only the course completions are gathered per learner and course, since each needs a
learner's lessons and quizzes together.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from literacy_app.content.library import Library
from literacy_app.exports.xapi import (
    AnswerRecord,
    CourseCompletion,
    FinalAttemptRecord,
    LessonRecord,
    Titles,
)
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.report_queries import learner_conditions
from literacy_app.services.report_rows import ReportFilter
from literacy_app.store.models import (
    AttemptAnswer,
    Learner,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
    as_utc,
    recorded_utc,
)

BATCH = 1000
S = TypeVar("S", bound=Select)


def titles(library: Library) -> Titles:
    return Titles(
        courses={course.id: course.title for course in library.courses},
        lessons={(c.id, lesson.id): lesson.title for c in library.courses for lesson in c.lessons},
    )


def day_bounds(report: ReportFilter) -> tuple[datetime | None, datetime | None]:
    """The filter's inclusive local days as a UTC start and an exclusive UTC end."""

    def local_midnight(day: date) -> datetime:
        return datetime.combine(day, time()).astimezone().astimezone(UTC)

    start = local_midnight(report.start) if report.start else None
    end = local_midnight(report.end + timedelta(days=1)) if report.end else None
    return start, end


def _in_period(column: Any, start: datetime | None, end: datetime | None) -> Any:
    conditions = [column.is_not(None)]
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return and_(*conditions)


def _learners(statement: S, learner_id: Any, report: ReportFilter) -> S:
    """The statement limited to the learners the filter selects (the report rows' own rule)."""
    return statement.join(Learner, Learner.id == learner_id).where(*learner_conditions(report))


def lesson_records(session: Session, report: ReportFilter) -> Iterator[LessonRecord]:
    start, end = day_bounds(report)
    statement = _learners(select(LessonProgress), LessonProgress.learner_id, report).where(
        or_(
            _in_period(LessonProgress.started_at, start, end),
            _in_period(LessonProgress.completed_at, start, end),
        )
    )
    if report.course_id:
        statement = statement.where(LessonProgress.course_id == report.course_id)
    statement = statement.order_by(LessonProgress.learner_id, LessonProgress.started_at)
    for row in session.scalars(statement.execution_options(yield_per=BATCH)):
        yield LessonRecord(
            row.id, row.learner_id, row.course_id, row.lesson_id,
            as_utc(row.started_at), as_utc(row.completed_at), row.active_seconds or 0,
        )  # fmt: skip


def answer_records(session: Session, report: ReportFilter) -> Iterator[AnswerRecord]:
    start, end = day_bounds(report)
    statement = (
        _learners(
            select(AttemptAnswer, QuizAttempt.learner_id, QuizAttempt.course_id).join(
                QuizAttempt, QuizAttempt.id == AttemptAnswer.attempt_id
            ),
            QuizAttempt.learner_id,
            report,
        )
        .where(_in_period(AttemptAnswer.answered_at, start, end))
        .order_by(QuizAttempt.learner_id, AttemptAnswer.answered_at)
    )
    if report.course_id:
        statement = statement.where(QuizAttempt.course_id == report.course_id)
    for answer, learner_id, course_id in session.execute(
        statement.execution_options(yield_per=BATCH)
    ):
        yield AnswerRecord(
            answer.id, learner_id, course_id, answer.question_id, answer.response,
            as_utc(answer.answered_at),
        )  # fmt: skip


def final_attempt_records(session: Session, report: ReportFilter) -> Iterator[FinalAttemptRecord]:
    start, end = day_bounds(report)
    statement = _learners(select(QuizAttempt), QuizAttempt.learner_id, report).where(
        QuizAttempt.kind == AttemptKind.FINAL.value,
        QuizAttempt.status == RecordStatus.COMPLETED.value,
        _in_period(QuizAttempt.submitted_at, start, end),
    )
    if report.course_id:
        statement = statement.where(QuizAttempt.course_id == report.course_id)
    statement = statement.order_by(QuizAttempt.learner_id, QuizAttempt.submitted_at)
    for row in session.scalars(statement.execution_options(yield_per=BATCH)):
        assert row.submitted_at is not None  # the filter keeps handed-in attempts only
        yield FinalAttemptRecord(
            row.id, row.learner_id, row.course_id, as_utc(row.started_at),
            as_utc(row.submitted_at), row.earned or 0.0, row.possible or 0, bool(row.passed),
        )  # fmt: skip


def course_completions(
    session: Session, report: ReportFilter, library: Library
) -> Iterator[CourseCompletion]:
    """A course is completed when every lesson it has now is read and, if it has a final quiz,
    one was passed; it was completed at the later of the last lesson and the first pass."""
    courses = [c for c in library.courses if not report.course_id or c.id == report.course_id]
    if not courses:
        return
    lessons_of = {c.id: {lesson.id for lesson in c.lessons} for c in courses}
    read = _learners(
        select(
            LessonProgress.learner_id, LessonProgress.course_id,
            func.count(LessonProgress.lesson_id.distinct()), func.max(LessonProgress.completed_at),
        ),
        LessonProgress.learner_id, report,
    ).where(
        LessonProgress.completed_at.is_not(None),
        or_(false(), *(
            and_(LessonProgress.course_id == course_id, LessonProgress.lesson_id.in_(ids))
            for course_id, ids in lessons_of.items()
        )),
    ).group_by(LessonProgress.learner_id, LessonProgress.course_id)  # fmt: skip
    passed = _learners(
        select(QuizAttempt.learner_id, QuizAttempt.course_id, func.min(QuizAttempt.submitted_at)),
        QuizAttempt.learner_id, report,
    ).where(
        QuizAttempt.kind == AttemptKind.FINAL.value,
        QuizAttempt.status == RecordStatus.COMPLETED.value,
        QuizAttempt.passed.is_(True),
        QuizAttempt.course_id.in_(list(lessons_of)),
    ).group_by(QuizAttempt.learner_id, QuizAttempt.course_id)  # fmt: skip
    first_pass = {
        (learner, course): recorded_utc(at, "quiz_attempts.submitted_at")
        for learner, course, at in session.execute(passed)
    }
    has_quiz = {c.id for c in courses if c.spec.final_quiz is not None}
    start, end = day_bounds(report)
    for learner_id, course_id, count, last_read in session.execute(read):
        if count < len(lessons_of[course_id]):
            continue
        moment = recorded_utc(last_read, "lesson_progress.completed_at")
        if course_id in has_quiz:
            passed_at = first_pass.get((learner_id, course_id))
            if passed_at is None:
                continue
            moment = max(moment, passed_at)
        if (start is None or moment >= start) and (end is None or moment < end):
            yield CourseCompletion(learner_id, course_id, moment)
