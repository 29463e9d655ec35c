"""Learners' PINs: signing in with one, waits and the lock, the policy, the administrator's side."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.accounts import FREE_FAILURES, LOCK_AFTER
from literacy_app.services.acting import Role
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.services.learners import PIN_MAX, PIN_MIN, LearnerService
from literacy_app.store.models import AuditEntry, Learner, utc_now


class Clock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def setup(make_academy, tmp_path):
    academy = make_academy(tmp_path / "no-content")
    clock = Clock()
    learners = LearnerService(academy.learners._sessions, clock)
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    return academy, learners, clock, admin


def stored(learners: LearnerService, name: str) -> Learner:
    with learners._sessions() as session:
        learner = session.query(Learner).filter_by(name=name).one()
        session.expunge(learner)
        return learner


def audit_actions(learners: LearnerService) -> list[tuple[str, str, str]]:
    with learners._sessions() as session:
        return [
            (e.actor_name, e.action, e.subject)
            for e in session.query(AuditEntry).order_by(AuditEntry.at)
        ]


def test_a_profile_with_a_pin_asks_for_it_and_is_never_opened_silently(setup) -> None:
    _, learners, _, _ = setup
    view, actor = learners.create("张明", "", Tier.PUBLIC)
    assert not view.has_pin and learners.current() == actor
    learners.set_pin(actor, "2468")
    assert stored(learners, "张明").pin_hash.startswith("$argon2id$")
    # The next start does not sign the protected profile in; it says who it was.
    assert learners.current() is None
    last = learners.last()
    assert last is not None and last.id == view.id and last.has_pin
    with pytest.raises(Refused) as caught:
        learners.sign_in(view.id)
    assert caught.value.code is ServiceCode.PIN_NEEDED
    with pytest.raises(Refused) as caught:
        learners.sign_in(view.id, "1357")
    assert caught.value.code is ServiceCode.WRONG_PIN
    assert learners.sign_in(view.id, "2468") == actor
    assert stored(learners, "张明").failed_sign_ins == 0


def test_pins_have_a_length_between_the_limits(setup) -> None:
    _, learners, _, _ = setup
    _, actor = learners.create("张明", "", Tier.PUBLIC)
    for pin, code in [("1" * (PIN_MIN - 1), ServiceCode.PIN_TOO_SHORT),
                      ("1" * (PIN_MAX + 1), ServiceCode.PIN_TOO_LONG)]:  # fmt: skip
        with pytest.raises(UserInputError) as caught:
            learners.set_pin(actor, pin)
        assert caught.value.code is code
    assert stored(learners, "张明").pin_hash is None
    learners.set_pin(actor, "一二三四")  # a password of any characters will do
    assert learners.sign_in(actor.user_id, "一二三四") == actor


def test_changing_or_removing_a_pin_needs_the_current_one(setup) -> None:
    _, learners, _, _ = setup
    view, actor = learners.create("张明", "", Tier.PUBLIC)
    learners.set_pin(actor, "2468")
    for current in (None, "1111"):
        with pytest.raises(Refused):
            learners.set_pin(actor, "9999", current)
    assert stored(learners, "张明").failed_sign_ins == 1  # a missing PIN is not a guess
    learners.set_pin(actor, "9999", "2468")
    assert learners.sign_in(view.id, "9999") == actor
    learners.set_pin(actor, None, "9999")
    assert learners.sign_in(view.id) == actor
    assert learners.current() == actor


def test_wrong_pins_meet_growing_waits_then_a_lock_only_an_administrator_lifts(setup) -> None:
    _, learners, clock, admin = setup
    view, _ = learners.create("张明", "", Tier.PUBLIC)
    _, actor = learners.create("张明", "", Tier.PUBLIC)
    learners.set_pin(learners.sign_in(view.id), "2468")
    waits: list[int] = []
    for failure in range(1, LOCK_AFTER + 1):
        with pytest.raises(Refused) as caught:
            learners.sign_in(view.id, "0000")
        expected = ServiceCode.LEARNER_LOCKED if failure == LOCK_AFTER else ServiceCode.WRONG_PIN
        assert caught.value.code is expected
        if FREE_FAILURES < failure < LOCK_AFTER:
            with pytest.raises(Refused) as early:
                learners.sign_in(view.id, "2468")
            assert early.value.code is ServiceCode.SIGN_IN_TOO_SOON
            waits.append(early.value.message.args["seconds"])
        clock.now += timedelta(minutes=6)
    assert waits == sorted(waits) and waits[0] < waits[-1]
    with pytest.raises(Refused) as caught:
        learners.sign_in(view.id, "2468")
    assert caught.value.code is ServiceCode.LEARNER_LOCKED
    assert [(g.name, g.has_pin, g.locked) for g in learners.guarded(admin)] == [
        ("张明", True, True)
    ]
    learners.unlock(admin, view.id)
    assert learners.sign_in(view.id, "2468").user_id == view.id
    assert actor.user_id != view.id  # the namesake's profile was never touched
    assert stored_by_id(learners, actor.user_id).failed_sign_ins == 0
    assert audit_actions(learners)[-1] == ("管理员", "learner_unlocked", "张明")


def stored_by_id(learners: LearnerService, learner_id) -> Learner:
    with learners._sessions() as session:
        learner = session.get(Learner, learner_id)
        session.expunge(learner)
        return learner


def test_an_administrator_clears_a_forgotten_pin(setup) -> None:
    _, learners, _, admin = setup
    view, actor = learners.create("张明", "", Tier.PUBLIC)
    learners.set_pin(actor, "2468")
    learners.clear_pin(admin, view.id)
    assert learners.sign_in(view.id) == actor
    assert learners.guarded(admin) == []
    assert audit_actions(learners)[-1] == ("管理员", "pin_reset", "张明")
    with pytest.raises(NotAvailable):
        learners.clear_pin(admin, admin.user_id)


def test_when_the_policy_requires_a_pin_a_learner_must_set_one_and_cannot_remove_it(setup) -> None:
    _, learners, _, admin = setup
    _, actor = learners.create("张明", "", Tier.PUBLIC)
    assert not learners.pin_required() and not learners.must_set_pin(actor)
    learners.set_pin_required(admin, True)
    learners.set_pin_required(admin, True)  # no change, no second entry
    assert learners.pin_required() and learners.must_set_pin(actor)
    learners.set_pin(actor, "2468")
    assert not learners.must_set_pin(actor)
    with pytest.raises(Refused) as caught:
        learners.set_pin(actor, None, "2468")
    assert caught.value.code is ServiceCode.PIN_CANNOT_BE_REMOVED
    learners.set_pin_required(admin, False)
    learners.set_pin(actor, None, "2468")
    assert [a for a in audit_actions(learners) if a[1] == "pin_policy_changed"] == [
        ("管理员", "pin_policy_changed", ""),
        ("管理员", "pin_policy_changed", ""),
    ]


def test_every_administrative_method_refuses_a_learner_and_a_trainer(setup) -> None:
    academy, learners, _, admin = setup
    view, learner = learners.create("张明", "", Tier.PUBLIC)
    learners.set_pin(learner, "2468")
    academy.accounts.create_account(admin, "赵培训", Role.TRAINER, "password-123")
    trainer = academy.accounts.sign_in("赵培训", "password-123")
    calls = (
        lambda actor: learners.set_pin_required(actor, True),
        lambda actor: learners.guarded(actor),
        lambda actor: learners.unlock(actor, view.id),
        lambda actor: learners.clear_pin(actor, view.id),
    )
    for actor in (learner, trainer):
        for call in calls:
            with pytest.raises(Refused) as caught:
                call(actor)
            assert caught.value.code is ServiceCode.ROLE_REQUIRED
    assert not learners.pin_required()
    assert stored(learners, "张明").pin_hash is not None
    assert [a[1] for a in audit_actions(learners)] == ["admin_created", "account_created"]


def test_a_learners_own_pin_methods_refuse_staff(setup) -> None:
    _, learners, _, admin = setup
    with pytest.raises(Refused):
        learners.set_pin(admin, "2468")
    with pytest.raises(Refused):
        learners.must_set_pin(admin)
