"""The administrator's learners: a searchable table, adding and editing one, importing a roster.

The tab keeps the actor it was last refreshed with for its buttons; the area refreshes it each
time it is shown, and it is shown only while an administrator is signed in.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from literacy_app.messages import Message
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.config import assets_dir
from literacy_app.services.roster import LearnerRecord, RosterOutcome, RosterPlan
from literacy_app.ui.admin.learner_dialog import LearnerDialog, LearnerInput
from literacy_app.ui.admin.roster_import import RosterImportDialog
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.labels import tier_label
from literacy_app.ui.prompts import inform
from literacy_app.ui.tasks import Job, Operation
from literacy_app.ui.widgets import EmptyState, button

TEMPLATE = "花名册模板.xlsx"


def reporting(job: Job) -> Callable[[int, int, Message | None], None]:
    """A service's progress callback that also stops the work when the user cancels: the
    exception unwinds the service's transaction, so a cancelled import writes nothing."""

    def report(done: int, total: int, label: Message | None) -> None:
        job.progress(done, total, label)
        job.raise_if_cancelled()

    return report


class LearnersTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按姓名、工号或单位搜索"))
        self.search.setClearButtonEnabled(True)
        # Searching as one types, but not a query per keystroke.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._reload)
        self.search.textChanged.connect(self._search_timer.start)
        bar.addWidget(self.search, 1)
        self.add_button = button(self.tr("添加学员……"))
        self.edit_button = button(self.tr("修改……"))
        self.import_button = button(self.tr("导入花名册……"), primary=True)
        self.template_button = button(self.tr("另存花名册模板……"), link=True)
        # The annual assessment asks for a learner's 学时 on paper: one click from their row.
        self.hours_button = button(self.tr("打印学时证明……"))
        self.hours_button.clicked.connect(self.print_hours_record)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.import_button.clicked.connect(self.import_roster)
        self.template_button.clicked.connect(self._save_template)
        for widget in (
            self.add_button,
            self.edit_button,
            self.hours_button,
            self.import_button,
            self.template_button,
        ):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.model: RowsModel[LearnerRecord] = RowsModel(
            [
                (self.tr("姓名"), lambda r: r.name),
                (self.tr("工号/身份标识"), lambda r: r.identifier),
                (self.tr("单位/部门"), lambda r: r.department),
                (self.tr("类别"), lambda r: tier_label(r.tier)),
                (self.tr("手机号"), lambda r: r.phone or ""),
                (self.tr("登录密码"), self._pin_state),
            ],
            alert=lambda r, column: column == 5 and r.locked,
        )
        self.table = row_table(self.model)
        self.table.doubleClicked.connect(self._edit)
        self.empty = EmptyState(
            "user-round",
            self.tr("还没有学员"),
            self.tr("点击“导入花名册……”从 .xlsx 或 .csv 文件批量导入，或逐个添加学员。"),
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def _pin_state(self, record: LearnerRecord) -> str:
        if record.locked:
            return self.tr("已锁定")
        return self.tr("已设置") if record.has_pin else self.tr("未设置")

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        self._reload()

    def _reload(self) -> None:
        if self._actor is None:
            return
        rows = self._academy.roster.learners(self._actor, self.search.text())
        self.model.set_rows(rows)
        nobody = not rows and not self.search.text().strip()
        self.empty.setVisible(nobody)
        self.table.setVisible(not nobody)

    # -- one learner -----------------------------------------------------------------------------

    def _add(self) -> None:
        actor = self._actor
        if actor is None:
            return

        def save(value: LearnerInput) -> object:
            return self._academy.roster.add_learner(actor, **vars(value))

        _, saved = LearnerDialog.get_learner(self, self._academy.roster.departments(actor), save)
        if saved:
            self._reload()

    def _edit(self) -> None:
        actor = self._actor
        record = selected_row(self.table, self.model)
        if actor is None or record is None:
            return

        def save(value: LearnerInput) -> object:
            return self._academy.roster.update_learner(actor, record.id, **vars(value))

        departments = self._academy.roster.departments(actor)
        _, saved = LearnerDialog.get_learner(self, departments, save, record)
        if saved:
            self._reload()

    def print_hours_record(self) -> None:
        from literacy_app.ui.admin.export_dialog import print_hours_record

        record = selected_row(self.table, self.model)
        if self._actor is None or record is None:
            return
        print_hours_record(self, self._academy, self._actor, record.id, record.name)

    # -- a roster --------------------------------------------------------------------------------

    def choose_roster_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择花名册"), "", self.tr("花名册 (*.xlsx *.csv);;所有文件 (*)")
        )
        return Path(name) if name else None

    def import_roster(self) -> None:
        """Choose a file, preview it (off the GUI thread), then import it as the administrator
        decides: all of it, or the rows without problems."""
        actor = self._actor
        path = self.choose_roster_file()
        if actor is None or path is None:
            return
        roster = self._academy.roster
        Operation(
            self,
            lambda job: roster.preview(actor, path, progress=reporting(job)),
            lambda plan: self._confirm(actor, plan),
        ).with_progress(self.tr("读取花名册")).run()

    def _confirm(self, actor: Actor, plan: RosterPlan) -> None:
        skip_invalid = RosterImportDialog.ask(self, plan)
        if skip_invalid is None:
            return
        roster = self._academy.roster
        Operation(
            self,
            lambda job: roster.apply(
                actor, plan.path, skip_invalid=skip_invalid, progress=reporting(job)
            ),
            self._imported,
        ).with_progress(self.tr("导入花名册")).run()

    def _imported(self, outcome: RosterOutcome) -> None:
        self._reload()
        inform(
            self,
            QMessageBox.Icon.Information,
            self.tr("导入完成"),
            self.tr("新增 %1 人，更新 %2 人，未变 %3 人，跳过 %4 行。")
            .replace("%1", str(outcome.added))
            .replace("%2", str(outcome.updated))
            .replace("%3", str(outcome.unchanged))
            .replace("%4", str(outcome.skipped)),
        )

    def _save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存花名册模板"), TEMPLATE, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if name:
            shutil.copyfile(assets_dir() / "templates" / TEMPLATE, name)
