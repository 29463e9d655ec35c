"""Staff accounts (administrators and trainers): the first administrator, signing in, and the
guard against guessing that staff passwords and learner PINs share.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's low-memory profile). After
`FREE_FAILURES` wrong tries in a row each further one doubles the wait before the next try may be
made; after `LOCK_AFTER` the account is locked until an administrator lifts it. The one
administrator who could lift a lock is never locked (nobody could lift it): their wait only grows to
`LONGEST_WAIT`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.store.models import SignInGuard, StaffAccount, as_utc, utc_now

NAME_LIMIT = 100
PASSWORD_MIN = 8
PASSWORD_MAX = 128
FREE_FAILURES = 3
LOCK_AFTER = 10
LONGEST_WAIT = timedelta(minutes=5)

_hasher = PasswordHasher()


@cache
def _unknown_name_hash() -> str:
    # Checked against when the name is unknown, so a wrong name costs as long as a wrong password.
    # Made on first use: hashing takes a tenth of a second, which start-up should not pay.
    return _hasher.hash("not a password of anyone")


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def secret_matches(stored_hash: str, secret: str) -> bool:
    try:
        return _hasher.verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def check_password(password: str) -> None:
    """Refuse a password too short or too long to be a sensible staff password."""
    if len(password) < PASSWORD_MIN:
        raise UserInputError(ServiceCode.PASSWORD_TOO_SHORT, minimum=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise UserInputError(ServiceCode.PASSWORD_TOO_LONG, limit=PASSWORD_MAX)


def check_guard(
    guard: SignInGuard, now: datetime, locked: ServiceCode = ServiceCode.ACCOUNT_LOCKED
) -> None:
    """Refuse a try on a locked account (with the `locked` code), or one made before the wait
    after failures is over."""
    if guard.locked:
        raise Refused(locked)
    retry_after = as_utc(guard.retry_after)
    if retry_after is not None and now < retry_after:
        seconds = max(1, int((retry_after - now).total_seconds() + 0.999))
        raise Refused(ServiceCode.SIGN_IN_TOO_SOON, seconds=seconds)


def note_failure(guard: SignInGuard, now: datetime, *, may_lock: bool = True) -> None:
    """Count a wrong password or PIN: a growing wait after a few, a lock after many (unless
    `may_lock` is False: then the wait keeps growing to its longest instead)."""
    guard.failed_sign_ins = (guard.failed_sign_ins or 0) + 1
    extra = guard.failed_sign_ins - FREE_FAILURES
    if may_lock and guard.failed_sign_ins >= LOCK_AFTER:
        guard.locked = True
    if extra > 0:
        guard.retry_after = now + min(timedelta(seconds=2**extra), LONGEST_WAIT)


def note_success(guard: SignInGuard) -> None:
    guard.failed_sign_ins = 0
    guard.retry_after = None


def lift_lock(guard: SignInGuard) -> None:
    guard.locked = False
    note_success(guard)


@dataclass(frozen=True)
class StaffView:
    """A staff account as the accounts tab lists it."""

    id: uuid.UUID
    name: str
    role: Role
    locked: bool
    failed_sign_ins: int
    created_at: datetime
    last_sign_in_at: datetime | None


STAFF_ROLES = (Role.TRAINER, Role.ADMINISTRATOR)


def _actor(account: StaffAccount) -> Actor:
    return Actor(account.id, Role(account.role))


def _view(account: StaffAccount) -> StaffView:
    return StaffView(
        account.id,
        account.name,
        Role(account.role),
        account.locked,
        account.failed_sign_ins or 0,
        as_utc(account.created_at),
        as_utc(account.last_sign_in_at),
    )


class AccountService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def needs_administrator(self) -> bool:
        """True on a fresh installation: nobody can administer it yet."""
        with self._sessions() as session:
            return _first_administrator(session) is None

    def create_first_administrator(self, name: str, password: str) -> Actor:
        """The installation's first administrator; refused once one exists."""
        name = _checked_name(name)
        check_password(password)
        with self._sessions.begin() as session:
            if _first_administrator(session) is not None:
                raise Refused(ServiceCode.ADMINISTRATOR_EXISTS)
            account = StaffAccount(
                name=name, role=Role.ADMINISTRATOR.value, password_hash=hash_secret(password)
            )
            session.add(account)
            session.flush()
            record_action(session, None, AuditAction.ADMIN_CREATED, name)
            return _actor(account)

    def sign_in(self, name: str, password: str) -> Actor:
        """An administrator or trainer by name and password.

        A wrong name and a wrong password get the same refusal. A failure is committed before it
        is reported, so closing the dialog does not reset the count.
        """
        now = self._clock()
        with self._sessions.begin() as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.name == name.strip())
            ).one_or_none()
            if account is None:
                secret_matches(_unknown_name_hash(), password)
                failure = Refused(ServiceCode.WRONG_PASSWORD)
            else:
                check_guard(account, now)
                if secret_matches(account.password_hash, password):
                    note_success(account)
                    account.last_sign_in_at = now
                    if _hasher.check_needs_rehash(account.password_hash):
                        account.password_hash = hash_secret(password)
                    return _actor(account)
                note_failure(account, now, may_lock=_may_lock(session, account))
                failure = Refused(
                    ServiceCode.ACCOUNT_LOCKED if account.locked else ServiceCode.WRONG_PASSWORD
                )
        raise failure

    # -- the administrator's tools ----------------------------------------------------------------
    def staff(self, actor: Actor) -> list[StaffView]:
        """Every administrator and trainer account, by name."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            accounts = session.scalars(select(StaffAccount).order_by(StaffAccount.name))
            return [_view(account) for account in accounts]

    def create_account(self, actor: Actor, name: str, role: Role, password: str) -> StaffView:
        """A new trainer or administrator account with its first password."""
        require(actor, Role.ADMINISTRATOR)
        name = _checked_name(name)
        if role not in STAFF_ROLES:
            raise UserInputError(ServiceCode.STAFF_ROLE_INVALID)
        check_password(password)
        with self._sessions.begin() as session:
            taken = select(StaffAccount.id).where(StaffAccount.name == name)
            if session.scalars(taken).first() is not None:
                raise UserInputError(ServiceCode.ACCOUNT_NAME_TAKEN, name=name)
            account = StaffAccount(name=name, role=role.value, password_hash=hash_secret(password))
            session.add(account)
            session.flush()
            record_action(session, actor, AuditAction.ACCOUNT_CREATED, name, role=role.value)
            return _view(account)

    def reset_password(self, actor: Actor, account_id: uuid.UUID, password: str) -> None:
        """Give an account a new password; a lock and the failures counted so far go with the old
        one (a new password handed over is the usual way back in)."""
        require(actor, Role.ADMINISTRATOR)
        check_password(password)
        with self._sessions.begin() as session:
            account = _account(session, account_id)
            account.password_hash = hash_secret(password)
            lift_lock(account)
            record_action(session, actor, AuditAction.PASSWORD_RESET, account.name)

    def unlock(self, actor: Actor, account_id: uuid.UUID) -> None:
        """Lift a lock-out (and the wait), keeping the password."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            account = _account(session, account_id)
            lift_lock(account)
            record_action(session, actor, AuditAction.ACCOUNT_UNLOCKED, account.name)

    def remove_account(self, actor: Actor, account_id: uuid.UUID) -> None:
        """Delete a staff account. Never one's own (the window would go on acting as nobody) and
        never the last administrator (nobody could administer the installation any more)."""
        require(actor, Role.ADMINISTRATOR)
        if account_id == actor.user_id:
            raise Refused(ServiceCode.CANNOT_REMOVE_SELF)
        with self._sessions.begin() as session:
            account = _account(session, account_id)
            if account.role == Role.ADMINISTRATOR.value and not _other_administrators(
                session, account
            ):
                raise Refused(ServiceCode.LAST_ADMINISTRATOR)
            session.delete(account)
            record_action(session, actor, AuditAction.ACCOUNT_REMOVED, account.name)


def _account(session: Session, account_id: uuid.UUID) -> StaffAccount:
    account = session.get(StaffAccount, account_id)
    if account is None:
        raise NotAvailable(ServiceCode.ACCOUNT_NOT_FOUND)
    return account


def _other_administrators(
    session: Session, account: StaffAccount, *, unlocked: bool = False
) -> bool:
    query = select(StaffAccount.id).where(
        StaffAccount.role == Role.ADMINISTRATOR.value, StaffAccount.id != account.id
    )
    if unlocked:
        query = query.where(StaffAccount.locked.is_(False))
    return session.scalars(query.limit(1)).first() is not None


def _may_lock(session: Session, account: StaffAccount) -> bool:
    """Only an administrator lifts a lock: the last one who could must not be locked out."""
    return account.role != Role.ADMINISTRATOR.value or _other_administrators(
        session, account, unlocked=True
    )


def _first_administrator(session: Session) -> StaffAccount | None:
    return session.scalars(
        select(StaffAccount).where(StaffAccount.role == Role.ADMINISTRATOR.value).limit(1)
    ).first()


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UserInputError(ServiceCode.NAME_REQUIRED)
    if len(name) > NAME_LIMIT:
        raise UserInputError(ServiceCode.NAME_TOO_LONG, limit=NAME_LIMIT)
    return name
