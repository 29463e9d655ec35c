"""Scenario drills: running through the stages, storing each decision as it is made, and the debrief."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import Tier
from literacy_app.content.scenarios import DIMENSIONS, Flags, Grade, Outcome, Scenario, Stage
from literacy_app.quiz.draw import permutation
from literacy_app.quiz.scenario import best_reachable, totals
from literacy_app.services.acting import Actor, acting_learner, owned_record
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.store.models import RecordStatus, ScenarioRun, as_utc, recorded_utc, utc_now


@dataclass(frozen=True)
class ScenarioCard:
    scenario_id: str
    title: str
    summary: str
    minutes: int
    finished_runs: int
    in_progress: bool
    last_run_id: uuid.UUID | None


@dataclass(frozen=True)
class RunSummary:
    """One line of the learner's record: a finished drill run, or one stopped because the drill
    changed under it (then `when` is when it was started)."""

    run_id: uuid.UUID
    scenario_id: str
    title: str  # the drill's title now, or its id once it is gone
    status: RecordStatus
    when: datetime

    @property
    def stopped(self) -> bool:
        return self.status is RecordStatus.STOPPED_CONTENT_CHANGED


@dataclass(frozen=True)
class StageView:
    run_id: uuid.UUID
    scenario_id: str
    scenario_title: str
    fictional: str
    stage_id: str
    stage_title: str
    reveal: tuple[tuple[str, str, str], ...]  # (kind, source, text), as this run's flags allow
    choices: tuple[tuple[str, str], ...]  # (id, text) in this run's order
    time_limit: int | None
    step: int
    ending: bool
    stage_started_at: datetime  # the stage's clock runs from here, also while the window is closed


@dataclass(frozen=True)
class DebriefStep:
    stage_title: str
    decision: str
    timed_out: bool
    feedback: str
    best: str
    scores: dict[str, int]


@dataclass(frozen=True)
class Debrief:
    run_id: uuid.UUID
    scenario_id: str
    title: str
    ending_title: str
    ending_text: str
    reached_best: bool | None  # the best ending? None when the drill does not grade its endings
    steps: tuple[DebriefStep, ...]
    totals: dict[str, int]
    best: dict[str, int]


class ScenarioService:
    def __init__(self, sessions: sessionmaker[Session], library: Callable[[], Library]) -> None:
        self._sessions = sessions
        self._library = library

    def catalogue(self, actor: Actor) -> list[ScenarioCard]:
        """The drills for the learner's tier, with how often each was finished."""
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            tier = Tier(learner.tier)
            runs = self._runs(session, learner.id)
            cards = []
            for scenario in sorted(self._library().scenarios_for(tier), key=lambda s: s.spec.title):
                mine = [r for r in runs if r.scenario_id == scenario.id]
                finished = [r for r in mine if r.status == RecordStatus.COMPLETED]
                cards.append(
                    ScenarioCard(
                        scenario.id,
                        scenario.spec.title,
                        scenario.spec.summary,
                        scenario.spec.minutes,
                        len(finished),
                        any(r.status == RecordStatus.OPEN for r in mine),
                        finished[0].id if finished else None,
                    )
                )
            return cards

    def start(self, actor: Actor, scenario_id: str) -> StageView:
        """Resume the learner's unfinished run of this drill, or begin a new one."""
        scenario = self._scenario(scenario_id)
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            learner.last_active_at = utc_now()
            for run in self._runs(session, learner.id):
                if run.scenario_id == scenario_id and run.status == RecordStatus.OPEN:
                    if run.content_hash == scenario.content_hash:
                        return self._view(run, scenario)
                    # The drill was rewritten under this run: its stages may be gone. It is closed
                    # with the decisions taken so far, and a new run starts.
                    run.status = RecordStatus.STOPPED_CONTENT_CHANGED.value
            run = ScenarioRun(
                learner_id=learner.id,
                scenario_id=scenario_id,
                content_hash=scenario.content_hash,
                steps=[],
                stage_id=scenario.spec.start,
                status=RecordStatus.OPEN.value,
            )
            session.add(run)
            session.flush()
            return self._view(run, scenario)

    def choose(self, actor: Actor, run_id: uuid.UUID, choice_id: str | None) -> StageView:
        """Record a decision (None when the stage's time ran out) and move to the stage it leads to."""
        with self._sessions.begin() as session:
            run = self._owned(session, actor, run_id)
            if run.status == RecordStatus.STOPPED_CONTENT_CHANGED:
                raise UserInputError(ServiceCode.RUN_STOPPED)
            if run.status != RecordStatus.OPEN:
                raise UserInputError(ServiceCode.RUN_FINISHED)
            scenario = self._scenario(run.scenario_id)
            if run.content_hash == scenario.content_hash:
                stage = scenario.spec.stage(run.stage_id)
                outcome = _outcome(stage, choice_id)
                flags = run_flags(run.steps) | frozenset(outcome.sets)
                # The flags so far go with each step: a resumed run and its debrief read them back.
                step = {"stage": stage.id, "choice": choice_id, "at": utc_now().isoformat()}
                run.steps = [*run.steps, {**step, "flags": sorted(flags)}]
                run.stage_id = outcome.target(flags)
                if scenario.spec.stage(run.stage_id).ending:
                    run.finished_at = utc_now()
                    run.status = RecordStatus.COMPLETED.value
                return self._view(run, scenario)
            # Rewritten while this run was open: close it (kept, committed) before saying so.
            run.status = RecordStatus.STOPPED_CONTENT_CHANGED.value
        raise UserInputError(ServiceCode.RUN_STOPPED)

    def debrief(self, actor: Actor, run_id: uuid.UUID) -> Debrief:
        """The path taken, each decision's feedback and the strong response, and the scores."""
        with self._sessions() as session:
            run = self._owned(session, actor, run_id)
            if run.status != RecordStatus.COMPLETED:
                raise NotAvailable(ServiceCode.RUN_NOT_FINISHED)
            return self.debrief_of(run)

    def debrief_of(self, run: ScenarioRun) -> Debrief:
        """The debrief of a finished run already read (for an administrator's drill-down: the caller
        checks the role and holds the session)."""
        scenario = self._scenario(run.scenario_id)
        steps = []
        outcomes = []
        for step in run.steps:
            stage = scenario.spec.stage(step["stage"])
            outcome = _outcome(stage, step["choice"])
            outcomes.append(outcome.scores)
            decision = next((c.text for c in stage.choices if c.id == step["choice"]), "")
            steps.append(
                DebriefStep(
                    stage.title,
                    decision,
                    step["choice"] is None,
                    outcome.feedback,
                    stage.best,
                    dict(outcome.scores),
                )
            )
        ending = scenario.spec.stage(run.stage_id)
        stages = {stage.id: stage for stage in scenario.spec.stages}
        return Debrief(
            run_id=run.id,
            scenario_id=scenario.id,
            title=scenario.spec.title,
            ending_title=ending.title,
            ending_text="\n".join(r.text for r in ending.shown(run_flags(run.steps))),
            reached_best=None if ending.grade is None else ending.grade is Grade.BEST,
            steps=tuple(steps),
            totals=totals(outcomes, DIMENSIONS),
            best=best_reachable(stages, scenario.spec.start, DIMENSIONS),
        )

    def history(self, actor: Actor) -> list[RunSummary]:
        """The learner's finished runs and those stopped by a change to the drill, newest first."""
        scenarios = self._library().scenarios
        with self._sessions() as session:
            summaries = []
            for run in self._runs(session, acting_learner(session, actor).id):
                status = RecordStatus(run.status)
                if status is RecordStatus.OPEN:
                    continue
                scenario = scenarios.get(run.scenario_id)
                summaries.append(
                    RunSummary(
                        run.id,
                        run.scenario_id,
                        scenario.spec.title if scenario else run.scenario_id,
                        status,
                        recorded_utc(run.finished_at, "finished_at")
                        if status is RecordStatus.COMPLETED
                        else as_utc(run.started_at),
                    )
                )
            return summaries

    def _view(self, run: ScenarioRun, scenario: Scenario) -> StageView:
        stage = scenario.spec.stage(run.stage_id)
        flags = run_flags(run.steps)
        return StageView(
            run_id=run.id,
            scenario_id=scenario.id,
            scenario_title=scenario.spec.title,
            fictional=scenario.spec.fictional,
            stage_id=stage.id,
            stage_title=stage.title,
            reveal=tuple((r.kind.value, r.source, r.text) for r in stage.shown(flags)),
            choices=tuple((c.id, c.text) for c in choice_order(run.id, stage)),
            time_limit=stage.time_limit,
            step=len(run.steps) + 1,
            ending=stage.ending,
            stage_started_at=(
                datetime.fromisoformat(run.steps[-1]["at"]) if run.steps else as_utc(run.started_at)
            ),
        )

    def _runs(self, session: Session, learner_id: uuid.UUID) -> list[ScenarioRun]:
        query = select(ScenarioRun).where(ScenarioRun.learner_id == learner_id)
        return sorted(
            session.scalars(query).all(), key=lambda r: as_utc(r.started_at), reverse=True
        )

    def _owned(self, session: Session, actor: Actor, run_id: uuid.UUID) -> ScenarioRun:
        return owned_record(session, actor, ScenarioRun, run_id, ServiceCode.RUN_NOT_FOUND)

    def _scenario(self, scenario_id: str) -> Scenario:
        try:
            return self._library().scenarios[scenario_id]
        except KeyError:
            raise NotAvailable(ServiceCode.SCENARIO_UNAVAILABLE, scenario=scenario_id) from None


def run_flags(steps: list[dict]) -> Flags:
    """The flags a run has set so far (runs recorded before drills had flags have none)."""
    return frozenset(steps[-1].get("flags", ())) if steps else frozenset()


def choice_order(run_id: uuid.UUID, stage: Stage) -> list:
    """The stage's choices in the order this run shows them: shuffled, so the best is not always
    where the file puts it, and repeatably from the run's id, so a resumed run shows the same order."""
    order = permutation(len(stage.choices), run_id.int, stage.id)
    return [stage.choices[i] for i in order]


def _outcome(stage: Stage, choice_id: str | None) -> Outcome:
    if choice_id is None:
        if stage.on_timeout is None:
            raise UserInputError(ServiceCode.CHOICE_REQUIRED)
        return stage.on_timeout
    for choice in stage.choices:
        if choice.id == choice_id:
            return choice
    raise NotAvailable(ServiceCode.CHOICE_GONE, choice=choice_id)
