"""A fresh installation's first question: who administers it (or "not now", asked again later)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from literacy_app.services.accounts import NAME_LIMIT, PASSWORD_MAX, PASSWORD_MIN
from literacy_app.services.acting import Actor
from literacy_app.ui.checked_dialog import CheckedDialog, secret_field


class AdminSetupDialog(CheckedDialog):
    def __init__(self, parent: QWidget | None, create: Callable[[str, str], Actor]) -> None:
        super().__init__(
            parent,
            self.tr("设置管理员"),
            self.tr("请先为本机设置管理员账户"),
            self.tr(
                "管理员可以查看全部学员的学习情况、导出完成情况报表、管理账户和学员登录密码。"
                "请由负责本机培训工作的人员设置，并妥善保管密码。"
                "也可以暂不设置：下次启动时会再次询问，也可随时从“切换或新建学员”菜单中设置。"
            ),
        )
        self._create = create
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("例如：培训中心管理员"))
        self.password = secret_field(PASSWORD_MAX)
        self.password.setPlaceholderText(self.tr("至少 %1 个字符").replace("%1", str(PASSWORD_MIN)))
        self.again = secret_field(PASSWORD_MAX)
        self.form.addRow(self.tr("登录名"), self.name)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.again)
        self.finish(self.tr("创建管理员账户"), self.tr("暂不设置"))

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_problem(self.tr("请填写登录名。"), self.name)
            return
        if self.passwords_match(self.password, self.again) and self.attempt(
            lambda: self._create(name, self.password.text()), self.password
        ):
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, create: Callable[[str, str], Actor]) -> Actor | None:
        """The administrator created through `create`, or None when the user chose not now."""
        dialog = cls(parent, create)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome
