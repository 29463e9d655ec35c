"""Scoring every question type against its key, and shuffling repeatably per question."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from literacy_app.quiz.draw import permutation
from literacy_app.quiz.scoring import credit, normalise_text, score_attempt
from literacy_app.rules.kinds import MultipleChoiceScoring, QuestionType
from literacy_app.rules.responses import is_answered


@dataclass
class Q:
    id: str
    type: QuestionType
    answer: object = None
    points: int = 1
    blanks: tuple = ()
    items: tuple = ()
    pairs: tuple = ()


SINGLE = Q("s", QuestionType.SINGLE, "B")
MULTIPLE = Q("m", QuestionType.MULTIPLE, ("A", "C", "D"), 3)
TRUE_FALSE = Q("t", QuestionType.TRUE_FALSE, False)
FILL = Q("f", QuestionType.FILL, blanks=(("5", "五"), ("24", "二十四")), points=2)
ORDER = Q("o", QuestionType.ORDERING, items=("内容生产", "多级审核", "精准发布", "舆情响应"))
MATCH = Q(
    "p",
    QuestionType.MATCHING,
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
    assert credit(MULTIPLE, response, MultipleChoiceScoring.PARTIAL) == pytest.approx(expected)


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


def test_permutations_are_stable_per_question() -> None:
    assert permutation(6, 99, "q1") == permutation(6, 99, "q1")
    assert sorted(permutation(6, 99, "q1")) == list(range(6))
