"""Typed, immutable content objects: what course.yaml, a lesson's front matter and a bank contain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from literacy_app.content.codes import ContentCode
from literacy_app.messages import Message
from literacy_app.rules.draw import MAX_DRAW, DrawRule
from literacy_app.rules.kinds import (
    CountedAttempt,
    Difficulty,
    MultipleChoiceScoring,
    QuestionType,
    Requirement,
    ReviewPolicy,
    Tier,
)

# Ranges that keep every number usable by the engine (a deadline, a sum of hours) and far inside
# what a real course needs; docs/course-format.md states them for trainers.
MAX_MINUTES = 1440  # a lesson, a drill, a quiz's time limit: at most a day
MAX_HOURS = 1000
MAX_ATTEMPTS = 100
MAX_POINTS = 100

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1, max_length=80)]
Text = Annotated[str, Field(min_length=1)]


class FieldError(ValueError):
    """A failed check with its message code; `field` (when given) is where the problem points.

    Pydantic wraps it as a `value_error`; `yaml_source` reads `message` and `field` back out.
    """

    def __init__(self, field: str | None, message: Message) -> None:
        super().__init__(str(message))
        self.field = field
        self.message = message


class StrictModel(BaseModel):
    """Unknown fields are mistakes (a typo in a trainer's file), and loaded content never changes."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class FinalQuizRule(DrawRule):
    """How the course's final quiz is drawn, shown, timed, passed and reviewed."""

    banks: Annotated[tuple[Id, ...], Field(min_length=1)]
    pass_mark: Annotated[int, Field(gt=0, le=100)]
    shuffle_questions: bool = True
    shuffle_options: bool = False
    time_limit: Annotated[int, Field(gt=0, le=MAX_MINUTES)] | None = None  # minutes
    max_attempts: Annotated[int, Field(gt=0, le=MAX_ATTEMPTS)] | None = None
    counts: CountedAttempt = CountedAttempt.HIGHEST
    review: ReviewPolicy = ReviewPolicy.EXPLANATIONS
    multiple_scoring: MultipleChoiceScoring = MultipleChoiceScoring.ALL_OR_NOTHING


class PracticeRule(DrawRule):
    """A short untimed practice after a lesson; it draws from the course's quiz banks unless told."""

    banks: tuple[Id, ...] = ()
    questions: Annotated[int, Field(gt=0, le=MAX_DRAW)] = 3


class CourseSpec(StrictModel):
    """The contents of course.yaml."""

    id: Id
    title: Text
    summary: Text
    version: Text
    hours: Annotated[float, Field(gt=0, le=MAX_HOURS, allow_inf_nan=False)]
    tiers: Annotated[dict[Tier, Requirement], Field(min_length=1)]
    lessons: Annotated[tuple[Text, ...], Field(min_length=1)]
    final_quiz: FinalQuizRule | None = None

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # `version: 1.0` reads as a number in YAML; trainers mean the text "1.0".
        return (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )


class LessonMeta(StrictModel):
    """A lesson's YAML front matter."""

    id: Id
    title: Text
    minutes: Annotated[int, Field(gt=0, le=MAX_MINUTES)]
    objectives: tuple[Text, ...] = ()
    practice: PracticeRule | None = None


class _QuestionBase(StrictModel):
    id: Id
    stem: Text
    explanation: Text
    points: Annotated[int, Field(gt=0, le=MAX_POINTS)] = 1
    tags: tuple[Text, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM


class ChoiceQuestion(_QuestionBase):
    """Single or multiple choice. Answers are option letters (the keys of `options`)."""

    type: Literal[QuestionType.SINGLE, QuestionType.MULTIPLE]
    options: dict[str, Text]
    answer: str | tuple[str, ...]

    @field_validator("options", mode="before")
    @classmethod
    def _option_keys_as_text(cls, value: object) -> object:
        return {str(k): v for k, v in value.items()} if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _answer_among_options(self) -> ChoiceQuestion:
        if len(self.options) < 2:
            raise FieldError("options", Message.of(ContentCode.CHOICE_TOO_FEW_OPTIONS))
        if self.type is QuestionType.SINGLE:
            if not isinstance(self.answer, str):
                raise FieldError("answer", Message.of(ContentCode.SINGLE_ANSWER_NOT_LETTER))
            keys: tuple[str, ...] = (self.answer,)
        else:
            if isinstance(self.answer, str) or len(self.answer) < 2:
                raise FieldError("answer", Message.of(ContentCode.MULTIPLE_ANSWER_NOT_LIST))
            keys = self.answer
        missing = [k for k in keys if k not in self.options]
        if missing:
            raise FieldError(
                "answer",
                Message.of(
                    ContentCode.ANSWER_NOT_AN_OPTION,
                    missing=", ".join(map(str, missing)),
                    options=", ".join(self.options),
                ),
            )
        return self


class TrueFalseQuestion(_QuestionBase):
    type: Literal[QuestionType.TRUE_FALSE]
    answer: bool
    options: object = None  # only to say plainly that it does not belong here

    @model_validator(mode="after")
    def _no_options(self) -> TrueFalseQuestion:
        if self.options is not None:
            raise FieldError("options", Message.of(ContentCode.TRUE_FALSE_HAS_OPTIONS))
        return self

    @field_validator("answer", mode="before")
    @classmethod
    def _strictly_boolean(cls, value: object) -> object:
        if not isinstance(value, bool):
            raise FieldError(None, Message.of(ContentCode.TRUE_FALSE_NOT_BOOLEAN))
        return value


BLANK = re.compile(r"\{\{(\d+)\}\}")


class FillQuestion(_QuestionBase):
    """Fill in the blanks: the stem marks blanks {{1}}, {{2}} …; each blank lists its accepted answers."""

    type: Literal[QuestionType.FILL]
    blanks: Annotated[
        tuple[Annotated[tuple[Text, ...], Field(min_length=1)], ...], Field(min_length=1)
    ]

    @field_validator("blanks", mode="before")
    @classmethod
    def _answers_as_text(cls, value: object) -> object:
        # `- 5` is a number in YAML; `- [5, 五]` and a lone `- 五` are both fine for one blank.
        if not isinstance(value, list):
            return value
        return [
            [str(a) for a in blank] if isinstance(blank, list) else [str(blank)] for blank in value
        ]

    @model_validator(mode="after")
    def _markers_match_blanks(self) -> FillQuestion:
        markers = [int(n) for n in BLANK.findall(self.stem)]
        expected = list(range(1, len(self.blanks) + 1))
        if markers != expected:
            raise FieldError(
                "stem",
                Message.of(
                    ContentCode.FILL_MARKERS,
                    count=len(self.blanks),
                    markers=" ".join("{{" + str(n) + "}}" for n in expected),
                ),
            )
        return self


class OrderingQuestion(_QuestionBase):
    """Put items in order; `items` lists them in the right order and the learner sees them shuffled."""

    type: Literal[QuestionType.ORDERING]
    items: Annotated[tuple[Text, ...], Field(min_length=2)]

    @model_validator(mode="after")
    def _distinct(self) -> OrderingQuestion:
        if len(set(self.items)) != len(self.items):
            raise FieldError("items", Message.of(ContentCode.ORDERING_REPEATS))
        return self


class MatchingQuestion(_QuestionBase):
    """Match each left item with its right item; the right column is shown shuffled."""

    type: Literal[QuestionType.MATCHING]
    pairs: Annotated[tuple[tuple[Text, Text], ...], Field(min_length=2)]

    @model_validator(mode="after")
    def _distinct(self) -> MatchingQuestion:
        for side, code in (
            (0, ContentCode.MATCHING_LEFT_REPEATS),
            (1, ContentCode.MATCHING_RIGHT_REPEATS),
        ):
            values = [pair[side] for pair in self.pairs]
            if len(set(values)) != len(values):
                raise FieldError("pairs", Message(code))
        return self


SubQuestion = Annotated[
    ChoiceQuestion | TrueFalseQuestion | FillQuestion | OrderingQuestion | MatchingQuestion,
    Field(discriminator="type"),
]


class CaseQuestion(StrictModel):
    """A fictional case text followed by several questions about it; each sub-question scores itself."""

    type: Literal[QuestionType.CASE]
    id: Id
    stem: Text
    case: Text
    questions: Annotated[tuple[SubQuestion, ...], Field(min_length=1)]
    explanation: str = ""
    tags: tuple[Text, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM

    @property
    def points(self) -> int:
        return sum(q.points for q in self.questions)


Question = Annotated[
    ChoiceQuestion
    | TrueFalseQuestion
    | FillQuestion
    | OrderingQuestion
    | MatchingQuestion
    | CaseQuestion,
    Field(discriminator="type"),
]
AnswerableQuestion = (
    ChoiceQuestion | TrueFalseQuestion | FillQuestion | OrderingQuestion | MatchingQuestion
)


class BankSpec(StrictModel):
    """The contents of a question bank file."""

    id: Id
    title: Text
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]


@dataclass(frozen=True)
class Lesson:
    """A lesson as read from lessons/*.md."""

    meta: LessonMeta
    path: Path
    body: str
    body_first_line: int
    meta_raw: object = field(
        default=None, compare=False, repr=False
    )  # the parsed YAML, for line numbers

    def __getstate__(self) -> dict[str, object]:
        # The parsed YAML serves line numbers while the library is checked, and a pickled (cached)
        # library is never checked again; leaving it out spares loading ruamel.yaml to unpickle it.
        return {**self.__dict__, "meta_raw": None}

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title


@dataclass(frozen=True)
class Course:
    """A loaded course folder. `content_hash` identifies the exact version records are made against."""

    spec: CourseSpec
    folder: Path
    lessons: tuple[Lesson, ...]
    content_hash: str

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title

    def lesson(self, lesson_id: str) -> Lesson:
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise KeyError(lesson_id)


@dataclass(frozen=True)
class Bank:
    """A loaded question bank."""

    spec: BankSpec
    path: Path
    content_hash: str

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.spec.questions
