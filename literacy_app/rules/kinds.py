"""The format's named choices: question types, difficulties, scoring and review settings."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    """The three kinds of learner a course is written for."""

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
    FILL = "fill"
    ORDERING = "ordering"
    MATCHING = "matching"
    CASE = "case"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class MultipleChoiceScoring(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    PARTIAL = (
        "partial"  # each right pick earns a share, each wrong pick takes one back; never below 0
    )


class ReviewPolicy(StrEnum):
    """What a learner sees after submitting; each level shows everything the one before it does."""

    SCORE = "score"
    ANSWERS = "answers"
    CORRECT = "correct"
    EXPLANATIONS = "explanations"


class CountedAttempt(StrEnum):
    HIGHEST = "highest"
    LAST = "last"


class Dimension(StrEnum):
    """What a drill scores; the ids are the `scores:` keys trainers write, the interface names them."""

    TIMELINESS = "timeliness"  # 时效
    ACCURACY = "accuracy"  # 准确
    TRANSPARENCY = "transparency"  # 透明
    EMPATHY = "empathy"  # 共情
    COMPLIANCE = "compliance"  # 合规
