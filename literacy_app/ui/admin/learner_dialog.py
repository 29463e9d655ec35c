"""Adding or editing one learner as administrator: name, identifier, department path, tier, phone."""

from __future__ import annotations

from collections.abc import Callable
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

from literacy_app.catalogue import describe
from literacy_app.content.model import Tier
from literacy_app.services.errors import ServiceError
from literacy_app.services.learner_fields import IDENTIFIER_LIMIT
from literacy_app.services.learners import DEPARTMENT_LIMIT, NAME_LIMIT
from literacy_app.services.roster import LearnerRecord
from literacy_app.ui.labels import tier_label
from literacy_app.ui.widgets import label


@dataclass(frozen=True)
class LearnerInput:
    name: str
    identifier: str
    department: str
    tier: Tier
    phone: str


class LearnerDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        departments: list[str],
        save: Callable[[LearnerInput], object],
        record: LearnerRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("修改学员信息") if record else self.tr("添加学员"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "工号/身份标识在本单位内唯一，导入花名册时按它更新学员。单位/部门按层级用“/”分隔。"
                ),
                "muted",
            )
        )
        form = QFormLayout()
        form.setSpacing(10)
        self.name = QLineEdit(record.name if record else "")
        self.name.setMaxLength(NAME_LIMIT)
        self.identifier = QLineEdit(record.identifier if record else "")
        self.identifier.setMaxLength(IDENTIFIER_LIMIT)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(departments)
        self.department.setEditText(record.department if record else "")
        line = self.department.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setMaxLength(DEPARTMENT_LIMIT)
        line.setPlaceholderText(self.tr("例如：某省/某市/某县/县融媒体中心"))
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        if record:
            self.tier.setCurrentIndex(self.tier.findData(record.tier.value))
        self.phone = QLineEdit(record.phone or "" if record else "")
        self.phone.setPlaceholderText(self.tr("选填，11 位手机号码"))
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("工号/身份标识"), self.identifier)
        form.addRow(self.tr("单位/部门"), self.department)
        form.addRow(self.tr("类别"), self.tier)
        form.addRow(self.tr("手机号"), self.phone)
        layout.addLayout(form)
        self.error = label("", "formError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> LearnerInput:
        return LearnerInput(
            self.name.text(),
            self.identifier.text(),
            self.department.currentText(),
            Tier(self.tier.currentData()),
            self.phone.text(),
        )

    def _accept(self) -> None:
        # The service checks the fields; its refusal stays in the dialog, with what was typed.
        try:
            self._save(self.value())
        except ServiceError as error:
            self.error.setText(describe(error.message))
            self.error.show()
            return
        self.accept()

    @classmethod
    def get_learner(
        cls,
        parent: QWidget | None,
        departments: list[str],
        save: Callable[[LearnerInput], object],
        record: LearnerRecord | None = None,
    ) -> tuple[LearnerInput | None, bool]:
        """Ask for a learner's fields until `save` takes them or the administrator cancels.
        Returns the input and whether it was saved."""
        dialog = cls(parent, departments, save, record)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.value() if accepted else None), accepted
