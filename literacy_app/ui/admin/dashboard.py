"""The administrator's overview (概览): filters, headline figures, charts of completion, pass rate,
学时 and activity, the learners who are behind or overdue, and a drill-down to one learner.

Figures are computed by `academy.reporting` on the background worker, so the window stays
responsive while a large population is counted.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.dashboard import DashboardFigures, GroupFigures
from literacy_app.services.report_rows import ReportFilter
from literacy_app.ui.admin.charts import BarChart, LineChart
from literacy_app.ui.admin.learner_detail import LearnerDetailDialog
from literacy_app.ui.labels import tier_label
from literacy_app.ui.tasks import Operation
from literacy_app.ui.widgets import EmptyState, StatTile, button, label, scrolling

# A new dashboard with dates switched on looks back this far.
DEFAULT_RANGE_DAYS = 90
BAR_ROW_HEIGHT = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DashboardTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        self.figures: DashboardFigures | None = None
        self.detail_dialog: LearnerDetailDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.addLayout(self._filter_bar())
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 4, 8, 8)
        self.body.setSpacing(14)
        outer.addWidget(scrolling(inner), 1)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.tiles = {
            "learners": StatTile(self.tr("学员")),
            "enrolled": StatTile(self.tr("课程记录")),
            "completion": StatTile(self.tr("完成率")),
            "pass": StatTile(self.tr("测验通过率")),
            "hours": StatTile(self.tr("已获学时")),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.body.addLayout(tiles)

        self.empty = EmptyState(
            "list-checks",
            self.tr("所选范围内没有学习记录"),
            self.tr("换一个单位、类别或日期范围，或先在“学员”中添加学员并分配课程。"),
        )
        self.body.addWidget(self.empty)
        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.tier_chart = BarChart(self.tr("各类别完成率与通过率（%）"), percent=True)
        self.hours_chart = BarChart(self.tr("本年学时与目标"))
        self.activity_chart = LineChart(self.tr("每周学习活动"))
        self.department_chart = BarChart(
            self.tr("各单位完成率与通过率（%）"), horizontal=True, percent=True
        )
        self.course_chart = BarChart(
            self.tr("各课程完成率与通过率（%）"), horizontal=True, percent=True
        )
        grid.addWidget(self.tier_chart, 0, 0)
        grid.addWidget(self.hours_chart, 0, 1)
        grid.addWidget(self.activity_chart, 1, 0, 1, 2)
        grid.addWidget(self.department_chart, 2, 0, 1, 2)
        grid.addWidget(self.course_chart, 3, 0, 1, 2)
        self.body.addWidget(self.charts)

        self.body.addWidget(label(self.tr("进度落后或课程逾期的学员"), "sectionTitle"))
        self.behind_note = label("", "muted")
        self.body.addWidget(self.behind_note)
        self.behind_table = self._behind_table()
        self.body.addWidget(self.behind_table)
        row = QHBoxLayout()
        row.addStretch()
        self.detail_button = button(self.tr("查看学员详情"))
        self.detail_button.clicked.connect(self._open_selected)
        row.addWidget(self.detail_button)
        self.body.addLayout(row)
        self.body.addStretch()

    # -- the filter bar --------------------------------------------------------------------------
    def _filter_bar(self) -> QVBoxLayout:
        # Two rows, so that every control keeps its text in the longer English words too.
        bar = QVBoxLayout()
        bar.setSpacing(8)
        self.use_dates = QCheckBox(self.tr("活动日期"))
        today = date.today()
        self.start = QDateEdit(_qdate(today - timedelta(days=DEFAULT_RANGE_DAYS)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.start.setEnabled)
        self.use_dates.toggled.connect(self.end.setEnabled)
        self.department = QComboBox()
        self.department.setMinimumContentsLength(14)
        self.department.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department.addItem(self.tr("全部单位"), None)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("全部类别"), None)
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.course = QComboBox()
        self.course.setMinimumContentsLength(12)
        self.course.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course.addItem(self.tr("全部课程"), None)
        self.apply_button = button(self.tr("应用"), primary=True)
        self.apply_button.clicked.connect(self.apply)
        self.export_button = button(self.tr("导出报表……"))
        self.export_button.setEnabled(False)  # until an administrator's figures are shown
        self.export_button.clicked.connect(self.export)
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.use_dates)
        when.addWidget(self.start)
        when.addWidget(label("—", "muted", wrap=False))
        when.addWidget(self.end)
        when.addStretch()
        when.addWidget(self.apply_button)
        when.addWidget(self.export_button)
        what = QHBoxLayout()
        what.setSpacing(8)
        what.addWidget(self.department, 2)
        what.addWidget(self.tier, 1)
        what.addWidget(self.course, 2)
        bar.addLayout(when)
        bar.addLayout(what)
        return bar

    def export(self) -> None:
        """The report for the filter the bar shows, in the format and file the dialog asks for."""
        from literacy_app.ui.admin.export_dialog import ExportDialog

        if self._actor is None:
            return
        self.export_dialog = ExportDialog(self._academy, self._actor, self.report_filter(), self)
        self.export_dialog.open()

    def report_filter(self) -> ReportFilter:
        """The filter the bar shows now."""
        dates = self.use_dates.isChecked()
        tier = self.tier.currentData()  # Qt hands an enum back as its plain value
        return ReportFilter(
            start=_day(self.start.date()) if dates else None,
            end=_day(self.end.date()) if dates else None,
            department=self.department.currentData(),
            tier=Tier(tier) if tier else None,
            course_id=self.course.currentData(),
        )

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self, actor: Actor) -> None:
        """Called when the tab is shown: the filter's choices and the figures for the filter."""
        self._actor = actor
        reporting = self._academy.reporting
        report = self.report_filter()

        def work(_job) -> tuple[list[str], list[tuple[str, str]], DashboardFigures]:
            departments = reporting.departments(actor)
            courses = [(c.id, c.title) for c in self._academy.library().courses]
            return departments, courses, reporting.dashboard(actor, report)

        Operation(self, work, self._refreshed).with_progress(self.tr("正在统计学习情况……")).run()

    def apply(self) -> None:
        if self._actor is None:
            return
        actor, report, reporting = self._actor, self.report_filter(), self._academy.reporting
        Operation(
            self, lambda _job: reporting.dashboard(actor, report), self.show_figures
        ).with_progress(self.tr("正在统计学习情况……")).run()

    def _refreshed(self, loaded: tuple[list[str], list[tuple[str, str]], DashboardFigures]) -> None:
        departments, courses, figures = loaded
        _refill(self.department, [(path, path) for path in departments])
        _refill(self.course, [(title, course_id) for course_id, title in courses])
        self.show_figures(figures)

    # -- showing ---------------------------------------------------------------------------------
    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.export_button.setEnabled(self._actor is not None)
        totals = figures.totals
        self.tiles["learners"].figure.setText(str(totals.learners))
        self.tiles["enrolled"].figure.setText(str(totals.enrolled))
        self.tiles["completion"].figure.setText(_percent(totals.completion_rate))
        self.tiles["pass"].figure.setText(
            "—" if totals.pass_rate is None else _percent(totals.pass_rate)
        )
        self.tiles["hours"].figure.setText(f"{totals.hours:g}")
        has_rows = totals.enrolled > 0
        self.empty.setVisible(not has_rows)
        self.charts.setVisible(has_rows)

        self._rates(
            self.tier_chart, figures.by_tier, [tier_label(Tier(g.key)) for g in figures.by_tier]
        )
        own_level = self.tr("（本级）") if figures.department_parent else self.tr("（未填单位）")
        self._rates(self.department_chart, figures.by_department,
                    [g.label or own_level for g in figures.by_department])  # fmt: skip
        self._rates(self.course_chart, figures.by_course, [g.label for g in figures.by_course])
        self.hours_chart.set_data(
            [tier_label(h.tier) for h in figures.hours],
            {
                self.tr("已获学时"): [h.earned for h in figures.hours],
                self.tr("按进度应达"): [h.expected for h in figures.hours],
                self.tr("全年目标"): [h.target for h in figures.hours],
            },
        )
        self.hours_chart.title.setText(self.tr("%1 年学时与目标").replace("%1", str(figures.year)))
        weeks = figures.activity
        self.activity_chart.set_data(
            [w.week_start.strftime("%m-%d") for w in weeks],
            {
                self.tr("完成课时"): [w.lessons_completed for w in weeks],
                self.tr("交卷"): [w.quizzes_submitted for w in weeks],
                self.tr("活跃学员"): [w.active_learners for w in weeks],
            },
        )
        self._fill_behind(figures)

    def _rates(self, chart: BarChart, groups: tuple[GroupFigures, ...], names: list[str]) -> None:
        chart.set_data(
            names,
            {
                self.tr("完成率"): [g.completion_rate for g in groups],
                self.tr("通过率"): [g.pass_rate or 0.0 for g in groups],
            },
        )
        if chart.horizontal:
            chart.plot.setMinimumHeight(max(200, BAR_ROW_HEIGHT * len(groups) + 70))

    def _behind_table(self) -> QTableWidget:
        headers = [
            self.tr("姓名"), self.tr("单位"), self.tr("类别"), self.tr("本年学时"),
            self.tr("按进度应达"), self.tr("全年目标"), self.tr("逾期课程"), self.tr("最早截止"),
        ]  # fmt: skip
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setMinimumHeight(260)
        table.setFrameShape(QFrame.Shape.StyledPanel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(lambda row, _column: self._open_row(row))
        return table

    def _fill_behind(self, figures: DashboardFigures) -> None:
        table = self.behind_table
        table.setRowCount(len(figures.behind))
        for n, person in enumerate(figures.behind):
            cells = [
                person.name, person.department, tier_label(person.tier), f"{person.earned:g}",
                f"{person.expected:.1f}" if person.target is not None else "—",
                f"{person.target:g}" if person.target is not None else self.tr("未设定"),
                str(person.overdue) if person.overdue else "",
                person.earliest_due.isoformat() if person.earliest_due else "",
            ]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, str(person.learner_id))
                table.setItem(n, column, item)
        if not figures.behind:
            self.behind_note.setText(self.tr("没有进度落后或课程逾期的学员。"))
        elif figures.behind_total > len(figures.behind):
            self.behind_note.setText(
                self.tr("共 %1 人，按逾期课程数和学时差距列出前 %2 人；双击一行查看详情。")
                .replace("%1", str(figures.behind_total))
                .replace("%2", str(len(figures.behind)))
            )
        else:
            self.behind_note.setText(
                self.tr("共 %1 人；双击一行查看详情。").replace("%1", str(figures.behind_total))
            )
        self.detail_button.setEnabled(bool(figures.behind))

    # -- the drill-down --------------------------------------------------------------------------
    def _open_selected(self) -> None:
        rows = self.behind_table.selectionModel().selectedRows()
        self._open_row(rows[0].row() if rows else 0)

    def _open_row(self, row: int) -> None:
        item = self.behind_table.item(row, 0)
        if item is not None:
            self.open_learner(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))

    def open_learner(self, learner_id: uuid.UUID) -> None:
        """Load one learner's record off the GUI thread and show it in a dialog."""
        if self._actor is None:
            return
        actor, reporting = self._actor, self._academy.reporting

        def show(detail) -> None:
            from literacy_app.ui.admin.export_dialog import print_hours_record

            def print_record() -> None:
                print_hours_record(self, self._academy, actor, learner_id, detail.profile.name)

            self.detail_dialog = LearnerDetailDialog(self, detail, print_record)
            self.detail_dialog.open()

        Operation(self, lambda _job: reporting.learner_detail(actor, learner_id), show).run()


def _percent(rate: float) -> str:
    return f"{100 * rate:.0f}%"


def _refill(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
    """Replace the choices after the first ("all"), keeping the current one when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in choices:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
