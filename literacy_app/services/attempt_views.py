"""What the assessment service hands out about attempts: an open attempt as the learner answers it,
a result with its review, a line of the record, an unfinished attempt to offer again; and how an
attempt shows its questions (options, items and the right-hand column in the order drawn for it,
answers written out as the learner saw them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from literacy_app.content.model import (
    AnswerableQuestion,
    CaseQuestion,
    ChoiceQuestion,
    FillQuestion,
    MatchingQuestion,
    OrderingQuestion,
    Question,
    QuestionType,
    ReviewPolicy,
)
from literacy_app.quiz.draw import permutation
from literacy_app.rules.responses import Response
from literacy_app.store.models import RecordStatus

LETTERS = "ABCDEFGH"


@dataclass(frozen=True)
class QuestionView:
    """A question as this attempt shows it: options, items and right-hand column in their drawn order."""

    question_id: str
    type: QuestionType
    stem: str
    points: int
    options: tuple[tuple[str, str, str], ...] = ()  # (key, letter shown, text)
    blanks: int = 0
    items: tuple[tuple[int, str], ...] = ()  # ordering: (index in the key's order, text)
    lefts: tuple[str, ...] = ()  # matching
    rights: tuple[tuple[int, str], ...] = ()  # matching: (index of its pair, text)
    case_text: str = ""
    parts: tuple[QuestionView, ...] = ()  # a case question's sub-questions

    def answerable(self) -> list[QuestionView]:
        return list(self.parts) if self.type is QuestionType.CASE else [self]


def right_answer(question: AnswerableQuestion) -> Response:
    """The right answer in the shape of a learner's response, so the interface writes both out the
    same way: choice keys, True or False, item and pair indices in the key's order; for a blank,
    every accepted answer joined with " / "."""
    if isinstance(question, ChoiceQuestion):
        return question.answer if isinstance(question.answer, str) else list(question.answer)
    if isinstance(question, FillQuestion):
        return [" / ".join(accepted) for accepted in question.blanks]
    if isinstance(question, OrderingQuestion):
        return list(range(len(question.items)))
    if isinstance(question, MatchingQuestion):
        return list(range(len(question.pairs)))
    return question.answer


def question_view(question: Question, seed: int, shuffle_options: bool) -> QuestionView:
    base = QuestionView(
        question_id=question.id, type=question.type, stem=question.stem, points=question.points
    )
    if isinstance(question, CaseQuestion):
        parts = tuple(question_view(sub, seed, shuffle_options) for sub in question.questions)
        return replace(base, case_text=question.case, parts=parts)
    if isinstance(question, ChoiceQuestion):
        keys = list(question.options)
        order = permutation(len(keys), seed, question.id) if shuffle_options else range(len(keys))
        shown = [keys[i] for i in order]
        # With shuffling the letters follow the shown order; without it they are the bank's own.
        options = tuple(
            (key, LETTERS[n] if shuffle_options else key, question.options[key])
            for n, key in enumerate(shown)
        )
        return replace(base, options=options)
    if isinstance(question, FillQuestion):
        return replace(base, blanks=len(question.blanks))
    if isinstance(question, OrderingQuestion):
        order = permutation(len(question.items), seed, question.id)
        if order == sorted(order) and len(order) > 1:  # never show the answer as the starting order
            order = order[1:] + order[:1]
        return replace(base, items=tuple((i, question.items[i]) for i in order))
    if isinstance(question, MatchingQuestion):
        order = permutation(len(question.pairs), seed, question.id)
        return replace(
            base,
            lefts=tuple(left for left, _ in question.pairs),
            rights=tuple((i, question.pairs[i][1]) for i in order),
        )
    return base


def with_case(view: QuestionView, case: CaseQuestion | None) -> QuestionView:
    """A case's sub-question drawn on its own (for a review) still shows the case it belongs to."""
    return replace(view, case_text=case.case) if case is not None else view


class AttemptKind(StrEnum):
    FINAL = "final"
    PRACTICE = "practice"
    DAILY = "daily"
    REVIEW = "review"


@dataclass(frozen=True)
class AttemptView:
    """An open attempt as the learner answers it. The interface names it from its kind and the
    titles of the course and lesson it belongs to (empty for the daily practice and reviews)."""

    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    course_title: str
    lesson_title: str | None
    pass_mark: int
    questions: tuple[QuestionView, ...]
    responses: dict[str, Response]
    resumed: bool
    deadline: datetime | None = None
    attempts_left: int | None = None

    def answerable(self) -> list[QuestionView]:
        return [part for question in self.questions for part in question.answerable()]


@dataclass(frozen=True)
class ReviewItem:
    """One answerable question after submitting; fields the review policy withholds are None."""

    question: QuestionView
    case_text: str
    response: Response | None
    right_answer: Response | None  # in the shape of a response; see `attempt_views.right_answer`
    credit: float | None
    explanation: str | None

    @property
    def correct(self) -> bool | None:
        return None if self.credit is None else self.credit >= 1.0


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    course_title: str
    lesson_title: str | None
    earned: float
    possible: int
    pass_mark: int
    passed: bool
    submitted_at: datetime
    review: ReviewPolicy
    items: tuple[ReviewItem, ...]
    timed_out: bool = False
    lesson_id: str | None = None

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class AttemptSummary:
    """One line of the learner's record: a submitted attempt, or one stopped by a content change
    (then `when` is when it was started and it has no score)."""

    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    course_title: str
    lesson_title: str | None
    status: RecordStatus
    when: datetime
    percent: float | None
    passed: bool

    @property
    def stopped(self) -> bool:
        return self.status is RecordStatus.STOPPED_CONTENT_CHANGED


@dataclass(frozen=True)
class Unfinished:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    lesson_id: str | None
    course_title: str
    lesson_title: str | None
    answered: int
    total: int
    deadline: datetime | None
