"""What the content area shows while nobody is signed in (a PIN prompt was cancelled, say)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from literacy_app.ui.widgets import EmptyState


class SignedOutPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 48, 36, 28)
        self.empty = EmptyState(
            "user-round",
            self.tr("请选择学员"),
            self.tr(
                "点击左下角的“切换或新建学员”，选择你的学员档案或新建一个。"
                "设有登录密码的档案需要输入密码。"
            ),
        )
        layout.addWidget(self.empty)
        layout.addStretch(1)
