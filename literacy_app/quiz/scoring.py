"""Scoring responses against answer keys, for every question type.

The shape of a response per type is described in `literacy_app.rules.responses`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from literacy_app.rules.kinds import MultipleChoiceScoring, QuestionType
from literacy_app.rules.responses import Response


@dataclass(frozen=True)
class AttemptScore:
    earned: float
    possible: int
    credits: dict[str, float]

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0

    def passed(self, pass_mark: int) -> bool:
        return self.percent >= pass_mark


def normalise_text(text: str) -> str:
    """Compare typed answers fairly: full-width to half-width, case and all white space ignored."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(folded.split())


def credit(
    question: Any,
    response: Response,
    multiple: MultipleChoiceScoring = MultipleChoiceScoring.ALL_OR_NOTHING,
) -> float:
    """The share of the question's points that `response` earns, from 0.0 to 1.0."""
    if response is None:
        return 0.0
    kind = QuestionType(question.type)
    if kind not in _CREDIT:
        raise ValueError(f"a {kind} question is scored through its parts")
    return _CREDIT[kind](question, response, multiple)


def _true_false(question: Any, response: Response, _: MultipleChoiceScoring) -> float:
    return 1.0 if isinstance(response, bool) and response is question.answer else 0.0


def _single(question: Any, response: Response, _: MultipleChoiceScoring) -> float:
    return 1.0 if isinstance(response, str) and response == question.answer else 0.0


def _multiple(question: Any, response: Response, multiple: MultipleChoiceScoring) -> float:
    if not isinstance(response, list):
        return 0.0
    key, picked = set(question.answer), set(response)
    if multiple is MultipleChoiceScoring.PARTIAL:
        return max(0.0, (len(picked & key) - len(picked - key)) / len(key))
    return 1.0 if picked == key else 0.0


def _fill(question: Any, response: Response, _: MultipleChoiceScoring) -> float:
    if not isinstance(response, list):
        return 0.0
    right = 0
    for index, accepted in enumerate(question.blanks):
        given = response[index] if index < len(response) else None
        if isinstance(given, str) and normalise_text(given) in {
            normalise_text(a) for a in accepted
        }:
            right += 1
    return right / len(question.blanks)


def _ordering(question: Any, response: Response, _: MultipleChoiceScoring) -> float:
    return 1.0 if response == list(range(len(question.items))) else 0.0


def _matching(question: Any, response: Response, _: MultipleChoiceScoring) -> float:
    if not isinstance(response, list):
        return 0.0
    right = sum(
        1
        for index in range(len(question.pairs))
        if index < len(response) and response[index] == index
    )
    return right / len(question.pairs)


_CREDIT: dict[QuestionType, Callable[[Any, Response, MultipleChoiceScoring], float]] = {
    QuestionType.TRUE_FALSE: _true_false,
    QuestionType.SINGLE: _single,
    QuestionType.MULTIPLE: _multiple,
    QuestionType.FILL: _fill,
    QuestionType.ORDERING: _ordering,
    QuestionType.MATCHING: _matching,
}


def score_attempt(
    questions: Iterable[Any],
    responses: Mapping[str, Response],
    multiple: MultipleChoiceScoring = MultipleChoiceScoring.ALL_OR_NOTHING,
) -> AttemptScore:
    """Score answerable questions (case questions are scored through their sub-questions)."""
    earned = 0.0
    possible = 0
    credits: dict[str, float] = {}
    for question in questions:
        share = credit(question, responses.get(question.id), multiple)
        credits[question.id] = share
        earned += share * question.points
        possible += question.points
    return AttemptScore(round(earned, 4), possible, credits)
