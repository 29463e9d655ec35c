"""Home: the learner's tier's learning path, required courses first, each with its progress."""

from __future__ import annotations

from PySide6.QtCore import Signal

from literacy_app.content.model import Requirement, Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.course_card import CourseCard
from literacy_app.ui.labels import tier_label
from literacy_app.ui.widgets import EmptyState, ScrollingPage, clear_layout, label


class LearningPathPage(ScrollingPage):
    course_requested = Signal(str)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._cards = self.add_list()
        self.cards: list[CourseCard] = []

    def _due_note(self, actor: Actor) -> str:
        due = self._academy.review.due_count(actor)
        return self.tr(" · 今天有 %1 道错题待复习").replace("%1", str(due)) if due else ""

    def refresh(self, actor: Actor, tier: Tier) -> None:
        path = self._academy.learning.learning_path(actor)
        required = [p for p in path if p.requirement is Requirement.REQUIRED]
        done = sum(1 for p in required if p.completed)
        self.header.set_text(
            self.tr("我的学习路径"),
            self.tr("%1 · 必修 %2 门（已完成 %3 门）· 选修 %4 门")
            .replace("%1", tier_label(tier))
            .replace("%2", str(len(required)))
            .replace("%3", str(done))
            .replace("%4", str(len(path) - len(required)))
            + self._due_note(actor),
        )
        clear_layout(self._cards)
        self.cards = []
        if not path:
            self._cards.addWidget(
                EmptyState(
                    "route",
                    self.tr("还没有面向“%1”的课程").replace("%1", tier_label(tier)),
                    self.tr("请到“全部课程”中选学，或请培训管理员安装适合你的课程。"),
                )
            )
            return
        for title, group in ((self.tr("必修课程"), required),
                             (self.tr("选修课程"), [p for p in path if p not in required])):  # fmt: skip
            if not group:
                continue
            self._cards.addWidget(label(title, "sectionTitle"))
            for progress in group:
                card = CourseCard(progress)
                card.open_requested.connect(self.course_requested)
                self._cards.addWidget(card)
                self.cards.append(card)
