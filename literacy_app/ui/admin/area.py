"""The administrator's area: a header saying who is signed in, and a tab per task.

Each tab is a widget with `refresh(actor)`, called when the tab is shown; tabs never keep the actor
beyond a call's needs, so signing out leaves nothing that still acts.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtWidgets import QTabWidget

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.admin.accounts_tab import AccountsTab
from literacy_app.ui.admin.assignments_tab import AssignmentsTab
from literacy_app.ui.admin.audit_log import AuditLogTab
from literacy_app.ui.admin.certificate_check import CertificateCheckTab
from literacy_app.ui.admin.dashboard import DashboardTab
from literacy_app.ui.admin.learners_tab import LearnersTab
from literacy_app.ui.admin.progress_import import ProgressImportTab
from literacy_app.ui.admin.trusted_installations import TrustedInstallationsTab
from literacy_app.ui.courses.courses_tab import CoursesTab
from literacy_app.ui.staff_area import StaffArea


class AdminTab(Protocol):
    def refresh(self, actor: Actor) -> None: ...


class AdminArea(StaffArea):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.sign_out.setText(self.tr("退出管理"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.body.addWidget(self.tabs, 1)
        # Tabs in the order an administrator works: see, people, what they must do, who may act.
        self.dashboard_tab = DashboardTab(academy)
        self.tabs.addTab(self.dashboard_tab, self.tr("概览"))
        self.learners_tab = LearnersTab(academy)
        self.tabs.addTab(self.learners_tab, self.tr("学员"))
        self.assignments_tab = AssignmentsTab(academy)
        self.tabs.addTab(self.assignments_tab, self.tr("课程分配"))
        self.accounts_tab = AccountsTab(academy)
        self.tabs.addTab(self.accounts_tab, self.tr("账户与安全"))
        self.courses_tab = CoursesTab(academy)
        self.tabs.addTab(self.courses_tab, self.tr("课程管理"))
        self.certificate_tab = CertificateCheckTab(academy)
        self.tabs.addTab(self.certificate_tab, self.tr("证书查验"))
        self.trust_tab = TrustedInstallationsTab(academy)
        self.tabs.addTab(self.trust_tab, self.tr("信任的安装"))
        self.progress_tab = ProgressImportTab(academy)
        self.tabs.addTab(self.progress_tab, self.tr("导入学习记录"))
        self.audit_tab = AuditLogTab(academy)
        self.tabs.addTab(self.audit_tab, self.tr("操作日志"))
        self.tabs.currentChanged.connect(self._refresh_current)

    def show_for(self, actor: Actor, name: str) -> None:
        """Show the area to the signed-in administrator `name`, refreshing the open tab."""
        self.actor = actor
        self.header.set_text(self.tr("管理"), self.tr("管理员：%1").replace("%1", name))
        self._refresh_current()

    def _refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if self.actor is not None and widget is not None:
            cast(AdminTab, widget).refresh(self.actor)
