"""GUI fixtures: the application with its theme, and main windows on a test data directory."""

from __future__ import annotations

import pytest

from literacy_app.ui.app import create_application
from literacy_app.ui.main_window import MainWindow
from literacy_app.ui.profile_dialog import ProfileDialog, ProfileInput

from .drive import arrange, choose, fill, match


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Message boxes are recorded instead of shown (a modal box would hang an offscreen run).

    A test that expects one reads and clears the list; any other box fails the test.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def static(*args, **kwargs):
        # Qt's static helpers guess rich text from what they show (a course title, a path).
        shown.append("static helper, rich text: " + " ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Ok

    def record_exec(box):
        parts = (box.windowTitle(), box.text(), box.detailedText())
        shown.append(" ".join(part for part in parts if part))
        if box.textFormat() != Qt.TextFormat.PlainText:
            shown.append(f"a box shows rich text: {box.text()}")
        return 0

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static))
    monkeypatch.setattr(QMessageBox, "exec", record_exec)
    yield shown
    assert not shown, f"unexpected message boxes: {shown}"


@pytest.fixture(autouse=True)
def sign_in_dialogs(monkeypatch):
    """A sign-in or password dialog a test did not answer is closed at once and fails the test
    (shown, it would wait forever offscreen). Tests answer one by replacing its class's exec."""
    from literacy_app.ui.checked_dialog import CheckedDialog

    shown: list[str] = []

    def unexpected(dialog) -> int:
        shown.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(CheckedDialog, "exec", unexpected)
    yield
    assert not shown, f"unexpected dialogs: {shown}"


@pytest.fixture(autouse=True)
def admin_setup(monkeypatch):
    """The fresh installation's administrator set-up is answered "not now" unless a test queues
    a (name, password) to create; `asked` counts the times it was shown."""
    from literacy_app.ui.admin_setup_dialog import AdminSetupDialog

    answers: list[tuple[str, str]] = []
    asked: list[bool] = []

    def ask(cls, parent, create):
        asked.append(True)
        return create(*answers.pop(0)) if answers else None

    monkeypatch.setattr(AdminSetupDialog, "ask", classmethod(ask))
    return answers, asked


@pytest.fixture
def app(qapp):
    return create_application("zh_CN")


@pytest.fixture
def profile_answer(monkeypatch):
    """What the profile dialog will answer; tests replace the dialog's exec, never show it."""
    answers: list[tuple[ProfileInput | None, bool]] = []
    asked: list[bool] = []

    def get_profile(parent, *, first_start=False):
        asked.append(first_start)
        return answers.pop(0) if answers else (None, False)

    monkeypatch.setattr(
        ProfileDialog,
        "get_profile",
        classmethod(lambda cls, parent, **kw: get_profile(parent, **kw)),
    )
    return answers, asked


@pytest.fixture
def open_window(app, qtbot):
    def open_(academy) -> MainWindow:
        window = MainWindow(lambda: academy)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.start()
        return window

    return open_


def answer_right(card, library) -> None:
    """Answer every part of a question card correctly through its widgets, as a learner would."""
    from literacy_app.ui.question_widgets import (
        ChoiceEditor,
        FillEditor,
        MatchingEditor,
        OrderingEditor,
    )

    for question_id, editor in card.editors.items():
        question = library.questions[question_id]
        if isinstance(editor, FillEditor):
            fill(editor, *(accepted[0] for accepted in question.blanks))
        elif isinstance(editor, OrderingEditor):
            arrange(editor, list(range(len(question.items))))
        elif isinstance(editor, MatchingEditor):
            match(editor, *range(len(question.pairs)))
        else:
            assert isinstance(editor, ChoiceEditor)
            answer = question.answer
            choose(editor, *(answer if isinstance(answer, tuple) else (answer,)))


def answer_something(card) -> None:
    """Give any answer to the first part of a card."""
    from literacy_app.ui.question_widgets import (
        ChoiceEditor,
        FillEditor,
        MatchingEditor,
        OrderingEditor,
    )

    editor = next(iter(card.editors.values()))
    if isinstance(editor, ChoiceEditor):
        choose(editor, next(iter(editor.rows)))
    elif isinstance(editor, FillEditor):
        fill(editor, "an answer")  # not Chinese: the English walk reads it back
    elif isinstance(editor, OrderingEditor):
        arrange(editor, list(reversed(editor.response())))
    elif isinstance(editor, MatchingEditor):
        match(editor, 0)
