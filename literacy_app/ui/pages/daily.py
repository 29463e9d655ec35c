"""Daily practice: ten questions a day mixing due reviews with new ones, and the streak."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.widgets import ScrollingPage, StatTile, button, label


class DailyPracticePage(ScrollingPage):
    daily_requested = Signal()
    review_requested = Signal()

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.figures = {}
        for key, caption in (("streak", self.tr("连续练习天数")), ("today", self.tr("今日练习")),
                             ("due", self.tr("今天待复习的错题"))):  # fmt: skip
            tile = StatTile(caption)
            self.figures[key] = tile.figure
            tiles.addWidget(tile)
        self.body.addLayout(tiles)

        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(22, 18, 22, 18)
        box.setSpacing(10)
        box.addWidget(label(self.tr("每天一组 %1 题").replace("%1", "10"), "cardTitle"))
        box.addWidget(label(
            self.tr("先复习今天到期的错题，再补充你所在类别课程中还没做过的新题。"
                    "答错的题会进入错题本，按记忆规律（FSRS）安排下次复习的时间。"),
            "cardSummary",
        ))  # fmt: skip
        row = QHBoxLayout()
        row.addStretch()
        self.review_button = button("")
        self.review_button.clicked.connect(self.review_requested)
        self.daily_button = button("", primary=True)
        self.daily_button.clicked.connect(self.daily_requested)
        row.addWidget(self.review_button)
        row.addWidget(self.daily_button)
        box.addLayout(row)
        self.body.addWidget(card)
        self.body.addStretch()

    def refresh(self, actor: Actor) -> None:
        status = self._academy.review.daily_status(actor)
        self.header.set_text(self.tr("每日练习"), self.tr("每天练一点，记得更牢。"))
        self.figures["streak"].setText(self.tr("%1 天").replace("%1", str(status.streak)))
        self.figures["today"].setText(self.tr("已完成") if status.done_today else self.tr("未完成"))
        self.figures["due"].setText(str(status.due_reviews))
        self.daily_button.setText(
            self.tr("再练一组") if status.done_today else self.tr("开始今日练习")
        )
        self.review_button.setText(
            self.tr("只复习错题（%1）").replace("%1", str(status.due_reviews))
        )
        self.review_button.setEnabled(status.due_reviews > 0)
