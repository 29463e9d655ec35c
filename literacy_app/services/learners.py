"""Learner profiles: creating one, signing in as one, and who studied last on this machine."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.model import Tier
from literacy_app.services.acting import Actor, Role, acting_learner
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.store import records
from literacy_app.store.models import Learner, utc_now

NAME_LIMIT = 100
DEPARTMENT_LIMIT = 200


@dataclass(frozen=True)
class LearnerView:
    id: uuid.UUID
    name: str
    department: str
    tier: Tier


def _view(learner: Learner) -> LearnerView:
    return LearnerView(learner.id, learner.name, learner.department, Tier(learner.tier))


def _actor(learner: Learner) -> Actor:
    return Actor(learner.id, Role.LEARNER)


class LearnerService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self) -> Actor | None:
        """The learner who studied most recently on this installation, signed in, if any."""
        with self._sessions() as session:
            learner = records.most_recent_learner(session)
            return _actor(learner) if learner else None

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

    def sign_in(self, learner_id: uuid.UUID) -> Actor:
        """Study as this learner from now on.

        This is the one door to another profile: when profiles get a PIN, it is checked here.
        """
        with self._sessions.begin() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            learner.last_active_at = utc_now()
            return _actor(learner)
