"""An open attempt or drill run whose content changed is closed as stopped, never deleted: its
answers stay, it no longer resumes or counts, and the record says why."""

from __future__ import annotations

import re

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.errors import ServiceCode, UserInputError
from literacy_app.store.models import QuizAttempt, RecordStatus, ScenarioRun

from ..engine_content import write_engine_content


def rename_question(content, old: str, new: str) -> None:
    bank = content / "quizzes" / "engine-bank.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace(f"id: {old}\n", f"id: {new}\n"))


def test_an_attempt_whose_questions_left_the_bank_is_stopped_with_its_answers(
    tmp_path, make_academy
) -> None:
    content = write_engine_content(tmp_path / "content")
    academy = make_academy(content)
    _, learner = academy.learners.create("学员", "", Tier.LEADER)
    old = academy.assessment.start_final(learner, "engine-course")
    academy.assessment.record_answer(learner, old.attempt_id, "eng-single", "B")
    academy.close()

    rename_question(content, "eng-truefalse", "eng-truefalse-v2")
    academy = make_academy(content)
    assert academy.assessment.unfinished(learner) == []  # closed, not offered again
    fresh = academy.assessment.start_final(learner, "engine-course")
    assert fresh.attempt_id != old.attempt_id and not fresh.resumed
    with academy.assessment._sessions() as session:
        stopped = session.get(QuizAttempt, old.attempt_id)
        assert stopped.status == RecordStatus.STOPPED_CONTENT_CHANGED
        assert {a.question_id: a.response for a in stopped.answers} == {"eng-single": "B"}
    with pytest.raises(UserInputError) as caught:
        academy.assessment.record_answer(learner, old.attempt_id, "eng-single", "A")
    assert caught.value.code is ServiceCode.ATTEMPT_STOPPED

    [line] = academy.assessment.history(learner)
    assert line.attempt_id == old.attempt_id and line.stopped and line.percent is None
    outline = academy.learning.outline(learner, "engine-course")
    assert outline.quiz.attempts == 0 and outline.quiz.best_percent is None
    assert outline.quiz.in_progress  # the fresh attempt, not the stopped one


def test_a_drill_rewritten_under_an_open_run_stops_it_and_starts_afresh(
    content, make_academy
) -> None:
    academy = make_academy(content)
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    card = academy.scenarios.catalogue(learner)[0]
    first = academy.scenarios.start(learner, card.scenario_id)
    second = academy.scenarios.choose(learner, first.run_id, first.choices[0][0])
    academy.close()

    drill = content / "scenarios" / f"{card.scenario_id}.yaml"
    text = drill.read_text(encoding="utf-8")
    drill.write_text(
        re.sub(r"^minutes: (\d+)", lambda m: f"minutes: {int(m[1]) + 1}", text, flags=re.M)
    )
    academy = make_academy(content)
    with pytest.raises(UserInputError) as caught:
        academy.scenarios.choose(learner, second.run_id, second.choices[0][0])
    assert caught.value.code is ServiceCode.RUN_STOPPED
    with academy.scenarios._sessions() as session:
        run = session.get(ScenarioRun, first.run_id)
        assert run.status == RecordStatus.STOPPED_CONTENT_CHANGED and len(run.steps) == 1
    again = academy.scenarios.start(learner, card.scenario_id)
    assert again.run_id != first.run_id and again.step == 1
    [line] = academy.scenarios.history(learner)
    assert line.run_id == first.run_id and line.stopped
    assert academy.scenarios.catalogue(learner)[0].finished_runs == 0
