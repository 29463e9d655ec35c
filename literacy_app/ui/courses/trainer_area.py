"""The trainer's area: a header saying who is signed in, and the 课程管理 tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.courses.courses_tab import CoursesTab
from literacy_app.ui.widgets import PageHeader, button


class TrainerArea(QWidget):
    sign_out_requested = Signal()

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.setObjectName("page")
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 28)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.header = PageHeader()
        top.addWidget(self.header, 1)
        self.sign_out = button(self.tr("退出课程管理"))
        self.sign_out.clicked.connect(self.sign_out_requested)
        top.addWidget(self.sign_out)
        layout.addLayout(top)
        self.courses_tab = CoursesTab(academy)
        layout.addWidget(self.courses_tab, 1)

    def show_for(self, actor: Actor, name: str) -> None:
        self.actor = actor
        self.header.set_text(self.tr("课程管理"), self.tr("培训师：%1").replace("%1", name))
        self.courses_tab.refresh(actor)
