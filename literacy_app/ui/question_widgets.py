"""How each question type is answered on screen. Every change is reported at once through `answered`."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import QuestionType
from literacy_app.rules.responses import Response, is_answered
from literacy_app.services.attempt_views import QuestionView
from literacy_app.ui.labels import question_type_label, true_false_label
from literacy_app.ui.theme import ACCENT, icon
from literacy_app.ui.widgets import button, label

BLANK_MARK = re.compile(r"\{\{(\d+)\}\}")


def stem_blanks(stem: str) -> str:
    """A stem as shown: fill-in blanks appear as numbered gaps."""
    return BLANK_MARK.sub(lambda m: f"（{m.group(1)}）____", stem)


def stem_text(question: QuestionView) -> str:
    return stem_blanks(question.stem)


def response_text(question: QuestionView, response: Response) -> str:
    """A response (the learner's, or the right answer in the same shape) written out as the
    question was shown."""
    if not is_answered(response):
        return QCoreApplication.translate("Labels", "未作答")
    kind = question.type
    if kind is QuestionType.TRUE_FALSE:
        return true_false_label(bool(response))
    # Every other kind answers with a list, but for a single choice's one key.
    parts: list[Any] = response if isinstance(response, list) else [response]
    if kind in {QuestionType.SINGLE, QuestionType.MULTIPLE}:
        return "；".join(
            f"{letter}. {text}" for key, letter, text in question.options if key in parts
        )
    if kind is QuestionType.FILL:
        return "；".join(f"（{n}）{text or '—'}" for n, text in enumerate(parts, start=1))
    if kind is QuestionType.ORDERING:
        texts = dict(question.items)
        return " → ".join(texts.get(index, "?") for index in parts)
    rights = dict(question.rights)
    return "；".join(
        f"{left} — {rights.get(chosen, '—') if chosen is not None else '—'}"
        for left, chosen in zip(question.lefts, parts, strict=False)
    )


class OptionRow(QWidget):
    """A radio button or check box with a wrapping label: long options must never be clipped."""

    def __init__(self, indicator: QAbstractButton, text: str) -> None:
        super().__init__()
        self.indicator = indicator
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(indicator, 0, Qt.AlignmentFlag.AlignTop)
        self.text = label(text, "questionStem")
        self.text.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.text, 1)

    def mousePressEvent(self, event) -> None:
        self.indicator.click()
        event.accept()


class QuestionCard(QFrame):
    """One question (or a case with its parts); `answered` carries (question id, response)."""

    answered = Signal(str, object)

    def __init__(self, number: int, question: QuestionView, responses: dict[str, Response]) -> None:
        super().__init__()
        self.setObjectName("questionCard")
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(8)
        meta = (
            self.tr("第 %1 题 · %2 · %3 分")
            .replace("%1", str(number))
            .replace("%2", question_type_label(question.type))
            .replace("%3", str(question.points))
        )
        layout.addWidget(label(meta, "questionMeta"))
        layout.addWidget(label(stem_text(question), "questionStem"))
        self.editors: dict[str, AnswerEditor] = {}
        if question.case_text:
            layout.insertWidget(1, label(question.case_text, "caseText"))
        if question.type is QuestionType.CASE:
            for index, part in enumerate(question.parts, start=1):
                part_meta = (
                    self.tr("（%1）%2 · %3 分")
                    .replace("%1", str(index))
                    .replace("%2", question_type_label(part.type))
                    .replace("%3", str(part.points))
                )
                layout.addWidget(label(part_meta, "questionMeta"))
                layout.addWidget(label(stem_text(part), "questionStem"))
                self._add_editor(layout, part, responses.get(part.question_id))
        else:
            self._add_editor(layout, question, responses.get(question.question_id))

    def _add_editor(self, layout: QVBoxLayout, question: QuestionView, response: Response) -> None:
        editor = make_editor(question)
        editor.set_response(response)
        editor.changed.connect(
            lambda value, qid=question.question_id: self.answered.emit(qid, value)
        )
        self.editors[question.question_id] = editor
        layout.addWidget(editor)


class AnswerEditor(QWidget):
    changed = Signal(object)

    def set_response(self, response: Response) -> None:
        raise NotImplementedError

    def response(self) -> Response:
        raise NotImplementedError


class ChoiceEditor(AnswerEditor):
    """Radio buttons for one answer, check boxes for several, or true/false."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__()
        self.multiple = question.type is QuestionType.MULTIPLE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        if question.type is QuestionType.TRUE_FALSE:
            choices: list[tuple[str | bool, str]] = [
                (True, true_false_label(True)),
                (False, true_false_label(False)),
            ]
        else:
            choices = [(key, f"{letter}. {text}") for key, letter, text in question.options]
        self.rows: dict[str | bool, OptionRow] = {}
        for key, text in choices:
            indicator = QCheckBox() if self.multiple else QRadioButton()
            self.group.addButton(indicator)
            self.rows[key] = OptionRow(indicator, text)
            layout.addWidget(self.rows[key])
        self.group.buttonToggled.connect(self._toggled)

    def set_response(self, response: Response) -> None:
        chosen = set(response) if isinstance(response, list) else {response}
        self.group.blockSignals(True)
        for key, row in self.rows.items():
            row.indicator.setChecked(key in chosen)
        self.group.blockSignals(False)

    def response(self) -> Response:
        chosen = [key for key, row in self.rows.items() if row.indicator.isChecked()]
        if self.multiple:
            return sorted(str(key) for key in chosen)
        return chosen[0] if chosen else None

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        # An exclusive group switches the old choice off before the new one on: report once, on.
        if checked or self.multiple:
            self.changed.emit(self.response())


class FillEditor(AnswerEditor):
    """One text box per blank; every keystroke is saved."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QLineEdit] = []
        for index in range(question.blanks):
            box = QLineEdit()
            box.setPlaceholderText(self.tr("填写第 %1 空").replace("%1", str(index + 1)))
            box.textEdited.connect(lambda _text: self.changed.emit(self.response()))
            layout.addWidget(QLabel(f"（{index + 1}）"), index, 0)
            layout.addWidget(box, index, 1)
            self.boxes.append(box)

    def set_response(self, response: Response) -> None:
        values = response if isinstance(response, list) else []
        for index, box in enumerate(self.boxes):
            box.setText(
                str(values[index]) if index < len(values) and values[index] is not None else ""
            )

    def response(self) -> Response:
        return [box.text() for box in self.boxes]


class OrderingEditor(AnswerEditor):
    """Drag the items, or move the selected one with the buttons; the order is the answer."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("orderList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts = dict(question.items)
        self._initial = [index for index, _ in question.items]
        self._fill(self._initial)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit(self.response()))
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = button(self.tr("上移"))
        self.up.setIcon(icon("chevron-up", ACCENT, 16))
        self.down = button(self.tr("下移"))
        self.down.setIcon(icon("chevron-down", ACCENT, 16))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch()
        layout.addLayout(buttons)

    def _fill(self, order: list[int]) -> None:
        self.list.clear()
        for position, index in enumerate(order, start=1):
            item = QListWidgetItem(f"{position}. {self.texts[index]}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 12)

    def set_response(self, response: Response) -> None:
        if isinstance(response, list) and sorted(response) == sorted(self.texts):
            self._fill(list(response))
        else:
            self._fill(self._initial)

    def response(self) -> Response:
        return self._order()

    def _order(self) -> list[int]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        order = self._order()
        order[row], order[target] = order[target], order[row]
        self._fill(order)
        self.list.setCurrentRow(target)
        self.changed.emit(self.response())


class MatchingEditor(AnswerEditor):
    """For each left item, pick its partner from the shuffled right column."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(1, 1)
        self.boxes: list[QComboBox] = []
        for row, left in enumerate(question.lefts):
            layout.addWidget(label(left, "questionStem"), row, 0)
            box = QComboBox()
            box.addItem(self.tr("请选择……"), None)
            for index, text in question.rights:
                box.addItem(text, index)
            box.currentIndexChanged.connect(lambda _i: self.changed.emit(self.response()))
            layout.addWidget(box, row, 1)
            self.boxes.append(box)

    def set_response(self, response: Response) -> None:
        values = response if isinstance(response, list) else []
        for row, box in enumerate(self.boxes):
            box.blockSignals(True)
            chosen = values[row] if row < len(values) else None
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
            box.blockSignals(False)

    def response(self) -> Response:
        return [box.currentData() for box in self.boxes]


def make_editor(question: QuestionView) -> AnswerEditor:
    if question.type is QuestionType.FILL:
        return FillEditor(question)
    if question.type is QuestionType.ORDERING:
        return OrderingEditor(question)
    if question.type is QuestionType.MATCHING:
        return MatchingEditor(question)
    return ChoiceEditor(question)
