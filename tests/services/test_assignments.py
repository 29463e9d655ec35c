"""Assignments: coverage by tier, department subtree and learner; done and overdue on both sides;
annual 学时 targets; and every administrative method of this part refused to a learner."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from literacy_app.catalogue import describe
from literacy_app.content.model import Tier
from literacy_app.services.assignments import AssignmentService, covers, covers_learner
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.store.models import (
    Assignment,
    AuditEntry,
    Learner,
    QuizAttempt,
    RecordStatus,
    utc_now,
)

TODAY = date(2026, 6, 1)


class Today:
    def __init__(self) -> None:
        self.day = TODAY

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def setting(academy):
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    today = Today()
    service = AssignmentService(academy.roster._sessions, academy.library, today)
    people = {}
    for name, department, tier in [
        ("县甲", "某省/某市/某县/县融媒体中心", "operator"),
        ("县乙", "某省/某市/某县", "operator"),
        ("县二", "某省/某市/某县二", "operator"),  # a sibling whose name starts the same
        ("市丙", "某省/某市", "leader"),
        ("外省", "他省/他市", "operator"),
    ]:
        record = academy.roster.add_learner(
            admin, name=name, identifier=name, department=department, tier=tier
        )
        people[name] = record.id
    return academy, service, admin, today, people


def learner_actor(academy, learner_id):
    return academy.learners.sign_in(learner_id)


def complete(academy, learner_id: uuid.UUID, course_id: str) -> None:
    """Read every lesson and pass the final quiz, as the records of a learner who did would be."""
    actor = learner_actor(academy, learner_id)
    course = academy.library().course(course_id)
    for lesson in course.lessons:
        academy.learning.record_reading(actor, course_id, lesson.id, 60, completed=True)
    if course.spec.final_quiz is not None:
        with academy.roster._sessions.begin() as session:
            session.add(
                QuizAttempt(
                    learner_id=learner_id, kind=AttemptKind.FINAL.value, course_id=course_id,
                    content_hash=course.content_hash, seed=1, question_ids=[], pass_mark=60,
                    submitted_at=utc_now(), earned=10, possible=10, passed=True,
                    status=RecordStatus.COMPLETED.value,
                )
            )  # fmt: skip


def course_ids(academy) -> list[str]:
    return [course.id for course in academy.library().courses]


def test_a_department_covers_every_unit_below_it_and_no_sibling(setting) -> None:
    academy, service, admin, _, people = setting
    course = course_ids(academy)[0]
    service.assign_to_department(admin, course, " 某省 / 某市/某县 ", date(2026, 7, 1))
    (view,) = service.assignments(admin)
    assert view.target == "某省/某市/某县" and view.covered == 2
    for name, covered in [("县甲", True), ("县乙", True), ("县二", False), ("市丙", False)]:
        mine = service.mine(learner_actor(academy, people[name]))
        assert [a.progress.course_id for a in mine] == ([course] if covered else []), name


def test_a_tier_and_named_learners(setting) -> None:
    academy, service, admin, _, people = setting
    first, second = course_ids(academy)[:2]
    service.assign_to_tier(admin, first, Tier.OPERATOR, date(2026, 7, 1))
    service.assign_to_learners(admin, second, [people["市丙"], people["外省"]], date(2026, 8, 1))
    views = service.assignments(admin)
    assert [(v.target_kind.value, v.covered) for v in views] == [
        ("tier", 4), ("learner", 1), ("learner", 1),
    ]  # fmt: skip
    assert {v.target_name for v in views[1:]} == {"市丙", "外省"}
    assert [a.progress.course_id for a in service.mine(learner_actor(academy, people["外省"]))] == [
        first,
        second,
    ]
    assert [a.due_on for a in service.mine(learner_actor(academy, people["市丙"]))] == [
        date(2026, 8, 1)
    ]


def test_assigning_again_moves_the_due_date_and_the_earliest_due_date_counts(setting) -> None:
    academy, service, admin, _, people = setting
    course = course_ids(academy)[0]
    service.assign_to_tier(admin, course, "operator", date(2026, 9, 1))
    service.assign_to_tier(admin, course, "operator", date(2026, 9, 30))
    service.assign_to_learners(admin, course, [people["县甲"]], date(2026, 7, 15))
    assert len(service.assignments(admin)) == 2
    (assigned,) = service.mine(learner_actor(academy, people["县甲"]))
    assert assigned.due_on == date(2026, 7, 15)
    (other,) = service.mine(learner_actor(academy, people["县乙"]))
    assert other.due_on == date(2026, 9, 30)


def test_done_and_overdue_on_both_sides(setting) -> None:
    academy, service, admin, today, people = setting
    course = course_ids(academy)[0]
    service.assign_to_tier(admin, course, "operator", date(2026, 6, 30))
    complete(academy, people["县甲"], course)
    (view,) = service.assignments(admin)
    assert (view.covered, view.done, view.overdue) == (4, 1, 0)
    (pending,) = service.mine(learner_actor(academy, people["县乙"]))
    assert not pending.overdue and not pending.done
    today.day = date(2026, 6, 30)  # due today is not late yet
    assert service.assignments(admin)[0].overdue == 0
    today.day = date(2026, 7, 1)
    (view,) = service.assignments(admin)
    assert (view.covered, view.done, view.overdue) == (4, 1, 3)
    (late,) = service.mine(learner_actor(academy, people["县乙"]))
    assert late.overdue
    (finished,) = service.mine(learner_actor(academy, people["县甲"]))
    assert finished.done and not finished.overdue
    # "Done" is the learning path's own rule: the same course there says completed as well.
    path = academy.learning.catalogue(learner_actor(academy, people["县甲"]))[0]
    assert next(p for p in path if p.course_id == course).completed


def test_the_sql_coverage_agrees_with_the_per_learner_check(setting) -> None:
    academy, service, admin, _, people = setting
    course = course_ids(academy)[0]
    service.assign_to_department(admin, course, "某省/某市", date(2026, 7, 1))
    service.assign_to_tier(admin, course, "leader", date(2026, 7, 1))
    service.assign_to_learners(admin, course, [people["外省"]], date(2026, 7, 1))
    with academy.roster._sessions() as session:
        learners = session.scalars(select(Learner)).all()
        for assignment in session.scalars(select(Assignment)):
            in_sql = set(session.scalars(select(Learner.id).where(covers(assignment))))
            in_python = {l.id for l in learners if covers_learner(assignment, l)}  # noqa: E741
            assert in_sql == in_python and in_sql


def test_bad_assignments_are_refused(setting) -> None:
    academy, service, admin, _, _ = setting
    course = course_ids(academy)[0]
    with pytest.raises(UserInputError) as caught:
        service.assign_to_tier(admin, course, "leader", date(2026, 5, 31))
    assert describe(caught.value.message) == "截止日期不能早于今天（2026-06-01）。"
    with pytest.raises(NotAvailable) as gone:
        service.assign_to_tier(admin, "no-such-course", "leader", TODAY)
    assert gone.value.code is ServiceCode.COURSE_UNAVAILABLE
    with pytest.raises(UserInputError):
        service.assign_to_department(admin, course, "某省//某县", TODAY)
    with pytest.raises(UserInputError):
        service.assign_to_learners(admin, course, [], TODAY)
    with pytest.raises(NotAvailable):
        service.assign_to_learners(admin, course, [uuid.uuid4()], TODAY)
    assert service.assignments(admin) == []


def test_removing_an_assignment_and_the_audit_trail(setting) -> None:
    academy, service, admin, _, _ = setting
    course = course_ids(academy)[0]
    assignment_id = service.assign_to_tier(admin, course, "public", TODAY)
    service.remove(admin, assignment_id)
    assert service.assignments(admin) == []
    with pytest.raises(NotAvailable):
        service.remove(admin, assignment_id)
    with academy.roster._sessions() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.at))]
    assert actions[-2:] == ["course_assigned", "assignment_removed"]


def test_hour_targets_per_year_tier_and_department(setting) -> None:
    _, service, admin, _, _ = setting
    service.set_hour_target(admin, 2026, "leader", 40)
    service.set_hour_target(admin, 2026, "operator", 30, "某省 / 某市")
    service.set_hour_target(admin, 2026, "leader", 48)  # replaces the first
    service.set_hour_target(admin, 2025, "public", 10)
    targets = service.hour_targets(admin, 2026)
    assert [(t.tier, t.department, t.hours) for t in targets] == [
        (Tier.LEADER, "", 48), (Tier.OPERATOR, "某省/某市", 30),
    ]  # fmt: skip
    assert len(service.hour_targets(admin)) == 3
    service.remove_hour_target(admin, targets[0].id)
    assert len(service.hour_targets(admin, 2026)) == 1
    for year, hours in [(1999, 10), (2026, 0), (2026, 5000)]:
        with pytest.raises(UserInputError):
            service.set_hour_target(admin, year, "leader", hours)


def test_every_administrative_method_is_refused_to_a_learner(setting, tmp_path) -> None:
    academy, service, _, _, people = setting
    learner = learner_actor(academy, people["县甲"])
    course = course_ids(academy)[0]
    calls = {
        "assign_to_tier": lambda: service.assign_to_tier(learner, course, "leader", TODAY),
        "assign_to_department": lambda: service.assign_to_department(learner, course, "某省", TODAY),
        "assign_to_learners": lambda: service.assign_to_learners(learner, course, [learner.user_id], TODAY),
        "remove": lambda: service.remove(learner, uuid.uuid4()),
        "assignments": lambda: service.assignments(learner),
        "hour_targets": lambda: service.hour_targets(learner),
        "set_hour_target": lambda: service.set_hour_target(learner, 2026, "leader", 10),
        "remove_hour_target": lambda: service.remove_hour_target(learner, uuid.uuid4()),
        "roster.learners": lambda: academy.roster.learners(learner),
        "roster.departments": lambda: academy.roster.departments(learner),
        "roster.add_learner": lambda: academy.roster.add_learner(
            learner, name="x", identifier="x", department="x", tier="public"
        ),
        "roster.update_learner": lambda: academy.roster.update_learner(
            learner, learner.user_id, name="x", identifier="x", department="x", tier="public"
        ),
        "roster.preview": lambda: academy.roster.preview(learner, tmp_path / "r.csv"),
        "roster.apply": lambda: academy.roster.apply(learner, tmp_path / "r.csv"),
    }  # fmt: skip
    for name, call in calls.items():
        with pytest.raises(Refused) as caught:
            call()
        assert caught.value.code is ServiceCode.ROLE_REQUIRED, name
    # …and the learner's own view is refused to an administrator, who has no assigned courses.
    with pytest.raises(Refused):
        service.mine(academy.accounts.sign_in("管理员", "password-123"))
