"""A submitted quiz: the score against the pass mark and, as far as the quiz's review policy allows,
each question with the learner's answer, the right answer and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from literacy_app.content.model import ReviewPolicy
from literacy_app.services.attempt_views import AttemptKind, AttemptResult, ReviewItem
from literacy_app.ui.labels import attempt_title, percent_label, question_type_label
from literacy_app.ui.question_widgets import response_text, stem_text
from literacy_app.ui.widgets import ScrollingPage, badge, button, clear_layout, label


class QuizResultPage(ScrollingPage):
    retry_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.result: AttemptResult | None = None
        self.header.set_back_text(self.tr("返回"))
        layout = self.body

        summary = QFrame()
        summary.setObjectName("card")
        row = QHBoxLayout(summary)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(18)
        self.score = label("", "scoreFigure", wrap=False)
        row.addWidget(self.score)
        details = QVBoxLayout()
        self.verdict_row = QHBoxLayout()
        details.addLayout(self.verdict_row)
        self.details = label("", "muted")
        details.addWidget(self.details)
        row.addLayout(details, 1)
        self.retry_button = button(self.tr("再测一次"))
        self.retry_button.clicked.connect(
            lambda: self.result and self.retry_requested.emit(self.result)
        )
        row.addWidget(self.retry_button)
        layout.addWidget(summary)

        self.review_title = label(self.tr("逐题解析"), "sectionTitle")
        layout.addWidget(self.review_title)
        self._items = self.add_list()
        self.review_cards: list[QFrame] = []

    def show_result(self, result: AttemptResult) -> None:
        self.result = result
        when = result.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        subtitle = self.tr("提交于 %1").replace("%1", when)
        if result.timed_out:
            subtitle = self.tr("时间到，已按保存的答案自动交卷。") + subtitle
        self.header.set_text(self.tr("%1 · 成绩").replace("%1", attempt_title(result)), subtitle)
        self.score.setText(percent_label(result.percent))
        clear_layout(self.verdict_row)
        if result.kind is AttemptKind.FINAL:
            self.verdict_row.addWidget(badge(self.tr("通过") if result.passed else self.tr("未通过"),
                                             "Passed" if result.passed else "Failed"))  # fmt: skip
        self.verdict_row.addStretch()
        graded = [item for item in result.items if item.correct is not None]
        parts = [
            self.tr("得分 %1 / %2")
            .replace("%1", f"{result.earned:g}")
            .replace("%2", str(result.possible))
        ]
        if graded:
            right = sum(1 for item in graded if item.correct)
            parts.append(
                self.tr("答对 %1 / %2 题").replace("%1", str(right)).replace("%2", str(len(graded)))
            )
        if result.kind is AttemptKind.FINAL:
            parts.append(self.tr("%1 分及格").replace("%1", str(result.pass_mark)))
        self.details.setText(" · ".join(parts))
        self.retry_button.setVisible(result.kind in {AttemptKind.FINAL, AttemptKind.PRACTICE})
        self.retry_button.setText(
            self.tr("再测一次") if result.kind is AttemptKind.FINAL else self.tr("再练一次")
        )

        clear_layout(self._items)
        self.review_cards = []
        shows_answers = result.review is not ReviewPolicy.SCORE
        self.review_title.setVisible(shows_answers)
        if not shows_answers:
            self._items.addWidget(label(self.tr("本测验只公布成绩，不提供逐题解析。"), "muted"))
        else:
            last_case = ""
            for number, item in enumerate(result.items, start=1):
                if item.case_text and item.case_text != last_case:
                    self._items.addWidget(label(item.case_text, "caseText"))
                last_case = item.case_text
                card = self._review_card(number, item)
                self._items.addWidget(card)
                self.review_cards.append(card)
        self.scroll_to_top()

    def _review_card(self, number: int, item: ReviewItem) -> QFrame:
        card = QFrame()
        card.setObjectName("questionCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(22, 16, 22, 16)
        box.setSpacing(6)
        meta = (
            self.tr("第 %1 题 · %2")
            .replace("%1", str(number))
            .replace("%2", question_type_label(item.question.type))
        )
        top = QHBoxLayout()
        top.addWidget(label(meta, "questionMeta"), 1)
        if item.credit is not None:
            if item.credit >= 1.0:
                verdict, style = self.tr("答对了"), "reviewCorrect"
            elif item.credit > 0:
                verdict, style = (
                    self.tr("部分正确（得 %1%）").replace("%1", f"{item.credit * 100:.0f}"),
                    "reviewWrong",
                )
            else:
                verdict, style = self.tr("答错了"), "reviewWrong"
            top.addWidget(label(verdict, style, wrap=False))
        box.addLayout(top)
        box.addWidget(label(stem_text(item.question), "questionStem"))
        if item.credit is not None:
            given = response_text(item.question, item.response)
            box.addWidget(label(self.tr("你的答案：%1").replace("%1", given), "cardSummary"))
        if item.right_answer is not None:
            right = response_text(item.question, item.right_answer)
            box.addWidget(label(self.tr("正确答案：%1").replace("%1", right), "cardSummary"))
        if item.explanation:
            box.addWidget(label(item.explanation, "explanation"))
        return card
