"""The report rows and the dashboard, computed in SQL, against the learning service and against
expectations worked out in Python on a small mixed population."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest

from literacy_app.content.model import Requirement, Tier
from literacy_app.services.errors import Refused
from literacy_app.services.report_rows import CourseRecordRow, Enrolment, ReportFilter
from literacy_app.services.reporting import ReportingService
from literacy_app.store.models import LessonProgress, QuizAttempt, RecordStatus
from tests.services.report_population import (
    LAST_COUNTED,
    Population,
    build,
    content_with_a_last_counted_course,
    learner_actor,
)

TODAY = date.today()
BEST_COUNTED = "leader-policy-decoding"  # a course whose best attempt counts


@pytest.fixture
def population(make_academy, content) -> Population:
    academy = make_academy(*content_with_a_last_counted_course(content))
    return build(academy, TODAY)


def rows(population: Population, report: ReportFilter | None = None) -> list[CourseRecordRow]:
    report = report or ReportFilter()
    return list(population.academy.reporting.course_rows(population.admin, report))


def test_completion_agrees_with_the_learning_service(population) -> None:
    academy = population.academy
    found = {(r.learner_id, r.course_id): r for r in rows(population)}
    compared = 0
    for learner_id in population.learners:
        progress, _ = academy.learning.catalogue(learner_actor(learner_id))
        for p in progress:
            row = found.get((learner_id, p.course_id))
            if row is None:
                continue
            compared += 1
            assert (row.completed_on is not None) == p.completed, (row, p)
            assert row.lessons_done == p.lessons_done and row.lessons_total == p.lessons_total
            assert row.passed == p.quiz_passed
            assert row.best_percent == pytest.approx(p.best_percent)
            assert row.hours == (p.hours if p.completed else 0.0)
    assert compared == len(found) > 30
    assert any(r.completed_on for r in found.values())
    assert any(r.lessons_done and not r.completed_on for r in found.values())


def test_rows_are_required_assigned_or_studied(population) -> None:
    academy = population.academy
    library = academy.library()
    studied = {(learner, course) for learner, course, _, _ in population.lesson_events}
    found = {(r.learner_id, r.course_id): r for r in rows(population)}
    for (learner_id, course_id), row in found.items():
        _, department, tier = population.learners[learner_id]
        course = library.course(course_id)
        if course.spec.tiers.get(tier) is Requirement.REQUIRED:
            assert row.enrolment is Enrolment.REQUIRED
        elif row.enrolment is Enrolment.ASSIGNED:
            assert row.due_on is not None
        else:
            assert row.enrolment is Enrolment.ELECTIVE and row.due_on is None
    for learner_id, (_, _, tier) in population.learners.items():
        for course in library.courses_for(tier):
            if course.spec.tiers[tier] is Requirement.REQUIRED:
                assert (learner_id, course.id) in found
    assert studied <= set(found)
    # Assigned to a learner by id, to the public tier, and to a department subtree.
    first = next(iter(population.learners))
    course_2 = library.courses[2].id
    assert found[(first, course_2)].due_on == TODAY - timedelta(days=5)
    course_1 = library.courses[1].id
    for (learner_id, course_id), row in found.items():
        department = population.learners[learner_id][1]
        if course_id == course_1 and row.enrolment is not Enrolment.REQUIRED:
            if department.startswith("甲省/一市/东县/"):
                assert row.due_on == TODAY - timedelta(days=1)  # the earlier of the two
                assert row.overdue == (row.completed_on is None)
            elif department.startswith("甲省/一市/"):
                assert row.due_on == TODAY + timedelta(days=9) and not row.overdue
    assert not any(
        population.learners[who][1].startswith("甲省二") and c == course_1 and r.due_on
        for (who, c), r in found.items()
    )


def test_rows_are_ordered_by_department_learner_and_course(population) -> None:
    found = rows(population)
    keys = [(r.department, r.learner_name, r.course_title) for r in found]
    assert keys == sorted(keys)


def test_the_filters_select_the_rows_a_reader_would_expect(population) -> None:
    everything = rows(population)
    under = rows(population, ReportFilter(department="甲省"))
    assert under == [
        r for r in everything if r.department == "甲省" or r.department.startswith("甲省/")
    ]
    assert any(r.department == "甲省" for r in under)
    assert not any(r.department.startswith("甲省二") for r in under)
    operators = rows(population, ReportFilter(tier=Tier.OPERATOR))
    assert operators == [r for r in everything if r.tier is Tier.OPERATOR]
    course_id = everything[0].course_id
    assert rows(population, ReportFilter(course_id=course_id)) == [
        r for r in everything if r.course_id == course_id
    ]
    start, end = TODAY - timedelta(days=20), TODAY - timedelta(days=10)
    in_range = {
        (learner, course)
        for learner, course, at, _ in population.lesson_events
        if start <= at.astimezone().date() <= end
    }
    dated = {(r.learner_id, r.course_id) for r in rows(population, ReportFilter(start, end))}
    # Quiz attempts are activity too, so the range may keep a few more pairs than lessons alone.
    assert in_range <= dated < {(r.learner_id, r.course_id) for r in everything}


@pytest.mark.parametrize(
    "report",
    [
        ReportFilter(),
        ReportFilter(department="甲省/一市"),
        ReportFilter(tier=Tier.LEADER),
        ReportFilter(start=TODAY - timedelta(days=30), end=TODAY),
    ],
    ids=["all", "department", "tier", "dates"],
)
def test_dashboard_totals_equal_the_sum_of_the_rows(population, report) -> None:
    found = rows(population, report)
    figures = population.academy.reporting.dashboard(population.admin, report)
    totals = figures.totals
    assert totals.learners == len({r.learner_id for r in found})
    assert totals.enrolled == len(found)
    assert totals.completed == sum(1 for r in found if r.completed_on)
    assert totals.passed == sum(1 for r in found if r.passed)
    assert totals.attempted == sum(1 for r in found if r.attempts)
    assert totals.hours == pytest.approx(sum(r.hours for r in found))
    for groups in (figures.by_tier, figures.by_department, figures.by_course):
        assert sum(g.enrolled for g in groups) == totals.enrolled
        assert sum(g.completed for g in groups) == totals.completed
        assert sum(g.hours for g in groups) == pytest.approx(totals.hours)
    by_course = defaultdict(list)
    for r in found:
        by_course[r.course_id].append(r)
    for group in figures.by_course:
        mine = by_course[group.key]
        assert group.label == mine[0].course_title
        assert group.learners == len({r.learner_id for r in mine})
        assert group.pass_rate == (
            sum(r.passed for r in mine) / sum(1 for r in mine if r.attempts)
            if any(r.attempts for r in mine)
            else None
        )


def test_departments_roll_up_one_level_below_the_filter(population) -> None:
    reporting = population.academy.reporting
    top = reporting.dashboard(population.admin, ReportFilter())
    assert {g.key for g in top.by_department} == {"甲省", "乙省", "甲省二"}
    below = reporting.dashboard(population.admin, ReportFilter(department="甲省"))
    expected: dict[str, set[uuid.UUID]] = defaultdict(set)
    for r in rows(population, ReportFilter(department="甲省")):
        parts = r.department.split("/")
        expected["/".join(parts[:2])].add(r.learner_id)
    assert {g.key: g.learners for g in below.by_department} == {
        k: len(v) for k, v in expected.items()
    }
    assert "甲省" in {g.key for g in below.by_department}  # learners at 甲省 itself
    assert {g.label for g in below.by_department} == {"", "一市", "二市"}


def test_hours_against_target_and_learners_behind(population) -> None:
    figures = population.academy.reporting.dashboard(population.admin, ReportFilter())
    found = rows(population)
    start_of_year = date(TODAY.year, 1, 1)
    by_tier = {h.tier: h for h in figures.hours}
    for tier, target in ((Tier.LEADER, 6.0), (Tier.PUBLIC, None)):
        members = [i for i, (_, _, t) in population.learners.items() if t is tier]
        earned = sum(
            r.hours
            for r in found
            if r.tier is tier and r.completed_on and r.completed_on >= start_of_year
        )
        assert by_tier[tier].learners == len(members)
        assert by_tier[tier].earned == pytest.approx(earned)
        assert by_tier[tier].target == (target or 0.0) * len(members)
    operators = [d for _, d, t in population.learners.values() if t is Tier.OPERATOR]
    # The most specific department's target applies: 9 under 甲省/一市, 4 elsewhere.
    assert by_tier[Tier.OPERATOR].target == sum(
        9.0 if d.startswith("甲省/一市/") else 4.0 for d in operators
    )
    overdue = {r.learner_id for r in found if r.overdue}
    flagged = {b.learner_id for b in figures.behind}
    assert overdue and overdue <= flagged
    for b in figures.behind:
        assert b.overdue == sum(1 for r in found if r.learner_id == b.learner_id and r.overdue)
        assert b.overdue or (b.target is not None and b.earned < b.expected)
    assert figures.behind_total == len(figures.behind)


def test_activity_counts_each_week(population) -> None:
    start = TODAY - timedelta(days=27)
    figures = population.academy.reporting.dashboard(population.admin, ReportFilter(start, TODAY))
    weeks = figures.activity
    assert weeks[0].week_start <= start < weeks[0].week_start + timedelta(days=7)
    assert weeks[-1].week_start <= TODAY < weeks[-1].week_start + timedelta(days=7)
    for week in weeks:
        assert week.week_start.weekday() == 0
        completions = sum(
            1
            for _, _, at, done in population.lesson_events
            if done
            and week.week_start <= at.astimezone().date() < week.week_start + timedelta(days=7)
            and at.astimezone().date() >= weeks[0].week_start
        )
        assert week.lessons_completed == completions
    assert sum(w.lessons_completed for w in weeks) > 0


def test_learner_detail_shows_every_attempt_with_its_answers(academy) -> None:
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    view, learner = academy.learners.create("王芳", "甲省/一市", Tier.LEADER)
    course = academy.learning.learning_path(learner)[0]
    attempt = academy.assessment.start_final(learner, course.course_id)
    question = attempt.answerable()[0]
    answer = question.options[0][0] if question.options else True
    academy.assessment.record_answer(learner, attempt.attempt_id, question.question_id, answer)
    academy.assessment.submit(learner, attempt.attempt_id)
    detail = academy.reporting.learner_detail(admin, view.id)
    assert detail.profile.name == "王芳" and detail.profile.department == "甲省/一市"
    assert [a.attempt_id for a in detail.attempts] == [attempt.attempt_id]
    shown = {item.question.question_id: item for item in detail.attempts[0].items}
    assert shown[question.question_id].response == answer
    assert all(item.right_answer is not None for item in shown.values())
    assert {r.course_id for r in detail.rows} >= {course.course_id}
    mine = next(r for r in detail.rows if r.course_id == course.course_id)
    assert mine.attempts == 1 and mine.enrolment is Enrolment.REQUIRED


def test_learner_detail_includes_drill_debriefs(academy) -> None:
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    view, learner = academy.learners.create("赵磊", "", Tier.PUBLIC)
    card = academy.scenarios.catalogue(learner)[0]
    stage = academy.scenarios.start(learner, card.scenario_id)
    while not stage.ending:
        stage = academy.scenarios.choose(learner, stage.run_id, stage.choices[0][0])
    detail = academy.reporting.learner_detail(admin, view.id)
    assert [d.run_id for d in detail.debriefs] == [stage.run_id]
    assert detail.debriefs[0].title == card.title


def test_every_reporting_method_refuses_a_learner(academy) -> None:
    view, learner = academy.learners.create("李华", "", Tier.PUBLIC)
    reporting: ReportingService = academy.reporting
    with pytest.raises(Refused):
        reporting.course_rows(learner, ReportFilter())
    with pytest.raises(Refused):
        reporting.dashboard(learner, ReportFilter())
    with pytest.raises(Refused):
        reporting.learner_detail(learner, view.id)
    with pytest.raises(Refused):
        reporting.departments(learner)


def test_departments_offer_every_level(population) -> None:
    departments = population.academy.reporting.departments(population.admin)
    assert departments[:4] == ["乙省", "乙省/三市", "乙省/三市/北县", "乙省/三市/北县/融媒体中心"]
    assert {"甲省", "甲省/一市", "甲省/一市/东县/宣传部", "甲省二"} <= set(departments)


@pytest.mark.parametrize(
    ("course", "results", "completed_after"),
    [
        # The last attempt counts: met by the first pass after the last failure.
        (LAST_COUNTED, [True, False, True, True], 3),
        (LAST_COUNTED, [True, True, False], None),
        # The best attempt counts: met by the first pass, whatever came later.
        (BEST_COUNTED, [False, True, False, True], 2),
    ],
)
def test_a_course_is_completed_when_its_quiz_requirement_was_met(
    make_academy, content, course: str, results: list[bool], completed_after: int | None
) -> None:
    academy = make_academy(*content_with_a_last_counted_course(content))
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    view, _ = academy.learners.create("钱敏", "", Tier.OPERATOR)
    lessons = academy.library().course(course).lessons
    read_on = datetime.now(UTC) - timedelta(days=30)
    with academy.engine.begin() as connection:
        for lesson in lessons:
            connection.execute(
                LessonProgress.__table__.insert(),
                dict(
                    id=uuid.uuid4(), learner_id=view.id, course_id=course, lesson_id=lesson.id,
                    content_hash="x", started_at=read_on, completed_at=read_on, active_seconds=60,
                ),
            )  # fmt: skip
        for day, passed in enumerate(results, start=1):
            at = read_on + timedelta(days=3 * day)
            connection.execute(
                QuizAttempt.__table__.insert(),
                dict(
                    id=uuid.uuid4(), learner_id=view.id, kind="final", course_id=course,
                    lesson_id=None, content_hash="x", seed=1, question_ids=[], rules={},
                    pass_mark=60, started_at=at, submitted_at=at, earned=8.0 if passed else 3.0,
                    possible=10.0, passed=passed, status=RecordStatus.COMPLETED.value,
                ),
            )  # fmt: skip
    (row,) = academy.reporting.course_rows(admin, ReportFilter(course_id=course))
    if completed_after is None:
        assert row.completed_on is None and not row.passed
    else:
        met = read_on + timedelta(days=3 * completed_after)
        assert row.completed_on == met.astimezone().date()
        assert row.passed
