"""What the administrator's and the trainer's areas share: a header saying who is signed in, a way
out, and the area's body below them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from literacy_app.services.acting import Actor
from literacy_app.ui.widgets import PageHeader, button


class StaffArea(QWidget):
    sign_out_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page")
        self.actor: Actor | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(36, 24, 36, 28)
        self.body.setSpacing(12)
        top = QHBoxLayout()
        self.header = PageHeader()
        top.addWidget(self.header, 1)
        self.sign_out = button("")  # each area names its way out
        self.sign_out.clicked.connect(self.sign_out_requested)
        top.addWidget(self.sign_out)
        self.body.addLayout(top)
