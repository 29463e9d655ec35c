"""Drawing a quiz's questions, repeatably from a seed so an attempt can be shown again exactly."""

from __future__ import annotations

import random
from collections.abc import Sequence


def draw_question_ids(pool: Sequence[str], count: int, seed: int) -> list[str]:
    """Pick `count` distinct ids from `pool` in a seeded random order."""
    if count > len(pool):
        raise ValueError(f"cannot draw {count} questions from a pool of {len(pool)}")
    return random.Random(seed).sample(list(pool), count)


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)
