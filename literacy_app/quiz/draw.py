"""Shuffling what an attempt shows, repeatably from the attempt's seed.

Which questions are drawn is a rule of the course format: `literacy_app.rules.draw`.
"""

from __future__ import annotations

import random


def permutation(length: int, seed: int, salt: str) -> list[int]:
    """A repeatable order of `length` things for one question of one attempt."""
    order = list(range(length))
    random.Random(f"{seed}:{salt}").shuffle(order)
    return order


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)
