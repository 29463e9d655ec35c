"""All courses: every usable course, and those that cannot be opened with the reason why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from literacy_app.catalogue import describe_problem
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.course_card import CourseCard
from literacy_app.ui.widgets import EmptyState, ScrollingPage, clear_layout, label


class CataloguePage(ScrollingPage):
    course_requested = Signal(str)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._items = self.add_list()
        self.cards: list[CourseCard] = []
        self.unavailable_cards: list[QFrame] = []

    def refresh(self, actor: Actor) -> None:
        usable, unavailable = self._academy.learning.catalogue(actor)
        self.header.set_text(
            self.tr("全部课程"),
            self.tr("共 %1 门课程，可选学任何一门").replace("%1", str(len(usable))),
        )
        clear_layout(self._items)
        self.cards, self.unavailable_cards = [], []
        if not usable and not unavailable:
            self._items.addWidget(
                EmptyState(
                    "library-big",
                    self.tr("还没有安装任何课程"),
                    self.tr("请培训管理员把课程文件夹放入课程目录，然后重新启动程序。"),
                )
            )
        for progress in usable:
            card = CourseCard(progress)
            card.open_requested.connect(self.course_requested)
            self._items.addWidget(card)
            self.cards.append(card)
        if unavailable:
            self._items.addWidget(label(self.tr("暂不可用的课程"), "sectionTitle"))
        for course in unavailable:
            frame = QFrame()
            frame.setObjectName("cardUnavailable")
            box = QVBoxLayout(frame)
            box.setContentsMargins(22, 16, 22, 16)
            box.addWidget(label(course.title, "cardTitle"))
            first = describe_problem(course.problems[0]) if course.problems else self.tr("原因不明")
            box.addWidget(
                label(self.tr("课程文件有错误，暂时无法学习：%1").replace("%1", first), "muted")
            )
            self._items.addWidget(frame)
            self.unavailable_cards.append(frame)
