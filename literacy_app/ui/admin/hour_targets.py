"""The annual 学时 targets: per year and tier, optionally within one department path."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import MAX_HOURS, Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.assignments import FIRST_YEAR, LAST_YEAR, HourTargetView
from literacy_app.services.errors import ServiceError
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import hours_label, tier_label
from literacy_app.ui.widgets import button, label


class HourTargetsPanel(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("年度学时目标"), "sectionTitle"))
        form = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        self.department = QComboBox()
        self.department.setEditable(True)
        line = self.department.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("全部单位"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, MAX_HOURS)
        self.hours.setSingleStep(1)
        self.hours.setDecimals(1)
        self.hours.setValue(30)
        self.hours.setSuffix(self.tr(" 学时"))
        self.set_button = button(self.tr("设定"), primary=True)
        self.set_button.clicked.connect(self._set)
        self.remove_button = button(self.tr("删除"))
        self.remove_button.clicked.connect(self._remove)
        form.addWidget(self.year)
        form.addWidget(self.tier)
        form.addWidget(self.department, 1)
        form.addWidget(self.hours)
        form.addWidget(self.set_button)
        form.addWidget(self.remove_button)
        layout.addLayout(form)
        self.model: RowsModel[HourTargetView] = RowsModel(
            [
                (self.tr("年度"), lambda t: str(t.year)),
                (self.tr("类别"), lambda t: tier_label(t.tier)),
                (self.tr("单位/部门"), lambda t: t.department or self.tr("全部单位")),
                (self.tr("学时目标"), lambda t: hours_label(t.hours)),
            ]
        )
        self.table = row_table(self.model)
        layout.addWidget(self.table, 1)

    def refresh(self, actor: Actor, departments: list[str]) -> None:
        self._actor = actor
        typed = self.department.currentText()
        self.department.clear()
        self.department.addItems(departments)
        self.department.setEditText(typed)
        self.model.set_rows(self._academy.assignments.hour_targets(actor))

    def _set(self) -> None:
        if self._actor is None:
            return
        try:
            self._academy.assignments.set_hour_target(
                self._actor,
                self.year.value(),
                Tier(self.tier.currentData()),
                self.hours.value(),
                self.department.currentText(),
            )
        except ServiceError as error:
            show_error(self, error)
            return
        self.model.set_rows(self._academy.assignments.hour_targets(self._actor))

    def _remove(self) -> None:
        target = selected_row(self.table, self.model)
        if self._actor is None or target is None:
            return
        try:
            self._academy.assignments.remove_hour_target(self._actor, target.id)
        except ServiceError as error:
            show_error(self, error)
        self.model.set_rows(self._academy.assignments.hour_targets(self._actor))
