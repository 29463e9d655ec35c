"""Scoring against the key, and drawing questions repeatably."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from literacy_app.quiz.draw import draw_question_ids
from literacy_app.quiz.scoring import is_correct, score_attempt


@dataclass
class Q:
    id: str
    type: str
    answer: object
    points: int = 1


SINGLE = Q("s", "single", "B")
MULTIPLE = Q("m", "multiple", ("A", "C"), 2)
TRUE_FALSE = Q("t", "truefalse", False)


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (SINGLE, "B", True),
        (SINGLE, "A", False),
        (SINGLE, None, False),
        (MULTIPLE, ["C", "A"], True),
        (MULTIPLE, ["A"], False),  # half right is wrong: all or nothing
        (MULTIPLE, ["A", "B", "C"], False),
        (MULTIPLE, [], False),
        (TRUE_FALSE, False, True),
        (TRUE_FALSE, True, False),
        (TRUE_FALSE, 0, False),  # only a real boolean answers a true/false question
    ],
)
def test_is_correct(question, response, expected) -> None:
    assert is_correct(question, response) is expected


def test_score_attempt_weighs_points_and_applies_the_pass_mark() -> None:
    score = score_attempt([SINGLE, MULTIPLE, TRUE_FALSE], {"s": "B", "m": ["A", "C"], "t": True})
    assert (score.earned, score.possible) == (3, 4)
    assert score.correct_ids == {"s", "m"}
    assert score.percent == 75.0
    assert score.passed(75) and not score.passed(76)


def test_an_unanswered_attempt_scores_zero() -> None:
    score = score_attempt([SINGLE, TRUE_FALSE], {})
    assert score.earned == 0 and score.percent == 0.0


def test_drawing_is_repeatable_from_the_seed_and_has_no_repeats() -> None:
    pool = [f"q{i}" for i in range(30)]
    first = draw_question_ids(pool, 10, seed=42)
    assert first == draw_question_ids(pool, 10, seed=42)
    assert len(set(first)) == 10 and set(first) <= set(pool)
    assert first != draw_question_ids(pool, 10, seed=43)


def test_drawing_more_than_the_pool_is_refused() -> None:
    with pytest.raises(ValueError):
        draw_question_ids(["a", "b"], 3, seed=1)
