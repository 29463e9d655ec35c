"""Scoring every question type against its key, and drawing questions repeatably by the rules."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from literacy_app.quiz.draw import Candidate, DrawError, draw_question_ids, permutation
from literacy_app.quiz.scoring import (
    MultipleScoring,
    credit,
    is_answered,
    normalise_text,
    score_attempt,
)


@dataclass
class Q:
    id: str
    type: str
    answer: object = None
    points: int = 1
    blanks: tuple = ()
    items: tuple = ()
    pairs: tuple = ()


SINGLE = Q("s", "single", "B")
MULTIPLE = Q("m", "multiple", ("A", "C", "D"), 3)
TRUE_FALSE = Q("t", "truefalse", False)
FILL = Q("f", "fill", blanks=(("5", "五"), ("24", "二十四")), points=2)
ORDER = Q("o", "ordering", items=("内容生产", "多级审核", "精准发布", "舆情响应"))
MATCH = Q(
    "p",
    "matching",
    pairs=(("61号", "48小时"), ("80号", "5小时"), ("要点", "第一新闻发言人")),
    points=3,
)


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (SINGLE, "B", 1.0),
        (SINGLE, "A", 0.0),
        (SINGLE, None, 0.0),
        (TRUE_FALSE, False, 1.0),
        (TRUE_FALSE, True, 0.0),
        (TRUE_FALSE, 0, 0.0),  # only a real boolean answers a true/false question
        (MULTIPLE, ["D", "A", "C"], 1.0),
        (MULTIPLE, ["A", "C"], 0.0),  # all or nothing by default
        (FILL, ["5", "24"], 1.0),
        (FILL, ["五", " 2 4 "], 1.0),  # accepted alternatives; spaces do not count
        (FILL, ["５", "２４"], 1.0),  # full-width digits are the same answer
        (FILL, ["5", "48"], 0.5),  # one blank of two
        (FILL, ["", ""], 0.0),
        (ORDER, [0, 1, 2, 3], 1.0),
        (ORDER, [1, 0, 2, 3], 0.0),
        (MATCH, [0, 1, 2], 1.0),
        (MATCH, [1, 0, 2], pytest.approx(1 / 3)),
        (MATCH, [None, None, None], 0.0),
    ],
)
def test_credit(question, response, expected) -> None:
    assert credit(question, response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["A", "C", "D"], 1.0),
        (["A", "C"], 2 / 3),
        (["A", "B", "C"], 1 / 3),
        (["B"], 0.0),
        (["A", "B", "E"], 0.0),
    ],
)
def test_partial_credit_for_multiple_choice_takes_one_back_per_wrong_pick(
    response, expected
) -> None:
    assert credit(MULTIPLE, response, MultipleScoring.PARTIAL) == pytest.approx(expected)


def test_normalising_typed_answers() -> None:
    assert normalise_text("ＡＢＣ　１２") == normalise_text("abc12") == "abc12"


def test_answered_means_something_was_given() -> None:
    assert not is_answered(None) and not is_answered(["", None]) and not is_answered([])
    assert is_answered(False) and is_answered(["", "5"]) and is_answered("A")


def test_score_attempt_weighs_points_and_applies_the_pass_mark() -> None:
    score = score_attempt([SINGLE, FILL, TRUE_FALSE], {"s": "B", "f": ["5", "x"], "t": True})
    assert (score.earned, score.possible) == (2.0, 4)
    assert {qid for qid, share in score.credits.items() if share >= 1.0} == {"s"}
    assert score.percent == 50.0
    assert score.passed(50) and not score.passed(51)


POOL = [
    Candidate(
        f"q{i}",
        tags=("甲",) if i < 6 else ("乙",) if i < 12 else ("丙",),
        difficulty=["easy", "hard"][i % 2],
    )
    for i in range(20)
]


def test_drawing_is_repeatable_from_the_seed_and_has_no_repeats() -> None:
    first = draw_question_ids(POOL, 10, seed=42)
    assert first == draw_question_ids(POOL, 10, seed=42)
    assert len(set(first)) == 10
    assert first != draw_question_ids(POOL, 10, seed=43)


def test_filters_and_quotas() -> None:
    drawn = draw_question_ids(
        POOL, 6, seed=7, tags=["甲", "乙"], difficulties=["easy"], quotas={"甲": 2}
    )
    chosen = [c for c in POOL if c.id in drawn]
    assert len(chosen) == 6
    assert all(c.difficulty == "easy" and c.tags[0] in {"甲", "乙"} for c in chosen)
    assert sum(1 for c in chosen if "甲" in c.tags) >= 2


def test_unshuffled_draws_keep_bank_order() -> None:
    drawn = draw_question_ids(POOL, 5, seed=3, shuffle=False)
    assert drawn == sorted(drawn, key=lambda i: int(i[1:]))


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"count": 21}, "只有 20 题"),
        ({"count": 5, "quotas": {"丙": 9}}, "标签“丙”要抽 9 题"),
        ({"count": 3, "quotas": {"甲": 2, "乙": 2}}, "超过了要抽的 3 题"),
    ],
)
def test_impossible_draws_say_why(kwargs, words) -> None:
    with pytest.raises(DrawError, match=words):
        draw_question_ids(POOL, seed=1, **kwargs)


def test_permutations_are_stable_per_question() -> None:
    assert permutation(6, 99, "q1") == permutation(6, 99, "q1")
    assert sorted(permutation(6, 99, "q1")) == list(range(6))


def test_overlapping_quotas_leave_room_for_each_other() -> None:
    pool = [
        Candidate("both", ("甲", "乙"), "easy"),
        Candidate("a1", ("甲",), "easy"),
        Candidate("a2", ("甲",), "easy"),
    ]
    for seed in range(20):
        drawn = draw_question_ids(pool, 3, seed, quotas={"甲": 2, "乙": 1})
        assert "both" in drawn
