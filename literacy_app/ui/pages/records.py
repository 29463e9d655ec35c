"""The learner's record: courses completed, lessons read, reading time, and every quiz result."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.attempt_views import AttemptKind, AttemptSummary
from literacy_app.services.scenarios import RunSummary
from literacy_app.ui.labels import attempt_kind_label, attempt_title, percent_label
from literacy_app.ui.widgets import EmptyState, PageHeader, StatTile, button, label

Index = QModelIndex | QPersistentModelIndex


Row = AttemptSummary | RunSummary


class RecordTableModel(QAbstractTableModel):
    """A thin adapter over the learner's submitted attempts and finished drill runs, with those
    stopped because their course or drill changed."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("名称"),
                self.tr("类型"),
                self.tr("时间"),
                self.tr("成绩"),
                self.tr("结果"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if isinstance(row, RunSummary):
            title, kind, score = row.title, self.tr("情景推演"), "—"
            verdict = self.tr("已完成")
        else:
            title, kind = attempt_title(row), attempt_kind_label(row.kind)
            score = percent_label(row.percent) if row.percent is not None else "—"
            verdict = (
                (self.tr("通过") if row.passed else self.tr("未通过"))
                if row.kind is AttemptKind.FINAL
                else "—"
            )
        if row.stopped:
            verdict = self.tr("课程已更新，已停止")
        return [
            title,
            kind,
            row.when.astimezone().strftime("%Y-%m-%d %H:%M"),
            score,
            verdict,
        ][index.column()]


class RecordsPage(QWidget):
    result_requested = Signal(object)
    debrief_requested = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.setObjectName("page")
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        self.header = PageHeader()
        layout.addWidget(self.header)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.figures: dict[str, QLabel] = {}
        for key, caption in (("courses", self.tr("学习路径课程完成")), ("hours", self.tr("获得学时")),
                             ("lessons", self.tr("已学完课时")), ("reading", self.tr("累计阅读时长"))):  # fmt: skip
            tile = StatTile(caption)
            self.figures[key] = tile.figure
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        section = QHBoxLayout()
        section.addWidget(
            label(self.tr("测验、练习与推演记录（双击查看逐题解析或复盘）"), "sectionTitle"), 1
        )
        # Records studied on a machine with no network reach the administrator on a USB stick.
        self.export_button = button(self.tr("导出学习记录文件…"))
        self.export_button.setToolTip(
            self.tr("把本机上你的学习记录存成一个签名文件，交给培训管理员导入。")
        )
        self.export_button.clicked.connect(self._export)
        section.addWidget(self.export_button)
        layout.addLayout(section)
        self.model = RecordTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
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

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        totals = self._academy.learning.totals(actor)
        rows: list[Row] = [
            *self._academy.assessment.history(actor),
            *self._academy.scenarios.history(actor),
        ]
        rows.sort(key=lambda row: row.when, reverse=True)
        quizzes = sum(1 for row in rows if isinstance(row, AttemptSummary) and not row.stopped)
        self.header.set_text(
            self.tr("学习记录"),
            self.tr("记录保存在本机，关闭程序后仍然保留。参加测验 %1 次。").replace(
                "%1", str(quizzes)
            ),
        )
        self.figures["courses"].setText(f"{totals.path_completed} / {totals.path_courses}")
        self.figures["hours"].setText(f"{totals.hours_earned:g}")
        self.figures["lessons"].setText(str(totals.lessons_completed))
        minutes = totals.reading_seconds // 60
        self.figures["reading"].setText(
            self.tr("%1 小时 %2 分")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
            if minutes >= 60
            else self.tr("%1 分钟").replace("%1", str(minutes))
        )
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _export(self) -> None:
        from literacy_app.ui.progress_export import choose_export_path, export_progress

        path = choose_export_path(self)
        if self._actor is not None and path is not None:
            export_progress(self, self._academy, self._actor, path)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if row.stopped:
            return  # nothing was scored: there is no result or debrief to show
        if isinstance(row, RunSummary):
            self.debrief_requested.emit(row.run_id)
        else:
            self.result_requested.emit(row.attempt_id)
