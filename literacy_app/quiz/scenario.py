"""Scoring a path through a scenario drill, and the best score each dimension could have reached."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any


def totals(outcomes: Iterable[Mapping[str, int]], dimensions: Sequence[str]) -> dict[str, int]:
    """Sum the scores of the decisions taken, per dimension."""
    result = dict.fromkeys(dimensions, 0)
    for scores in outcomes:
        for dimension in dimensions:
            result[dimension] += scores.get(dimension, 0)
    return result


def best_reachable(
    stages: Mapping[str, Any], start: str, dimensions: Sequence[str]
) -> dict[str, int]:
    """For each dimension, the highest total any run from `start` to an ending can earn.

    Stages form a graph without loops (the validator sees to that); each stage offers `outcomes`,
    each with `scores`, the flags it `sets` and `target(flags)`, the stage it leads to on a run that
    has set `flags`. A path is followed with its flags, so a branch no run can take counts for
    nothing.
    """

    result = {}
    for dimension in dimensions:

        @cache
        def best(stage_id: str, flags: frozenset[str], dimension: str = dimension) -> int:
            options = stages[stage_id].outcomes
            if not options:
                return 0
            scores = []
            for outcome in options:
                after = flags | frozenset(outcome.sets)
                scores.append(outcome.scores.get(dimension, 0) + best(outcome.target(after), after))
            return max(scores)

        result[dimension] = best(start, frozenset())
    return result
