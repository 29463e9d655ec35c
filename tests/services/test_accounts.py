"""Staff accounts: the first administrator, argon2id hashes, growing waits and the lock-out."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from literacy_app.services.accounts import FREE_FAILURES, LOCK_AFTER, AccountService
from literacy_app.services.acting import Role
from literacy_app.services.errors import Refused, ServiceCode, UserInputError
from literacy_app.store.models import AuditEntry, StaffAccount, utc_now


class Clock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def accounts(make_academy, tmp_path):
    academy = make_academy(tmp_path / "no-content")
    clock = Clock()
    service = AccountService(academy.accounts._sessions, clock)
    return service, clock


def stored(service: AccountService, name: str) -> StaffAccount:
    with service._sessions() as session:
        account = session.query(StaffAccount).filter_by(name=name).one()
        session.expunge(account)
        return account


def test_a_fresh_installation_needs_its_first_administrator_and_only_one(accounts) -> None:
    service, _ = accounts
    assert service.needs_administrator()
    actor = service.create_first_administrator(" 王管理 ", "correct horse")
    assert actor.role is Role.ADMINISTRATOR
    assert not service.needs_administrator()
    assert stored(service, "王管理").password_hash.startswith("$argon2id$")
    with pytest.raises(Refused) as caught:
        service.create_first_administrator("李", "another password")
    assert caught.value.code is ServiceCode.ADMINISTRATOR_EXISTS
    with service._sessions() as session:
        assert [e.action for e in session.query(AuditEntry)] == ["admin_created"]


def test_short_passwords_and_empty_names_are_refused(accounts) -> None:
    service, _ = accounts
    with pytest.raises(UserInputError) as caught:
        service.create_first_administrator("王", "short")
    assert caught.value.code is ServiceCode.PASSWORD_TOO_SHORT
    with pytest.raises(UserInputError):
        service.create_first_administrator("  ", "long enough")
    assert service.needs_administrator()


def test_signing_in_checks_the_password_and_a_wrong_name_looks_the_same(accounts) -> None:
    service, _ = accounts
    created = service.create_first_administrator("王管理", "correct horse")
    assert service.sign_in("王管理", "correct horse") == created
    for name, password in [("王管理", "wrong horse"), ("nobody", "correct horse")]:
        with pytest.raises(Refused) as caught:
            service.sign_in(name, password)
        assert caught.value.code is ServiceCode.WRONG_PASSWORD


def test_failures_meet_growing_waits_then_a_lock(accounts) -> None:
    service, clock = accounts
    service.create_first_administrator("王管理", "correct horse")
    waits: list[int] = []
    for failure in range(1, LOCK_AFTER + 1):
        with pytest.raises(Refused) as caught:
            service.sign_in("王管理", "wrong")
        expected = (
            ServiceCode.ACCOUNT_LOCKED if failure == LOCK_AFTER else ServiceCode.WRONG_PASSWORD
        )
        assert caught.value.code is expected
        if failure > FREE_FAILURES and failure < LOCK_AFTER:
            # Even the right password is refused until the wait is over.
            with pytest.raises(Refused) as early:
                service.sign_in("王管理", "correct horse")
            assert early.value.code is ServiceCode.SIGN_IN_TOO_SOON
            waits.append(early.value.message.args["seconds"])
        clock.now += timedelta(minutes=6)
    assert waits == sorted(waits) and waits[0] < waits[-1]
    assert stored(service, "王管理").locked
    with pytest.raises(Refused) as caught:
        service.sign_in("王管理", "correct horse")
    assert caught.value.code is ServiceCode.ACCOUNT_LOCKED


def test_a_success_clears_the_count(accounts) -> None:
    service, _ = accounts
    service.create_first_administrator("王管理", "correct horse")
    for _ in range(FREE_FAILURES):
        with pytest.raises(Refused):
            service.sign_in("王管理", "wrong")
    service.sign_in("王管理", "correct horse")
    assert stored(service, "王管理").failed_sign_ins == 0
