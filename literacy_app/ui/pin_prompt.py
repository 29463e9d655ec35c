"""Asks for a learner's PIN before their profile opens; the service's refusal is said in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from literacy_app.services.acting import Actor
from literacy_app.services.learners import PIN_MAX
from literacy_app.ui.checked_dialog import CheckedDialog, secret_field


class PinPrompt(CheckedDialog):
    def __init__(
        self, parent: QWidget | None, learner_name: str, sign_in: Callable[[str], Actor]
    ) -> None:
        super().__init__(
            parent,
            self.tr("输入登录密码"),
            self.tr("请输入“%1”的登录密码").replace("%1", learner_name),
            self.tr("这个学员档案设有登录密码。忘记密码时，请管理员清除后重新设置。"),
        )
        self._sign_in = sign_in
        self.pin = secret_field(PIN_MAX)
        self.form.addRow(self.tr("登录密码"), self.pin)
        self.finish(self.tr("进入"), self.tr("取消"))

    def _accept(self) -> None:
        if self.attempt(lambda: self._sign_in(self.pin.text()), self.pin):
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, learner_name: str, sign_in: Callable[[str], Actor]
    ) -> Actor | None:
        """The learner signed in with the PIN typed, or None when the user gave up."""
        dialog = cls(parent, learner_name, sign_in)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome
