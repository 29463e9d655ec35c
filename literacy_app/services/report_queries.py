"""The SQL behind the completion report and the dashboard: one statement yields the learner × course
rows with every figure computed by the database (GROUP BY and window functions), so a report over
10,000 learners never loads their records into Python.

What the database cannot know comes from the content library and is fed in as small VALUES tables:
each course's CURRENT lessons (a lesson removed from a course no longer counts), hours, whether it
has a final quiz and which attempt counts, and which tiers it is required for. Completion agrees
with `LearningService` (`CourseProgress.completed`): every current lesson completed, and the counted
final attempt (highest score, ties to the later one; or the last one) passed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    cast,
    column,
    false,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
    type_coerce,
    union_all,
    values,
)
from sqlalchemy.sql.selectable import CTE

from literacy_app.content.library import Library
from literacy_app.content.model import CountedAttempt, Requirement
from literacy_app.services.report_rows import ReportFilter
from literacy_app.store.models import (
    Assignment,
    AssignmentTarget,
    Learner,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
)

FINAL = "final"  # AttemptKind.FINAL; the assessment service owns the enum, its value is stored


def local_day_start(day: date) -> datetime:
    """Midnight of a local calendar day, in UTC (the database stores UTC)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def utc_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive local days as a half-open UTC range [from, until)."""
    return (
        local_day_start(start) if start else None,
        local_day_start(end + timedelta(days=1)) if end else None,
    )


def naive_utc(moment: datetime) -> datetime:
    """SQLite compares stored times as text without a zone: bind UTC times without one too."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def in_subtree(department: SQLColumnExpression[str], path: str) -> ColumnElement[bool]:
    """The department is `path` or a unit below it (the path's "/" boundary respected)."""
    pattern = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"
    return or_(department == path, department.like(pattern, escape="\\"))


def under_path(
    department: SQLColumnExpression[str], path: SQLColumnExpression[str]
) -> ColumnElement[bool]:
    """Like `in_subtree`, for a path held in a column (an assignment's or a target's department)."""
    return or_(department == path, func.substr(department, 1, func.length(path) + 1) == path + "/")


@dataclass(frozen=True)
class CatalogueTables:
    """The library's courses as VALUES tables the report statement reads."""

    courses: CTE  # course_id, title, hours, lessons_total, has_quiz, counts_last
    lessons: CTE  # course_id, lesson_id: the course's current lessons
    required: CTE  # course_id, tier: the tiers the course is required for


def catalogue_tables(library: Library, course_id: str | None) -> CatalogueTables:
    chosen = [c for c in library.courses if course_id is None or c.id == course_id]
    # An empty VALUES is not SQL; a row with an id no course can have keeps every join empty.
    course_rows = [
        (
            c.id,
            c.title,
            float(c.spec.hours),
            len(c.lessons),
            c.spec.final_quiz is not None,
            c.spec.final_quiz is not None and c.spec.final_quiz.counts is CountedAttempt.LAST,
        )
        for c in chosen
    ] or [("", "", 0.0, 1, False, False)]
    lesson_rows = [(c.id, lesson.id) for c in chosen for lesson in c.lessons] or [("", "")]
    required_rows = [
        (c.id, tier.value)
        for c in chosen
        for tier, requirement in c.spec.tiers.items()
        if requirement is Requirement.REQUIRED
    ] or [("", "")]
    courses = (
        values(
            column("course_id", String), column("title", String), column("hours", Float),
            column("lessons_total", Integer), column("has_quiz", Boolean),
            column("counts_last", Boolean), name="report_courses",
        )
        .data(course_rows)
        .cte("report_courses")
    )  # fmt: skip
    lessons = (
        values(column("course_id", String), column("lesson_id", String), name="report_lessons")
        .data(lesson_rows)
        .cte("report_lessons")
    )
    required = (
        values(column("course_id", String), column("tier", String), name="report_required")
        .data(required_rows)
        .cte("report_required")
    )
    return CatalogueTables(courses, lessons, required)


def learner_conditions(report: ReportFilter) -> list[ColumnElement[bool]]:
    """Conditions on the learners table for the filter's department subtree, tier and learner."""
    conditions = []
    if report.department:
        conditions.append(in_subtree(Learner.department, report.department))
    if report.tier is not None:
        conditions.append(Learner.tier == report.tier.value)
    if report.learner_id is not None:
        conditions.append(Learner.id == report.learner_id)
    return conditions


def scoped_learners(report: ReportFilter, *, name: str = "report_learners") -> CTE:
    """The learners the filter covers (department subtree, tier, one learner), as a CTE."""
    query = select(Learner.id, Learner.name, Learner.identifier, Learner.department, Learner.tier)
    return query.where(*learner_conditions(report)).cte(name)


def learner_in_scope(
    learner_column: SQLColumnExpression[uuid.UUID], report: ReportFilter
) -> ColumnElement[bool]:
    """A record's learner is one the filter covers; records are read through their learner index
    rather than joined to the learners, so an unfiltered report scans each table once."""
    if report.learner_id is not None:
        return learner_column == report.learner_id
    conditions = learner_conditions(report)
    if not conditions:
        return true()
    return learner_column.in_(select(Learner.id).where(*conditions))


def _in_range(moment, since: datetime | None, until: datetime | None):
    """1 when a (possibly NULL) time falls in the half-open UTC range, else 0."""
    bounds = [moment >= naive_utc(since)] if since else []
    bounds += [moment < naive_utc(until)] if until else []
    return case((and_(moment.is_not(None), *bounds), 1), else_=0)


def lesson_figures(
    tables: CatalogueTables,
    scope: ColumnElement[bool],
    since: datetime | None,
    until: datetime | None,
) -> CTE:
    """Per learner and course: current lessons completed and the last of them, reading activity."""
    lp = LessonProgress
    current = tuple_(lp.course_id, lp.lesson_id).in_(
        select(tables.lessons.c.course_id, tables.lessons.c.lesson_id)
    )
    done = and_(lp.completed_at.is_not(None), current)
    return (
        select(
            lp.learner_id.label("learner_id"),
            lp.course_id.label("course_id"),
            func.sum(case((done, 1), else_=0)).label("lessons_done"),
            func.max(case((done, lp.completed_at))).label("last_lesson_at"),
            func.min(lp.started_at).label("first_at"),
            func.max(func.coalesce(lp.completed_at, lp.started_at)).label("last_at"),
            func.sum(_in_range(lp.started_at, since, until) + _in_range(lp.completed_at, since, until))
            .label("in_range"),
        )
        .where(lp.course_id.in_(select(tables.courses.c.course_id)), scope)
        .group_by(lp.learner_id, lp.course_id)
        .cte("report_lesson_figures")
    )  # fmt: skip


def quiz_figures(
    tables: CatalogueTables,
    scope: ColumnElement[bool],
    since: datetime | None,
    until: datetime | None,
) -> CTE:
    """Per learner and course, from every quiz attempt of the course (final and practice): final
    attempts handed in, the counted one's score and pass (highest score, ties to the later; or the
    last), when the quiz requirement was met (the first passing attempt; when the last attempt
    counts, the first passing one after the last failing one), and quiz activity."""
    qa = QuizAttempt
    final = and_(qa.kind == FINAL, qa.status == RecordStatus.COMPLETED.value)
    passed = func.coalesce(qa.passed, false())
    ratio = case((qa.possible > 0, qa.earned * 1.0 / qa.possible), else_=0.0)
    counts_last = qa.course_id.in_(
        select(tables.courses.c.course_id).where(tables.courses.c.counts_last == true())
    )
    # Final attempts first, the counted one leading: the best score (ties to the later), or the
    # last. Both windows share this partition, order and running frame, so the database sorts and
    # walks the attempts once; when the last attempt counts, the order is newest first, and the
    # running count of failed finals is those handed in at or after each attempt.
    partition = (qa.learner_id, qa.course_id)
    order = (
        case((final, 1), else_=0).desc(),
        case((counts_last, 0.0), else_=ratio).desc(),
        qa.submitted_at.desc(),
    )

    def running(function):
        return function.over(partition_by=partition, order_by=order, rows=(None, 0))

    ranked = (
        select(
            qa.learner_id,
            qa.course_id,
            qa.started_at,
            qa.submitted_at,
            final.label("final"),
            (100.0 * ratio).label("percent"),
            passed.label("passed"),
            counts_last.label("counts_last"),
            running(func.row_number()).label("rank"),
            running(func.sum(case((and_(final, passed == false()), 1), else_=0))).label(
                "failed_since"
            ),
        )
        .where(qa.course_id.in_(select(tables.courses.c.course_id)), scope)
        .subquery("report_ranked")
    )
    r = ranked.c
    counted = and_(r.rank == 1, r.final == true())
    meets = and_(
        r.final == true(),
        r.passed == true(),
        or_(r.counts_last == false(), r.failed_since == 0),
    )
    return (
        select(
            r.learner_id,
            r.course_id,
            func.sum(case((r.final == true(), 1), else_=0)).label("attempts"),
            func.max(case((counted, r.percent))).label("best_percent"),
            # 1/0 rather than a boolean: PostgreSQL has no max() of booleans.
            func.max(case((counted, case((r.passed == true(), 1), else_=0)))).label("passed"),
            func.min(case((meets, r.submitted_at))).label("met_at"),
            func.min(r.started_at).label("first_at"),
            func.max(func.coalesce(r.submitted_at, r.started_at)).label("last_at"),
            func.sum(_in_range(r.started_at, since, until) + _in_range(r.submitted_at, since, until))
            .label("in_range"),
        )
        .group_by(r.learner_id, r.course_id)
        .cte("report_quiz_figures")
    )  # fmt: skip


def course_row_statement(
    library: Library,
    report: ReportFilter,
    today: date,
) -> Select:
    """The learner × course rows of the report, ordered by department, learner, course title.

    Columns: learner_id, learner_name, identifier, department, tier, course_id, course_title,
    required, assigned, due_on, lessons_done, lessons_total, best_percent, passed, attempts, hours,
    first_activity, last_activity, completed, completed_at, overdue.
    """
    tables = catalogue_tables(library, report.course_id)
    courses, required = tables.courses, tables.required
    learners = scoped_learners(report)
    since, until = utc_bounds(report.start, report.end)
    lessons = lesson_figures(
        tables, learner_in_scope(LessonProgress.learner_id, report), since, until
    )
    quiz = quiz_figures(tables, learner_in_scope(QuizAttempt.learner_id, report), since, until)

    # Why each pair is in the record: required for the tier, assigned, or studied.
    no_date = type_coerce(literal(None), Date)
    sources = union_all(
        select(
            learners.c.id.label("learner_id"), required.c.course_id.label("course_id"),
            literal(1).label("is_required"), literal(0).label("is_assigned"), no_date.label("due_on"),
        ).join(required, required.c.tier == learners.c.tier),
        select(learners.c.id, Assignment.course_id, literal(0), literal(1), Assignment.due_on)
        .join(Assignment, assignment_covers(learners))
        .where(Assignment.course_id.in_(select(courses.c.course_id))),
        select(lessons.c.learner_id, lessons.c.course_id, literal(0), literal(0), no_date),
        select(quiz.c.learner_id, quiz.c.course_id, literal(0), literal(0), no_date),
    ).subquery("report_sources")  # fmt: skip
    pairs = (
        select(
            sources.c.learner_id,
            sources.c.course_id,
            func.max(sources.c.is_required).label("is_required"),
            func.max(sources.c.is_assigned).label("is_assigned"),
            func.min(sources.c.due_on).label("due_on"),
        )
        .group_by(sources.c.learner_id, sources.c.course_id)
        .subquery("report_pairs")
    )

    lessons_done = func.coalesce(lessons.c.lessons_done, 0)
    passed = func.coalesce(quiz.c.passed, 0) == 1
    completed = and_(
        lessons_done == courses.c.lessons_total,
        or_(courses.c.has_quiz == false(), passed),
    )
    last_lesson = lessons.c.last_lesson_at
    completed_at = case(
        (
            completed,
            case(
                (or_(quiz.c.met_at.is_(None), last_lesson >= quiz.c.met_at), last_lesson),
                else_=quiz.c.met_at,
            ),
        ),
        else_=None,
    )
    first = _earlier(lessons.c.first_at, quiz.c.first_at)
    last = _later(lessons.c.last_at, quiz.c.last_at)
    statement = (
        select(
            learners.c.id.label("learner_id"),
            learners.c.name.label("learner_name"),
            func.coalesce(learners.c.identifier, "").label("identifier"),
            learners.c.department,
            learners.c.tier,
            courses.c.course_id,
            courses.c.title.label("course_title"),
            pairs.c.is_required.label("required"),
            pairs.c.is_assigned.label("assigned"),
            pairs.c.due_on,
            lessons_done.label("lessons_done"),
            courses.c.lessons_total,
            quiz.c.best_percent,
            passed.label("passed"),
            func.coalesce(quiz.c.attempts, 0).label("attempts"),
            case((completed, courses.c.hours), else_=0.0).label("hours"),
            type_coerce(first, DateTime(timezone=True)).label("first_activity"),
            type_coerce(last, DateTime(timezone=True)).label("last_activity"),
            completed.label("completed"),
            type_coerce(completed_at, DateTime(timezone=True)).label("completed_at"),
            and_(pairs.c.due_on.is_not(None), pairs.c.due_on < today, ~completed).label("overdue"),
        )
        .select_from(pairs)
        .join(learners, learners.c.id == pairs.c.learner_id)
        .join(courses, courses.c.course_id == pairs.c.course_id)
        .outerjoin(
            lessons,
            and_(lessons.c.learner_id == pairs.c.learner_id, lessons.c.course_id == pairs.c.course_id),
        )
        .outerjoin(
            quiz, and_(quiz.c.learner_id == pairs.c.learner_id, quiz.c.course_id == pairs.c.course_id)
        )
        .order_by(learners.c.department, learners.c.name, learners.c.id, courses.c.title)
    )  # fmt: skip
    if since or until:
        # A date range keeps the rows with something done in it.
        statement = statement.where(
            func.coalesce(lessons.c.in_range, 0) + func.coalesce(quiz.c.in_range, 0) > 0
        )
    return statement


def _earlier(a, b):
    """The earlier of two times that may be NULL (portable: no LEAST/min() of two arguments)."""
    return case((a.is_(None), b), (b.is_(None), a), (a <= b, a), else_=b)


def _later(a, b):
    return case((a.is_(None), b), (b.is_(None), a), (a >= b, a), else_=b)


def assignment_covers(learners: CTE) -> ColumnElement[bool]:
    """An assignment covers a learner through their tier, their department subtree, or by name.

    A learner target is the learner's UUID as text; it is compared in both spellings (with and
    without hyphens) since SQLite keeps UUIDs as 32 hex digits.
    """
    target = Assignment.target
    as_text = cast(learners.c.id, String)
    return or_(
        and_(Assignment.target_kind == AssignmentTarget.TIER.value, target == learners.c.tier),
        and_(
            Assignment.target_kind == AssignmentTarget.DEPARTMENT.value,
            under_path(learners.c.department, target),
        ),
        and_(
            Assignment.target_kind == AssignmentTarget.LEARNER.value,
            func.lower(func.replace(target, "-", "")) == func.lower(func.replace(as_text, "-", "")),
        ),
    )
