"""The learner's record: courses completed, lessons read, reading time, and every quiz result."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from literacy_app.services.academy import Academy
from literacy_app.services.assessment import AttemptSummary
from literacy_app.ui.labels import percent_label
from literacy_app.ui.widgets import EmptyState, PageHeader, label

Index = QModelIndex | QPersistentModelIndex


class AttemptTableModel(QAbstractTableModel):
    """A thin adapter over the learner's submitted attempts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AttemptSummary] = []

    def set_rows(self, rows: list[AttemptSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("课程"), self.tr("提交时间"), self.tr("成绩"), self.tr("结果")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return [
            row.course_title,
            row.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            percent_label(row.percent),
            self.tr("通过") if row.passed else self.tr("未通过"),
        ][index.column()]


class RecordsPage(QWidget):
    result_requested = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.setObjectName("page")
        self._academy = academy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        self.header = PageHeader()
        layout.addWidget(self.header)
        layout.addWidget(label(self.tr("测验记录（双击查看逐题解析）"), "sectionTitle"))
        self.model = AttemptTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            "history",
            self.tr("还没有测验记录"),
            self.tr("学完一门课程的课时后，在课程页参加结业测验，成绩会记录在这里。"),
        )
        layout.addWidget(self.empty)
        layout.addStretch()

    def refresh(self, learner_id: uuid.UUID) -> None:
        path = self._academy.learning.learning_path(learner_id)
        history = self._academy.assessment.history(learner_id)
        done = [p for p in path if p.completed]
        hours = sum(p.hours for p in done)
        lessons = sum(p.lessons_done for p in path)
        self.header.set_text(
            self.tr("学习记录"),
            self.tr("学习路径中已完成 %1 门课程，获得 %2 学时 · 已学完 %3 课 · 参加测验 %4 次")
            .replace("%1", str(len(done)))
            .replace("%2", f"{hours:g}")
            .replace("%3", str(lessons))
            .replace("%4", str(len(history))),
        )
        self.model.set_rows(history)
        self.table.setVisible(bool(history))
        self.empty.setVisible(not history)

    def _open(self, index: QModelIndex) -> None:
        self.result_requested.emit(self.model.rows[index.row()].attempt_id)
