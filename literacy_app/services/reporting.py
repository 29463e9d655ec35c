"""Reporting for administrators: the completion report's rows, the dashboard's figures and one
learner's full record. Every figure comes from SQL aggregates (`services/report_queries.py`); the
dashboard aggregates the very rows the report streams, so their totals cannot disagree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

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
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.selectable import CTE

from literacy_app.content.library import Library
from literacy_app.content.model import Tier
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.assessment import AssessmentService, AttemptKind, AttemptResult
from literacy_app.services.errors import NotAvailable, ServiceCode
from literacy_app.services.report_queries import (
    course_row_statement,
    learner_in_scope,
    local_day_start,
    naive_utc,
    scoped_learners,
    under_path,
)
from literacy_app.services.report_rows import CourseRecordRow, Enrolment, ReportFilter
from literacy_app.services.scenarios import Debrief, ScenarioService
from literacy_app.store.models import (
    HourTarget,
    Learner,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
    ScenarioRun,
    as_utc,
)

# The activity chart covers this many weeks when the filter gives no start date.
DEFAULT_ACTIVITY_WEEKS = 12
# The table of learners behind shows the worst ones; the count says how many there are in all.
BEHIND_LIMIT = 200
ROWS_PER_FETCH = 1000
TIERS = {tier.value: tier for tier in Tier}  # a dict lookup is cheaper than Tier(value)


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


@dataclass(frozen=True)
class LearnerProfile:
    learner_id: uuid.UUID
    name: str
    identifier: str
    department: str
    tier: Tier
    phone: str
    created_at: datetime
    last_active_at: datetime


@dataclass(frozen=True)
class LearnerDetail:
    profile: LearnerProfile
    rows: tuple[CourseRecordRow, ...]
    hours: float
    reading_seconds: int
    attempts: tuple[AttemptResult, ...]  # final and practice attempts handed in, newest first
    attempts_unreadable: int  # handed in, but their questions have left the library since
    debriefs: tuple[Debrief, ...]  # finished drill runs, newest first
    debriefs_unreadable: int


class ReportingService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        library: Callable[[], Library],
        assessment: AssessmentService,
        scenarios: ScenarioService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._sessions = sessions
        self._library = library
        self._assessment = assessment
        self._scenarios = scenarios
        self._today = today

    def course_rows(self, actor: Actor, report: ReportFilter) -> Iterator[CourseRecordRow]:
        """The report's learner × course rows, streamed in order of department, learner, course.

        A pair is in the report when the course is required for the learner's tier, assigned to
        them, or studied by them; a date range keeps the pairs with activity in it.
        """
        require(actor, Role.ADMINISTRATOR)
        statement = course_row_statement(self._library(), report, self._today())
        return self._stream(statement)

    def dashboard(self, actor: Actor, report: ReportFilter) -> DashboardFigures:
        """The dashboard's figures for the filter, each from one SQL aggregate.

        The 学时 section (earned against target, learners behind) looks at the whole year of the
        filter's end (or this year) and every course, within the filter's department and tier.
        """
        require(actor, Role.ADMINISTRATOR)
        today = self._today()
        library = self._library()
        parent = report.department or ""
        year = (report.end or today).year
        with self._sessions() as session:
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

    def departments(self, actor: Actor) -> list[str]:
        """Every department path learners are in, with each level above it, for a filter to offer."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            paths = session.scalars(select(Learner.department).distinct()).all()
        levels: set[str] = set()
        for path in filter(None, paths):
            parts = path.split("/")
            levels.update("/".join(parts[: n + 1]) for n in range(len(parts)))
        return sorted(levels)

    def learner_detail(self, actor: Actor, learner_id: uuid.UUID) -> LearnerDetail:
        """One learner's record for the drill-down: profile, courses, every attempt with its answers
        (whatever the course's review policy shows the learner), hours and drill debriefs."""
        require(actor, Role.ADMINISTRATOR)
        library = self._library()
        statement = course_row_statement(
            library, ReportFilter(learner_id=learner_id), self._today()
        )
        with self._sessions() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            rows = tuple(map(_row, session.connection().execute(statement)))
            reading = session.scalar(
                select(func.coalesce(func.sum(LessonProgress.active_seconds), 0)).where(
                    LessonProgress.learner_id == learner_id
                )
            )
            attempts = session.scalars(
                select(QuizAttempt)
                .where(
                    QuizAttempt.learner_id == learner_id,
                    QuizAttempt.kind.in_([AttemptKind.FINAL.value, AttemptKind.PRACTICE.value]),
                    QuizAttempt.status == RecordStatus.COMPLETED.value,
                )
                .order_by(QuizAttempt.submitted_at.desc())
            ).all()
            results, attempts_gone = _readable(self._assessment.full_result, attempts)
            runs = session.scalars(
                select(ScenarioRun)
                .where(
                    ScenarioRun.learner_id == learner_id,
                    ScenarioRun.status == RecordStatus.COMPLETED.value,
                )
                .order_by(ScenarioRun.finished_at.desc())
            ).all()
            debriefs, runs_gone = _readable(self._scenarios.debrief_of, runs)
            profile = LearnerProfile(
                learner.id,
                learner.name,
                learner.identifier or "",
                learner.department,
                Tier(learner.tier),
                learner.phone or "",
                as_utc(learner.created_at),
                as_utc(learner.last_active_at),
            )
        return LearnerDetail(
            profile=profile,
            rows=rows,
            hours=sum(r.hours for r in rows),
            reading_seconds=int(reading or 0),
            attempts=tuple(results),
            attempts_unreadable=attempts_gone,
            debriefs=tuple(debriefs),
            debriefs_unreadable=runs_gone,
        )

    # -- internals ------------------------------------------------------------------------------
    def _stream(self, statement: Select) -> Iterator[CourseRecordRow]:
        # Core rows on the session's connection, not ORM results: the ORM's loading machinery cost
        # more than the query's own work for 300,000 rows.
        with self._sessions() as session:
            result = session.connection().execute(
                statement.execution_options(yield_per=ROWS_PER_FETCH)
            )
            yield from map(_row, result)


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


def _row(row: Sequence[Any]) -> CourseRecordRow:
    """A row of `course_row_statement`, its columns in the order that statement documents."""
    (
        learner_id, name, identifier, department, tier, course_id, title, required, assigned,
        due_on, lessons_done, lessons_total, best, passed, attempts, hours, first, last,
        _completed, completed_at, overdue,
    ) = row  # fmt: skip
    if required:
        enrolment = Enrolment.REQUIRED
    elif assigned:
        enrolment = Enrolment.ASSIGNED
    else:
        enrolment = Enrolment.ELECTIVE
    completed_at = as_utc(completed_at)
    return CourseRecordRow(
        learner_id=learner_id,
        learner_name=name,
        identifier=identifier,
        department=department,
        tier=TIERS[tier],
        course_id=course_id,
        course_title=title,
        enrolment=enrolment,
        due_on=due_on,
        lessons_done=int(lessons_done),
        lessons_total=int(lessons_total),
        best_percent=None if best is None else float(best),
        passed=bool(passed),
        attempts=int(attempts),
        hours=float(hours),
        first_activity=as_utc(first),
        last_activity=as_utc(last),
        completed_on=completed_at.astimezone().date() if completed_at else None,
        overdue=bool(overdue),
    )


def _readable(view, records) -> tuple[list, int]:
    """Each record's view, and how many could not be shown because their content is gone."""
    shown, gone = [], 0
    for record in records:
        try:
            shown.append(view(record))
        except NotAvailable:
            gone += 1
    return shown, gone
