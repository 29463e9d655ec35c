"""The trainer's authoring actions in 课程管理: a new example course and a question bank converted
from Excel, GIFT or Aiken — the window's side of `new-course` and `import-questions`.

Both only write files the trainer chooses; neither touches the installation's library or database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from literacy_app.catalogue import describe, describe_problem
from literacy_app.services.authoring import CreatedCourse, create_course
from literacy_app.services.errors import ServiceError
from literacy_app.services.question_import import (
    QuestionFormat,
    QuestionImport,
    convert_question_file,
    format_for,
)
from literacy_app.ui.errors import show_error
from literacy_app.ui.prompts import confirm, inform
from literacy_app.ui.tasks import Job, Operation


class AuthoringActions:
    """Runs the two actions for `parent` (the courses tab), which shows the problems found."""

    def __init__(self, parent: QWidget, show_lines: Callable[[str, list[str]], None]) -> None:
        self.parent = parent
        self.show_lines = show_lines  # (title, lines) into the tab's problem list

    def tr(self, text: str) -> str:
        return self.parent.tr(text)

    # -- a new course -----------------------------------------------------------------------------

    def choose_new_course_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self.parent, self.tr("选择一个空文件夹来存放新课程")
        )
        return Path(name) if name else None

    def new_course(self) -> CreatedCourse | None:
        """Write the documented example course into an empty folder the trainer chooses."""
        folder = self.choose_new_course_folder()
        if folder is None:
            return None
        try:
            created = create_course(folder)
        except ServiceError as error:
            show_error(self.parent, error)
            return None
        inform(
            self.parent,
            QMessageBox.Icon.Information,
            self.tr("新建课程"),
            describe(created.message),
        )
        return created

    # -- a question bank --------------------------------------------------------------------------

    def choose_question_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            self.tr("选择要转换的题库"),
            "",
            self.tr("题库文件 (*.xlsx *.gift *.txt);;所有文件 (*)"),
        )
        return Path(name) if name else None

    def choose_output_file(self, source: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent,
            self.tr("保存为本程序的题库文件"),
            str(source.with_suffix(".yaml")),
            self.tr("题库 (*.yaml)"),
        )
        return Path(name) if name else None

    def choose_text_format(self) -> QuestionFormat | None:
        """A .txt file is GIFT or Aiken; only the trainer knows which."""
        names = {
            self.tr("GIFT（Moodle）"): QuestionFormat.GIFT,
            self.tr("Aiken"): QuestionFormat.AIKEN,
        }
        chosen, ok = QInputDialog.getItem(
            self.parent,
            self.tr("题库格式"),
            self.tr("这个文本文件是哪种格式？"),
            list(names),
            0,
            False,
        )
        return names[chosen] if ok else None

    def import_questions(self) -> None:
        """Convert a question bank off the GUI thread; when rows are refused, list them and offer to
        write the rest."""
        source = self.choose_question_file()
        if source is None:
            return
        chosen = format_for(source, None)
        if chosen is None and source.suffix.lower() == ".txt":
            chosen = self.choose_text_format()
            if chosen is None:
                return
        output = self.choose_output_file(source)
        if output is None:
            return
        # The save dialog has already asked before replacing an existing file.
        self._convert(source, output, chosen, skip_invalid=False)

    def _convert(
        self, source: Path, output: Path, chosen: QuestionFormat | None, *, skip_invalid: bool
    ) -> None:
        def work(job: Job) -> QuestionImport:
            return convert_question_file(
                source, output, fmt=chosen, skip_invalid=skip_invalid, force=True
            )

        def done(outcome: QuestionImport) -> None:
            lines = [describe_problem(p) for p in (*outcome.problems, *outcome.notes)]
            lines += [describe(m) for m in outcome.summary()]
            self.show_lines(self.tr("导入题库的结果"), lines)
            result = outcome.result
            if outcome.written:
                inform(self.parent, QMessageBox.Icon.Information, self.tr("导入题库"), lines[-1])
            elif result is not None and result.questions and outcome.refusal is None:
                question = self.tr(
                    "有 %1 处问题，见下方列表，尚未写出任何题目。跳过有问题的题目，只写出其余 %2 道吗？"
                )
                count = len(result.questions)
                text = question.replace("%1", str(len(result.problems))).replace("%2", str(count))
                if confirm(self.parent, self.tr("导入题库"), text):
                    self._convert(source, output, chosen, skip_invalid=True)
            else:
                text = lines[0] if lines else self.tr("没有可以转换的题目。")
                inform(self.parent, QMessageBox.Icon.Warning, self.tr("导入题库"), text)

        Operation(self.parent, work, done).with_progress(self.tr("正在转换题库")).run()
