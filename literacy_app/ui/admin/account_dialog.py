"""A new staff account (name, role, password), or a new password for an existing one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from literacy_app.services.accounts import NAME_LIMIT, PASSWORD_MAX, PASSWORD_MIN, StaffView
from literacy_app.services.acting import Role
from literacy_app.services.errors import ServiceCode, ServiceError
from literacy_app.ui.checked_dialog import CheckedDialog, secret_field

NAME_PROBLEMS = {
    ServiceCode.NAME_REQUIRED,
    ServiceCode.NAME_TOO_LONG,
    ServiceCode.ACCOUNT_NAME_TAKEN,
}


def role_label(role: Role) -> str:
    return {
        Role.LEARNER: QCoreApplication.translate("Roles", "学员"),
        Role.TRAINER: QCoreApplication.translate("Roles", "培训师"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "管理员"),
    }[role]


class AccountDialog(CheckedDialog):
    """With `account_name` it resets that account's password; without, it creates an account."""

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[..., object],
        account_name: str | None = None,
    ) -> None:
        creating = account_name is None
        super().__init__(
            parent,
            self.tr("新建账户") if creating else self.tr("重置密码"),
            self.tr("新建管理员或培训师账户")
            if creating
            else self.tr("为“%1”设置新密码").replace("%1", account_name or ""),
            self.tr("请把登录名和密码当面交给账户的使用人，并提醒其妥善保管。")
            if creating
            else self.tr("新密码立即生效，旧密码作废；账户如被锁定，也一并解除。"),
        )
        self._save = save
        self._creating = creating
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.role = QComboBox()
        for role in (Role.TRAINER, Role.ADMINISTRATOR):
            self.role.addItem(role_label(role), role.value)
        self.password = secret_field(PASSWORD_MAX)
        self.password.setPlaceholderText(self.tr("至少 %1 个字符").replace("%1", str(PASSWORD_MIN)))
        self.again = secret_field(PASSWORD_MAX)
        if creating:
            self.form.addRow(self.tr("登录名"), self.name)
            self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.again)
        self.finish(self.tr("创建") if creating else self.tr("保存"), self.tr("取消"))

    def _accept(self) -> None:
        if not self.passwords_match(self.password, self.again):
            return
        password = self.password.text()
        if self._creating:
            name, role = self.name.text(), Role(self.role.currentData())
            done = self.attempt(lambda: self._save(name, role, password), self._field_for)
        else:
            done = self.attempt(lambda: self._save(password), self.password)
        if done:
            self.accept()

    def _field_for(self, error: ServiceError) -> QLineEdit:
        return self.name if error.code in NAME_PROBLEMS else self.password

    @classmethod
    def new_account(
        cls, parent: QWidget | None, create: Callable[[str, Role, str], StaffView]
    ) -> StaffView | None:
        dialog = cls(parent, create)
        return dialog.outcome if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def new_password(cls, parent: QWidget | None, name: str, reset: Callable[[str], None]) -> bool:
        return cls(parent, reset, name).exec() == QDialog.DialogCode.Accepted
