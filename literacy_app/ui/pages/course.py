"""A course: its lessons with their state, and the final quiz with the learner's best result."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
)

from literacy_app.content.model import CountedAttempt
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.learning import CourseOutline
from literacy_app.ui.labels import hours_label, percent_label, requirement_label, tier_label
from literacy_app.ui.theme import ACCENT, MUTED, SUCCESS, icon
from literacy_app.ui.widgets import ScrollingPage, badge, button, clear_layout, label


class CoursePage(ScrollingPage):
    lesson_requested = Signal(str, str)
    quiz_requested = Signal(str)
    result_requested = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self.course_id = ""
        self.header.set_back_text(self.tr("返回"))
        layout = self.body
        self.summary = label("", "cardSummary")
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)

        layout.addWidget(label(self.tr("课程目录"), "sectionTitle"))
        self.lessons = QListWidget()
        self.lessons.setObjectName("lessonList")
        self.lessons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lessons.itemActivated.connect(self._open_item)
        self.lessons.itemClicked.connect(self._open_item)
        layout.addWidget(self.lessons)

        layout.addWidget(label(self.tr("结业测验"), "sectionTitle"))
        self.quiz_box = QFrame()
        self.quiz_box.setObjectName("card")
        self._quiz_layout = QVBoxLayout(self.quiz_box)
        self._quiz_layout.setContentsMargins(22, 16, 22, 16)
        layout.addWidget(self.quiz_box)
        layout.addStretch()
        self.quiz_button = button("", primary=True)
        self.quiz_button.clicked.connect(lambda: self.quiz_requested.emit(self.course_id))
        self.result_button = button(self.tr("查看上次成绩"))
        self._last_attempt: uuid.UUID | None = None
        self.result_button.clicked.connect(lambda: self.result_requested.emit(self._last_attempt))

    def show_course(self, actor: Actor, course_id: str) -> None:
        outline = self._academy.learning.outline(actor, course_id)
        self.course_id = course_id
        progress = outline.progress
        tiers = self.tr("、").join(
            self.tr("%1%2").replace("%1", tier_label(tier)).replace("%2", requirement_label(req))
            for tier, req in outline.tiers.items()
        )
        self.header.set_text(
            progress.title,
            " · ".join(
                [
                    hours_label(progress.hours),
                    tiers,
                    self.tr("版本 %1").replace("%1", outline.version),
                ]
            ),
        )
        self.summary.setText(progress.summary)
        self.progress.setValue(round(progress.fraction * 100))
        self._fill_lessons(outline)
        self._fill_quiz(outline)

    def _fill_lessons(self, outline: CourseOutline) -> None:
        self.lessons.clear()
        for number, lesson in enumerate(outline.lessons, start=1):
            if lesson.completed:
                state, glyph, colour = self.tr("已学完"), "circle-check", SUCCESS
            elif lesson.started:
                state, glyph, colour = self.tr("学习中"), "book-open", ACCENT
            else:
                state, glyph, colour = self.tr("未开始"), "circle", MUTED
            text = self.tr("第 %1 课　%2").replace("%1", str(number)).replace("%2", lesson.title)
            minutes = self.tr("约 %1 分钟").replace("%1", str(lesson.minutes))
            item = QListWidgetItem(icon(glyph, colour), f"{text}\n{minutes} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.lesson_id)
            self.lessons.addItem(item)
        self.lessons.clearSelection()
        rows = sum(self.lessons.sizeHintForRow(i) for i in range(self.lessons.count()))
        self.lessons.setFixedHeight(rows + 2 * self.lessons.frameWidth() + 4)

    def _fill_quiz(self, outline: CourseOutline) -> None:
        for widget in (self.quiz_button, self.result_button):
            widget.setParent(None)
        clear_layout(self._quiz_layout)
        quiz = outline.quiz
        if quiz is None:
            self._quiz_layout.addWidget(
                label(self.tr("本课程没有结业测验，学完全部课时即完成。"), "muted")
            )
            return
        top = QHBoxLayout()
        top.addWidget(
            label(
                self.tr("共 %1 题，%2 分及格")
                .replace("%1", str(quiz.questions))
                .replace("%2", str(quiz.pass_mark)),
                "cardSummary",
            ),
            1,
        )
        if quiz.passed:
            top.addWidget(badge(self.tr("已通过"), "Passed"))
        elif quiz.attempts:
            top.addWidget(badge(self.tr("未通过"), "Failed"))
        self._quiz_layout.addLayout(top)
        if quiz.best_percent is not None:
            self._quiz_layout.addWidget(
                label(
                    (
                        self.tr("已参加 %1 次，最高 %2")
                        if quiz.counts is CountedAttempt.HIGHEST
                        else self.tr("已参加 %1 次，最近一次 %2")
                    )
                    .replace("%1", str(quiz.attempts))
                    .replace("%2", percent_label(quiz.best_percent)),
                    "muted",
                )
            )
        if quiz.in_progress:
            self.quiz_button.setText(self.tr("继续测验"))
        elif quiz.attempts:
            self.quiz_button.setText(self.tr("再测一次"))
        else:
            self.quiz_button.setText(self.tr("开始测验"))
        self._last_attempt = quiz.last_attempt_id
        row = QHBoxLayout()
        row.addStretch()
        if quiz.last_attempt_id is not None:
            row.addWidget(self.result_button)
        row.addWidget(self.quiz_button)
        self._quiz_layout.addLayout(row)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.lesson_requested.emit(self.course_id, item.data(Qt.ItemDataRole.UserRole))
