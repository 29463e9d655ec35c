"""The roster: learners an administrator adds one by one or imports from an .xlsx/.csv file.

An import is all or nothing: with any problem nothing is written unless the administrator chose
to skip the bad rows. People are matched by their identifier (工号), so importing an updated
roster again updates them and never makes a second profile.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.model import Tier
from literacy_app.messages import Message
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.admin_codes import RosterCode
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.services.learner_fields import (
    LearnerFields,
    cell_text,
    check_fields,
    check_identifier,
    check_name,
    check_phone,
    check_tier,
    normalise_department,
)
from literacy_app.services.roster_files import Column, RawRow, RosterProblem, read_roster
from literacy_app.store.models import NEVER_ACTIVE, Learner

__all__ = ["LearnerRecord", "RosterOutcome", "RosterPlan", "RosterProblem", "RosterService"]

Progress = Callable[[int, int, Message | None], None]


@dataclass(frozen=True)
class LearnerRecord:
    """A learner as the administrator's table shows them."""

    id: uuid.UUID
    name: str
    identifier: str  # "" for a profile made on the machine without one
    department: str
    tier: Tier
    phone: str | None
    has_pin: bool
    locked: bool


@dataclass(frozen=True)
class PlannedLearner:
    """A valid roster row and what importing it would change (`changes`: columns that differ)."""

    line: int
    fields: LearnerFields
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterPlan:
    """What importing the file would do, and what is wrong with it."""

    path: Path
    added: tuple[PlannedLearner, ...]
    updated: tuple[PlannedLearner, ...]
    unchanged: tuple[PlannedLearner, ...]
    problems: tuple[RosterProblem, ...]
    bad_rows: int  # rows with at least one problem; skipped by an import that skips them
    refused: bool  # the file as a whole cannot be read: nothing can be imported from it
    # Without a 手机号 column a re-import leaves phones alone; with one, an empty cell clears it.
    has_phone_column: bool = False

    @property
    def can_import(self) -> bool:
        return not self.refused and bool(self.added or self.updated or self.unchanged)


@dataclass(frozen=True)
class RosterOutcome:
    added: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[RosterProblem, ...]


class RosterRejected(UserInputError):
    """The roster has problems and the administrator did not choose to skip the bad rows (or the
    file cannot be read at all); nothing was written. `problems` lists them all."""

    def __init__(self, problems: tuple[RosterProblem, ...]) -> None:
        super().__init__(RosterCode.HAS_PROBLEMS, count=len(problems))
        self.problems = problems


def _record(learner: Learner) -> LearnerRecord:
    return LearnerRecord(
        id=learner.id,
        name=learner.name,
        identifier=learner.identifier or "",
        department=learner.department,
        tier=Tier(learner.tier),
        phone=learner.phone,
        has_pin=learner.pin_hash is not None,
        locked=bool(learner.locked),
    )


class RosterService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def learners(self, actor: Actor, search: str = "") -> list[LearnerRecord]:
        """Every learner (or those whose name, identifier or department contains `search`),
        ordered by department, then name."""
        require(actor, Role.ADMINISTRATOR)
        query = select(Learner).order_by(Learner.department, Learner.name)
        if search.strip():
            needle = search.strip()
            query = query.where(
                or_(
                    Learner.name.contains(needle, autoescape=True),
                    Learner.identifier.contains(needle, autoescape=True),
                    Learner.department.contains(needle, autoescape=True),
                )
            )
        with self._sessions() as session:
            return [_record(learner) for learner in session.scalars(query)]

    def departments(self, actor: Actor) -> list[str]:
        """Every department path in use and every level above one, for choosing a department."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            paths = session.scalars(select(Learner.department).distinct()).all()
        levels: set[str] = set()
        for path in paths:
            parts = path.split("/") if path else []
            levels.update("/".join(parts[: n + 1]) for n in range(len(parts)))
        return sorted(levels)

    def add_learner(
        self,
        actor: Actor,
        *,
        name: str,
        identifier: str,
        department: str,
        tier: Tier | str,
        phone: str | None = None,
    ) -> LearnerRecord:
        """A learner added by hand; their identifier must not belong to anyone else."""
        require(actor, Role.ADMINISTRATOR)
        fields = check_fields(name, identifier, department, tier, phone)
        with self._sessions.begin() as session:
            _refuse_taken(session, fields.identifier, None)
            learner = _new_learner(fields)
            session.add(learner)
            session.flush()
            record_action(session, actor, AuditAction.LEARNER_ADDED, _subject(fields))
            return _record(learner)

    def update_learner(
        self,
        actor: Actor,
        learner_id: uuid.UUID,
        *,
        name: str,
        identifier: str,
        department: str,
        tier: Tier | str,
        phone: str | None = None,
    ) -> LearnerRecord:
        """Correct a learner's record; their learning records stay with them."""
        require(actor, Role.ADMINISTRATOR)
        fields = check_fields(name, identifier, department, tier, phone)
        with self._sessions.begin() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            _refuse_taken(session, fields.identifier, learner_id)
            changes = _changes(learner, fields, phone_given=True)
            _write(learner, fields, phone_given=True)
            record_action(
                session, actor, AuditAction.LEARNER_UPDATED, _subject(fields), changes=list(changes)
            )
            return _record(learner)

    def preview(self, actor: Actor, path: Path, progress: Progress | None = None) -> RosterPlan:
        """What importing `path` would add, update and leave alone, and every problem in it."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            plan, _ = _plan(session, path, progress)
            return plan

    def apply(
        self,
        actor: Actor,
        path: Path,
        *,
        skip_invalid: bool = False,
        progress: Progress | None = None,
    ) -> RosterOutcome:
        """Import `path` in one transaction. Raises `RosterRejected` (nothing written) when the
        file cannot be read, or has problems and `skip_invalid` is not set."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            plan, existing = _plan(session, path, progress)
            if plan.refused or (plan.problems and not skip_invalid) or not plan.can_import:
                raise RosterRejected(plan.problems)
            total = len(plan.added) + len(plan.updated)
            label = Message.of(RosterCode.WRITING)
            for done, row in enumerate(plan.added, start=1):
                session.add(_new_learner(row.fields))
                if progress is not None:
                    progress(done, total, label)
            for done, row in enumerate(plan.updated, start=len(plan.added) + 1):
                learner = session.get(Learner, existing[row.fields.identifier])
                assert learner is not None  # read in this transaction
                _write(learner, row.fields, phone_given=plan.has_phone_column)
                if progress is not None:
                    progress(done, total, label)
            outcome = RosterOutcome(
                added=len(plan.added),
                updated=len(plan.updated),
                unchanged=len(plan.unchanged),
                skipped=plan.bad_rows,
                problems=plan.problems,
            )
            record_action(
                session, actor, AuditAction.ROSTER_IMPORTED, path.name,
                added=outcome.added, updated=outcome.updated,
                unchanged=outcome.unchanged, skipped=outcome.skipped,
            )  # fmt: skip
            return outcome


def _plan(
    session: Session, path: Path, progress: Progress | None
) -> tuple[RosterPlan, dict[str, uuid.UUID]]:
    reading = Message.of(RosterCode.READING)
    raw = read_roster(
        path, None if progress is None else lambda done, total: progress(done, total, reading)
    )
    if raw.problem is not None:
        plan = RosterPlan(path, (), (), (), (raw.problem,), bad_rows=0, refused=True)
        return plan, {}
    problems: list[RosterProblem] = []
    valid: list[tuple[int, LearnerFields]] = []
    bad_lines: set[int] = set()
    for row in raw.rows:
        fields, row_problems = _check_row(path, row, raw.has_phone_column)
        problems.extend(row_problems)
        if fields is None:
            bad_lines.add(row.line)
        else:
            valid.append((row.line, fields))
    # A identifier twice in the file: which row is right cannot be known, so every one is refused.
    lines_of: dict[str, list[int]] = {}
    for line, fields in valid:
        lines_of.setdefault(fields.identifier, []).append(line)
    for identifier, lines in lines_of.items():
        if len(lines) > 1:
            for line in lines:
                others = "、".join(str(other) for other in lines if other != line)
                message = Message.of(
                    RosterCode.DUPLICATE_IDENTIFIER, identifier=identifier, lines=others
                )
                problems.append(RosterProblem(path, line, message))
                bad_lines.add(line)
    valid = [(line, fields) for line, fields in valid if line not in bad_lines]
    existing = {
        learner.identifier: learner
        for learner in session.scalars(select(Learner).where(Learner.identifier.is_not(None)))
        if learner.identifier is not None
    }
    added: list[PlannedLearner] = []
    updated: list[PlannedLearner] = []
    unchanged: list[PlannedLearner] = []
    for line, fields in valid:
        learner = existing.get(fields.identifier)
        if learner is None:
            added.append(PlannedLearner(line, fields))
            continue
        changes = _changes(learner, fields, phone_given=raw.has_phone_column)
        (updated if changes else unchanged).append(PlannedLearner(line, fields, changes))
    problems.sort(key=lambda p: p.line or 0)
    plan = RosterPlan(
        path, tuple(added), tuple(updated), tuple(unchanged), tuple(problems),
        bad_rows=len(bad_lines), refused=False, has_phone_column=raw.has_phone_column,
    )  # fmt: skip
    return plan, {identifier: learner.id for identifier, learner in existing.items()}


def _check_row(
    path: Path, row: RawRow, has_phone_column: bool
) -> tuple[LearnerFields | None, list[RosterProblem]]:
    """The row's fields, or None with a problem for every field that is wrong."""
    problems: list[RosterProblem] = []

    def checked(column: Column, check: Callable[[str], object]) -> object:
        try:
            return check(cell_text(row.cells.get(column)))
        except UserInputError as error:
            problems.append(RosterProblem(path, row.line, error.message))
            return None

    name = checked(Column.NAME, check_name)
    identifier = checked(Column.IDENTIFIER, check_identifier)
    department = checked(Column.DEPARTMENT, normalise_department)
    tier = checked(Column.TIER, check_tier)
    phone = checked(Column.PHONE, check_phone) if has_phone_column else None
    if problems:
        return None, problems
    assert isinstance(name, str) and isinstance(identifier, str) and isinstance(department, str)
    assert isinstance(tier, Tier) and (phone is None or isinstance(phone, str))
    return LearnerFields(name, identifier, department, tier, phone), []


def _changes(learner: Learner, fields: LearnerFields, *, phone_given: bool) -> tuple[str, ...]:
    """The columns whose value the import or the edit would change."""
    pairs: list[tuple[str, object, object]] = [
        ("name", learner.name, fields.name),
        ("identifier", learner.identifier, fields.identifier),
        ("department", learner.department, fields.department),
        ("tier", learner.tier, fields.tier.value),
    ]
    if phone_given:
        pairs.append(("phone", learner.phone, fields.phone))
    return tuple(column for column, old, new in pairs if old != new)


def _write(learner: Learner, fields: LearnerFields, *, phone_given: bool) -> None:
    learner.name = fields.name
    learner.identifier = fields.identifier
    learner.department = fields.department
    learner.tier = fields.tier.value
    if phone_given:
        learner.phone = fields.phone


def _new_learner(fields: LearnerFields) -> Learner:
    return Learner(
        name=fields.name,
        identifier=fields.identifier,
        department=fields.department,
        tier=fields.tier.value,
        phone=fields.phone,
        last_active_at=NEVER_ACTIVE,
    )


def _refuse_taken(session: Session, identifier: str, learner_id: uuid.UUID | None) -> None:
    query = select(func.count()).select_from(Learner).where(Learner.identifier == identifier)
    if learner_id is not None:
        query = query.where(Learner.id != learner_id)
    if session.scalar(query):
        raise UserInputError(RosterCode.IDENTIFIER_TAKEN, identifier=identifier)


def _subject(fields: LearnerFields) -> str:
    return f"{fields.name}（{fields.identifier}）"
