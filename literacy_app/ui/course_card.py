"""A course on the learning path or in the catalogue: requirement, hours, progress, and a way in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout

from literacy_app.rules.kinds import Requirement
from literacy_app.services.path_views import CourseProgress
from literacy_app.ui.labels import hours_label, percent_label, requirement_label
from literacy_app.ui.widgets import badge, button, label


class CourseCard(QFrame):
    """A course with its requirement, hours and the learner's progress, and a button to open it."""

    open_requested = Signal(str)

    def __init__(
        self, progress: CourseProgress, *, due_on: date | None = None, overdue: bool = False
    ) -> None:
        """`due_on` is set for a course an administrator assigned; `overdue` flags it late."""
        super().__init__()
        self.course_id = progress.course_id
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = label(progress.title, "cardTitle")
        top.addWidget(self.title, 1)
        if progress.requirement is not None:
            kind = "Required" if progress.requirement is Requirement.REQUIRED else "Elective"
            top.addWidget(badge(requirement_label(progress.requirement), kind))
        self.due_badge = None
        if due_on is not None and not progress.completed:
            due = self.tr("截止 %1").replace("%1", due_on.isoformat())
            self.due_badge = (
                badge(self.tr("已逾期 · %1").replace("%1", due), "Failed")
                if overdue
                else badge(due, "Neutral")
            )
            top.addWidget(self.due_badge)
        if progress.completed:
            top.addWidget(badge(self.tr("已完成"), "Passed"))
        layout.addLayout(top)
        layout.addWidget(label(progress.summary, "cardSummary"))

        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(progress.fraction * 100))
        bar.setTextVisible(False)
        layout.addWidget(bar)

        bottom = QHBoxLayout()
        bottom.addWidget(label(self._status(progress), "muted"), 1)
        started = progress.lessons_done > 0 or progress.best_percent is not None
        action = (
            self.tr("复习")
            if progress.completed
            else self.tr("继续学习")
            if started
            else self.tr("开始学习")
        )
        self.open_button = button(action, primary=not progress.completed)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.course_id))
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

    def _status(self, progress: CourseProgress) -> str:
        parts = [
            hours_label(progress.hours),
            self.tr("已学 %1/%2 课")
            .replace("%1", str(progress.lessons_done))
            .replace("%2", str(progress.lessons_total)),
        ]
        if progress.has_quiz:
            if progress.quiz_passed:
                parts.append(self.tr("测验已通过"))
            elif progress.best_percent is not None:
                parts.append(
                    self.tr("测验最高 %1").replace("%1", percent_label(progress.best_percent))
                )
            else:
                parts.append(self.tr("测验未参加"))
        return " · ".join(parts)
