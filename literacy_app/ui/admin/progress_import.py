"""The administrator's import of progress files: files or a whole folder imported with a progress
bar, what each file brought (or why it was refused), files held from installations not yet
trusted (approve or reject), and learners whose identifier clashed (same person, or apart)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.errors import ServiceError
from literacy_app.services.progress_exchange import (
    ClashResolution,
    ClashView,
    FileReport,
    HeldReason,
    HeldView,
    ImportOutcome,
)
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.tasks import Operation
from literacy_app.ui.widgets import button, label, scrolling


class ProgressImportTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Three tables and their buttons need more height than a small screen has: it scrolls.
        inner = QWidget()
        outer.addWidget(scrolling(inner))
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 16, 8, 0)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "导入各培训点电脑导出的学习记录文件（.litprog）。每个文件先核对签名，"
                    "再整体合并；同一文件导入两次不会重复计算。"
                ),
                "muted",
            )
        )
        actions = QHBoxLayout()
        self.files_button = button(self.tr("导入文件…"), primary=True)
        self.files_button.clicked.connect(lambda: self._import(self.choose_files()))
        actions.addWidget(self.files_button)
        self.folder_button = button(self.tr("导入整个文件夹…"))
        self.folder_button.clicked.connect(lambda: self._import(self.choose_folder()))
        actions.addWidget(self.folder_button)
        actions.addStretch()
        self.export_button = button(self.tr("导出本机学习记录…"))
        self.export_button.setToolTip(self.tr("全部学员上次导出以来的变化，写成一个签名文件"))
        self.export_button.clicked.connect(self._export)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self.hold_unknown = QCheckBox(
            self.tr("来自未信任安装的文件先暂存，核对指纹后再批准（不勾选则直接拒收）")
        )
        self.hold_unknown.toggled.connect(self._set_hold)
        layout.addWidget(self.hold_unknown)

        layout.addWidget(label(self.tr("本次导入结果"), "sectionTitle"))
        self.results: RowsModel[FileReport] = RowsModel(
            [
                (self.tr("文件"), lambda r: r.path.name),
                (self.tr("结果"), self._outcome_label),
                (self.tr("学员（新增/已有）"), lambda r: self._pair(r, "learners", "known")),
                (self.tr("测验（新增/已有）"), lambda r: self._pair(r, "attempts", "known")),
                (self.tr("课时（新增/更新）"), lambda r: self._pair(r, "lessons", "updated")),
            ],
            alert=lambda r, _column: r.outcome is not ImportOutcome.IMPORTED or bool(r.clashes),
        )
        self.results_table = row_table(self.results)
        self.results_table.setMinimumHeight(150)
        layout.addWidget(self.results_table, 1)
        # Why a file was refused or held is a sentence naming the file: below the table, whole.
        self.notes = label("", "muted")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.notes)

        layout.addWidget(label(self.tr("工号冲突：同一工号，姓名不同"), "sectionTitle"))
        self.clashes: RowsModel[ClashView] = RowsModel(
            [
                (self.tr("工号"), lambda c: c.identifier),
                (self.tr("文件中的学员"), lambda c: f"{c.name}（{c.department}）"),
                (self.tr("本机的学员"), lambda c: f"{c.existing_name}（{c.existing_department}）"),
                (self.tr("文件"), lambda c: c.file_name),
            ]
        )
        self.clash_table = row_table(self.clashes)
        self.clash_table.setMinimumHeight(130)
        layout.addWidget(self.clash_table, 1)
        clash_actions = QHBoxLayout()
        clash_actions.addStretch()
        self.same_button = button(self.tr("是同一人：合并到本机学员"))
        self.same_button.clicked.connect(lambda: self._resolve(ClashResolution.SAME_PERSON))
        clash_actions.addWidget(self.same_button)
        self.apart_button = button(self.tr("不是同一人：另建学员"))
        self.apart_button.clicked.connect(lambda: self._resolve(ClashResolution.SEPARATE))
        clash_actions.addWidget(self.apart_button)
        layout.addLayout(clash_actions)

        layout.addWidget(label(self.tr("暂存的文件：来自尚未信任的安装"), "sectionTitle"))
        self.held: RowsModel[HeldView] = RowsModel(
            [
                (self.tr("文件"), lambda h: h.file_name),
                (self.tr("公钥指纹"), lambda h: h.fingerprint),
                (
                    self.tr("收到时间"),
                    lambda h: h.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
            ]
        )
        self.held_table = row_table(self.held)
        self.held_table.setMinimumHeight(130)
        layout.addWidget(self.held_table, 1)
        held_actions = QHBoxLayout()
        self.label_input = QLineEdit()
        self.label_input.setPlaceholderText(self.tr("批准时为该安装填写名称，例如某县培训点"))
        held_actions.addWidget(self.label_input, 1)
        self.approve_button = button(self.tr("核对指纹无误，批准并导入"))
        self.approve_button.clicked.connect(self._approve)
        held_actions.addWidget(self.approve_button)
        self.reject_button = button(self.tr("拒绝并删除"))
        self.reject_button.clicked.connect(self._reject)
        held_actions.addWidget(self.reject_button)
        layout.addLayout(held_actions)

    # -- shown -------------------------------------------------------------------------------

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        progress = self._academy.progress
        self.hold_unknown.blockSignals(True)
        self.hold_unknown.setChecked(progress.holds_unknown(actor))
        self.hold_unknown.blockSignals(False)
        waiting = progress.held(actor)
        self.held.set_rows([h for h in waiting if h.reason is HeldReason.UNKNOWN_INSTALLATION])
        self.clashes.set_rows([c for h in waiting for c in h.clashes])
        for widget in (self.approve_button, self.reject_button, self.label_input, self.held_table):
            widget.setEnabled(bool(self.held.rows))
        for widget in (self.same_button, self.apart_button, self.clash_table):
            widget.setEnabled(bool(self.clashes.rows))

    def _outcome_label(self, report: FileReport) -> str:
        if report.outcome is ImportOutcome.REFUSED:
            return self.tr("已拒收")
        if report.outcome is ImportOutcome.HELD:
            return self.tr("已暂存")
        if report.clashes:
            return self.tr("已导入（部分待处理）")
        return self.tr("已导入")

    @staticmethod
    def _pair(report: FileReport, records: str, second: str) -> str:
        count = report.counts.get(records)
        return "—" if count is None else f"{count.new} / {getattr(count, second)}"

    def _note(self, report: FileReport) -> str:
        if report.message is not None:
            return describe(report.message)
        if report.clashes:
            return self.tr("%1 人工号冲突，其记录已暂存，请在下方处理。").replace(
                "%1", str(len(report.clashes))
            )
        return ""

    # -- choosing (replaced in tests) ---------------------------------------------------------

    def choose_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择学习记录文件"), "", self.tr("学习记录文件 (*.litprog)")
        )
        return [Path(n) for n in names]

    def choose_folder(self) -> list[Path]:
        name = QFileDialog.getExistingDirectory(self, self.tr("选择存放学习记录文件的文件夹"))
        return [Path(name)] if name else []

    # -- actions -----------------------------------------------------------------------------

    def _import(self, paths: list[Path]) -> None:
        actor = self._actor
        if actor is None or not paths:
            return
        progress = self._academy.progress
        Operation(
            self, lambda job: progress.import_paths(actor, paths, job.progress), self._show_reports
        ).with_progress(self.tr("导入学习记录")).run()

    def _show_reports(self, reports: list[FileReport]) -> None:
        self.results.set_rows(reports)
        notes = [(r.path.name, self._note(r)) for r in reports]
        self.notes.setText("\n".join(f"{name}：{note}" for name, note in notes if note))
        if self._actor is not None:
            self.refresh(self._actor)

    def _set_hold(self, hold: bool) -> None:
        if self._actor is None:
            return
        try:
            self._academy.progress.set_holds_unknown(self._actor, hold)
        except ServiceError as error:
            show_error(self, error)

    def _resolve(self, resolution: ClashResolution) -> None:
        clash = selected_row(self.clash_table, self.clashes)
        actor = self._actor
        if actor is None or clash is None:
            return
        progress = self._academy.progress
        Operation(
            self, lambda _job: progress.resolve_clash(actor, clash.id, resolution),
            self._show_reports,
        ).with_progress(self.tr("导入学习记录")).run()  # fmt: skip

    def _approve(self) -> None:
        held = selected_row(self.held_table, self.held)
        actor = self._actor
        if actor is None or held is None:
            return
        name = self.label_input.text().strip() or held.file_name
        progress = self._academy.progress
        Operation(
            self, lambda _job: [progress.approve_held(actor, held.id, name)], self._show_reports
        ).with_progress(self.tr("导入学习记录")).run()
        self.label_input.clear()

    def _reject(self) -> None:
        held = selected_row(self.held_table, self.held)
        if self._actor is None or held is None:
            return
        try:
            self._academy.progress.reject_held(self._actor, held.id)
        except ServiceError as error:
            show_error(self, error)
        self.refresh(self._actor)

    def _export(self) -> None:
        from literacy_app.ui.progress_export import choose_export_path, export_progress

        path = choose_export_path(self)
        if self._actor is not None and path is not None:
            export_progress(self, self._academy, self._actor, path)
