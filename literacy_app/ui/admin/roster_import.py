"""The preview of a roster import: what it would add and update, and every problem as file:row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe_problem
from literacy_app.services.roster import RosterPlan
from literacy_app.ui.widgets import label


class RosterImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: RosterPlan) -> None:
        super().__init__(parent)
        self.skip_invalid = False
        self.setWindowTitle(self.tr("导入花名册"))
        self.setMinimumSize(680, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(label(plan.path.name, "sectionTitle"))
        self.summary = label(self._summary(plan))
        layout.addWidget(self.summary)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(describe_problem(p) for p in plan.problems))
        self.problems.setVisible(bool(plan.problems))
        if plan.problems:
            layout.addWidget(label(self.tr("发现以下问题（文件:行号: 说明）："), "muted"))
        layout.addWidget(self.problems, 1)
        if plan.problems and plan.can_import:
            layout.addWidget(
                label(
                    self.tr("有问题时不会导入任何学员。请修改花名册后重新导入，或跳过有问题的行。"),
                    "muted",
                )
            )
        elif not plan.problems:
            layout.addStretch()
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(plan.can_import and not plan.problems)
        self.skip_button = QPushButton(self.tr("跳过错误行并导入"))
        self.skip_button.setVisible(plan.can_import and bool(plan.problems))
        cancel = QPushButton(self.tr("取消"))
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self._skip)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, plan: RosterPlan) -> str:
        if plan.refused:
            return self.tr("无法导入这个文件。")
        text = (
            self.tr("新增 %1 人 · 更新 %2 人 · 未变 %3 人")
            .replace("%1", str(len(plan.added)))
            .replace("%2", str(len(plan.updated)))
            .replace("%3", str(len(plan.unchanged)))
        )
        if plan.bad_rows:
            text += self.tr(" · 有问题的行 %1 行").replace("%1", str(plan.bad_rows))
        return text

    def _skip(self) -> None:
        self.skip_invalid = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: RosterPlan) -> bool | None:
        """None when cancelled, else whether to skip the bad rows."""
        dialog = cls(parent, plan)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.skip_invalid
