"""The trainer's area: a header saying who is signed in, and the 课程管理 tab."""

from __future__ import annotations

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.courses.courses_tab import CoursesTab
from literacy_app.ui.staff_area import StaffArea


class TrainerArea(StaffArea):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.sign_out.setText(self.tr("退出课程管理"))
        self.courses_tab = CoursesTab(academy)
        self.body.addWidget(self.courses_tab, 1)

    def show_for(self, actor: Actor, name: str) -> None:
        self.actor = actor
        self.header.set_text(self.tr("课程管理"), self.tr("培训师：%1").replace("%1", name))
        self.courses_tab.refresh(actor)
