"""Staff accounts: the first administrator, argon2id hashes, growing waits and the lock-out."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest

from literacy_app.services.accounts import (
    FREE_FAILURES,
    LOCK_AFTER,
    LONGEST_WAIT,
    AccountService,
)
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
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


def fail_until_locked(service: AccountService, clock: Clock, name: str) -> list[int]:
    """Wrong passwords until the lock; the waits the right password met on the way."""
    waits: list[int] = []
    for failure in range(1, LOCK_AFTER + 1):
        with pytest.raises(Refused) as caught:
            service.sign_in(name, "wrong")
        expected = (
            ServiceCode.ACCOUNT_LOCKED if failure == LOCK_AFTER else ServiceCode.WRONG_PASSWORD
        )
        assert caught.value.code is expected
        if failure > FREE_FAILURES and failure < LOCK_AFTER:
            # Even the right password is refused until the wait is over.
            with pytest.raises(Refused) as early:
                service.sign_in(name, "correct horse")
            assert early.value.code is ServiceCode.SIGN_IN_TOO_SOON
            waits.append(early.value.message.args["seconds"])
        clock.now += timedelta(minutes=6)
    return waits


def test_failures_meet_growing_waits_then_a_lock(accounts) -> None:
    service, clock = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    service.create_account(admin, "赵培训", Role.TRAINER, "correct horse")
    waits = fail_until_locked(service, clock, "赵培训")
    assert waits == sorted(waits) and waits[0] < waits[-1]
    assert stored(service, "赵培训").locked
    with pytest.raises(Refused) as caught:
        service.sign_in("赵培训", "correct horse")
    assert caught.value.code is ServiceCode.ACCOUNT_LOCKED


def test_the_last_administrator_who_could_lift_a_lock_only_waits(accounts) -> None:
    service, clock = accounts
    service.create_first_administrator("王管理", "correct horse")
    for _ in range(LOCK_AFTER + 3):
        with pytest.raises(Refused) as caught:
            service.sign_in("王管理", "wrong")
        assert caught.value.code is ServiceCode.WRONG_PASSWORD
        clock.now += LONGEST_WAIT
    with pytest.raises(Refused):
        service.sign_in("王管理", "wrong")
    account = stored(service, "王管理")
    assert not account.locked and account.failed_sign_ins == LOCK_AFTER + 4
    # The wait has grown to its longest and stays there; after it the right password works.
    with pytest.raises(Refused) as early:
        service.sign_in("王管理", "correct horse")
    assert early.value.message.args["seconds"] == LONGEST_WAIT.total_seconds()
    clock.now += LONGEST_WAIT
    assert service.sign_in("王管理", "correct horse").role is Role.ADMINISTRATOR


def test_with_a_second_administrator_either_can_be_locked_and_unlocked(accounts) -> None:
    service, clock = accounts
    first = service.create_first_administrator("王管理", "correct horse")
    second = service.create_account(first, "李管理", Role.ADMINISTRATOR, "correct horse")
    fail_until_locked(service, clock, "李管理")
    # 王 is now the only unlocked administrator: never locked, so 李 can always be let back in.
    for _ in range(LOCK_AFTER):
        with pytest.raises(Refused):
            service.sign_in("王管理", "wrong")
        clock.now += timedelta(minutes=6)
    assert not stored(service, "王管理").locked
    service.unlock(first, second.id)
    assert service.sign_in("李管理", "correct horse").user_id == second.id


def test_a_success_clears_the_count(accounts) -> None:
    service, _ = accounts
    service.create_first_administrator("王管理", "correct horse")
    for _ in range(FREE_FAILURES):
        with pytest.raises(Refused):
            service.sign_in("王管理", "wrong")
    service.sign_in("王管理", "correct horse")
    assert stored(service, "王管理").failed_sign_ins == 0


def test_an_administrator_creates_accounts_for_trainers_and_administrators(accounts) -> None:
    service, _ = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    trainer = service.create_account(admin, " 赵培训 ", Role.TRAINER, "trainer-pass")
    assert trainer.name == "赵培训" and trainer.role is Role.TRAINER
    assert service.sign_in("赵培训", "trainer-pass").role is Role.TRAINER
    listed = service.staff(admin)
    assert [(a.name, a.role, a.locked) for a in listed] == [
        ("王管理", Role.ADMINISTRATOR, False),
        ("赵培训", Role.TRAINER, False),
    ]
    assert listed[1].last_sign_in_at is not None and listed[0].last_sign_in_at is None
    with pytest.raises(UserInputError) as caught:
        service.create_account(admin, "赵培训", Role.ADMINISTRATOR, "another-pass")
    assert caught.value.code is ServiceCode.ACCOUNT_NAME_TAKEN
    with pytest.raises(UserInputError) as caught:
        service.create_account(admin, "学员甲", Role.LEARNER, "another-pass")
    assert caught.value.code is ServiceCode.STAFF_ROLE_INVALID
    with pytest.raises(UserInputError) as caught:
        service.create_account(admin, "钱", Role.TRAINER, "short")
    assert caught.value.code is ServiceCode.PASSWORD_TOO_SHORT
    assert len(service.staff(admin)) == 2


def test_a_reset_password_replaces_the_old_one_and_lifts_the_lock(accounts) -> None:
    service, clock = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    trainer = service.create_account(admin, "赵培训", Role.TRAINER, "correct horse")
    fail_until_locked(service, clock, "赵培训")
    service.reset_password(admin, trainer.id, "new password")
    with pytest.raises(Refused):
        service.sign_in("赵培训", "correct horse")
    assert service.sign_in("赵培训", "new password").user_id == trainer.id


def test_unlocking_keeps_the_password(accounts) -> None:
    service, clock = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    trainer = service.create_account(admin, "赵培训", Role.TRAINER, "correct horse")
    fail_until_locked(service, clock, "赵培训")
    assert [a.locked for a in service.staff(admin)] == [False, True]
    service.unlock(admin, trainer.id)
    assert stored(service, "赵培训").failed_sign_ins == 0
    assert service.sign_in("赵培训", "correct horse").user_id == trainer.id


def test_nobody_removes_themself_or_the_last_administrator(accounts) -> None:
    service, _ = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    with pytest.raises(Refused) as caught:
        service.remove_account(admin, admin.user_id)
    assert caught.value.code is ServiceCode.CANNOT_REMOVE_SELF
    # An administrator whose account was removed meanwhile (in another window) still cannot
    # remove the one that is left.
    other = service.create_account(admin, "李管理", Role.ADMINISTRATOR, "correct horse")
    other_actor = service.sign_in("李管理", "correct horse")
    service.remove_account(admin, other.id)
    with pytest.raises(Refused) as caught:
        service.remove_account(other_actor, admin.user_id)
    assert caught.value.code is ServiceCode.LAST_ADMINISTRATOR
    assert [a.name for a in service.staff(admin)] == ["王管理"]
    with pytest.raises(NotAvailable):
        service.unlock(admin, other.id)


def test_every_action_is_in_the_audit_log_with_who_and_on_whom(accounts) -> None:
    service, _ = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    trainer = service.create_account(admin, "赵培训", Role.TRAINER, "correct horse")
    service.reset_password(admin, trainer.id, "new password")
    service.unlock(admin, trainer.id)
    service.remove_account(admin, trainer.id)
    with service._sessions() as session:
        entries = [
            (e.actor_name, e.action, e.subject)
            for e in session.query(AuditEntry).order_by(AuditEntry.at)
        ]
    assert entries == [
        ("", "admin_created", "王管理"),
        ("王管理", "account_created", "赵培训"),
        ("王管理", "password_reset", "赵培训"),
        ("王管理", "account_unlocked", "赵培训"),
        ("王管理", "account_removed", "赵培训"),
    ]


def test_every_administrative_method_refuses_a_learner_and_a_trainer(accounts) -> None:
    service, _ = accounts
    admin = service.create_first_administrator("王管理", "correct horse")
    trainer_view = service.create_account(admin, "赵培训", Role.TRAINER, "correct horse")
    trainer = service.sign_in("赵培训", "correct horse")
    learner = Actor(uuid.uuid4(), Role.LEARNER)
    calls = (
        lambda actor: service.staff(actor),
        lambda actor: service.create_account(actor, "钱", Role.ADMINISTRATOR, "correct horse"),
        lambda actor: service.reset_password(actor, admin.user_id, "taken over"),
        lambda actor: service.unlock(actor, trainer_view.id),
        lambda actor: service.remove_account(actor, admin.user_id),
    )
    for actor in (learner, trainer):
        for call in calls:
            with pytest.raises(Refused) as caught:
                call(actor)
            assert caught.value.code is ServiceCode.ROLE_REQUIRED
    assert service.sign_in("王管理", "correct horse") == admin
    assert [a.name for a in service.staff(admin)] == ["王管理", "赵培训"]
    with service._sessions() as session:
        assert session.query(AuditEntry).count() == 2
