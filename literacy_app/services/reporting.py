"""Reporting for administrators: the completion report's rows, the dashboard's figures
(`services/dashboard.py`) and one learner's full record. Every figure comes from SQL aggregates
(`services/report_queries.py`); the dashboard aggregates the very rows the report streams, so their
totals cannot disagree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Select,
    func,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import Tier
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.assessment import AssessmentService
from literacy_app.services.attempt_views import AttemptKind, AttemptResult
from literacy_app.services.dashboard import DashboardFigures, dashboard_figures
from literacy_app.services.errors import NotAvailable, ServiceCode
from literacy_app.services.report_queries import course_row_statement
from literacy_app.services.report_rows import CourseRecordRow, Enrolment, ReportFilter
from literacy_app.services.scenarios import Debrief, ScenarioService
from literacy_app.store.models import (
    Learner,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
    ScenarioRun,
    as_utc,
)

ROWS_PER_FETCH = 1000
TIERS = {tier.value: tier for tier in Tier}  # a dict lookup is cheaper than Tier(value)


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
        with self._sessions() as session:
            return dashboard_figures(session, self._library(), report, self._today())

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
