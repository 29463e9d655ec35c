"""One learner's record for an administrator: courses, every attempt with its answers, hours and
drill debriefs. Opened from the dashboard's table of learners behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.attempt_views import AttemptKind, AttemptResult
from literacy_app.services.report_rows import CourseRecordRow, Enrolment
from literacy_app.services.reporting import LearnerDetail
from literacy_app.services.scenarios import Debrief
from literacy_app.ui.labels import dimension_label, percent_label, question_type_label, tier_label
from literacy_app.ui.question_widgets import response_text, stem_text
from literacy_app.ui.widgets import StatTile, button, clear_layout, label, scrolling


class LearnerDetailDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        detail: LearnerDetail,
        print_hours_record: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        profile = detail.profile
        self.setWindowTitle(self.tr("学员详情：%1").replace("%1", profile.name))
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(label(profile.name, "pageTitle"))
        facts = [profile.department or self.tr("未填单位"), tier_label(profile.tier)]
        if profile.identifier:
            facts.append(self.tr("工号 %1").replace("%1", profile.identifier))
        layout.addWidget(label(" · ".join(facts), "muted"))

        tiles = QHBoxLayout()
        completed = sum(1 for r in detail.rows if r.completed_on)
        for caption, figure in (
            (self.tr("已获学时"), f"{detail.hours:g}"),
            (self.tr("完成课程"), f"{completed} / {len(detail.rows)}"),
            (self.tr("阅读时长（分钟）"), str(detail.reading_seconds // 60)),
            (self.tr("交卷次数"), str(len(detail.attempts))),
        ):
            tile = StatTile(caption)
            tile.figure.setText(figure)
            tiles.addWidget(tile)
        layout.addLayout(tiles)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.courses = self._course_table(detail.rows)
        self.tabs.addTab(self.courses, self.tr("课程"))
        attempts_page, self.attempt_list, self._attempt_body = self._master_detail(
            [self._attempt_caption(a) for a in detail.attempts],
            self.tr("还没有交过卷。"),
            detail.attempts_unreadable,
        )
        self.tabs.addTab(attempts_page, self.tr("测验作答"))
        self.attempt_list.currentRowChanged.connect(self._show_attempt)
        debriefs_page, self.debrief_list, self._debrief_body = self._master_detail(
            [self._debrief_caption(d) for d in detail.debriefs],
            self.tr("还没有完成过情景推演。"),
            detail.debriefs_unreadable,
        )
        self.tabs.addTab(debriefs_page, self.tr("情景推演复盘"))
        self.debrief_list.currentRowChanged.connect(self._show_debrief)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        if print_hours_record is not None:
            self.print_button = button(self.tr("打印个人学时证明……"))
            self.print_button.clicked.connect(print_hours_record)
            buttons.addWidget(self.print_button)
        buttons.addStretch()
        close = button(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for view in (self.attempt_list, self.debrief_list):
            if view.count():
                view.setCurrentRow(0)

    # -- the course table ------------------------------------------------------------------------
    def _course_table(self, rows: tuple[CourseRecordRow, ...]) -> QTableWidget:
        headers = [
            self.tr("课程"), self.tr("类型"), self.tr("截止日期"), self.tr("课时进度"),
            self.tr("成绩"), self.tr("测验次数"), self.tr("学时"), self.tr("完成日期"),
        ]  # fmt: skip
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        kinds = {
            Enrolment.REQUIRED: self.tr("必修"),
            Enrolment.ASSIGNED: self.tr("指派"),
            Enrolment.ELECTIVE: self.tr("选学"),
        }
        for n, row in enumerate(rows):
            due = row.due_on.isoformat() if row.due_on else ""
            if row.overdue:
                due = self.tr("%1（已逾期）").replace("%1", due)
            best = "" if row.best_percent is None else percent_label(row.best_percent)
            if row.best_percent is not None:
                best += self.tr("（通过）") if row.passed else self.tr("（未通过）")
            cells = [
                row.course_title, kinds[row.enrolment], due,
                f"{row.lessons_done} / {row.lessons_total}", best, str(row.attempts),
                f"{row.hours:g}", row.completed_on.isoformat() if row.completed_on else "",
            ]  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(n, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # -- attempts and debriefs -------------------------------------------------------------------
    def _master_detail(
        self, captions: list[str], empty: str, unreadable: int
    ) -> tuple[QWidget, QListWidget, QVBoxLayout]:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 10, 0, 0)
        if unreadable:
            box.addWidget(
                label(
                    self.tr("另有 %1 条记录所属的内容已删除，无法显示。").replace(
                        "%1", str(unreadable)
                    ),
                    "muted",
                )
            )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        listing = QListWidget()
        listing.addItems(captions)
        listing.setMinimumWidth(260)
        splitter.addWidget(listing)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(12, 0, 12, 12)
        body.setSpacing(8)
        splitter.addWidget(scrolling(inner))
        splitter.setStretchFactor(1, 1)
        box.addWidget(splitter, 1)
        if not captions:
            body.addWidget(label(empty, "muted"))
            body.addStretch()
        return page, listing, body

    def _attempt_caption(self, attempt: AttemptResult) -> str:
        when = attempt.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = self.tr("期末测验") if attempt.kind is AttemptKind.FINAL else self.tr("课后练习")
        title = attempt.course_title + (
            f" · {attempt.lesson_title}" if attempt.lesson_title else ""
        )
        return f"{when}  {kind}\n{title} · {percent_label(attempt.percent)}"

    def _debrief_caption(self, debrief: Debrief) -> str:
        return f"{debrief.title}\n{self.tr('结局：%1').replace('%1', debrief.ending_title)}"

    def _show_attempt(self, index: int) -> None:
        clear_layout(self._attempt_body)
        if index < 0:
            return
        attempt = self.detail.attempts[index]
        verdict = self.tr("通过") if attempt.passed else self.tr("未通过")
        summary = (
            self.tr("得分 %1 / %2（%3）· %4 分及格 · %5")
            .replace("%1", f"{round(attempt.earned, 1):g}")
            .replace("%2", str(attempt.possible))
            .replace("%3", percent_label(attempt.percent))
            .replace("%4", str(attempt.pass_mark))
            .replace("%5", verdict)
        )
        self._attempt_body.addWidget(label(summary, "sectionTitle"))
        for number, item in enumerate(attempt.items, start=1):
            card = QFrame()
            card.setObjectName("questionCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(16, 10, 16, 10)
            box.setSpacing(4)
            right = item.credit is not None and item.credit >= 1.0
            meta = (
                self.tr("第 %1 题 · %2 · %3")
                .replace("%1", str(number))
                .replace("%2", question_type_label(item.question.type))
                .replace("%3", self.tr("答对") if right else self.tr("未答对"))
            )
            box.addWidget(label(meta, "questionMeta"))
            if item.case_text:
                box.addWidget(label(item.case_text, "caseText"))
            box.addWidget(label(stem_text(item.question), "questionStem"))
            given = response_text(item.question, item.response)
            box.addWidget(label(self.tr("学员答案：%1").replace("%1", given), "cardSummary"))
            if item.right_answer is not None:
                expected = response_text(item.question, item.right_answer)
                box.addWidget(label(self.tr("正确答案：%1").replace("%1", expected), "cardSummary"))
            self._attempt_body.addWidget(card)
        self._attempt_body.addStretch()

    def _show_debrief(self, index: int) -> None:
        clear_layout(self._debrief_body)
        if index < 0:
            return
        debrief = self.detail.debriefs[index]
        self._debrief_body.addWidget(
            label(self.tr("结局：%1").replace("%1", debrief.ending_title), "sectionTitle")
        )
        scores = "　".join(
            f"{dimension_label(d)} {total} / {debrief.best[d]}"
            for d, total in debrief.totals.items()
        )
        self._debrief_body.addWidget(label(scores, "muted"))
        for number, step in enumerate(debrief.steps, start=1):
            card = QFrame()
            card.setObjectName("questionCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(16, 10, 16, 10)
            box.addWidget(
                label(
                    self.tr("第 %1 步 · %2")
                    .replace("%1", str(number))
                    .replace("%2", step.stage_title),
                    "questionMeta",
                )
            )
            decision = self.tr("超时，未作决定") if step.timed_out else step.decision
            box.addWidget(label(self.tr("学员的决定：%1").replace("%1", decision), "questionStem"))
            box.addWidget(label(step.feedback, "cardSummary"))
            box.addWidget(label(self.tr("更好的做法：%1").replace("%1", step.best), "explanation"))
            self._debrief_body.addWidget(card)
        self._debrief_body.addStretch()
