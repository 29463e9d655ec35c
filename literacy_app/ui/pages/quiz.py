"""Taking a quiz: every answer is saved the moment it changes; a timed quiz counts down and hands
itself in when the time is up."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from literacy_app.rules.responses import Response, is_answered
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.attempt_views import AttemptKind, AttemptView
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import attempt_title
from literacy_app.ui.prompts import confirm
from literacy_app.ui.question_widgets import QuestionCard
from literacy_app.ui.widgets import ScrollingPage, button, clear_layout, label


class QuizPage(ScrollingPage):
    submitted = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self.attempt: AttemptView | None = None
        self._actor: Actor | None = None
        self.cards: list[QuestionCard] = []
        self._responses: dict[str, Response] = {}
        self.header.set_back_text(self.tr("暂离（答案已保存）"))
        self._questions = self.add_list()

        footer = QFrame()
        footer.setObjectName("footerBar")
        bar = QHBoxLayout(footer)
        bar.setContentsMargins(36, 10, 36, 10)
        self.counter = label("", "muted", wrap=False)
        self.clock = label("", "countdown", wrap=False)
        self.submit_button = button(self.tr("提交答卷"), primary=True)
        self.submit_button.clicked.connect(self._submit)
        bar.addWidget(self.counter)
        bar.addStretch()
        bar.addWidget(self.clock)
        bar.addSpacing(16)
        bar.addWidget(self.submit_button)
        outer = self.layout()
        assert outer is not None  # ScrollingPage lays itself out before this
        outer.addWidget(footer)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    def show_attempt(self, actor: Actor, attempt: AttemptView) -> None:
        self._actor = actor
        self.attempt = attempt
        self._responses = dict(attempt.responses)
        parts = [self.tr("共 %1 题").replace("%1", str(len(attempt.questions)))]
        if attempt.kind is AttemptKind.FINAL:
            parts.append(self.tr("%1 分及格").replace("%1", str(attempt.pass_mark)))
        if attempt.deadline is not None:
            parts.append(self.tr("限时作答：计时从开始作答起连续计算，关闭程序期间不暂停"))
        if attempt.attempts_left is not None:
            parts.append(
                self.tr("本次之后还可参加 %1 次").replace("%1", str(attempt.attempts_left))
            )
        parts.append(self.tr("每作答一题即自动保存"))
        subtitle = self.tr("，").join(parts) + self.tr("。")
        if attempt.resumed:
            subtitle = self.tr("已恢复上次未完成的作答。") + subtitle
        self.header.set_text(attempt_title(attempt), subtitle)
        clear_layout(self._questions)
        self.cards = []
        for number, question in enumerate(attempt.questions, start=1):
            card = QuestionCard(number, question, attempt.responses)
            card.answered.connect(self._save)
            self._questions.addWidget(card)
            self.cards.append(card)
        self.scroll_to_top()
        self._update_counter()
        self.clock.setVisible(attempt.deadline is not None)
        if attempt.deadline is not None:
            self._ticker.start()
            self._tick()
        else:
            self._ticker.stop()

    def remaining_seconds(self, now: datetime | None = None) -> int | None:
        if self.attempt is None or self.attempt.deadline is None:
            return None
        # Rounded up: the clock shows 0 only once the deadline has really passed.
        return max(
            0, math.ceil((self.attempt.deadline - (now or datetime.now(UTC))).total_seconds())
        )

    def _tick(self) -> None:
        remaining = self.remaining_seconds()
        if remaining is None:
            self._ticker.stop()
            return
        minutes, seconds = divmod(remaining, 60)
        self.clock.setText(self.tr("剩余 %1").replace("%1", f"{minutes:02d}:{seconds:02d}"))
        self.clock.setProperty("urgent", remaining <= 60)
        self.clock.style().polish(self.clock)
        if remaining == 0:
            self.time_up()

    def time_up(self) -> None:
        """Hand the quiz in with the answers saved so far."""
        self._ticker.stop()
        if self.attempt is None or self._actor is None:
            return
        try:
            result = self._academy.assessment.submit_if_expired(
                self._actor, self.attempt.attempt_id
            )
        except Exception as error:
            show_error(self, error)
            return
        if result is None:
            self._ticker.start()  # not quite due yet: look again on the next tick
            return
        self.attempt = None
        self.submitted.emit(result)

    def _save(self, question_id: str, response: Response) -> None:
        # Only the cards `show_attempt` made can answer, and it sets both.
        assert self.attempt is not None and self._actor is not None
        try:
            self._academy.assessment.record_answer(
                self._actor, self.attempt.attempt_id, question_id, response
            )
        except Exception as error:
            show_error(self, error)
            return
        self._responses[question_id] = response
        self._update_counter()

    def _answered(self) -> int:
        return sum(1 for r in self._responses.values() if is_answered(r))

    def _update_counter(self) -> None:
        total = len(self.attempt.answerable()) if self.attempt else 0
        self.counter.setText(
            self.tr("已答 %1 / %2 题")
            .replace("%1", str(self._answered()))
            .replace("%2", str(total))
        )

    def _submit(self) -> None:
        if self.attempt is None or self._actor is None:
            return
        missing = len(self.attempt.answerable()) - self._answered()
        if missing and not confirm(
            self,
            self.tr("提交答卷"),
            self.tr("还有 %1 题未作答，未答的题不得分。确定提交吗？").replace("%1", str(missing)),
        ):
            return
        try:
            result = self._academy.assessment.submit(self._actor, self.attempt.attempt_id)
        except Exception as error:
            show_error(self, error)
            return
        self._ticker.stop()
        self.attempt = None
        self.submitted.emit(result)

    def leave(self) -> None:
        self._ticker.stop()
