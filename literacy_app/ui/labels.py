"""Names the user sees for the content's codes (tiers, requirements, question types, dimensions)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from literacy_app.rules.kinds import Dimension, QuestionType, Requirement, Tier


def tier_label(tier: Tier) -> str:
    return {
        Tier.LEADER: QCoreApplication.translate("Labels", "领导干部"),
        Tier.OPERATOR: QCoreApplication.translate("Labels", "政务运营团队"),
        Tier.PUBLIC: QCoreApplication.translate("Labels", "公众"),
    }[tier]


def learner_meta(tier: Tier, department: str) -> str:
    """The line under a learner's name: their tier, and their department when they have one."""
    return f"{tier_label(tier)} · {department}" if department else tier_label(tier)


def requirement_label(requirement: Requirement) -> str:
    return {
        Requirement.REQUIRED: QCoreApplication.translate("Labels", "必修"),
        Requirement.ELECTIVE: QCoreApplication.translate("Labels", "选修"),
    }[requirement]


def question_type_label(kind: QuestionType) -> str:
    return {
        QuestionType.SINGLE: QCoreApplication.translate("Labels", "单选题"),
        QuestionType.MULTIPLE: QCoreApplication.translate("Labels", "多选题"),
        QuestionType.TRUE_FALSE: QCoreApplication.translate("Labels", "判断题"),
        QuestionType.FILL: QCoreApplication.translate("Labels", "填空题"),
        QuestionType.ORDERING: QCoreApplication.translate("Labels", "排序题"),
        QuestionType.MATCHING: QCoreApplication.translate("Labels", "配对题"),
        QuestionType.CASE: QCoreApplication.translate("Labels", "案例题"),
    }[kind]


def dimension_label(dimension: str) -> str:
    """A drill's scoring dimension by its id (`timeliness` …), as the learner reads it."""
    return {
        Dimension.TIMELINESS: QCoreApplication.translate("Labels", "时效"),
        Dimension.ACCURACY: QCoreApplication.translate("Labels", "准确"),
        Dimension.TRANSPARENCY: QCoreApplication.translate("Labels", "透明"),
        Dimension.EMPATHY: QCoreApplication.translate("Labels", "共情"),
        Dimension.COMPLIANCE: QCoreApplication.translate("Labels", "合规"),
    }[Dimension(dimension)]


def attempt_kind_label(kind: str) -> str:
    return {
        "final": QCoreApplication.translate("Labels", "结业测验"),
        "practice": QCoreApplication.translate("Labels", "课后练习"),
        "daily": QCoreApplication.translate("Labels", "每日练习"),
        "review": QCoreApplication.translate("Labels", "错题复习"),
    }[str(kind)]


class Named(Protocol):
    """What names an attempt: its kind and the titles of its course and lesson."""

    @property
    def kind(self) -> str: ...
    @property
    def course_title(self) -> str: ...
    @property
    def lesson_title(self) -> str | None: ...


def attempt_title(attempt: Named) -> str:
    """An attempt's name: the course for a final quiz, the lesson for its practice, else its kind."""
    kind = str(attempt.kind)
    if kind == "practice":
        return QCoreApplication.translate("Labels", "%1 · 课后练习").replace(
            "%1", attempt.lesson_title or attempt.course_title
        )
    if kind == "final":
        return attempt.course_title
    return attempt_kind_label(kind)


def true_false_label(value: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "正确")
        if value
        else QCoreApplication.translate("Labels", "错误")
    )


def hours_label(hours: float) -> str:
    text = f"{hours:g}"
    return QCoreApplication.translate("Labels", "%1 学时").replace("%1", text)


def percent_label(percent: float) -> str:
    return QCoreApplication.translate("Labels", "%1 分").replace("%1", f"{percent:.0f}")
