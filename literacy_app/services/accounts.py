"""Staff accounts (administrators and trainers): the first administrator, signing in, and the
guard against guessing that staff passwords and learner PINs share.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's low-memory profile). After
`FREE_FAILURES` wrong tries in a row each further one doubles the wait before the next try may be
made; after `LOCK_AFTER` the account is locked until an administrator lifts it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.services.acting import Actor, Role
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import Refused, ServiceCode, UserInputError
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


def check_guard(guard: SignInGuard, now: datetime) -> None:
    """Refuse a try on a locked account, or one made before the wait after failures is over."""
    if guard.locked:
        raise Refused(ServiceCode.ACCOUNT_LOCKED)
    retry_after = as_utc(guard.retry_after)
    if retry_after is not None and now < retry_after:
        seconds = max(1, int((retry_after - now).total_seconds() + 0.999))
        raise Refused(ServiceCode.SIGN_IN_TOO_SOON, seconds=seconds)


def note_failure(guard: SignInGuard, now: datetime) -> None:
    """Count a wrong password or PIN: a growing wait after a few, a lock after many."""
    guard.failed_sign_ins = (guard.failed_sign_ins or 0) + 1
    extra = guard.failed_sign_ins - FREE_FAILURES
    if guard.failed_sign_ins >= LOCK_AFTER:
        guard.locked = True
    if extra > 0:
        guard.retry_after = now + min(timedelta(seconds=2**extra), LONGEST_WAIT)


def note_success(guard: SignInGuard) -> None:
    guard.failed_sign_ins = 0
    guard.retry_after = None


def lift_lock(guard: SignInGuard) -> None:
    guard.locked = False
    note_success(guard)


def _actor(account: StaffAccount) -> Actor:
    return Actor(account.id, Role(account.role))


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
                note_failure(account, now)
                failure = Refused(
                    ServiceCode.ACCOUNT_LOCKED if account.locked else ServiceCode.WRONG_PASSWORD
                )
        raise failure


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
