"""课程管理: the courses the library holds, with their version and source; install a package
(in the background, with progress), remove an installed course, check a course and list its
problems (a double-click opens the file), and ask for a live preview.

Trainers and administrators see the same tab; administrators also see the trusted trainer keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe_problem
from literacy_app.content.problems import Problem
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor, Role
from literacy_app.services.course_packages import (
    CourseEntry,
    CourseSource,
    InstallCancelled,
    InstallOutcome,
    PackageError,
)
from literacy_app.services.errors import ServiceError
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.courses.authoring_actions import AuthoringActions
from literacy_app.ui.courses.trainer_keys import TrainerKeysBox
from literacy_app.ui.errors import show_error
from literacy_app.ui.preview import PreviewWindow
from literacy_app.ui.prompts import confirm, inform
from literacy_app.ui.tasks import Cancelled, Job, Operation
from literacy_app.ui.widgets import button, label


class CoursesTab(QWidget):
    # A course folder to open in the live preview; the preview window connects here.
    preview_opened = Signal(object)  # the PreviewWindow, for tests

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        actions = QHBoxLayout()
        self.install_button = button(self.tr("安装课程包……"), primary=True)
        self.install_button.clicked.connect(self.install_package)
        actions.addWidget(self.install_button)
        self.check_button = button(self.tr("检查"))
        self.check_button.clicked.connect(self.check_selected)
        actions.addWidget(self.check_button)
        self.preview_button = button(self.tr("预览"))
        self.preview_button.clicked.connect(self._preview)
        actions.addWidget(self.preview_button)
        actions.addStretch()
        self.remove_button = button(self.tr("删除所选课程"))
        self.remove_button.clicked.connect(self.remove_selected)
        actions.addWidget(self.remove_button)
        layout.addLayout(actions)
        # Writing courses is a row of its own: it works on the trainer's files, not the library.
        authoring = QHBoxLayout()
        authoring.addWidget(label(self.tr("编写课程："), "muted"))
        self.authoring = AuthoringActions(self, self.show_lines)
        self.new_course_button = button(self.tr("新建课程……"))
        self.new_course_button.clicked.connect(self.new_course)
        authoring.addWidget(self.new_course_button)
        self.import_questions_button = button(self.tr("导入题库……"))
        self.import_questions_button.clicked.connect(self.authoring.import_questions)
        authoring.addWidget(self.import_questions_button)
        authoring.addStretch()
        layout.addLayout(authoring)

        self.model: RowsModel[CourseEntry] = RowsModel(
            [
                (self.tr("课程"), lambda row: row.title),
                (self.tr("编号"), lambda row: row.course_id),
                (self.tr("版本"), lambda row: row.version),
                (self.tr("来源"), self.source_label),
                (self.tr("签名密钥指纹"), lambda row: row.signer or ""),
            ],
            alert=lambda row, _: row.source in (CourseSource.UNAVAILABLE, CourseSource.SET_ASIDE),
        )
        self.table = row_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setMinimumHeight(240)
        layout.addWidget(self.table, 3)

        self.problems_title = label(self.tr("检查结果"), "sectionTitle")
        layout.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._open_problem)
        layout.addWidget(self.problems, 1)
        # A line, not an empty-state card: the table above is what the area is for.
        self.no_problems = label(
            self.tr("选择一门课程后点“检查”，这里列出它的问题；双击一条问题打开对应的文件。"),
            "muted",
        )
        layout.addWidget(self.no_problems)
        self.keys_box = TrainerKeysBox(academy)
        layout.addWidget(self.keys_box)
        self._show_problems(None)

    def source_label(self, row: CourseEntry) -> str:
        return {
            CourseSource.SHIPPED: self.tr("程序自带"),
            CourseSource.INSTALLED: self.tr("已安装的课程包"),
            CourseSource.SET_ASIDE: self.tr("已安装，但程序自带的版本更新"),
            CourseSource.UNAVAILABLE: self.tr("有问题，学员看不到"),
        }[row.source]

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        self.model.set_rows(self._academy.packages.courses(actor))
        self.keys_box.setVisible(actor.role is Role.ADMINISTRATOR)
        if actor.role is Role.ADMINISTRATOR:
            self.keys_box.refresh(actor)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = selected_row(self.table, self.model)
        self.remove_button.setEnabled(row is not None and row.removable)
        self.check_button.setEnabled(row is not None)
        self.preview_button.setEnabled(row is not None)

    # -- installing -----------------------------------------------------------------------------

    def choose_package_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择课程包"), "", self.tr("课程包 (*.zip);;所有文件 (*)")
        )
        return Path(name) if name else None

    def install_package(self) -> None:
        """Choose a package and install it off the GUI thread, with progress and cancel."""
        actor = self._actor
        path = self.choose_package_file()
        if actor is None or path is None:
            return
        packages = self._academy.packages

        def work(job: Job) -> InstallOutcome:
            try:
                return packages.install(
                    actor, path, progress=lambda done, total: job.progress(done, total),
                    cancelled=job.cancelled,
                )  # fmt: skip
            except InstallCancelled:
                raise Cancelled from None

        Operation(self, work, self._installed).on_failure(self._install_failed).with_progress(
            self.tr("正在安装课程包")
        ).run()

    def _installed(self, outcome: InstallOutcome) -> None:
        if outcome.previous is None:
            text = self.tr("已安装课程“%1”（版本 %2）。")
        else:
            text = self.tr("已把课程“%1”更新到版本 %2（原版本 %3），学员的学习进度保留。")
        text = text.replace("%1", outcome.title).replace("%2", outcome.version)
        inform(
            self,
            QMessageBox.Icon.Information,
            self.tr("安装课程包"),
            text.replace("%3", outcome.previous or ""),
        )
        if self._actor is not None:
            self.refresh(self._actor)

    def _install_failed(self, error: Exception) -> None:
        if isinstance(error, PackageError) and error.problems:
            self._show_problems(error.problems)
        show_error(self, error)

    # -- removing, checking, preview ------------------------------------------------------------

    def remove_selected(self) -> None:
        row = selected_row(self.table, self.model)
        if self._actor is None or row is None or not row.removable:
            return
        question = self.tr(
            "删除已安装的课程“%1”（版本 %2）？学员的学习记录会保留；程序自带同名课程时改用自带的版本。"
        )
        if not confirm(
            self, self.tr("删除课程"), question.replace("%1", row.title).replace("%2", row.version)
        ):
            return
        try:
            self._academy.packages.remove(self._actor, row.course_id)
        except ServiceError as error:
            show_error(self, error)
        self.refresh(self._actor)

    def check_selected(self) -> None:
        row = selected_row(self.table, self.model)
        actor = self._actor
        if actor is None or row is None:
            return
        packages = self._academy.packages
        Operation(
            self,
            lambda job: packages.check(actor, row.folder).problems,
            self._show_problems,
        ).run()

    def _show_problems(self, problems: tuple[Problem, ...] | None) -> None:
        self.problems_title.setText(self.tr("检查结果"))
        self.problems.clear()
        for problem in problems or ():
            item = QListWidgetItem(describe_problem(problem))
            item.setData(Qt.ItemDataRole.UserRole, str(problem.path))
            self.problems.addItem(item)
        if problems is not None and not problems:
            self.problems.addItem(QListWidgetItem(self.tr("没有发现问题。")))
        self.problems.setVisible(problems is not None)
        self.no_problems.setVisible(problems is None)

    def show_lines(self, title: str, lines: list[str]) -> None:
        """What an authoring action reports, in place of the check's problems."""
        self.problems_title.setText(title)
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(True)
        self.no_problems.setVisible(False)

    def _open_problem(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path and Path(path).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def new_course(self) -> None:
        """Write the example course into a folder the trainer chooses and open it in the preview."""
        created = self.authoring.new_course()
        if created is not None:
            self.open_preview(created.course_folder)

    def _preview(self) -> None:
        row = selected_row(self.table, self.model)
        if row is not None:
            self.open_preview(row.folder)

    def open_preview(self, folder: Path) -> None:
        try:
            window = PreviewWindow(folder, self)
        except ServiceError as error:
            show_error(self, error)
            return
        # A window of its own, closed with the tab's window; each 预览 opens a fresh one.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.preview_opened.emit(window)
