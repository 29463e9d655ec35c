"""Answering question cards through their widgets, as a learner would by clicking and typing."""

from __future__ import annotations

from literacy_app.ui.question_widgets import (
    AnswerEditor,
    ChoiceEditor,
    FillEditor,
    MatchingEditor,
    OrderingEditor,
    QuestionCard,
)


def editor(card: QuestionCard, question_id: str | None = None) -> AnswerEditor:
    """The editor of one part; without an id, the first (the only one unless this is a case)."""
    return card.editors[question_id] if question_id else next(iter(card.editors.values()))


def choose(editor: ChoiceEditor, *keys: object) -> None:
    """Pick exactly these options by clicking them."""
    for key, row in editor.rows.items():
        if row.indicator.isChecked() != (key in keys):
            row.indicator.click()


def fill(editor: FillEditor, *texts: str) -> None:
    """Type these texts into the blanks, one per blank."""
    for box, text in zip(editor.boxes, texts, strict=False):
        box.setText(text)
        box.textEdited.emit(text)


def arrange(editor: OrderingEditor, order: list[int]) -> None:
    """Put the items in this order (indices in the key's order), as dragging them would."""
    editor._fill(order)
    editor.changed.emit(editor.response())


def match(editor: MatchingEditor, *partners: int) -> None:
    """Pick each left item's partner (the index of its pair) in the drop-down boxes."""
    for box, partner in zip(editor.boxes, partners, strict=False):
        box.setCurrentIndex(box.findData(partner))
