"""The trainers' signing keys an administrator trusts. While the list is empty any valid package
installs; once a key is listed, only packages signed with a listed key do."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.course_packages import TrainerKeyView
from literacy_app.services.errors import ServiceError
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.prompts import confirm, confirm_fingerprint
from literacy_app.ui.widgets import button, label


class TrainerKeysBox(QFrame):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.setObjectName("card")
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("信任的培训师签名密钥"), "sectionTitle"))
        self.state = label("", "muted")
        layout.addWidget(self.state)
        form = QHBoxLayout()
        self.key_input = QLineEdit()
        self.key_input.setPlaceholderText(self.tr("培训师运行 keygen 显示的公钥"))
        form.addWidget(self.key_input, 3)
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(self.tr("培训师或单位名称"))
        form.addWidget(self.name_input, 2)
        self.add_button = button(self.tr("加入信任列表"))
        self.add_button.clicked.connect(self._add)
        form.addWidget(self.add_button)
        layout.addLayout(form)
        self.model: RowsModel[TrainerKeyView] = RowsModel(
            [
                (self.tr("名称"), lambda row: row.name),
                (self.tr("公钥指纹"), lambda row: row.fingerprint),
            ]
        )
        self.table = row_table(self.model)
        self.table.setMaximumHeight(140)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addStretch()
        self.remove_button = button(self.tr("移除所选密钥"))
        self.remove_button.clicked.connect(self._remove)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        rows = self._academy.packages.trainer_keys(actor)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.remove_button.setVisible(bool(rows))
        self.state.setText(
            self.tr("只安装由下列密钥签名的课程包。")
            if rows
            else self.tr(
                "列表为空：任何通过检查的课程包都可以安装。加入密钥后只接受其签名的课程包。"
            )
        )

    def _add(self) -> None:
        if self._actor is None:
            return
        key, name = self.key_input.text(), self.name_input.text()
        question = self.tr(
            "这个公钥的指纹是：\n%1\n\n请与培训师当面或电话核对，一致后再加入信任列表。"
        )
        if not confirm_fingerprint(self, key, self.tr("核对指纹"), question):
            return
        try:
            self._academy.packages.trust_trainer_key(self._actor, key, name)
        except ServiceError as error:
            show_error(self, error)
            return
        self.key_input.clear()
        self.name_input.clear()
        self.refresh(self._actor)

    def _remove(self) -> None:
        row = selected_row(self.table, self.model)
        if self._actor is None or row is None:
            return
        question = self.tr("移除“%1”的密钥？").replace("%1", row.name)
        if not confirm(self, self.tr("移除密钥"), question):
            return
        try:
            self._academy.packages.distrust_trainer_key(self._actor, row.public_key)
        except ServiceError as error:
            show_error(self, error)
        self.refresh(self._actor)
