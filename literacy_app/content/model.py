"""Typed, immutable content objects: what course.yaml, a lesson's front matter and a bank contain."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1, max_length=80)]
Text = Annotated[str, Field(min_length=1)]


class Tier(StrEnum):
    LEADER = "leader"
    OPERATOR = "operator"
    PUBLIC = "public"


class Requirement(StrEnum):
    REQUIRED = "required"
    ELECTIVE = "elective"


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "truefalse"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class FieldError(ValueError):
    """A check across fields that belongs to one field, so the problem points at that field's line."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FinalQuizRule(_Strict):
    """How the course's final quiz is drawn and passed."""

    banks: Annotated[tuple[Id, ...], Field(min_length=1)]
    questions: Annotated[int, Field(gt=0)]
    pass_mark: Annotated[int, Field(gt=0, le=100)]


class CourseSpec(_Strict):
    """The contents of course.yaml."""

    id: Id
    title: Text
    summary: Text
    version: Text
    hours: Annotated[float, Field(gt=0)]
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


class LessonMeta(_Strict):
    """A lesson's YAML front matter."""

    id: Id
    title: Text
    minutes: Annotated[int, Field(gt=0)]
    objectives: tuple[Text, ...] = ()


class Question(_Strict):
    """One question of a bank. Choice answers are option letters; true/false answers are booleans."""

    id: Id
    type: QuestionType
    stem: Text
    options: dict[str, Text] | None = None
    answer: str | tuple[str, ...] | bool
    explanation: Text
    points: Annotated[int, Field(gt=0)] = 1
    tags: tuple[Text, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM

    @field_validator("options", mode="before")
    @classmethod
    def _option_keys_as_text(cls, value: object) -> object:
        return {str(k): v for k, v in value.items()} if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _answer_fits_type(self) -> Question:
        if self.type is QuestionType.TRUE_FALSE:
            if self.options:
                raise FieldError("options", "判断题不需要 options，请删除")
            if not isinstance(self.answer, bool):
                raise FieldError("answer", "判断题的 answer 应为 true（对）或 false（错）")
            return self
        if not self.options or len(self.options) < 2:
            raise FieldError("options", "选择题至少需要 2 个选项（options）")
        if self.type is QuestionType.SINGLE:
            if not isinstance(self.answer, str):
                raise FieldError("answer", "单选题的 answer 应为一个选项字母，例如 B")
            keys = (self.answer,)
        else:
            if isinstance(self.answer, (bool, str)) or len(self.answer) < 2:
                raise FieldError(
                    "answer", "多选题的 answer 应为至少两个选项字母的列表，例如 [A, C]"
                )
            keys = self.answer
        missing = [k for k in keys if k not in self.options]
        if missing:
            raise FieldError(
                "answer",
                f"答案 {', '.join(map(str, missing))} 不在选项 {', '.join(self.options)} 之中",
            )
        return self


class BankSpec(_Strict):
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
