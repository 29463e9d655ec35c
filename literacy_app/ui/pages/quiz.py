"""Taking a final quiz: every answer is saved the moment it is chosen; submitting scores it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import QuestionType
from literacy_app.quiz.scoring import Response
from literacy_app.services.academy import Academy
from literacy_app.services.assessment import AttemptView, QuestionView
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import question_type_label, true_false_label
from literacy_app.ui.prompts import confirm
from literacy_app.ui.widgets import ScrollingPage, button, clear_layout, label


class OptionRow(QWidget):
    """A radio button or check box with a wrapping label: long options must never be clipped."""

    def __init__(self, indicator: QAbstractButton, text: str) -> None:
        super().__init__()
        self.indicator = indicator
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(indicator, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("questionStem")
        self.text.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.text, 1)

    def mousePressEvent(self, event) -> None:
        self.indicator.click()
        event.accept()


class QuestionCard(QFrame):
    """One question with its options; `answered` carries the new response whenever it changes."""

    answered = Signal(str, object)

    def __init__(self, number: int, question: QuestionView, response: Response) -> None:
        super().__init__()
        self.setObjectName("questionCard")
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(6)
        meta = (
            self.tr("第 %1 题 · %2 · %3 分")
            .replace("%1", str(number))
            .replace("%2", question_type_label(question.type))
            .replace("%3", str(question.points))
        )
        layout.addWidget(label(meta, "questionMeta"))
        layout.addWidget(label(question.stem, "questionStem"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(question.type is not QuestionType.MULTIPLE)
        self.rows: dict[object, OptionRow] = {}
        choices: list[tuple[object, str]]
        if question.type is QuestionType.TRUE_FALSE:
            choices = [(True, true_false_label(True)), (False, true_false_label(False))]
        else:
            choices = [(key, f"{key}. {text}") for key, text in question.options]
        for key, text in choices:
            indicator = QCheckBox() if question.type is QuestionType.MULTIPLE else QRadioButton()
            self.group.addButton(indicator)
            row = OptionRow(indicator, text)
            self.rows[key] = row
            layout.addWidget(row)
        self.set_response(response)
        self.group.buttonToggled.connect(self._changed)

    def set_response(self, response: Response) -> None:
        chosen = set(response) if isinstance(response, list) else {response}
        for key, row in self.rows.items():
            row.indicator.setChecked(key in chosen)

    def response(self) -> Response:
        chosen = [key for key, row in self.rows.items() if row.indicator.isChecked()]
        if self.question.type is QuestionType.MULTIPLE:
            return sorted(str(key) for key in chosen)
        return chosen[0] if chosen else None  # type: ignore[return-value]

    def choose(self, *keys: object) -> None:
        """Pick exactly these options, as a learner would by clicking them."""
        for key, row in self.rows.items():
            if row.indicator.isChecked() != (key in keys):
                row.indicator.click()

    def _changed(self, _button: QAbstractButton, checked: bool) -> None:
        # An exclusive group toggles the old choice off before the new one on: report once, on.
        if checked or self.question.type is QuestionType.MULTIPLE:
            self.answered.emit(self.question.question_id, self.response())


class QuizPage(ScrollingPage):
    submitted = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self.attempt: AttemptView | None = None
        self.cards: list[QuestionCard] = []
        self._responses: dict[str, Response] = {}
        self.header.set_back_text(self.tr("暂离测验（答案已保存）"))
        self._questions = self.add_list()

        footer = QFrame()
        footer.setObjectName("footerBar")
        bar = QHBoxLayout(footer)
        bar.setContentsMargins(36, 10, 36, 10)
        self.counter = label("", "muted", wrap=False)
        self.submit_button = button(self.tr("提交答卷"), primary=True)
        self.submit_button.clicked.connect(self._submit)
        bar.addWidget(self.counter)
        bar.addStretch()
        bar.addWidget(self.submit_button)
        self.layout().addWidget(footer)

    def show_attempt(self, attempt: AttemptView) -> None:
        self.attempt = attempt
        self._responses = dict(attempt.responses)
        subtitle = (
            self.tr("共 %1 题，%2 分及格。每作答一题即自动保存。")
            .replace("%1", str(len(attempt.questions)))
            .replace("%2", str(attempt.pass_mark))
        )
        if attempt.resumed:
            subtitle = self.tr("已恢复上次未完成的测验。") + subtitle
        self.header.set_text(self.tr("%1 · 结业测验").replace("%1", attempt.course_title), subtitle)
        clear_layout(self._questions)
        self.cards = []
        for number, question in enumerate(attempt.questions, start=1):
            card = QuestionCard(number, question, attempt.responses.get(question.question_id))
            card.answered.connect(self._save)
            self._questions.addWidget(card)
            self.cards.append(card)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_counter()

    def _save(self, question_id: str, response: Response) -> None:
        assert self.attempt is not None
        try:
            self._academy.assessment.record_answer(self.attempt.attempt_id, question_id, response)
        except Exception as error:
            show_error(self, error)
            return
        self._responses[question_id] = response
        self._update_counter()

    def _answered(self) -> int:
        return sum(1 for r in self._responses.values() if r not in (None, []))

    def _update_counter(self) -> None:
        total = len(self.attempt.questions) if self.attempt else 0
        self.counter.setText(
            self.tr("已答 %1 / %2 题")
            .replace("%1", str(self._answered()))
            .replace("%2", str(total))
        )

    def _submit(self) -> None:
        if self.attempt is None:
            return
        missing = len(self.attempt.questions) - self._answered()
        if missing and not confirm(
            self,
            self.tr("提交答卷"),
            self.tr("还有 %1 题未作答，未答的题不得分。确定提交吗？").replace("%1", str(missing)),
        ):
            return
        try:
            result = self._academy.assessment.submit(self.attempt.attempt_id)
        except Exception as error:
            show_error(self, error)
            return
        self.attempt = None
        self.submitted.emit(result)
