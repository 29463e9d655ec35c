"""Scenario drills (舆情处置推演): stages that reveal information under a time limit and offer choices
that score on five dimensions. Read from scenarios/*.yaml and checked as a graph.

A choice may set named flags that stay with the run; a later reveal may be shown only `when` a flag
is set, and an outcome's `next` may branch on the flags, so a harmful decision carries its
consequences into later stages and the ending. The rules for both live here, used alike by the
validator and the engine."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from literacy_app.content.codes import ContentCode
from literacy_app.content.model import MAX_MINUTES, FieldError, Id, StrictModel, Text, Tier
from literacy_app.content.problems import Problem, problem
from literacy_app.content.yaml_source import line_of, read_model
from literacy_app.messages import Message
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


class Grade(StrEnum):
    """How an ending ranks; the debrief tells the learner whether a better one was within reach."""

    BEST = "best"
    MIXED = "mixed"
    POOR = "poor"


Flags = frozenset[str]


class Condition(StrictModel):
    """`{any: [...]}`, `{all: [...]}`, `{none: [...]}` over the flags a run has set; all parts given
    must hold."""

    any: tuple[Id, ...] = ()
    all: tuple[Id, ...] = ()
    none: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _says_something(self) -> Condition:
        if not (self.any or self.all or self.none):
            raise FieldError(None, Message.of(ContentCode.CONDITION_EMPTY))
        return self

    @property
    def flags(self) -> tuple[str, ...]:
        return (*self.any, *self.all, *self.none)

    def holds(self, flags: Flags) -> bool:
        return (
            (not self.any or not flags.isdisjoint(self.any))
            and flags.issuperset(self.all)
            and flags.isdisjoint(self.none)
        )


class Reveal(StrictModel):
    kind: RevealKind
    source: Text
    text: Text
    when: Condition | None = None  # shown only on runs whose flags meet it

    def shown(self, flags: Flags) -> bool:
        return self.when is None or self.when.holds(flags)


class Branch(StrictModel):
    """One way out of a decision: taken when its condition holds (or always, without one)."""

    when: Condition | None = None
    to: Id


class Outcome(StrictModel):
    """Where a decision leads, the flags it sets and how it scores.

    `next` is a stage id, or a list of branches tried in order, the last without `when`.
    """

    next: Annotated[tuple[Branch, ...], Field(min_length=1)]
    sets: tuple[Id, ...] = ()
    scores: dict[str, Score]
    feedback: Text

    @field_validator("next", mode="before")
    @classmethod
    def _one_stage(cls, value: Any) -> Any:
        return [{"to": value}] if isinstance(value, str) else value

    @property
    def targets(self) -> list[str]:
        """Every stage this decision may lead to, each once, in the file's order."""
        return list(dict.fromkeys(branch.to for branch in self.next))

    def target(self, flags: Flags) -> str:
        """The stage this decision leads to on a run whose flags (this decision's included) are
        `flags`: the first branch whose condition holds."""
        for branch in self.next:
            if branch.when is None or branch.when.holds(flags):
                return branch.to
        return self.next[-1].to  # unreachable in a valid file: the last branch is unconditional


class Choice(Outcome):
    id: Id
    text: Text


class Stage(StrictModel):
    id: Id
    title: Text
    reveal: Annotated[tuple[Reveal, ...], Field(min_length=1)]
    ending: bool = False
    grade: Grade | None = None  # endings only
    time_limit: Annotated[int, Field(gt=0, le=MAX_STAGE_SECONDS)] | None = None  # seconds
    choices: tuple[Choice, ...] = ()
    on_timeout: Outcome | None = None
    best: str = ""

    @property
    def outcomes(self) -> list[Outcome]:
        """The choices, then the timeout when there is one."""
        return [*self.choices, *([self.on_timeout] if self.on_timeout else [])]

    def shown(self, flags: Flags) -> tuple[Reveal, ...]:
        """What this stage reveals on a run whose flags are `flags`."""
        return tuple(r for r in self.reveal if r.shown(flags))


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
    flags_set = {flag for stage in spec.stages for o in stage.outcomes for flag in o.sets}
    for n, stage in enumerate(spec.stages):
        problems += _check_conditions(stage, n, flags_set, path, at)
        if stage.grade is not None and not stage.ending:
            problems.append(
                problem(
                    path, at("stages", n, "grade"), ContentCode.GRADE_NOT_ENDING, stage=stage.id
                )
            )
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
        for loc, outcome in _located_outcomes(stage):
            last = len(outcome.next) - 1
            for b, branch in enumerate(outcome.next):
                if branch.to not in index:
                    problems.append(
                        problem(
                            path,
                            at("stages", n, *loc, "next", b, "to"),
                            ContentCode.NEXT_NOT_FOUND,
                            stage=branch.to,
                        )
                    )
                if b == last and branch.when is not None:
                    problems.append(
                        problem(
                            path,
                            at("stages", n, *loc, "next", b),
                            ContentCode.BRANCH_LAST_CONDITIONAL,
                            stage=stage.id,
                        )
                    )
                elif b < last and branch.when is None:
                    problems.append(
                        problem(
                            path,
                            at("stages", n, *loc, "next", b),
                            ContentCode.BRANCH_UNCONDITIONAL_EARLY,
                            stage=stage.id,
                        )
                    )
            problems += _check_scores(outcome, path, at("stages", n, *loc, "scores"))
    if problems:
        return problems
    problems += _check_paths(spec, raw, path)
    return problems


def _located_outcomes(stage: Stage) -> list[tuple[tuple, Outcome]]:
    """Each choice and the timeout, with where it sits in the stage."""
    found: list[tuple[tuple, Outcome]] = [
        (("choices", c), choice) for c, choice in enumerate(stage.choices)
    ]
    if stage.on_timeout is not None:
        found.append((("on_timeout",), stage.on_timeout))
    return found


def _check_conditions(
    stage: Stage, n: int, flags_set: set[str], path: Path, at: Callable[..., int | None]
) -> list[Problem]:
    """Every flag a condition names is set by some decision (a typo would silently never hold), and
    a stage always shows something, whatever the run's flags."""
    problems = []
    conditions = [(("reveal", r), reveal.when) for r, reveal in enumerate(stage.reveal)]
    for loc, outcome in _located_outcomes(stage):
        conditions += [((*loc, "next", b), branch.when) for b, branch in enumerate(outcome.next)]
    for loc, condition in conditions:
        if condition is None:
            continue
        for flag in dict.fromkeys(condition.flags):
            if flag not in flags_set:
                line = at("stages", n, *loc, "when")
                problems.append(problem(path, line, ContentCode.FLAG_NEVER_SET, flag=flag))
    if all(reveal.when is not None for reveal in stage.reveal):
        problems.append(
            problem(
                path, at("stages", n, "reveal"), ContentCode.REVEAL_ALL_CONDITIONAL, stage=stage.id
            )
        )
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
    """Every stage reachable from the start, and every path ends: no loops (branch targets count
    whatever their conditions).

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
    """The stages a stage's choices and its timeout may lead to, whatever the flags, each once, in
    the file's order. Loops and reachability are judged on these: a loop that only some flags would
    take is still refused."""
    return list(dict.fromkeys(target for o in stage.outcomes for target in o.targets))
