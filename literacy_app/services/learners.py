"""Learner profiles: creating one, signing in as one (with its PIN when it has one), who studied
last on this machine, and the administrator's side of PINs (the policy, unlocking, clearing).

A PIN (or password: any 4 to 64 characters) is hashed with argon2id and guarded like a staff
password: growing waits after wrong tries, then a lock only an administrator lifts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.model import Tier
from literacy_app.services.accounts import (
    check_guard,
    hash_secret,
    lift_lock,
    note_failure,
    note_success,
    secret_matches,
)
from literacy_app.services.acting import Actor, Role, acting_learner, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import (
    NotAvailable,
    Refused,
    ServiceCode,
    ServiceError,
    UserInputError,
)
from literacy_app.store import records
from literacy_app.store.models import Learner, utc_now
from literacy_app.store.settings import read_setting, write_setting

NAME_LIMIT = 100
DEPARTMENT_LIMIT = 200
PIN_MIN = 4
PIN_MAX = 64
PIN_REQUIRED_SETTING = "learner_pin_required"


@dataclass(frozen=True)
class LearnerView:
    id: uuid.UUID
    name: str
    department: str
    tier: Tier
    has_pin: bool = False  # signing in as this learner asks for their PIN


@dataclass(frozen=True)
class GuardedLearnerView:
    """A learner as the administrator's accounts tab lists them: PIN and lock state."""

    id: uuid.UUID
    name: str
    department: str
    identifier: str | None
    has_pin: bool
    locked: bool
    failed_sign_ins: int


def _view(learner: Learner) -> LearnerView:
    return LearnerView(
        learner.id,
        learner.name,
        learner.department,
        Tier(learner.tier),
        learner.pin_hash is not None,
    )


def _actor(learner: Learner) -> Actor:
    return Actor(learner.id, Role.LEARNER)


def check_pin(pin: str) -> None:
    if len(pin) < PIN_MIN:
        raise UserInputError(ServiceCode.PIN_TOO_SHORT, minimum=PIN_MIN)
    if len(pin) > PIN_MAX:
        raise UserInputError(ServiceCode.PIN_TOO_LONG, limit=PIN_MAX)


def _pin_required(session: Session) -> bool:
    return bool(read_setting(session, PIN_REQUIRED_SETTING, False))


class LearnerService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def last(self) -> LearnerView | None:
        """The learner who studied most recently on this installation, not signed in."""
        with self._sessions() as session:
            learner = records.most_recent_learner(session)
            return _view(learner) if learner else None

    def current(self) -> Actor | None:
        """The learner who studied most recently, signed in, if any and if their profile has no
        PIN: a protected profile is never opened without it (see `last` and `sign_in`)."""
        with self._sessions() as session:
            learner = records.most_recent_learner(session)
            return _actor(learner) if learner and learner.pin_hash is None else None

    def profile(self, actor: Actor) -> LearnerView:
        """The acting learner's own profile."""
        with self._sessions() as session:
            return _view(acting_learner(session, actor))

    def all(self) -> list[LearnerView]:
        """Every profile on this machine, for choosing whom to sign in as."""
        with self._sessions() as session:
            return [_view(learner) for learner in records.all_learners(session)]

    def create(self, name: str, department: str, tier: Tier | str) -> tuple[LearnerView, Actor]:
        """A new profile, signed in at once."""
        name, department = name.strip(), department.strip()
        if not name:
            raise UserInputError(ServiceCode.NAME_REQUIRED)
        if len(name) > NAME_LIMIT:
            raise UserInputError(ServiceCode.NAME_TOO_LONG, limit=NAME_LIMIT)
        if len(department) > DEPARTMENT_LIMIT:
            raise UserInputError(ServiceCode.DEPARTMENT_TOO_LONG, limit=DEPARTMENT_LIMIT)
        try:
            tier = Tier(tier)
        except ValueError:
            raise UserInputError(ServiceCode.TIER_REQUIRED) from None
        with self._sessions.begin() as session:
            learner = Learner(name=name, department=department, tier=tier.value)
            session.add(learner)
            session.flush()
            return _view(learner), _actor(learner)

    def sign_in(self, learner_id: uuid.UUID, pin: str | None = None) -> Actor:
        """Study as this learner from now on: the one door to a profile, where its PIN is checked.

        A wrong PIN is counted (and committed) before it is reported, so closing the prompt does
        not reset the count.
        """
        now = self._clock()
        with self._sessions.begin() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            failure = self._check_pin(learner, pin, now)
            if failure is None:
                learner.last_active_at = now
                return _actor(learner)
        raise failure

    @staticmethod
    def _check_pin(learner: Learner, pin: str | None, now: datetime) -> ServiceError | None:
        """None when the learner may go on (no PIN set, or the right one); else the refusal to
        raise once the session has committed the failure."""
        if learner.pin_hash is None:
            return None
        check_guard(learner, now, ServiceCode.LEARNER_LOCKED)
        if pin is None:
            return Refused(ServiceCode.PIN_NEEDED)
        if secret_matches(learner.pin_hash, pin):
            note_success(learner)
            return None
        note_failure(learner, now)
        return Refused(ServiceCode.LEARNER_LOCKED if learner.locked else ServiceCode.WRONG_PIN)

    # -- a learner's own PIN --------------------------------------------------------------------
    def pin_required(self) -> bool:
        """Whether the administrator requires every learner to protect their profile."""
        with self._sessions() as session:
            return _pin_required(session)

    def must_set_pin(self, actor: Actor) -> bool:
        """True when the policy requires a PIN and the acting learner has none yet: the window
        asks for one before they study."""
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            return learner.pin_hash is None and _pin_required(session)

    def set_pin(self, actor: Actor, new_pin: str | None, current_pin: str | None = None) -> None:
        """Set, change (`current_pin` must be right) or remove (`new_pin` None) one's own PIN.

        Removing is refused while the administrator requires PINs.
        """
        if new_pin is not None:
            check_pin(new_pin)
        now = self._clock()
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            if new_pin is None and _pin_required(session):
                raise Refused(ServiceCode.PIN_CANNOT_BE_REMOVED)
            failure = self._check_pin(learner, current_pin, now)
            if failure is None:
                learner.pin_hash = hash_secret(new_pin) if new_pin is not None else None
                return
        raise failure

    # -- the administrator's side ---------------------------------------------------------------
    def set_pin_required(self, actor: Actor, required: bool) -> None:
        """Require (or stop requiring) every learner to protect their profile with a PIN."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            if _pin_required(session) == required:
                return
            write_setting(session, PIN_REQUIRED_SETTING, required)
            record_action(session, actor, AuditAction.PIN_POLICY_CHANGED, required=required)

    def guarded(self, actor: Actor) -> list[GuardedLearnerView]:
        """Learners who have a PIN or are locked out, by name."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            query = (
                select(Learner)
                .where(or_(Learner.pin_hash.is_not(None), Learner.locked.is_(True)))
                .order_by(Learner.name)
            )
            return [
                GuardedLearnerView(
                    learner.id,
                    learner.name,
                    learner.department,
                    learner.identifier,
                    learner.pin_hash is not None,
                    learner.locked,
                    learner.failed_sign_ins or 0,
                )
                for learner in session.scalars(query)
            ]

    def unlock(self, actor: Actor, learner_id: uuid.UUID) -> None:
        """Lift a learner's lock-out and wait; their PIN stays."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            learner = _learner(session, learner_id)
            lift_lock(learner)
            record_action(session, actor, AuditAction.LEARNER_UNLOCKED, learner.name)

    def clear_pin(self, actor: Actor, learner_id: uuid.UUID) -> None:
        """Remove a learner's forgotten PIN (and any lock): they sign in without one and, if the
        policy requires one, choose a new one at once."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            learner = _learner(session, learner_id)
            learner.pin_hash = None
            lift_lock(learner)
            record_action(session, actor, AuditAction.PIN_RESET, learner.name)


def _learner(session: Session, learner_id: uuid.UUID) -> Learner:
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
    return learner
