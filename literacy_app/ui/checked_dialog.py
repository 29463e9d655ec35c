"""The shape the sign-in and password dialogs share: a form whose OK runs a service call, and
stays open saying why (in the dialog, not in a box on top of it) when the service refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe
from literacy_app.services.errors import ServiceError
from literacy_app.ui.widgets import label


def secret_field(limit: int) -> QLineEdit:
    """A masked field for a password or PIN."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(limit)
    return field


class CheckedDialog(QDialog):
    """Subclasses add their fields to `form` and call `finish` with their buttons' texts."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, explanation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.setSpacing(12)
        self.body.addWidget(label(heading, "sectionTitle"))
        self.explanation = label(explanation, "muted")
        self.body.addWidget(self.explanation)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.body.addLayout(self.form)
        self.error = label("", "formError")
        self.error.hide()
        self.outcome: Any = None  # what the service call returned, once it succeeded

    def finish(self, accept_text: str, reject_text: str) -> QDialogButtonBox:
        self.body.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(reject_text)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(buttons)
        return buttons

    def _accept(self) -> None:
        raise NotImplementedError  # each dialog checks its own fields

    def show_problem(self, text: str, focus: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if focus is not None:
            focus.selectAll()
            focus.setFocus()

    def attempt(
        self,
        call: Callable[[], Any],
        focus: QLineEdit | Callable[[ServiceError], QLineEdit] | None = None,
    ) -> bool:
        """Run the service call; a refusal is shown in the dialog, the field it concerns (`focus`,
        or the one `focus` picks for the error) is selected, and the dialog stays open."""
        try:
            self.outcome = call()
        except ServiceError as error:
            field = focus(error) if callable(focus) else focus
            self.show_problem(describe(error.message), field)
            return False
        return True

    def passwords_match(self, first: QLineEdit, second: QLineEdit) -> bool:
        if first.text() == second.text():
            return True
        # Translated in this class's context: `self.tr` would look in the subclass's.
        text = QCoreApplication.translate("CheckedDialog", "两次输入的密码不一致。")
        self.show_problem(text, second)
        return False
