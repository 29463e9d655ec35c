"""The audit log: every administrative action, written in the same transaction as the action.

An action that is rolled back leaves no entry; an entry never exists without its action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.services.acting import Actor, Role, require
from literacy_app.store.models import AuditEntry, StaffAccount, as_utc


class AuditAction(StrEnum):
    """What an administrator did. Stored as the value; the window names each in words."""

    ADMIN_CREATED = "admin_created"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_UNLOCKED = "account_unlocked"
    ACCOUNT_REMOVED = "account_removed"
    PASSWORD_RESET = "password_reset"
    LEARNER_UNLOCKED = "learner_unlocked"
    PIN_RESET = "pin_reset"
    PIN_POLICY_CHANGED = "pin_policy_changed"
    LEARNER_ADDED = "learner_added"
    LEARNER_UPDATED = "learner_updated"
    ROSTER_IMPORTED = "roster_imported"
    COURSE_ASSIGNED = "course_assigned"
    ASSIGNMENT_REMOVED = "assignment_removed"
    HOUR_TARGET_SET = "hour_target_set"
    REPORT_EXPORTED = "report_exported"
    HOURS_RECORD_PRINTED = "hours_record_printed"
    INSTALLATION_TRUSTED = "installation_trusted"
    INSTALLATION_DISTRUSTED = "installation_distrusted"
    COURSE_INSTALLED = "course_installed"
    COURSE_REMOVED = "course_removed"
    TRAINER_KEY_TRUSTED = "trainer_key_trusted"
    TRAINER_KEY_DISTRUSTED = "trainer_key_distrusted"
    PROGRESS_EXPORTED = "progress_exported"
    PROGRESS_IMPORTED = "progress_imported"
    PROGRESS_REFUSED = "progress_refused"
    PROGRESS_HELD = "progress_held"
    PROGRESS_HELD_REJECTED = "progress_held_rejected"
    LEARNER_CLASH_RESOLVED = "learner_clash_resolved"


@dataclass(frozen=True)
class AuditView:
    at: datetime
    actor_name: str
    action: AuditAction
    subject: str
    details: dict[str, Any]


def record_action(
    session: Session, actor: Actor | None, action: AuditAction, subject: str = "", **details: Any
) -> None:
    """Add an entry to the log in the caller's transaction. `actor` is None only for the set-up of
    a fresh installation, before any account exists."""
    name = ""
    if actor is not None:
        account = session.get(StaffAccount, actor.user_id)
        name = account.name if account else str(actor.user_id)
    session.add(
        AuditEntry(
            actor_id=actor.user_id if actor else None,
            actor_name=name,
            action=action.value,
            subject=subject[:200],
            details=details,
        )
    )


class AuditService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def entries(self, actor: Actor, *, limit: int = 500, offset: int = 0) -> list[AuditView]:
        """The newest entries first; administrators only."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            rows = session.scalars(
                select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit).offset(offset)
            )
            return [
                AuditView(
                    as_utc(row.at),
                    row.actor_name,
                    AuditAction(row.action),
                    row.subject,
                    row.details,
                )
                for row in rows
            ]
