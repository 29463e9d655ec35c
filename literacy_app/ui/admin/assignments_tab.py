"""Assigning courses with a due date (to a tier, a department path or named learners), the table
of assignments with how many learners each covers, has done and is overdue, and 学时 targets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.assignments import AssignmentTarget, AssignmentView
from literacy_app.services.errors import ServiceError
from literacy_app.ui.admin.hour_targets import HourTargetsPanel
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import tier_label
from literacy_app.ui.prompts import confirm
from literacy_app.ui.widgets import EmptyState, button, label

DEFAULT_DAYS = 30  # a new assignment is due a month from today unless the administrator says


class LearnerPicker(QWidget):
    """Named learners, ticked in a list that a search box narrows."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("按姓名、工号或单位筛选"))
        self.filter.textChanged.connect(self._narrow)
        self.list = QListWidget()
        self.list.setMaximumHeight(140)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def set_learners(self, learners: list[tuple[object, str]]) -> None:
        chosen = set(self.chosen())
        self.list.clear()
        for learner_id, text in learners:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, learner_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if learner_id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self._narrow(self.filter.text())

    def chosen(self) -> list:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _narrow(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                item.setHidden(bool(text.strip()) and text.strip() not in item.text())


class AssignmentsTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("分配课程"), "sectionTitle"))
        form = QFormLayout()
        form.setSpacing(8)
        self.course = QComboBox()
        self.kind = QComboBox()
        for kind, text in (
            (AssignmentTarget.TIER, self.tr("学员类别")),
            (AssignmentTarget.DEPARTMENT, self.tr("单位/部门（含下级）")),
            (AssignmentTarget.LEARNER, self.tr("指定学员")),
        ):
            self.kind.addItem(text, kind.value)
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.learners = LearnerPicker()
        self.target = QStackedWidget()
        for widget in (self.tier, self.department, self.learners):
            self.target.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.assign_button = button(self.tr("分配"), primary=True)
        self.assign_button.clicked.connect(self._assign)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addStretch()
        due_row.addWidget(self.assign_button)
        form.addRow(self.tr("课程"), self.course)
        form.addRow(self.tr("分配给"), self.kind)
        form.addRow("", self.target)
        form.addRow(self.tr("截止日期"), due_row)
        layout.addLayout(form)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("已分配的课程"), "sectionTitle"), 1)
        self.remove_button = button(self.tr("取消分配"))
        self.remove_button.clicked.connect(self._remove)
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.model: RowsModel[AssignmentView] = RowsModel(
            [
                (self.tr("课程"), lambda a: a.course_title),
                (self.tr("分配给"), self._target_text),
                (self.tr("截止日期"), lambda a: a.due_on.isoformat()),
                (self.tr("覆盖人数"), lambda a: str(a.covered)),
                (self.tr("已完成"), lambda a: str(a.done)),
                (self.tr("逾期"), lambda a: str(a.overdue)),
            ],
            alert=lambda a, column: column == 5 and a.overdue > 0,
        )
        self.table = row_table(self.model)
        self.empty = EmptyState(
            "calendar-check",
            self.tr("还没有分配课程"),
            self.tr("在上方选择课程、对象和截止日期后点击“分配”。学员会在学习路径中看到截止日期。"),
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        self.hour_targets = HourTargetsPanel(academy)
        layout.addWidget(self.hour_targets, 2)

    def _target_text(self, assignment: AssignmentView) -> str:
        if assignment.target_kind is AssignmentTarget.TIER:
            return self.tr("类别：%1").replace("%1", tier_label(Tier(assignment.target)))
        if assignment.target_kind is AssignmentTarget.DEPARTMENT:
            return self.tr("单位：%1").replace("%1", assignment.target)
        return self.tr("学员：%1").replace("%1", assignment.target_name)

    def _kind_changed(self) -> None:
        # A stacked widget is as tall as its tallest page; the hidden pages are told to take no
        # room, so a one-line combo box does not sit in the learner list's height.
        self.target.setCurrentIndex(self.kind.currentIndex())
        for index in range(self.target.count()):
            page = self.target.widget(index)
            if page is not None:
                ignored = QSizePolicy.Policy.Ignored
                shown = index == self.target.currentIndex()
                page.setSizePolicy(
                    QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum if shown else ignored
                )
        self.target.adjustSize()

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        today = date.today()
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        if self.course.count() == 0:
            later = today + timedelta(days=DEFAULT_DAYS)
            self.due.setDate(QDate(later.year, later.month, later.day))
        chosen = self.course.currentData()
        self.course.clear()
        for course in self._academy.library().courses:
            self.course.addItem(course.title, course.id)
        if chosen is not None and (index := self.course.findData(chosen)) >= 0:
            self.course.setCurrentIndex(index)
        departments = self._academy.roster.departments(actor)
        typed = self.department.currentText()
        self.department.clear()
        self.department.addItems(departments)
        self.department.setEditText(typed)
        self.learners.set_learners(
            [
                (r.id, f"{r.name}（{r.identifier or '—'}）· {r.department}")
                for r in self._academy.roster.learners(actor)
            ]
        )
        self.hour_targets.refresh(actor, departments)
        self._reload()

    def _reload(self) -> None:
        if self._actor is None:
            return
        rows = self._academy.assignments.assignments(self._actor)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _assign(self) -> None:
        actor = self._actor
        course_id = self.course.currentData()
        if actor is None or course_id is None:
            return
        due = self.due.date().toPython()
        assert isinstance(due, date)
        service = self._academy.assignments
        kind = AssignmentTarget(self.kind.currentData())
        try:
            if kind is AssignmentTarget.TIER:
                service.assign_to_tier(actor, course_id, Tier(self.tier.currentData()), due)
            elif kind is AssignmentTarget.DEPARTMENT:
                service.assign_to_department(actor, course_id, self.department.currentText(), due)
            else:
                service.assign_to_learners(actor, course_id, self.learners.chosen(), due)
        except ServiceError as error:
            show_error(self, error)
            return
        self._reload()

    def _remove(self) -> None:
        assignment = selected_row(self.table, self.model)
        if self._actor is None or assignment is None:
            return
        question = (
            self.tr("取消“%1”对“%2”的分配？学员的学习记录不受影响。")
            .replace("%1", assignment.course_title)
            .replace("%2", self._target_text(assignment))
        )
        if not confirm(self, self.tr("取消分配"), question):
            return
        try:
            self._academy.assignments.remove(self._actor, assignment.id)
        except ServiceError as error:
            show_error(self, error)
        self._reload()
