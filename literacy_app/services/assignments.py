"""Courses an administrator assigns, with a due date, and the annual 学时 targets.

A course is assigned to a tier, to a department path (which covers every unit below it) or to
named learners. Learners see what is assigned to them and when it is due; administrators see, per
assignment, how many learners it covers and how many are done or overdue. "Done" is the learning
path's own rule (`services.learning.course_progress`), never a second one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, false, select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import MAX_HOURS, Course, Tier
from literacy_app.services.acting import Actor, Role, acting_learner, require
from literacy_app.services.admin_codes import AssignmentCode
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.services.learner_fields import SEPARATOR, in_department, normalise_department
from literacy_app.services.learning import course_progress
from literacy_app.services.lookup import require_course
from literacy_app.services.path_views import AssignedCourse
from literacy_app.store import records
from literacy_app.store.models import (
    Assignment,
    AssignmentTarget,
    HourTarget,
    Learner,
    LessonProgress,
    QuizAttempt,
    as_utc,
)

__all__ = ["AssignedCourse", "AssignmentService", "AssignmentTarget", "AssignmentView"]

FIRST_YEAR = 2000
LAST_YEAR = 2100


@dataclass(frozen=True)
class AssignmentView:
    """One assignment as the administrator's table shows it, with its learners' standing."""

    id: uuid.UUID
    course_id: str
    course_title: str  # the course id when the course is no longer installed
    course_available: bool
    target_kind: AssignmentTarget
    target: str  # the tier's value, the department path, or the learner's id
    target_name: str  # the learner's name for a learner, else the target itself
    due_on: date
    created_at: datetime
    covered: int
    done: int
    overdue: int


@dataclass(frozen=True)
class HourTargetView:
    id: uuid.UUID
    year: int
    tier: Tier
    department: str  # "" for every department
    hours: float


def covers(assignment: Assignment) -> ColumnElement[bool]:
    """The learners an assignment covers, as a condition on `Learner`."""
    kind = AssignmentTarget(assignment.target_kind)
    if kind is AssignmentTarget.TIER:
        return Learner.tier == assignment.target
    if kind is AssignmentTarget.DEPARTMENT:
        return in_department(assignment.target)
    try:
        return Learner.id == uuid.UUID(assignment.target)
    except ValueError:
        return false()


def covers_learner(assignment: Assignment, learner: Learner) -> bool:
    """Whether an assignment covers one learner; agrees with `covers` (a test checks)."""
    kind = AssignmentTarget(assignment.target_kind)
    if kind is AssignmentTarget.TIER:
        return learner.tier == assignment.target
    if kind is AssignmentTarget.DEPARTMENT:
        path = assignment.target
        return learner.department == path or learner.department.startswith(path + SEPARATOR)
    return assignment.target == str(learner.id)


class AssignmentService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        library: Callable[[], Library],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._sessions = sessions
        self._library = library
        self._today = today  # the local calendar day: a course due today is not yet late

    # -- assigning -------------------------------------------------------------------------------

    def assign_to_tier(
        self, actor: Actor, course_id: str, tier: Tier | str, due_on: date
    ) -> uuid.UUID:
        require(actor, Role.ADMINISTRATOR)
        try:
            tier = Tier(tier)
        except ValueError:
            raise UserInputError(ServiceCode.TIER_REQUIRED) from None
        return self._assign(actor, course_id, AssignmentTarget.TIER, [tier.value], due_on)[0]

    def assign_to_department(
        self, actor: Actor, course_id: str, department: str, due_on: date
    ) -> uuid.UUID:
        """Assign to the department path and every unit below it."""
        require(actor, Role.ADMINISTRATOR)
        path = normalise_department(department)
        return self._assign(actor, course_id, AssignmentTarget.DEPARTMENT, [path], due_on)[0]

    def assign_to_learners(
        self, actor: Actor, course_id: str, learner_ids: Iterable[uuid.UUID], due_on: date
    ) -> list[uuid.UUID]:
        require(actor, Role.ADMINISTRATOR)
        ids = list(dict.fromkeys(learner_ids))
        if not ids:
            raise UserInputError(AssignmentCode.NO_LEARNERS_CHOSEN)
        with self._sessions() as session:
            if any(session.get(Learner, learner_id) is None for learner_id in ids):
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
        targets = [str(learner_id) for learner_id in ids]
        return self._assign(actor, course_id, AssignmentTarget.LEARNER, targets, due_on)

    def _assign(
        self,
        actor: Actor,
        course_id: str,
        kind: AssignmentTarget,
        targets: list[str],
        due_on: date,
    ) -> list[uuid.UUID]:
        course = require_course(self._library(), course_id)
        today = self._today()
        if due_on < today:
            raise UserInputError(AssignmentCode.DUE_DATE_PAST, today=today.isoformat())
        ids = []
        with self._sessions.begin() as session:
            for target in targets:
                # Assigning the same course to the same target again moves its due date.
                assignment = session.scalars(
                    select(Assignment).where(
                        Assignment.course_id == course.id,
                        Assignment.target_kind == kind.value,
                        Assignment.target == target,
                    )
                ).first()
                if assignment is None:
                    assignment = Assignment(
                        course_id=course.id, target_kind=kind.value, target=target,
                        due_on=due_on, created_by=actor.user_id,
                    )  # fmt: skip
                    session.add(assignment)
                    session.flush()
                else:
                    assignment.due_on = due_on
                ids.append(assignment.id)
                record_action(
                    session, actor, AuditAction.COURSE_ASSIGNED,
                    f"{course.title} → {_target_name(session, kind, target)}",
                    course=course.id, kind=kind.value, target=target, due_on=due_on.isoformat(),
                )  # fmt: skip
        return ids

    def remove(self, actor: Actor, assignment_id: uuid.UUID) -> None:
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            assignment = session.get(Assignment, assignment_id)
            if assignment is None:
                raise NotAvailable(AssignmentCode.ASSIGNMENT_NOT_FOUND)
            kind = AssignmentTarget(assignment.target_kind)
            record_action(
                session, actor, AuditAction.ASSIGNMENT_REMOVED,
                f"{self._title(assignment.course_id)} → "
                f"{_target_name(session, kind, assignment.target)}",
                course=assignment.course_id, kind=kind.value, target=assignment.target,
            )  # fmt: skip
            session.delete(assignment)

    # -- reading ---------------------------------------------------------------------------------

    def assignments(self, actor: Actor) -> list[AssignmentView]:
        """Every assignment, soonest due first, with how many learners it covers, how many of
        them are done and how many are overdue."""
        require(actor, Role.ADMINISTRATOR)
        today = self._today()
        library = self._library()
        views = []
        with self._sessions() as session:
            for assignment in session.scalars(
                select(Assignment).order_by(Assignment.due_on, Assignment.created_at)
            ):
                course = _installed(library, assignment.course_id)
                covered, done = _standing(session, assignment, course)
                late = 0 if assignment.due_on >= today else covered - done
                kind = AssignmentTarget(assignment.target_kind)
                views.append(
                    AssignmentView(
                        id=assignment.id,
                        course_id=assignment.course_id,
                        course_title=course.title if course else assignment.course_id,
                        course_available=course is not None,
                        target_kind=kind,
                        target=assignment.target,
                        target_name=_target_name(session, kind, assignment.target),
                        due_on=assignment.due_on,
                        created_at=as_utc(assignment.created_at),
                        covered=covered,
                        done=done,
                        overdue=late,
                    )
                )
        return views

    def mine(self, actor: Actor) -> list[AssignedCourse]:
        """The courses assigned to the acting learner, overdue first, then by due date. A course
        no longer installed is left out: there is nothing the learner could open."""
        today = self._today()
        library = self._library()
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            due: dict[str, date] = {}
            for assignment in session.scalars(select(Assignment)):
                if covers_learner(assignment, learner):
                    known = due.get(assignment.course_id, assignment.due_on)
                    due[assignment.course_id] = min(known, assignment.due_on)
            assigned = []
            tier = Tier(learner.tier)
            for course_id, due_on in due.items():
                course = _installed(library, course_id)
                if course is None:
                    continue
                progress = course_progress(
                    course,
                    course.spec.tiers.get(tier),
                    records.lesson_progress(session, learner.id, course.id),
                    records.attempts(session, learner.id, course.id, kind=AttemptKind.FINAL),
                )
                overdue = due_on < today and not progress.completed
                assigned.append(AssignedCourse(progress, due_on, overdue))
        return sorted(assigned, key=lambda a: (not a.overdue, a.done, a.due_on, a.progress.title))

    # -- 学时 targets ------------------------------------------------------------------------------

    def hour_targets(self, actor: Actor, year: int | None = None) -> list[HourTargetView]:
        require(actor, Role.ADMINISTRATOR)
        query = select(HourTarget).order_by(
            HourTarget.year.desc(), HourTarget.tier, HourTarget.department
        )
        if year is not None:
            query = query.where(HourTarget.year == year)
        with self._sessions() as session:
            return [
                HourTargetView(t.id, t.year, Tier(t.tier), t.department, t.hours)
                for t in session.scalars(query)
            ]

    def set_hour_target(
        self, actor: Actor, year: int, tier: Tier | str, hours: float, department: str = ""
    ) -> HourTargetView:
        """The 学时 a tier (within `department` and below it, or everywhere when "") should earn
        in `year`; setting it again replaces the figure."""
        require(actor, Role.ADMINISTRATOR)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise UserInputError(AssignmentCode.YEAR_OUT_OF_RANGE, first=FIRST_YEAR, last=LAST_YEAR)
        if not 0 < hours <= MAX_HOURS:
            raise UserInputError(AssignmentCode.HOURS_OUT_OF_RANGE, limit=MAX_HOURS)
        try:
            tier = Tier(tier)
        except ValueError:
            raise UserInputError(ServiceCode.TIER_REQUIRED) from None
        department = normalise_department(department) if department.strip() else ""
        with self._sessions.begin() as session:
            target = session.scalars(
                select(HourTarget).where(
                    HourTarget.year == year,
                    HourTarget.tier == tier.value,
                    HourTarget.department == department,
                )
            ).first()
            if target is None:
                target = HourTarget(year=year, tier=tier.value, department=department, hours=hours)
                session.add(target)
                session.flush()
            else:
                target.hours = hours
            record_action(
                session, actor, AuditAction.HOUR_TARGET_SET,
                f"{year} {tier.value} {department}".strip(), hours=hours, tier=tier.value,
            )  # fmt: skip
            return HourTargetView(target.id, year, tier, department, hours)

    def remove_hour_target(self, actor: Actor, target_id: uuid.UUID) -> None:
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            target = session.get(HourTarget, target_id)
            if target is None:
                raise NotAvailable(AssignmentCode.HOUR_TARGET_NOT_FOUND)
            record_action(
                session, actor, AuditAction.HOUR_TARGET_SET,
                f"{target.year} {target.tier} {target.department}".strip(), hours=None,
                tier=target.tier,
            )  # fmt: skip
            session.execute(delete(HourTarget).where(HourTarget.id == target_id))

    def _title(self, course_id: str) -> str:
        course = _installed(self._library(), course_id)
        return course.title if course else course_id


def _installed(library: Library, course_id: str) -> Course | None:
    try:
        return library.course(course_id)
    except KeyError:
        return None


def _target_name(session: Session, kind: AssignmentTarget, target: str) -> str:
    if kind is not AssignmentTarget.LEARNER:
        return target
    try:
        learner = session.get(Learner, uuid.UUID(target))
    except ValueError:
        learner = None
    return learner.name if learner else target


def _standing(session: Session, assignment: Assignment, course: Course | None) -> tuple[int, int]:
    """How many learners the assignment covers, and how many of them completed the course. The
    records of the course are read for all covered learners at once, not learner by learner."""
    condition = covers(assignment)
    learners = session.execute(select(Learner.id, Learner.tier).where(condition)).all()
    if course is None or not learners:
        return len(learners), 0
    lessons: dict[uuid.UUID, list[LessonProgress]] = defaultdict(list)
    for row in session.scalars(
        select(LessonProgress)
        .join(Learner, Learner.id == LessonProgress.learner_id)
        .where(condition, LessonProgress.course_id == course.id)
    ):
        lessons[row.learner_id].append(row)
    attempts: dict[uuid.UUID, list[QuizAttempt]] = defaultdict(list)
    for attempt in session.scalars(
        select(QuizAttempt)
        .join(Learner, Learner.id == QuizAttempt.learner_id)
        .where(
            condition,
            QuizAttempt.course_id == course.id,
            QuizAttempt.kind == AttemptKind.FINAL.value,
        )
    ):
        attempts[attempt.learner_id].append(attempt)
    done = sum(
        1
        for learner_id, tier in learners
        if course_progress(
            course, course.spec.tiers.get(Tier(tier)), lessons[learner_id], attempts[learner_id]
        ).completed
    )
    return len(learners), done
