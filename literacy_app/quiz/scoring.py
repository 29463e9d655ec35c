"""Scoring responses against answer keys."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

Response = str | list[str] | bool | None


class Scorable(Protocol):
    """What scoring needs of a question: its type, its key and its weight."""

    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def answer(self) -> str | tuple[str, ...] | bool: ...
    @property
    def points(self) -> int: ...


@dataclass(frozen=True)
class AttemptScore:
    earned: int
    possible: int
    correct_ids: frozenset[str]

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0

    def passed(self, pass_mark: int) -> bool:
        return self.percent >= pass_mark


def is_correct(question: Scorable, response: Response) -> bool:
    """True when `response` matches the key exactly; a multiple-choice answer must pick every right option."""
    if response is None:
        return False
    key = question.answer
    if question.type == "truefalse":
        return isinstance(response, bool) and response is key
    if question.type == "multiple":
        return isinstance(response, list) and set(response) == set(key)  # type: ignore[arg-type]
    return isinstance(response, str) and response == key


def score_attempt(questions: Iterable[Scorable], responses: Mapping[str, Response]) -> AttemptScore:
    earned = possible = 0
    correct: set[str] = set()
    for question in questions:
        possible += question.points
        if is_correct(question, responses.get(question.id)):
            earned += question.points
            correct.add(question.id)
    return AttemptScore(earned, possible, frozenset(correct))
