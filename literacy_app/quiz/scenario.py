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
    """For each dimension, the highest total any path from `start` to an ending can earn.

    Stages form a graph without loops (the validator sees to that); each stage offers `choices`
    and perhaps `on_timeout`, each with `next` and `scores`.
    """

    def outcomes(stage_id: str) -> list[Any]:
        stage = stages[stage_id]
        found = list(stage.choices)
        if stage.on_timeout is not None:
            found.append(stage.on_timeout)
        return found

    result = {}
    for dimension in dimensions:

        @cache
        def best(stage_id: str, dimension: str = dimension) -> int:
            options = outcomes(stage_id)
            if not options:
                return 0
            return max(o.scores.get(dimension, 0) + best(o.next) for o in options)

        result[dimension] = best(start)
    return result
