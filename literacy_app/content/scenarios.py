"""Scenario drills (舆情处置推演): stages that reveal information under a time limit and offer choices
that score on five dimensions. Read from scenarios/*.yaml and checked as a graph."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from literacy_app.content.codes import ContentCode
from literacy_app.content.model import MAX_MINUTES, Id, StrictModel, Text, Tier
from literacy_app.content.problems import Problem, problem
from literacy_app.content.yaml_source import line_of, read_model
from literacy_app.rules.kinds import Dimension

DIMENSIONS = tuple(Dimension)
SCENARIOS_DIR = "scenarios"

Score = Annotated[int, Field(ge=-2, le=2)]
MAX_STAGE_SECONDS = 3600  # a decision under time pressure; an hour is already generous


class RevealKind(StrEnum):
    POST = "post"
    COMMENTS = "comments"
    CALL = "call"
    INSTRUCTION = "instruction"
    NOTICE = "notice"
    NEWS = "news"


class Reveal(StrictModel):
    kind: RevealKind
    source: Text
    text: Text


class Outcome(StrictModel):
    """Where a decision leads and how it scores."""

    next: Id
    scores: dict[str, Score]
    feedback: Text


class Choice(Outcome):
    id: Id
    text: Text


class Stage(StrictModel):
    id: Id
    title: Text
    reveal: Annotated[tuple[Reveal, ...], Field(min_length=1)]
    ending: bool = False
    time_limit: Annotated[int, Field(gt=0, le=MAX_STAGE_SECONDS)] | None = None  # seconds
    choices: tuple[Choice, ...] = ()
    on_timeout: Outcome | None = None
    best: str = ""


class ScenarioSpec(StrictModel):
    id: Id
    title: Text
    tiers: Annotated[tuple[Tier, ...], Field(min_length=1)]
    summary: Text
    minutes: Annotated[int, Field(gt=0, le=MAX_MINUTES)]
    fictional: Text
    start: Id
    stages: Annotated[tuple[Stage, ...], Field(min_length=2)]

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)


@dataclass(frozen=True)
class Scenario:
    spec: ScenarioSpec
    path: Path
    content_hash: str

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class ScenarioSource:
    path: Path
    scenario: Scenario | None
    raw: Any
    problems: tuple[Problem, ...]


def read_scenario(path: Path) -> ScenarioSource:
    """Read and check one scenario file; every problem found is returned, none is raised."""
    spec, raw, text, problems = read_model(path, ScenarioSpec, ContentCode.SCENARIO_NOT_MAPPING)
    if spec is None:
        return ScenarioSource(path, None, raw, tuple(problems))
    problems = _check_graph(spec, raw, path)
    scenario = Scenario(spec, path, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return ScenarioSource(path, None if problems else scenario, raw, tuple(problems))


def _check_graph(spec: ScenarioSpec, raw: Any, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    index = {stage.id: n for n, stage in enumerate(spec.stages)}

    def at(*loc: Any) -> int | None:
        return line_of(raw, loc)

    if len(index) != len(spec.stages):
        seen: set[str] = set()
        for n, stage in enumerate(spec.stages):
            if stage.id in seen:
                problems.append(
                    problem(
                        path, at("stages", n, "id"), ContentCode.STAGE_ID_REPEATED, stage=stage.id
                    )
                )
            seen.add(stage.id)
    if spec.start not in index:
        problems.append(problem(path, at("start"), ContentCode.START_NOT_FOUND, stage=spec.start))
    for n, stage in enumerate(spec.stages):
        outcomes: list[tuple[tuple, Outcome]] = [
            (("choices", c), choice) for c, choice in enumerate(stage.choices)
        ]
        if stage.on_timeout is not None:
            outcomes.append((("on_timeout",), stage.on_timeout))
        if stage.ending:
            if stage.choices or stage.on_timeout or stage.time_limit:
                problems.append(
                    problem(
                        path,
                        at("stages", n, "ending"),
                        ContentCode.ENDING_CONTINUES,
                        stage=stage.id,
                    )
                )
            continue
        if not 2 <= len(stage.choices) <= 4:
            problems.append(
                problem(
                    path,
                    at("stages", n, "id"),
                    ContentCode.CHOICE_COUNT,
                    stage=stage.id,
                    count=len(stage.choices),
                )
            )
        if not stage.best:
            problems.append(
                problem(path, at("stages", n, "id"), ContentCode.STAGE_WITHOUT_BEST, stage=stage.id)
            )
        if stage.time_limit and stage.on_timeout is None:
            problems.append(
                problem(
                    path,
                    at("stages", n, "time_limit"),
                    ContentCode.TIME_LIMIT_WITHOUT_TIMEOUT,
                    stage=stage.id,
                )
            )
        choice_ids = [c.id for c in stage.choices]
        if len(set(choice_ids)) != len(choice_ids):
            problems.append(
                problem(
                    path, at("stages", n, "choices"), ContentCode.CHOICE_ID_REPEATED, stage=stage.id
                )
            )
        for loc, outcome in outcomes:
            if outcome.next not in index:
                problems.append(
                    problem(
                        path,
                        at("stages", n, *loc, "next"),
                        ContentCode.NEXT_NOT_FOUND,
                        stage=outcome.next,
                    )
                )
            problems += _check_scores(outcome, path, at("stages", n, *loc, "scores"))
    if problems:
        return problems
    problems += _check_paths(spec, raw, path)
    return problems


def _check_scores(outcome: Outcome, path: Path, line: int | None) -> list[Problem]:
    """Each decision scores all five dimensions, by their ids, and nothing else."""
    expected = ", ".join(DIMENSIONS)
    missing = [d for d in DIMENSIONS if d not in outcome.scores]
    unknown = [d for d in outcome.scores if d not in DIMENSIONS]
    found = []
    if missing:
        found.append(
            problem(
                path,
                line,
                ContentCode.SCORES_MISSING_DIMENSIONS,
                dimensions=", ".join(missing),
                expected=expected,
            )
        )
    if unknown:
        found.append(
            problem(
                path,
                line,
                ContentCode.SCORES_UNKNOWN_DIMENSIONS,
                dimensions=", ".join(unknown),
                expected=expected,
            )
        )
    return found


def _check_paths(spec: ScenarioSpec, raw: Any, path: Path) -> list[Problem]:
    """Every stage reachable from the start, and every path ends: no loops.

    A depth-first walk with its own stack, so a chain of thousands of stages cannot exhaust Python's
    recursion limit; it visits stages in the order a recursive walk would, so loops are reported
    at the same stages.
    """
    stages = {stage.id: stage for stage in spec.stages}
    position = {stage.id: n for n, stage in enumerate(spec.stages)}
    problems = []
    on_path, finished = 1, 2
    state: dict[str, int] = {spec.start: on_path}
    walk = [(spec.start, iter(_following(stages[spec.start])))]
    while walk:
        stage_id, targets = walk[-1]
        target = next(targets, None)
        if target is None:
            state[stage_id] = finished
            walk.pop()
        elif state.get(target) == on_path:
            line = line_of(raw, ("stages", position[stage_id], "id"))
            problems.append(
                problem(path, line, ContentCode.STAGE_LOOP, stage=stage_id, target=target)
            )
        elif target not in state:
            state[target] = on_path
            walk.append((target, iter(_following(stages[target]))))
    for stage_id, n in position.items():
        if stage_id not in state:
            problems.append(
                problem(
                    path,
                    line_of(raw, ("stages", n, "id")),
                    ContentCode.STAGE_UNREACHABLE,
                    stage=stage_id,
                )
            )
    return problems


def _following(stage: Stage) -> list[str]:
    """The stages a stage's choices and its timeout lead to, each once, in the file's order."""
    targets = [c.next for c in stage.choices] + (
        [stage.on_timeout.next] if stage.on_timeout else []
    )
    return list(dict.fromkeys(targets))
