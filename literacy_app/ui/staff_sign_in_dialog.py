"""An administrator signs in by name and password; refusals (a wrong password, a wait, a lock,
an account that is not an administrator's) are said in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from literacy_app.services.accounts import NAME_LIMIT, PASSWORD_MAX
from literacy_app.services.acting import Actor
from literacy_app.ui.checked_dialog import CheckedDialog, secret_field


class StaffSignInDialog(CheckedDialog):
    def __init__(self, parent: QWidget | None, sign_in: Callable[[str, str], Actor]) -> None:
        super().__init__(
            parent,
            self.tr("管理员登录"),
            self.tr("管理员登录"),
            self.tr("登录后进入管理区；学员的学习进度不受影响，退出管理后回到学员界面。"),
        )
        self._sign_in = sign_in
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.password = secret_field(PASSWORD_MAX)
        self.form.addRow(self.tr("登录名"), self.name)
        self.form.addRow(self.tr("密码"), self.password)
        self.finish(self.tr("登录"), self.tr("取消"))

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_problem(self.tr("请填写登录名。"), self.name)
            return
        if self.attempt(lambda: self._sign_in(name, self.password.text()), self.password):
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, sign_in: Callable[[str, str], Actor]) -> Actor | None:
        """The actor `sign_in` returned, or None when the user gave up."""
        dialog = cls(parent, sign_in)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome
