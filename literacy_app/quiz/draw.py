"""Drawing a quiz's questions and shuffling what is shown, repeatably from the attempt's seed."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


class DrawError(ValueError):
    """The pool cannot satisfy the rule; the message says which part."""


@dataclass(frozen=True)
class Candidate:
    id: str
    tags: tuple[str, ...]
    difficulty: str


def eligible(
    pool: Sequence[Candidate], tags: Sequence[str] = (), difficulties: Sequence[str] = ()
) -> list[Candidate]:
    """Questions passing the filters: any of `tags` (when given) and one of `difficulties` (when given)."""
    wanted_tags, wanted_levels = set(tags), set(difficulties)
    return [
        c
        for c in pool
        if (not wanted_tags or wanted_tags & set(c.tags))
        and (not wanted_levels or c.difficulty in wanted_levels)
    ]


def draw_question_ids(
    pool: Sequence[Candidate],
    count: int,
    seed: int,
    *,
    tags: Sequence[str] = (),
    difficulties: Sequence[str] = (),
    quotas: Mapping[str, int] | None = None,
    shuffle: bool = True,
) -> list[str]:
    """Pick `count` distinct questions: per-tag quotas first, the rest from what remains.

    With `shuffle` off the questions keep their order in the banks.
    """
    candidates = eligible(pool, tags, difficulties)
    rng = random.Random(seed)
    chosen: list[Candidate] = []
    pending = dict(quotas or {})
    for tag, wanted in (quotas or {}).items():
        del pending[tag]
        left = [c for c in candidates if tag in c.tags and c not in chosen]
        if len(left) < wanted:
            raise DrawError(f"标签“{tag}”要抽 {wanted} 题，但符合条件的只有 {len(left)} 题")
        # Questions that also carry a tag still waiting for its quota are taken last, so that
        # quota is not starved by this one.
        spare = [c for c in left if not set(c.tags) & set(pending)]
        shared = [c for c in left if c not in spare]
        taken = rng.sample(spare, min(wanted, len(spare)))
        chosen += taken + rng.sample(shared, wanted - len(taken))
    if len(chosen) > count:
        raise DrawError(f"各标签配额合计 {len(chosen)} 题，超过了要抽的 {count} 题")
    rest = [c for c in candidates if c not in chosen]
    if len(rest) < count - len(chosen):
        raise DrawError(f"要抽 {count} 题，但符合条件的只有 {len(chosen) + len(rest)} 题")
    chosen += rng.sample(rest, count - len(chosen))
    if shuffle:
        rng.shuffle(chosen)
    else:
        order = {c.id: index for index, c in enumerate(pool)}
        chosen.sort(key=lambda c: order[c.id])
    return [c.id for c in chosen]


def permutation(length: int, seed: int, salt: str) -> list[int]:
    """A repeatable order of `length` things for one question of one attempt."""
    order = list(range(length))
    random.Random(f"{seed}:{salt}").shuffle(order)
    return order


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)
