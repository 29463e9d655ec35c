"""Creating a learner profile: name, organisation and tier."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Tier
from literacy_app.services.learners import DEPARTMENT_LIMIT, NAME_LIMIT
from literacy_app.ui.labels import tier_label
from literacy_app.ui.widgets import label


@dataclass(frozen=True)
class ProfileInput:
    name: str
    department: str
    tier: Tier


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("学员档案"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        title = self.tr("欢迎使用政务新媒体素养学堂") if first_start else self.tr("新建学员档案")
        layout.addWidget(label(title, "sectionTitle"))
        layout.addWidget(
            label(
                self.tr("学习路径按学员类别安排。档案只保存在本机，用于记录你的学习进度。"), "muted"
            )
        )
        form = QFormLayout()
        form.setSpacing(10)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("例如：张明"))
        self.department = QLineEdit()
        self.department.setMaxLength(DEPARTMENT_LIMIT)
        self.department.setPlaceholderText(self.tr("例如：某区融媒体中心（可不填）"))
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("单位或部门"), self.department)
        form.addRow(self.tr("学员类别"), self.tier)
        layout.addLayout(form)
        self.error = label("", "formError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始学习"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("退出") if first_start else self.tr("取消")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> ProfileInput:
        return ProfileInput(
            self.name.text().strip(), self.department.text().strip(), Tier(self.tier.currentData())
        )

    def _accept(self) -> None:
        if not self.value().name:
            self.error.setText(self.tr("请填写姓名。"))
            self.error.show()
            self.name.setFocus()
            return
        self.accept()

    @classmethod
    def get_profile(
        cls, parent: QWidget | None, *, first_start: bool = False
    ) -> tuple[ProfileInput | None, bool]:
        """Ask for a profile; returns the input and whether the user accepted."""
        dialog = cls(parent, first_start=first_start)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.value() if accepted else None), accepted
