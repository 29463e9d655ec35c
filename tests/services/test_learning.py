"""Profiles, the learning path and lesson progress, as the GUI and CLI use them."""

from __future__ import annotations

import pytest

from literacy_app.catalogue import describe
from literacy_app.content.model import Requirement, Tier
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import NotAvailable, UserInputError
from literacy_app.services.learning import MAX_READING_SECONDS_PER_VISIT


def test_a_new_installation_has_no_learner(academy) -> None:
    assert academy.learners.current() is None


def test_creating_and_signing_in_as_learners(academy) -> None:
    first, first_actor = academy.learners.create(" 张明 ", "某区融媒体中心", Tier.OPERATOR)
    assert first.name == "张明" and first.tier is Tier.OPERATOR
    assert first_actor == Actor(first.id, Role.LEARNER)
    _, second_actor = academy.learners.create("李华", "", "public")
    assert academy.learners.current() == second_actor
    assert academy.learners.sign_in(first.id) == first_actor
    assert academy.learners.current() == first_actor
    assert academy.learners.profile(first_actor) == first
    assert [learner.name for learner in academy.learners.all()] == sorted(["张明", "李华"])


@pytest.mark.parametrize(
    ("name", "tier"), [("", "leader"), ("   ", "leader"), ("甲" * 101, "leader"), ("王五", "boss")]
)
def test_bad_profile_input_is_refused_with_a_message(academy, name, tier) -> None:
    with pytest.raises(UserInputError) as caught:
        academy.learners.create(name, "", tier)
    assert describe(caught.value.message)
    assert academy.learners.current() is None


@pytest.mark.parametrize("tier", list(Tier))
def test_every_tier_has_a_learning_path_with_required_courses_first(academy, tier) -> None:
    _, learner = academy.learners.create("学员", "", tier)
    path = academy.learning.learning_path(learner)
    assert path and path[0].requirement is Requirement.REQUIRED
    ranks = [0 if p.requirement is Requirement.REQUIRED else 1 for p in path]
    assert ranks == sorted(ranks)
    assert all(p.lessons_done == 0 and not p.completed for p in path)


def test_reading_and_completing_lessons_is_recorded(academy) -> None:
    _, learner = academy.learners.create("学员", "", Tier.LEADER)
    course = academy.learning.learning_path(learner)[0]
    outline = academy.learning.outline(learner, course.course_id)
    first, second = outline.lessons[0], outline.lessons[1]

    view = academy.learning.open_lesson(learner, course.course_id, first.lesson_id)
    assert view.position == 1 and view.previous_id is None and view.next_id == second.lesson_id
    assert view.html and not view.completed
    academy.learning.record_reading(
        learner, course.course_id, first.lesson_id, 42.5, completed=True
    )

    outline = academy.learning.outline(learner, course.course_id)
    assert outline.lessons[0].completed and not outline.lessons[1].started
    assert outline.progress.lessons_done == 1
    assert academy.learning.open_lesson(learner, course.course_id, first.lesson_id).completed


def test_reading_time_per_visit_is_capped(academy) -> None:
    from literacy_app.store import records

    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    course = academy.learning.learning_path(learner)[0]
    lesson = academy.learning.outline(learner, course.course_id).lessons[0]
    academy.learning.record_reading(learner, course.course_id, lesson.lesson_id, 10 * 3600)
    academy.learning.record_reading(learner, course.course_id, lesson.lesson_id, 30)
    with academy.learning._sessions() as session:
        [row] = records.lesson_progress(session, learner.user_id, course.course_id)
    assert row.active_seconds == MAX_READING_SECONDS_PER_VISIT + 30
    assert row.completed_at is None


def test_an_unknown_course_or_lesson_is_not_available(academy) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    with pytest.raises(NotAvailable):
        academy.learning.outline(learner, "no-such-course")
    course = academy.learning.learning_path(learner)[0]
    with pytest.raises(NotAvailable):
        academy.learning.open_lesson(learner, course.course_id, "no-such-lesson")
