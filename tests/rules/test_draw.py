"""The draw: repeatable from the seed, exact about quotas that share questions, and its check agrees."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from literacy_app.rules.draw import (
    DrawError,
    DrawRule,
    Shortfall,
    ShortfallKind,
    check_draw,
    draw,
)
from literacy_app.rules.kinds import Difficulty


@dataclass(frozen=True)
class Q:
    id: str
    tags: tuple[str, ...]
    difficulty: Difficulty = Difficulty.EASY


POOL = [
    Q(
        f"q{i}",
        ("甲",) if i < 6 else ("乙",) if i < 12 else ("丙",),
        [Difficulty.EASY, Difficulty.HARD][i % 2],
    )
    for i in range(20)
]


def rule(questions: int, **fields) -> DrawRule:
    return DrawRule(questions=questions, **fields)


def test_drawing_is_repeatable_from_the_seed_and_has_no_repeats() -> None:
    first = draw(POOL, rule(10), seed=42)
    assert first == draw(POOL, rule(10), seed=42)
    assert len(set(first)) == 10
    assert first != draw(POOL, rule(10), seed=43)


def test_filters_and_quotas() -> None:
    drawn = draw(POOL, rule(6, tags=("甲", "乙"), difficulty=("easy",), quotas={"甲": 2}), seed=7)
    chosen = [q for q in POOL if q.id in drawn]
    assert len(chosen) == 6
    assert all(q.difficulty is Difficulty.EASY and q.tags[0] in {"甲", "乙"} for q in chosen)
    assert sum(1 for q in chosen if "甲" in q.tags) >= 2


def test_unshuffled_draws_keep_bank_order() -> None:
    drawn = draw(POOL, rule(5), seed=3, shuffle=False)
    assert drawn == sorted(drawn, key=lambda i: int(i[1:]))


def test_a_bank_listed_twice_offers_its_questions_once() -> None:
    assert check_draw(POOL + POOL, rule(21)) == [Shortfall(ShortfallKind.TOTAL, 21, 20)]
    assert len(set(draw(POOL + POOL, rule(20), seed=5))) == 20


@pytest.mark.parametrize(
    ("the_rule", "expected"),
    [
        (rule(21), Shortfall(ShortfallKind.TOTAL, 21, 20)),
        (
            rule(3, difficulty=("hard",), tags=("丙",), quotas={"丙": 2}),
            None,  # feasible: 4 hard 丙 questions
        ),
        (rule(9, quotas={"丙": 9}), Shortfall(ShortfallKind.QUOTA, 9, 8, ("丙",))),
        (
            rule(3, quotas={"甲": 2, "乙": 2}),
            Shortfall(ShortfallKind.QUOTAS_OVER_TOTAL, 4, 3),
        ),
        (rule(11, tags=("甲",)), Shortfall(ShortfallKind.TOTAL, 11, 6, (), True)),
    ],
)
def test_impossible_draws_say_which_part(the_rule: DrawRule, expected: Shortfall | None) -> None:
    found = check_draw(POOL, the_rule)
    assert found == ([expected] if expected else [])
    if expected:
        with pytest.raises(DrawError) as caught:
            draw(POOL, the_rule, seed=1)
        assert caught.value.shortfalls == found


def test_overlapping_quotas_leave_room_for_each_other() -> None:
    pool = [Q("both", ("甲", "乙")), Q("a1", ("甲",)), Q("a2", ("甲",))]
    for seed in range(20):
        drawn = draw(pool, rule(3, quotas={"甲": 2, "乙": 1}), seed)
        assert "both" in drawn


def test_the_issue_example_quotas_that_need_the_same_questions() -> None:
    # quotas {a: 2, b: 2}; the only questions tagged b are also tagged a, and there are two of them.
    pool = [Q("ab1", ("a", "b")), Q("ab2", ("a", "b")), Q("a1", ("a",)), Q("x", ("c",))]
    the_rule = rule(4, quotas={"a": 2, "b": 2})
    [shortfall] = check_draw(pool, the_rule)
    assert shortfall == Shortfall(ShortfallKind.QUOTA, 4, 3, ("a", "b"))
    for seed in range(30):
        with pytest.raises(DrawError):
            draw(pool, the_rule, seed)


def test_a_starved_quota_is_named_alone_when_it_alone_is_short() -> None:
    pool = [Q("ab1", ("a", "b")), Q("ab2", ("a", "b")), Q("a1", ("a",)), Q("a2", ("a",))]
    [shortfall] = check_draw(pool, rule(4, quotas={"a": 1, "b": 3}))
    assert shortfall == Shortfall(ShortfallKind.QUOTA, 3, 2, ("b",))


def test_every_seed_draws_when_an_assignment_exists() -> None:
    # A greedy draw that let 甲 take the shared questions first would starve 乙 on some seeds.
    pool = [Q("s1", ("甲", "乙")), Q("s2", ("甲", "乙")), Q("a1", ("甲",)), Q("a2", ("甲",))]
    the_rule = rule(4, quotas={"甲": 2, "乙": 2})
    assert check_draw(pool, the_rule) == []
    for seed in range(50):
        drawn = draw(pool, the_rule, seed)
        assert sorted(drawn) == ["a1", "a2", "s1", "s2"]
