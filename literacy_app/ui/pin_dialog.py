"""A learner sets, changes or removes the PIN (or password) that protects their profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from literacy_app.services.errors import ServiceCode, ServiceError
from literacy_app.services.learners import PIN_MAX, PIN_MIN
from literacy_app.ui.checked_dialog import CheckedDialog, secret_field

# Saves (new PIN or None to remove, current PIN or None when there is none yet).
SavePin = Callable[[str | None, str | None], None]


class PinDialog(CheckedDialog):
    def __init__(
        self, parent: QWidget | None, save: SavePin, *, has_pin: bool, required: bool,
        mandatory: bool = False,
    ) -> None:  # fmt: skip
        if mandatory:
            explanation = self.tr(
                "管理员要求每位学员为自己的档案设置登录密码，设置后才能开始学习。"
                "在这台电脑上切换到你的档案时需要输入它。"
            )
        else:
            explanation = self.tr(
                "设置后，在这台电脑上切换到你的档案时需要输入它，别人就不能以你的名义学习或查看你的记录。"
            )
        super().__init__(
            parent,
            self.tr("登录密码"),
            self.tr("更改登录密码") if has_pin else self.tr("设置登录密码"),
            explanation,
        )
        self._save = save
        self.current = secret_field(PIN_MAX)
        self.new = secret_field(PIN_MAX)
        self.new.setPlaceholderText(
            self.tr("%1–%2 个字符，数字或文字均可")
            .replace("%1", str(PIN_MIN))
            .replace("%2", str(PIN_MAX))
        )
        self.again = secret_field(PIN_MAX)
        if has_pin:
            self.form.addRow(self.tr("当前密码"), self.current)
        self.form.addRow(self.tr("新密码"), self.new)
        self.form.addRow(self.tr("再次输入新密码"), self.again)
        self._has_pin = has_pin
        buttons = self.finish(self.tr("保存"), self.tr("取消"))
        self.remove_button = None
        if has_pin and not required:
            self.remove_button = buttons.addButton(
                self.tr("删除登录密码"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(self._remove)

    def _current(self) -> str | None:
        return self.current.text() if self._has_pin else None

    def _field_for(self, error: ServiceError) -> QLineEdit:
        about_current = error.code in {ServiceCode.WRONG_PIN, ServiceCode.PIN_NEEDED}
        return self.current if about_current and self._has_pin else self.new

    def _accept(self) -> None:
        if self.passwords_match(self.new, self.again) and self.attempt(
            lambda: self._save(self.new.text(), self._current()), self._field_for
        ):
            self.accept()

    def _remove(self) -> None:
        if self.attempt(lambda: self._save(None, self._current()), self._field_for):
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, save: SavePin, *, has_pin: bool, required: bool,
        mandatory: bool = False,
    ) -> bool:  # fmt: skip
        """True once the PIN was saved (or removed) through `save`."""
        dialog = cls(parent, save, has_pin=has_pin, required=required, mandatory=mandatory)
        return dialog.exec() == QDialog.DialogCode.Accepted
