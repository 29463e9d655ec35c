"""A course: its lessons with their state, and the final quiz with the learner's best result."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from literacy_app.content.model import CountedAttempt
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.certificates import CertificateView
from literacy_app.services.errors import ServiceError
from literacy_app.services.learning import CourseOutline
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import hours_label, percent_label, requirement_label, tier_label
from literacy_app.ui.prompts import inform
from literacy_app.ui.tasks import Operation
from literacy_app.ui.theme import ACCENT, MUTED, SUCCESS, icon
from literacy_app.ui.widgets import ScrollingPage, badge, button, clear_layout, label


class CoursePage(ScrollingPage):
    lesson_requested = Signal(str, str)
    quiz_requested = Signal(str)
    result_requested = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self.course_id = ""
        self.header.set_back_text(self.tr("返回"))
        layout = self.body
        self.summary = label("", "cardSummary")
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)

        layout.addWidget(label(self.tr("课程目录"), "sectionTitle"))
        self.lessons = QListWidget()
        self.lessons.setObjectName("lessonList")
        self.lessons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lessons.itemActivated.connect(self._open_item)
        self.lessons.itemClicked.connect(self._open_item)
        layout.addWidget(self.lessons)

        layout.addWidget(label(self.tr("结业测验"), "sectionTitle"))
        self.quiz_box = QFrame()
        self.quiz_box.setObjectName("card")
        self._quiz_layout = QVBoxLayout(self.quiz_box)
        self._quiz_layout.setContentsMargins(22, 16, 22, 16)
        layout.addWidget(self.quiz_box)
        self.certificate_box = self._certificate_box()
        layout.addWidget(self.certificate_box)
        layout.addStretch()
        self.quiz_button = button("", primary=True)
        self.quiz_button.clicked.connect(lambda: self.quiz_requested.emit(self.course_id))
        self.result_button = button(self.tr("查看上次成绩"))
        self._last_attempt: uuid.UUID | None = None
        self.result_button.clicked.connect(lambda: self.result_requested.emit(self._last_attempt))
        self._actor: Actor | None = None

    def _certificate_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        row = QHBoxLayout(box)
        row.setContentsMargins(22, 16, 22, 16)
        row.addWidget(
            label(
                self.tr(
                    "你已完成本课程，可以保存结业证书（PDF）。证书上的验证码可供任何人查验真伪。"
                ),
                "cardSummary",
            ),
            1,
        )
        self.certificate_button = button(self.tr("保存结业证书……"), primary=True)
        self.certificate_button.clicked.connect(self._save_certificate)
        row.addWidget(self.certificate_button)
        return box

    def show_course(self, actor: Actor, course_id: str) -> None:
        outline = self._academy.learning.outline(actor, course_id)
        self._actor = actor
        self.course_id = course_id
        progress = outline.progress
        tiers = self.tr("、").join(
            self.tr("%1%2").replace("%1", tier_label(tier)).replace("%2", requirement_label(req))
            for tier, req in outline.tiers.items()
        )
        self.header.set_text(
            progress.title,
            " · ".join(
                [
                    hours_label(progress.hours),
                    tiers,
                    self.tr("版本 %1").replace("%1", outline.version),
                ]
            ),
        )
        self.summary.setText(progress.summary)
        self.progress.setValue(round(progress.fraction * 100))
        self._fill_lessons(outline)
        self._fill_quiz(outline)
        self.certificate_box.setVisible(progress.completed)

    def _fill_lessons(self, outline: CourseOutline) -> None:
        self.lessons.clear()
        for number, lesson in enumerate(outline.lessons, start=1):
            if lesson.completed:
                state, glyph, colour = self.tr("已学完"), "circle-check", SUCCESS
            elif lesson.started:
                state, glyph, colour = self.tr("学习中"), "book-open", ACCENT
            else:
                state, glyph, colour = self.tr("未开始"), "circle", MUTED
            text = self.tr("第 %1 课　%2").replace("%1", str(number)).replace("%2", lesson.title)
            minutes = self.tr("约 %1 分钟").replace("%1", str(lesson.minutes))
            item = QListWidgetItem(icon(glyph, colour), f"{text}\n{minutes} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.lesson_id)
            self.lessons.addItem(item)
        self.lessons.clearSelection()
        rows = sum(self.lessons.sizeHintForRow(i) for i in range(self.lessons.count()))
        self.lessons.setFixedHeight(rows + 2 * self.lessons.frameWidth() + 4)

    def _fill_quiz(self, outline: CourseOutline) -> None:
        for widget in (self.quiz_button, self.result_button):
            widget.setParent(None)
        clear_layout(self._quiz_layout)
        quiz = outline.quiz
        if quiz is None:
            self._quiz_layout.addWidget(
                label(self.tr("本课程没有结业测验，学完全部课时即完成。"), "muted")
            )
            return
        top = QHBoxLayout()
        top.addWidget(
            label(
                self.tr("共 %1 题，%2 分及格")
                .replace("%1", str(quiz.questions))
                .replace("%2", str(quiz.pass_mark)),
                "cardSummary",
            ),
            1,
        )
        if quiz.passed:
            top.addWidget(badge(self.tr("已通过"), "Passed"))
        elif quiz.attempts:
            top.addWidget(badge(self.tr("未通过"), "Failed"))
        self._quiz_layout.addLayout(top)
        if quiz.best_percent is not None:
            self._quiz_layout.addWidget(
                label(
                    (
                        self.tr("已参加 %1 次，最高 %2")
                        if quiz.counts is CountedAttempt.HIGHEST
                        else self.tr("已参加 %1 次，最近一次 %2")
                    )
                    .replace("%1", str(quiz.attempts))
                    .replace("%2", percent_label(quiz.best_percent)),
                    "muted",
                )
            )
        if quiz.in_progress:
            self.quiz_button.setText(self.tr("继续测验"))
        elif quiz.attempts:
            self.quiz_button.setText(self.tr("再测一次"))
        else:
            self.quiz_button.setText(self.tr("开始测验"))
        self._last_attempt = quiz.last_attempt_id
        row = QHBoxLayout()
        row.addStretch()
        if quiz.last_attempt_id is not None:
            row.addWidget(self.result_button)
        row.addWidget(self.quiz_button)
        self._quiz_layout.addLayout(row)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.lesson_requested.emit(self.course_id, item.data(Qt.ItemDataRole.UserRole))

    def _save_certificate(self) -> None:
        actor = self._actor
        if actor is None:
            return
        try:
            certificate = self._academy.certificates.issue(actor, self.course_id)
        except ServiceError as error:
            show_error(self, error)
            return
        fields = certificate.fields
        suggested = (
            self.tr("结业证书_%1_%2.pdf")
            .replace("%1", _file_name_part(fields.course_title))
            .replace("%2", _file_name_part(fields.learner_name))
        )
        path = self.choose_certificate_path(suggested)
        if path is None:
            return
        Operation(
            self,
            lambda _job: self._academy.certificates.save_pdf(actor, certificate.id, path),
            lambda _: self._certificate_saved(certificate, path),
        ).with_progress(self.tr("正在生成结业证书")).run()

    def choose_certificate_path(self, suggested: str) -> Path | None:
        """Where to save the certificate, asked in a file chooser; None when cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存结业证书"),
            str(Path(folder) / suggested),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _certificate_saved(self, certificate: CertificateView, path: Path) -> None:
        inform(
            self,
            QMessageBox.Icon.Information,
            self.tr("结业证书已保存"),
            self.tr("结业证书已保存到“%1”。\n验证码：%2")
            .replace("%1", str(path))
            .replace("%2", certificate.code),
        )


def _file_name_part(text: str) -> str:
    # Characters that Windows forbids in a file name, and control characters anywhere.
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .") or "_"
