"""Who is acting: the signed-in user and their role, and the one place both are checked.

Pages never hand a service a bare learner id: they hold the `Actor` that signing in returned and
pass it to every call; a service checks it here before it reads or writes anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from literacy_app.services.errors import NotAvailable, Refused, ServiceCode
from literacy_app.store.models import Learner


class Role(StrEnum):
    LEARNER = "learner"
    TRAINER = "trainer"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class Actor:
    """A signed-in user: who they are and in which role they act."""

    user_id: uuid.UUID
    role: Role


def require(actor: Actor, *roles: Role) -> None:
    """Refuse unless the actor holds one of the roles."""
    if actor.role not in roles:
        raise Refused(ServiceCode.ROLE_REQUIRED, role=actor.role.value)


def require_owner(actor: Actor, owner_id: uuid.UUID) -> None:
    """Refuse a record that belongs to someone else (another learner's attempt or drill run)."""
    if owner_id != actor.user_id:
        raise Refused(ServiceCode.NOT_YOURS)


def acting_learner(session: Session, actor: Actor) -> Learner:
    """The learner the actor studies as; refused for other roles, not available once deleted."""
    require(actor, Role.LEARNER)
    learner = session.get(Learner, actor.user_id)
    if learner is None:
        raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
    return learner


class _Owned(Protocol):
    learner_id: uuid.UUID


R = TypeVar("R", bound=_Owned)


def owned_record(
    session: Session, actor: Actor, kind: type[R], record_id: uuid.UUID, missing: ServiceCode
) -> R:
    """A learner's record (an attempt, a drill run) by id: not available when it is not there,
    refused when it is someone else's."""
    record = session.get(kind, record_id)
    if record is None:
        raise NotAvailable(missing)
    require_owner(actor, record.learner_id)
    return record
