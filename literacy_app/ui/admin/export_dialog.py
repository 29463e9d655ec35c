"""Exporting a completion report from the window, and printing one learner's 个人学时证明.

Both run on the background worker with a progress dialog that can cancel; the file is named for
what it holds and when (the service suggests the name), in the folder last used.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.report_rows import ReportFilter
from literacy_app.services.reports import (
    ExportCancelled,
    ExportResult,
    Period,
    ReportFormat,
)
from literacy_app.ui.labels import tier_label
from literacy_app.ui.prompts import inform
from literacy_app.ui.settings import Settings
from literacy_app.ui.tasks import Cancelled, Job, Operation
from literacy_app.ui.widgets import button


def last_folder() -> Path:
    """Where the administrator saved a report last (their home folder the first time)."""
    saved = Settings().report_folder
    folder = Path(saved) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    Settings().report_folder = str(path.parent)


class ExportDialog(QDialog):
    """Choose a format and a file, then export the report for the dashboard's filter."""

    def __init__(
        self, academy: Academy, actor: Actor, report: ReportFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._academy = academy
        self._actor = actor
        self._report = report
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("导出报表"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for format, text in (
            (ReportFormat.XLSX, self.tr("Excel 工作簿（.xlsx）：汇总、明细、按课程")),
            (ReportFormat.CSV, self.tr("CSV 表格（.csv）：学员课程明细")),
            (ReportFormat.PDF, self.tr("PDF（.pdf）：可打印的报表")),
            (ReportFormat.XAPI, self.tr("xAPI 学习记录（.json）：导入学习记录库（LRS）")),
        ):
            self.format.addItem(text, format)
        form.addRow(self.tr("格式"), self.format)
        self.path = QLineEdit()
        choose = button(self.tr("选择……"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form.addRow(self.tr("保存到"), row)
        self.scope = QLabel(self._describe(report))
        self.scope.setTextFormat(Qt.TextFormat.PlainText)  # department paths are user text
        self.scope.setWordWrap(True)
        form.addRow(self.tr("范围"), self.scope)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._suggested = True
        self._suggest()
        self.format.currentIndexChanged.connect(self._suggest)
        self.path.textEdited.connect(self._typed)
        self.job: Job | None = None

    def chosen_format(self) -> ReportFormat:
        return ReportFormat(self.format.currentData())

    def _typed(self) -> None:
        self._suggested = False

    def _suggest(self) -> None:
        """Name the file for the format and the time, unless the administrator named it."""
        name = self._academy.reports.suggested_name(self.chosen_format())
        if self._suggested or not self.path.text().strip():
            self.path.setText(str(last_folder() / name))
            self._suggested = True
        else:
            current = Path(self.path.text().strip())
            self.path.setText(str(current.with_suffix(Path(name).suffix)))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), self.path.text())
        if chosen:
            self.path.setText(chosen)
            self._suggested = False

    def _describe(self, report: ReportFilter) -> str:
        everything = self.tr("全部")
        if report.start or report.end:
            period = self.tr("%1 至 %2").replace(
                "%1", report.start.isoformat() if report.start else "…"
            )
            period = period.replace("%2", report.end.isoformat() if report.end else "…")
        else:
            period = everything
        return (
            self.tr("时间：%1；单位/部门：%2；类别：%3；课程：%4")
            .replace("%1", period)
            .replace("%2", report.department or everything)
            .replace("%3", tier_label(report.tier) if report.tier else everything)
            .replace("%4", report.course_id or everything)
        )

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.path.setFocus()
            return
        target = Path(text)
        format = self.chosen_format()
        self.export_button.setEnabled(False)
        academy, actor, report = self._academy, self._actor, self._report

        def work(job: Job) -> ExportResult:
            try:
                return academy.reports.export(
                    actor, report, format, target, job.progress, job.cancelled
                )
            except ExportCancelled:
                raise Cancelled from None

        def done(result: ExportResult) -> None:
            self.result_path = result.path
            remember_folder(result.path)
            inform(
                self,
                QMessageBox.Icon.Information,
                self.tr("导出报表"),
                self.tr("已导出 %1 条记录：\n%2")
                .replace("%1", str(result.rows))
                .replace("%2", str(result.path)),
            )
            # Closed on the next turn of the event loop, not inside the worker relay's slot that
            # delivered the result: closing from there crashed now and then under test.
            QTimer.singleShot(0, self, self.accept)

        self.job = (
            Operation(self, work, done)
            .on_cancelled(lambda: self.export_button.setEnabled(True))
            .on_failure(self._failed)
            .with_progress(self.tr("正在导出报表"))
            .run()
        )

    def _failed(self, error: Exception) -> None:
        from literacy_app.ui.errors import show_error

        self.export_button.setEnabled(True)
        show_error(self, error)


def print_hours_record(
    parent: QWidget | None,
    academy: Academy,
    actor: Actor,
    learner_id: uuid.UUID,
    name: str,
    period: Period | None = None,
) -> Job | None:
    """Ask where to save one learner's 个人学时证明 (this year by default) and write it.

    For the dashboard's drill-down: one click, a save dialog with the name filled in, done.
    Returns the background job, or None when the administrator closed the save dialog.
    """
    period = period or Period.year(date.today().year)
    title = QCoreApplication.translate("HoursRecord", "打印个人学时证明")
    suggested = last_folder() / academy.reports.suggested_hours_record_name(name)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("HoursRecord", "PDF 文件 (*.pdf)")
    )
    if not chosen:
        return None
    return write_hours_record(parent, academy, actor, learner_id, Path(chosen), period)


def write_hours_record(
    parent: QWidget | None,
    academy: Academy,
    actor: Actor,
    learner_id: uuid.UUID,
    path: Path,
    period: Period,
) -> Job:
    """Write the 个人学时证明 to `path` in the background and say where it is."""
    title = QCoreApplication.translate("HoursRecord", "打印个人学时证明")

    def done(written: Path) -> None:
        remember_folder(written)
        inform(
            parent,
            QMessageBox.Icon.Information,
            title,
            QCoreApplication.translate("HoursRecord", "个人学时证明已保存：\n%1").replace(
                "%1", str(written)
            ),
        )

    return (
        Operation(
            parent, lambda _job: academy.reports.hours_record(actor, learner_id, path, period), done
        )
        .with_progress(title)
        .run()
    )
