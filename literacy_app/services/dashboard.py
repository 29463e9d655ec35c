"""The administrator's dashboard: totals and rates by tier, department and course, 学时 against the
annual targets, learners behind or overdue, and weekly activity, each from SQL aggregates over the
same learner × course rows the completion report streams (`services/report_queries.py`), so the
dashboard and every export cannot disagree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CTE

from literacy_app.content.library import Library
from literacy_app.content.model import Tier
from literacy_app.services.report_queries import (
    course_row_statement,
    learner_in_scope,
    local_day_start,
    naive_utc,
    scoped_learners,
    under_path,
)
from literacy_app.services.report_rows import ReportFilter
from literacy_app.store.models import HourTarget, LessonProgress, QuizAttempt

# The activity chart covers this many weeks when the filter gives no start date.
DEFAULT_ACTIVITY_WEEKS = 12
# The table of learners behind shows the worst ones; the count says how many there are in all.
BEHIND_LIMIT = 200


@dataclass(frozen=True)
class GroupFigures:
    """Figures for one group of report rows (a tier, a department, a course, or all of them)."""

    key: str  # the tier's value, the department path, the course id; "" for the totals
    label: str  # the course title, the department's own unit name ("" for the level itself)
    learners: int
    enrolled: int  # learner × course rows
    completed: int
    attempted: int  # rows with a final quiz handed in
    passed: int
    hours: float

    @property
    def completion_rate(self) -> float:
        return self.completed / self.enrolled if self.enrolled else 0.0

    @property
    def pass_rate(self) -> float | None:
        """Of those who handed in the final quiz, the share whose counted attempt passed."""
        return self.passed / self.attempted if self.attempted else None


@dataclass(frozen=True)
class HoursAgainstTarget:
    """One tier's 学时 this year against the annual targets of its learners."""

    tier: Tier
    learners: int
    with_target: int
    target: float
    expected: float  # what the targets ask by today, at an even pace through the year
    earned: float
    behind: int


@dataclass(frozen=True)
class WeekActivity:
    week_start: date  # a Monday
    lessons_completed: int
    quizzes_submitted: int
    active_learners: int


@dataclass(frozen=True)
class LearnerBehind:
    learner_id: uuid.UUID
    name: str
    department: str
    tier: Tier
    earned: float  # 学时 this year
    target: float | None
    expected: float  # by the even pace; 0 without a target
    overdue: int  # assigned courses past their due date and not completed
    earliest_due: date | None


@dataclass(frozen=True)
class DashboardFigures:
    filter: ReportFilter
    year: int  # the year of the 学时 section
    totals: GroupFigures
    by_tier: tuple[GroupFigures, ...]
    department_parent: str  # departments are shown one level below this path ("" = the top)
    by_department: tuple[GroupFigures, ...]
    by_course: tuple[GroupFigures, ...]
    hours: tuple[HoursAgainstTarget, ...]
    activity: tuple[WeekActivity, ...]
    behind: tuple[LearnerBehind, ...]  # the worst BEHIND_LIMIT
    behind_total: int


def dashboard_figures(
    session: Session, library: Library, report: ReportFilter, today: date
) -> DashboardFigures:
    """The dashboard's figures for the filter, on the session's connection.

    The 学时 section (earned against target, learners behind) looks at the whole year of the
    filter's end (or this year) and every course, within the filter's department and tier.
    """
    parent = report.department or ""
    year = (report.end or today).year
    dialect = session.get_bind().dialect.name
    # The rows are computed once into a temporary table, and summed per learner into a
    # second, small one. A learner has one tier and one department, and is in a course's
    # rows at most once: every figure is then a plain sum of one of the two tables, with
    # no COUNT(DISTINCT) and no further pass over the rows.
    statement = course_row_statement(library, report, today).order_by(None)
    rows = _materialise(session, statement, "report_rows")
    learners = _materialise(session, _per_learner(rows, year), "report_learner_sums")
    temporary = [rows, learners]
    totals = _groups(session, learners, literal(""), literal(""))
    by_tier = _groups(session, learners, learners.c.tier, learners.c.tier)
    unit = _child_unit(learners.c.department, parent, dialect)
    by_department = tuple(
        replace(g, key=_join(parent, g.label) if g.label else parent)
        for g in _groups(session, learners, unit, unit)
    )
    by_course = _course_groups(session, rows)
    scope = ReportFilter(
        department=report.department, tier=report.tier, learner_id=report.learner_id
    )
    annual = learners
    if scope != report:  # the 学时 section ignores the date range and the course
        annual_rows = _materialise(
            session,
            course_row_statement(library, scope, today).order_by(None),
            "report_annual_rows",
        )
        annual = _materialise(
            session, _per_learner(annual_rows, year), "report_annual_learner_sums"
        )
        temporary += [annual_rows, annual]
    hours, behind, behind_total = _annual(session, annual, scope, year, today)
    activity = _activity(session, report, today, dialect)
    for table in temporary:
        table.drop(session.connection())
    return DashboardFigures(
        filter=report,
        year=year,
        totals=totals[0] if totals else GroupFigures("", "", 0, 0, 0, 0, 0, 0.0),
        by_tier=tuple(sorted(by_tier, key=lambda g: list(Tier).index(Tier(g.key)))),
        department_parent=parent,
        by_department=by_department,
        by_course=tuple(sorted(by_course, key=lambda g: g.label)),
        hours=hours,
        activity=activity,
        behind=behind,
        behind_total=behind_total,
    )


def _annual(
    session: Session, per_learner: Table, scope: ReportFilter, year: int, today: date
) -> tuple[tuple[HoursAgainstTarget, ...], tuple[LearnerBehind, ...], int]:
    """学时 earned in `year` against each learner's target, and who is behind or overdue, from the
    per-learner sums (`_per_learner`) of every course's rows in the filter's department and tier."""
    learners = scoped_learners(scope, name="annual_learners")
    standing = (
        select(
            learners.c.id,
            learners.c.name,
            learners.c.department,
            learners.c.tier,
            _target_for(learners, year).label("target"),
            func.coalesce(per_learner.c.earned, 0.0).label("earned"),
            func.coalesce(per_learner.c.overdue, 0).label("overdue"),
            per_learner.c.earliest_due,
        )
        .outerjoin(per_learner, per_learner.c.learner_id == learners.c.id)
        .subquery("annual_standing")
    )
    pace = _year_fraction(year, today)
    expected = func.coalesce(standing.c.target, 0.0) * pace
    is_behind = and_(standing.c.target.is_not(None), standing.c.earned < expected)
    tiers = session.execute(
        select(
            standing.c.tier,
            func.count(),
            func.count(standing.c.target),
            func.coalesce(func.sum(standing.c.target), 0.0),
            func.coalesce(func.sum(standing.c.earned), 0.0),
            func.sum(case((is_behind, 1), else_=0)),
        ).group_by(standing.c.tier)
    ).all()
    hours = tuple(
        HoursAgainstTarget(
            Tier(tier), learners_n, with_target, float(target), float(target) * pace,
            float(earned), int(behind or 0),
        )
        for tier, learners_n, with_target, target, earned, behind in sorted(
            tiers, key=lambda t: list(Tier).index(Tier(t[0]))
        )
    )  # fmt: skip
    flagged = or_(is_behind, standing.c.overdue > 0)
    behind_total = session.scalar(select(func.count()).where(flagged)) or 0
    behind = tuple(
        LearnerBehind(
            r.id, r.name, r.department, Tier(r.tier), float(r.earned),
            None if r.target is None else float(r.target),
            float(r.target or 0.0) * pace, int(r.overdue), r.earliest_due,
        )
        for r in session.execute(
            select(standing)
            .where(flagged)
            .order_by(standing.c.overdue.desc(), (expected - standing.c.earned).desc(), standing.c.name)
            .limit(BEHIND_LIMIT)
        )
    )  # fmt: skip
    return hours, behind, behind_total


def _materialise(session: Session, statement: Select, name: str) -> Table:
    """The statement's rows in a temporary table of the session's connection (dropped by the caller)."""
    columns = [Column(c.key, c.type) for c in statement.selected_columns]
    table = Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])
    connection = session.connection()
    # One left by a call that failed half-way would still be on this pooled connection.
    table.drop(connection, checkfirst=True)
    table.create(connection)
    connection.execute(insert(table).from_select([c.key for c in columns], statement))
    return table


def _per_learner(rows: Table, year: int) -> Select:
    """The report rows summed per learner: the figures of their courses, and for the 学时 section,
    hours of courses completed in `year`, courses overdue and the earliest of their due dates."""
    year_from, year_until = (
        local_day_start(date(year, 1, 1)),
        local_day_start(date(year + 1, 1, 1)),
    )
    in_year = and_(
        rows.c.completed_at >= naive_utc(year_from), rows.c.completed_at < naive_utc(year_until)
    )
    overdue = rows.c.overdue == True  # noqa: E712
    return select(
        rows.c.learner_id,
        func.min(rows.c.tier).label("tier"),
        func.min(rows.c.department).label("department"),
        func.count().label("enrolled"),
        func.sum(case((rows.c.completed == True, 1), else_=0)).label("completed"),  # noqa: E712
        func.sum(case((rows.c.attempts > 0, 1), else_=0)).label("attempted"),
        func.sum(case((rows.c.passed == True, 1), else_=0)).label("passed"),  # noqa: E712
        func.sum(rows.c.hours).label("hours"),
        func.sum(case((in_year, rows.c.hours), else_=0.0)).label("earned"),
        func.sum(case((overdue, 1), else_=0)).label("overdue"),
        func.min(case((overdue, rows.c.due_on))).label("earliest_due"),
    ).group_by(rows.c.learner_id)


def _groups(session: Session, learners: Table, key, label) -> list[GroupFigures]:
    """Figures per group of learners (a tier, a department, or all of them)."""
    sums = learners.c
    result = session.execute(
        select(
            key.label("key"),
            label.label("label"),
            func.count(),
            func.coalesce(func.sum(sums.enrolled), 0),
            func.coalesce(func.sum(sums.completed), 0),
            func.coalesce(func.sum(sums.attempted), 0),
            func.coalesce(func.sum(sums.passed), 0),
            func.coalesce(func.sum(sums.hours), 0.0),
        ).group_by(key, label)
    ).all()
    return [
        GroupFigures(str(k or ""), str(lbl or ""), n, e, c, a, p, float(h))
        for k, lbl, n, e, c, a, p, h in result
    ]


def _course_groups(session: Session, rows: Table) -> list[GroupFigures]:
    """Figures per course: a learner is in a course's rows once, so its rows count its learners."""
    result = session.execute(
        select(
            rows.c.course_id,
            rows.c.course_title,
            func.count(),
            func.sum(case((rows.c.completed == True, 1), else_=0)),  # noqa: E712
            func.sum(case((rows.c.attempts > 0, 1), else_=0)),
            func.sum(case((rows.c.passed == True, 1), else_=0)),  # noqa: E712
            func.coalesce(func.sum(rows.c.hours), 0.0),
        ).group_by(rows.c.course_id, rows.c.course_title)
    ).all()
    return [
        GroupFigures(key, title, n, n, int(c), int(a), int(p), float(h))
        for key, title, n, c, a, p, h in result
    ]


def _child_unit(department, parent: str, dialect: str):
    """The unit one level below `parent` that a department path lies in ("" when it is `parent`)."""
    prefix = len(parent) + 1 if parent else 0
    rest = func.substr(department, prefix + 1)
    position = func.strpos(rest, "/") if dialect == "postgresql" else func.instr(rest, "/")
    return case((position > 0, func.substr(rest, 1, position - 1)), else_=rest)


def _join(parent: str, unit: str) -> str:
    return f"{parent}/{unit}" if parent else unit


def _target_for(learners: CTE, year: int):
    """The learner's annual 学时 target: their tier's, from the most specific department that
    covers them ("" covers everyone); NULL when none is set."""
    return (
        select(HourTarget.hours)
        .where(
            HourTarget.year == year,
            HourTarget.tier == learners.c.tier,
            or_(
                HourTarget.department == "",
                under_path(learners.c.department, HourTarget.department),
            ),
        )
        .order_by(func.length(HourTarget.department).desc())
        .limit(1)
        .scalar_subquery()
    )


def _year_fraction(year: int, today: date) -> float:
    """How much of `year` has passed by `today`: 0 before it, 1 after it."""
    if year < today.year:
        return 1.0
    if year > today.year:
        return 0.0
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return ((today - start).days + 1) / days


def _activity(
    session: Session, report: ReportFilter, today: date, dialect: str
) -> tuple[WeekActivity, ...]:
    """Per week (Monday to Sunday, local time): lessons completed, quizzes handed in, learners active."""
    end = report.end or today
    start = report.start or end - timedelta(weeks=DEFAULT_ACTIVITY_WEEKS) + timedelta(days=1)
    first_monday = start - timedelta(days=start.weekday())
    since, until = local_day_start(first_monday), local_day_start(end + timedelta(days=1))
    scope = ReportFilter(
        department=report.department, tier=report.tier, learner_id=report.learner_id
    )
    low, high = naive_utc(since), naive_utc(until)
    lp, qa = LessonProgress, QuizAttempt

    def events(table, moment, lesson: int, quiz: int) -> Select:
        """One kind of event in the window: each is its own scan of the table, which the database
        runs in parallel and which costs less than materialising the records to read them twice."""
        conditions = [moment >= low, moment < high, learner_in_scope(table.learner_id, scope)]
        if report.course_id:
            conditions.append(table.course_id == report.course_id)
        return select(
            table.learner_id.label("learner_id"),
            moment.label("at"),
            literal(lesson).label("lesson"),
            literal(quiz).label("quiz"),
        ).where(*conditions)

    # A submitted_at is set only when an attempt is handed in (completed).
    all_events = union_all(
        events(lp, lp.started_at, 0, 0),
        events(lp, lp.completed_at, 1, 0),
        events(qa, qa.started_at, 0, 0),
        events(qa, qa.submitted_at, 0, 1),
    ).subquery("activity_events")
    week = _weeks_since(all_events.c.at, naive_utc(since), dialect).label("week")
    # Per learner and week first, then per week: a learner active in a week is one row there, so
    # counting rows counts them, which a hash aggregate does without the sort COUNT(DISTINCT) needs.
    per_learner = (
        select(
            week,
            func.sum(all_events.c.lesson).label("lessons"),
            func.sum(all_events.c.quiz).label("quizzes"),
        )
        .group_by(week, all_events.c.learner_id)
        .subquery("activity_learner_weeks")
    )
    counted = {
        int(w): (int(lessons), int(quizzes), int(active))
        for w, lessons, quizzes, active in session.execute(
            select(
                per_learner.c.week,
                func.sum(per_learner.c.lessons),
                func.sum(per_learner.c.quizzes),
                func.count(),
            ).group_by(per_learner.c.week)
        )
    }
    weeks = ((end - first_monday).days // 7) + 1
    return tuple(
        WeekActivity(first_monday + timedelta(weeks=n), *counted.get(n, (0, 0, 0)))
        for n in range(weeks)
    )


def _weeks_since(at, since: datetime, dialect: str):
    """Whole weeks from `since` to `at`, computed by the database."""
    if dialect == "postgresql":
        # date_part gives a double; EXTRACT's numeric made this the costliest step of the chart.
        return cast(func.floor(func.date_part("epoch", at - since) / 604800), Integer)
    return cast((func.julianday(at) - func.julianday(since.isoformat(sep=" "))) / 7.0, Integer)
