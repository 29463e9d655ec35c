"""Scenario runs: each decision stored at once, timeouts, resume, and the debrief's figures."""

from __future__ import annotations

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.errors import UserInputError


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
