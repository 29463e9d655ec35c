"""This installation's public key to hand out, and the other installations whose certificates are
trusted here: added by pasting a key once its fingerprint has been compared, and removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.errors import ServiceError
from literacy_app.services.installation import TrustedView
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.prompts import confirm, confirm_fingerprint
from literacy_app.ui.widgets import EmptyState, button, label


class TrustedInstallationsTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(14)

        own = QFrame()
        own.setObjectName("card")
        grid = QGridLayout(own)
        grid.setContentsMargins(22, 16, 22, 16)
        grid.setHorizontalSpacing(18)
        grid.addWidget(label(self.tr("本机公钥指纹"), "muted"), 0, 0)
        self.own_fingerprint = label("", "sectionTitle")
        grid.addWidget(self.own_fingerprint, 0, 1)
        grid.addWidget(label(self.tr("本机公钥"), "muted"), 1, 0)
        self.own_key = label("")
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.own_key, 1, 1)
        self.copy_button = button(self.tr("复制公钥"))
        self.copy_button.clicked.connect(self._copy_own_key)
        grid.addWidget(self.copy_button, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(own)

        layout.addWidget(label(self.tr("信任其他安装"), "sectionTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "在对方电脑上运行“literacy-app installation-key”取得公钥，"
                    "先打电话核对公钥指纹，一致后再粘贴到下面。"
                ),
                "muted",
            )
        )
        form = QHBoxLayout()
        self.key_input = QLineEdit()
        self.key_input.setPlaceholderText(self.tr("对方的公钥"))
        form.addWidget(self.key_input, 3)
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(self.tr("名称，例如签发单位"))
        form.addWidget(self.name_input, 2)
        self.add_button = button(self.tr("加入信任列表"), primary=True)
        self.add_button.clicked.connect(self._add)
        form.addWidget(self.add_button)
        layout.addLayout(form)

        self.model: RowsModel[TrustedView] = RowsModel(
            [
                (self.tr("名称"), lambda row: row.name),
                (self.tr("公钥指纹"), lambda row: row.fingerprint),
                (
                    self.tr("加入时间"),
                    lambda row: row.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
            ]
        )
        self.table = row_table(self.model)
        self.empty = EmptyState(
            "award",
            self.tr("只信任本机签发的证书"),
            self.tr("加入其他安装的公钥后，它们签发的证书在本机查验时也会显示为真实。"),
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch()
        self.remove_button = button(self.tr("移除所选安装"))
        self.remove_button.clicked.connect(self._remove)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        installation = self._academy.installation
        self.own_fingerprint.setText(installation.fingerprint())
        self.own_key.setText(installation.public_key_b64())
        rows = installation.trusted(actor)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.remove_button.setVisible(bool(rows))

    def _copy_own_key(self) -> None:
        QGuiApplication.clipboard().setText(self.own_key.text())

    def _add(self) -> None:
        if self._actor is None:
            return
        key, name = self.key_input.text(), self.name_input.text()
        question = self.tr(
            "这个公钥的指纹是：\n%1\n\n请确认已与对方电话核对，指纹完全一致后再加入信任列表。"
        )
        if not confirm_fingerprint(self, key, self.tr("核对指纹"), question):
            return
        try:
            self._academy.installation.trust(self._actor, key, name)
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
        question = self.tr("移除“%1”后，它签发的证书在本机将无法查验为真实。确定移除吗？").replace(
            "%1", row.name
        )
        if not confirm(self, self.tr("移除信任"), question):
            return
        try:
            self._academy.installation.distrust(self._actor, row.id)
        except ServiceError as error:
            show_error(self, error)
        self.refresh(self._actor)
