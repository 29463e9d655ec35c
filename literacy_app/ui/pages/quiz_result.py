"""A submitted quiz: the score against the pass mark, and for every question the learner's answer,
the right answer and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from literacy_app.content.model import QuestionType
from literacy_app.quiz.scoring import Response
from literacy_app.services.assessment import AttemptResult, QuestionView
from literacy_app.ui.labels import percent_label, question_type_label, true_false_label
from literacy_app.ui.widgets import ScrollingPage, badge, button, clear_layout, label


class QuizResultPage(ScrollingPage):
    retry_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.result: AttemptResult | None = None
        self.header.set_back_text(self.tr("返回课程"))
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
            lambda: self.result and self.retry_requested.emit(self.result.course_id)
        )
        row.addWidget(self.retry_button)
        layout.addWidget(summary)

        layout.addWidget(label(self.tr("逐题解析"), "sectionTitle"))
        self._items = self.add_list()
        self.review_cards: list[QFrame] = []

    def show_result(self, result: AttemptResult) -> None:
        self.result = result
        self.header.set_text(
            self.tr("%1 · 测验成绩").replace("%1", result.course_title),
            self.tr("提交于 %1").replace(
                "%1", result.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            ),
        )
        self.score.setText(percent_label(result.percent))
        clear_layout(self.verdict_row)
        if result.passed:
            self.verdict_row.addWidget(badge(self.tr("通过"), "Passed"))
        else:
            self.verdict_row.addWidget(badge(self.tr("未通过"), "Failed"))
        self.verdict_row.addStretch()
        right = sum(1 for item in result.items if item.correct)
        self.details.setText(
            self.tr("得分 %1 / %2 · 答对 %3 / %4 题 · %5 分及格")
            .replace("%1", str(result.earned))
            .replace("%2", str(result.possible))
            .replace("%3", str(right))
            .replace("%4", str(len(result.items)))
            .replace("%5", str(result.pass_mark))
        )
        clear_layout(self._items)
        self.review_cards = []
        for number, item in enumerate(result.items, start=1):
            card = QFrame()
            card.setObjectName("questionCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(22, 16, 22, 16)
            box.setSpacing(6)
            verdict = self.tr("答对了") if item.correct else self.tr("答错了")
            meta = (
                self.tr("第 %1 题 · %2")
                .replace("%1", str(number))
                .replace("%2", question_type_label(item.question.type))
            )
            top = QHBoxLayout()
            top.addWidget(label(meta, "questionMeta"), 1)
            top.addWidget(
                label(verdict, "reviewCorrect" if item.correct else "reviewWrong", wrap=False)
            )
            box.addLayout(top)
            box.addWidget(label(item.question.stem, "questionStem"))
            box.addWidget(
                label(
                    self.tr("你的答案：%1").replace(
                        "%1", self._describe(item.question, item.response)
                    ),
                    "cardSummary",
                )
            )
            box.addWidget(
                label(
                    self.tr("正确答案：%1").replace(
                        "%1", self._describe(item.question, item.answer)
                    ),
                    "cardSummary",
                )
            )
            box.addWidget(label(item.explanation, "explanation"))
            self._items.addWidget(card)
            self.review_cards.append(card)
        self.scroll.verticalScrollBar().setValue(0)

    def _describe(self, question: QuestionView, response: Response | tuple[str, ...]) -> str:
        if response is None or response == []:
            return self.tr("未作答")
        if question.type is QuestionType.TRUE_FALSE:
            return true_false_label(bool(response))
        options = dict(question.options)
        keys = [response] if isinstance(response, str) else list(response)
        return "；".join(f"{key}. {options.get(key, '')}" for key in sorted(keys))
