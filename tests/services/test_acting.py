"""Services act for the signed-in learner only: another learner's records are refused, untouched."""

from __future__ import annotations

import uuid

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode
from literacy_app.store.models import QuizAttempt, ScenarioRun

from ..engine_content import write_engine_content


@pytest.fixture
def two_learners(tmp_path, make_academy):
    academy = make_academy(write_engine_content(tmp_path / "content"))
    _, owner = academy.learners.create("甲", "", Tier.PUBLIC)
    _, other = academy.learners.create("乙", "", Tier.PUBLIC)
    return academy, owner, other


def stored_answers(academy, attempt_id) -> dict[str, object]:
    with academy.assessment._sessions() as session:
        attempt = session.get(QuizAttempt, attempt_id)
        return {a.question_id: a.response for a in attempt.answers}


def test_another_learners_attempt_is_refused_and_left_as_it_was(two_learners) -> None:
    academy, owner, other = two_learners
    attempt = academy.assessment.start_final(owner, "engine-course")
    academy.assessment.record_answer(owner, attempt.attempt_id, "eng-single", "B")
    refused = [
        lambda: academy.assessment.record_answer(other, attempt.attempt_id, "eng-single", "A"),
        lambda: academy.assessment.record_answer(other, attempt.attempt_id, "eng-fill", ["5"]),
        lambda: academy.assessment.submit(other, attempt.attempt_id, allow_empty=True),
        lambda: academy.assessment.submit_if_expired(other, attempt.attempt_id),
        lambda: academy.assessment.resume(other, attempt.attempt_id),
    ]
    for call in refused:
        with pytest.raises(Refused) as caught:
            call()
        assert caught.value.code is ServiceCode.NOT_YOURS
    assert stored_answers(academy, attempt.attempt_id) == {"eng-single": "B"}
    assert [u.attempt_id for u in academy.assessment.unfinished(owner)] == [attempt.attempt_id]
    assert academy.assessment.unfinished(other) == []

    academy.assessment.submit(owner, attempt.attempt_id)
    with pytest.raises(Refused):
        academy.assessment.result(other, attempt.attempt_id)
    assert academy.assessment.history(other) == []
    assert academy.review.notebook(other) == []
    assert academy.assessment.result(owner, attempt.attempt_id).earned == 1


def test_another_learners_drill_run_is_refused_and_left_as_it_was(academy) -> None:
    _, owner = academy.learners.create("甲", "", Tier.PUBLIC)
    _, other = academy.learners.create("乙", "", Tier.PUBLIC)
    scenario_id = academy.scenarios.catalogue(owner)[0].scenario_id
    first = academy.scenarios.start(owner, scenario_id)
    with pytest.raises(Refused):
        academy.scenarios.choose(other, first.run_id, first.choices[0][0])
    with pytest.raises(Refused):
        academy.scenarios.debrief(other, first.run_id)
    with academy.scenarios._sessions() as session:
        run = session.get(ScenarioRun, first.run_id)
        assert run.steps == [] and run.stage_id == first.stage_id
    # The other learner's own start begins their own run; it never continues the owner's.
    theirs = academy.scenarios.start(other, scenario_id)
    assert theirs.run_id != first.run_id and theirs.step == 1
    assert academy.scenarios.start(owner, scenario_id).run_id == first.run_id


def test_a_role_other_than_learner_cannot_study(two_learners) -> None:
    academy, owner, _ = two_learners
    trainer = Actor(owner.user_id, Role.TRAINER)
    for call in (
        lambda: academy.learning.learning_path(trainer),
        lambda: academy.assessment.start_final(trainer, "engine-course"),
        lambda: academy.review.start_daily(trainer),
        lambda: academy.scenarios.catalogue(trainer),
    ):
        with pytest.raises(Refused) as caught:
            call()
        assert caught.value.code is ServiceCode.ROLE_REQUIRED
    with academy.assessment._sessions() as session:
        assert session.query(QuizAttempt).count() == 0


def test_signing_in_as_nobody_is_not_available(two_learners) -> None:
    academy, _, _ = two_learners
    with pytest.raises(NotAvailable):
        academy.learners.sign_in(uuid.uuid4())
    ghost = Actor(uuid.uuid4(), Role.LEARNER)
    with pytest.raises(NotAvailable):
        academy.learning.learning_path(ghost)
