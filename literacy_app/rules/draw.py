"""Which questions a quiz draws: the rule, its feasibility check and the seeded draw, as one piece.

Quota slots must go to distinct questions, so the draw is a bipartite matching of slots to
questions (augmenting paths; pools are tiny). A draw fails for some seed exactly when no assignment
exists at all, which is what `check_draw` reports; the validator calls `check_draw`, the engine
calls `draw`, and both run `_match`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from literacy_app.rules.kinds import Difficulty

Tag = Annotated[str, Field(min_length=1)]

# No quiz draws more questions than this; the bound keeps a typo such as 1000000000 from becoming
# a quiz the engine tries to fill (and keeps quota slots few enough to match).
MAX_DRAW = 500


class DrawRule(BaseModel):
    """How many questions to draw, the filters they must pass, and per-tag quotas."""

    # Unknown fields are a trainer's typo, and a loaded rule never changes.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    questions: Annotated[int, Field(gt=0, le=MAX_DRAW)]
    tags: tuple[Tag, ...] = ()
    difficulty: tuple[Difficulty, ...] = ()
    quotas: dict[Tag, Annotated[int, Field(gt=0, le=MAX_DRAW)]] = Field(default_factory=dict)

    @property
    def filtered(self) -> bool:
        return bool(self.tags or self.difficulty)


class Drawable(Protocol):
    """What the draw needs to know of a question."""

    @property
    def id(self) -> str: ...

    @property
    def tags(self) -> tuple[str, ...]: ...

    @property
    def difficulty(self) -> Difficulty: ...


D = TypeVar("D", bound=Drawable)


class ShortfallKind(StrEnum):
    QUOTA = "quota"  # one quota, or several that share questions, cannot be filled
    QUOTAS_OVER_TOTAL = "quotas_over_total"  # the quotas add up to more than the draw
    TOTAL = "total"  # the pool (after the filters) is smaller than the draw


@dataclass(frozen=True)
class Shortfall:
    """One reason a rule cannot be drawn from a pool, naming the part of the rule it concerns.

    For QUOTA, `tags` are the quota tags that together want `wanted` distinct questions but have
    only `available` (after the filters); `tags` follow the rule's order.
    """

    kind: ShortfallKind
    wanted: int
    available: int
    tags: tuple[str, ...] = ()
    filtered: bool = False


class DrawError(ValueError):
    """The pool cannot satisfy the rule; `shortfalls` say which parts."""

    def __init__(self, shortfalls: list[Shortfall]) -> None:
        super().__init__("; ".join(map(str, shortfalls)))
        self.shortfalls = shortfalls


def eligible(pool: Sequence[D], rule: DrawRule) -> list[D]:
    """Questions passing the filters (any of the rule's tags; one of its difficulties), once each."""
    wanted_tags, wanted_levels = set(rule.tags), set(rule.difficulty)
    seen: set[str] = set()
    result = []
    for question in pool:
        if question.id in seen:  # a bank listed twice must not offer its questions twice
            continue
        seen.add(question.id)
        if (not wanted_tags or wanted_tags & set(question.tags)) and (
            not wanted_levels or question.difficulty in wanted_levels
        ):
            result.append(question)
    return result


def check_draw(pool: Sequence[Drawable], rule: DrawRule) -> list[Shortfall]:
    """Every reason the rule cannot be drawn from `pool`; empty when every seed draws."""
    candidates = eligible(pool, rule)
    return _shortfalls(candidates, rule, _match(candidates, rule))


def draw(pool: Sequence[D], rule: DrawRule, seed: int, *, shuffle: bool = True) -> list[str]:
    """The ids of the questions drawn for `seed`: the same seed always gives the same list.

    Quotas are filled first, the rest comes from what remains. With `shuffle` off the questions keep
    their order in the pool. Raises DrawError exactly when `check_draw` would report a shortfall.
    """
    rng = random.Random(seed)
    candidates = eligible(pool, rule)
    rng.shuffle(candidates)
    slots = _match(candidates, rule)
    shortfalls = _shortfalls(candidates, rule, slots)
    if shortfalls:
        raise DrawError(shortfalls)
    taken = [index for index in slots if index is not None]
    filled = set(taken)
    rest = [index for index in range(len(candidates)) if index not in filled]
    chosen = [candidates[index] for index in taken + rest[: rule.questions - len(taken)]]
    if shuffle:
        rng.shuffle(chosen)
    else:
        order = {question.id: index for index, question in enumerate(pool)}
        chosen.sort(key=lambda question: order[question.id])
    return [question.id for question in chosen]


def _slot_tags(rule: DrawRule) -> list[str]:
    return [tag for tag, wanted in rule.quotas.items() for _ in range(wanted)]


def _match(candidates: Sequence[Drawable], rule: DrawRule) -> list[int | None]:
    """A maximum matching of quota slots to distinct candidates: each slot's candidate index or None.

    Candidates earlier in the sequence are preferred, so a shuffled sequence gives a seeded choice.
    """
    slot_tags = _slot_tags(rule)
    holder: dict[int, int] = {}  # candidate index -> slot

    def augment(slot: int, visited: set[int]) -> bool:
        for index, candidate in enumerate(candidates):
            if slot_tags[slot] in candidate.tags and index not in visited:
                visited.add(index)
                if index not in holder or augment(holder[index], visited):
                    holder[index] = slot
                    return True
        return False

    for slot in range(len(slot_tags)):
        augment(slot, set())
    assigned: list[int | None] = [None] * len(slot_tags)
    for index, slot in holder.items():
        assigned[slot] = index
    return assigned


def _shortfalls(
    candidates: Sequence[Drawable], rule: DrawRule, slots: list[int | None]
) -> list[Shortfall]:
    found = []
    for tags in _starved_quotas(candidates, rule, slots):
        found.append(
            Shortfall(
                ShortfallKind.QUOTA,
                sum(rule.quotas[tag] for tag in tags),
                _carrying(candidates, tags),
                tags,
                rule.filtered,
            )
        )
    quota_total = sum(rule.quotas.values())
    if quota_total > rule.questions:
        found.append(Shortfall(ShortfallKind.QUOTAS_OVER_TOTAL, quota_total, rule.questions))
    if len(candidates) < rule.questions:
        found.append(
            Shortfall(ShortfallKind.TOTAL, rule.questions, len(candidates), (), rule.filtered)
        )
    return found


def _carrying(candidates: Sequence[Drawable], tags: Sequence[str]) -> int:
    return sum(1 for candidate in candidates if set(tags) & set(candidate.tags))


def _starved_quotas(
    candidates: Sequence[Drawable], rule: DrawRule, slots: list[int | None]
) -> list[tuple[str, ...]]:
    """For the slots the matching could not fill, the smallest sets of quota tags to blame.

    From an unfilled slot, the slots reachable along alternating paths belong to tags whose
    questions are all taken by those slots, so together they want more questions than they have
    (Hall's condition). The set is then trimmed while it still wants more than it has.
    """
    slot_tags = _slot_tags(rule)
    holder = {index: slot for slot, index in enumerate(slots) if index is not None}
    order = list(rule.quotas)

    def short(tags: set[str]) -> bool:
        return _carrying(candidates, tuple(tags)) < sum(rule.quotas[tag] for tag in tags)

    found: list[tuple[str, ...]] = []
    for start, index in enumerate(slots):
        if index is not None:
            continue
        reached, frontier = {start}, [start]
        while frontier:
            tag = slot_tags[frontier.pop()]
            for candidate_index, candidate in enumerate(candidates):
                slot = holder.get(candidate_index)
                if tag in candidate.tags and slot is not None and slot not in reached:
                    reached.add(slot)
                    frontier.append(slot)
        tags = {slot_tags[slot] for slot in reached}
        for tag in sorted(tags, key=order.index):
            if len(tags) > 1 and short(tags - {tag}):
                tags.discard(tag)
        if not any(set(earlier) <= tags for earlier in found):
            found.append(tuple(sorted(tags, key=order.index)))
    return found
