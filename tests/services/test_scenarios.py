"""Scenario runs: each decision stored at once, timeouts, resume, and the debrief's figures."""

from __future__ import annotations

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.errors import UserInputError
from literacy_app.store.models import ScenarioRun

from ..drills import write_branching


@pytest.fixture
def leader(academy):
    return academy.learners.create("学员", "", Tier.LEADER)[1]


def test_every_tier_has_a_drill(academy) -> None:
    for tier in Tier:
        _, learner = academy.learners.create(f"学员{tier.value}", "", tier)
        assert academy.scenarios.catalogue(learner)


def test_a_run_stores_each_decision_and_resumes(academy, make_academy, leader) -> None:
    scenario_id = academy.scenarios.catalogue(leader)[0].scenario_id
    first = academy.scenarios.start(leader, scenario_id)
    second = academy.scenarios.choose(leader, first.run_id, first.choices[0][0])
    assert second.step == 2 and second.stage_id != first.stage_id
    academy.close()
    again = make_academy().scenarios.start(leader, scenario_id)
    assert (again.run_id, again.stage_id, again.step) == (first.run_id, second.stage_id, 2)


def test_the_debrief_adds_up_the_path_and_knows_the_best(academy, leader) -> None:
    scenario = next(iter(academy.library().scenarios.values()))
    _, learner = academy.learners.create("学员", "", scenario.spec.tiers[0])
    view = academy.scenarios.start(learner, scenario.id)
    taken = []
    timed_out = False
    while not view.ending:
        stage = scenario.spec.stage(view.stage_id)
        if stage.on_timeout is not None and not timed_out:
            taken.append(stage.on_timeout.scores)
            view = academy.scenarios.choose(learner, view.run_id, None)
            timed_out = True
        else:
            taken.append(stage.choices[-1].scores)
            view = academy.scenarios.choose(learner, view.run_id, stage.choices[-1].id)
    debrief = academy.scenarios.debrief(learner, view.run_id)
    assert len(debrief.steps) == len(taken) and debrief.steps[0].timed_out
    for dimension in debrief.totals:
        assert debrief.totals[dimension] == sum(scores[dimension] for scores in taken)
        assert debrief.totals[dimension] <= debrief.best[dimension]
    assert all(step.best for step in debrief.steps)
    with pytest.raises(UserInputError):
        academy.scenarios.choose(learner, view.run_id, None)


def test_a_stage_clock_keeps_running_while_the_drill_is_closed(academy, leader) -> None:
    scenario_id = academy.scenarios.catalogue(leader)[0].scenario_id
    first = academy.scenarios.start(leader, scenario_id)
    second = academy.scenarios.choose(leader, first.run_id, first.choices[0][0])
    resumed = academy.scenarios.start(leader, scenario_id)
    assert resumed.stage_started_at == second.stage_started_at >= first.stage_started_at


@pytest.fixture
def branching(tmp_path, make_academy):
    academy = make_academy(write_branching(tmp_path / "content"))
    return academy, academy.learners.create("学员", "", Tier.PUBLIC)[1]


def test_a_harmful_choice_carries_its_flag_to_later_stages_and_the_ending(branching) -> None:
    academy, learner = branching
    first = academy.scenarios.start(learner, "branch-drill")
    second = academy.scenarios.choose(learner, first.run_id, "forward")
    assert [text for _, _, text in second.reveal] == ["大家在讨论。", "有人问你为什么转发。"]
    ending = academy.scenarios.choose(learner, first.run_id, "correct")
    assert ending.stage_id == "mixed"  # the same last choice, a different ending
    debrief = academy.scenarios.debrief(learner, first.run_id)
    assert debrief.reached_best is False and "你转出去的那条还在流传。" in debrief.ending_text
    assert [step.decision for step in debrief.steps] == ["直接转发。", "公开更正。"]


def test_the_sound_path_reaches_the_best_ending(branching) -> None:
    academy, learner = branching
    first = academy.scenarios.start(learner, "branch-drill")
    second = academy.scenarios.choose(learner, first.run_id, "verify")
    assert [text for _, _, text in second.reveal] == ["大家在讨论。"]
    assert academy.scenarios.choose(learner, first.run_id, "correct").stage_id == "calm"
    debrief = academy.scenarios.debrief(learner, first.run_id)
    assert debrief.reached_best is True and debrief.ending_text == "一切平稳。"
    assert debrief.best["timeliness"] == 4 and debrief.totals == debrief.best


def test_flags_are_kept_with_the_steps_and_survive_a_restart(branching, make_academy, tmp_path):
    academy, learner = branching
    first = academy.scenarios.start(learner, "branch-drill")
    academy.scenarios.choose(learner, first.run_id, "mock")
    academy.close()
    again = make_academy(tmp_path / "content")
    resumed = again.scenarios.start(learner, "branch-drill")
    assert resumed.stage_id == "second"
    assert again.scenarios.choose(learner, first.run_id, "correct").stage_id == "mixed"
    with again.scenarios._sessions() as session:
        steps = session.get(ScenarioRun, first.run_id).steps
    assert [step["flags"] for step in steps] == [["mocked"], ["mocked"]]


def test_choices_are_shuffled_per_run_and_stay_put_on_resume(
    branching, make_academy, tmp_path
) -> None:
    academy, learner = branching
    file_order = ["verify", "forward", "ignore", "mock"]
    orders = []
    for _ in range(6):
        view = academy.scenarios.start(learner, "branch-drill")
        shown = [choice_id for choice_id, _ in view.choices]
        assert sorted(shown) == sorted(file_order)
        assert [c for c, _ in academy.scenarios.start(learner, "branch-drill").choices] == shown
        orders.append(shown)
        academy.scenarios.choose(learner, view.run_id, "verify")
        academy.scenarios.choose(learner, view.run_id, "correct")  # finished: the next is new
    # Six runs in one order would happen once in 24**5 times by chance.
    assert len({tuple(order) for order in orders}) > 1
    view = academy.scenarios.start(learner, "branch-drill")
    academy.close()
    resumed = make_academy(tmp_path / "content").scenarios.start(learner, "branch-drill")
    assert resumed.run_id == view.run_id and resumed.choices == view.choices


def test_a_run_recorded_before_flags_existed_still_resumes(branching) -> None:
    # Such a run can only be open on a drill file unchanged since, so one without flags.
    academy, learner = branching
    first = academy.scenarios.start(learner, "branch-drill")
    academy.scenarios.choose(learner, first.run_id, "forward")
    with academy.scenarios._sessions.begin() as session:
        run = session.get(ScenarioRun, first.run_id)
        run.steps = [{k: v for k, v in step.items() if k != "flags"} for step in run.steps]
    assert academy.scenarios.choose(learner, first.run_id, "correct").stage_id == "calm"
