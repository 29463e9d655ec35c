"""The mistake notebook: every question answered wrong, with its explanation and next review date."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.question_widgets import response_text, stem_text
from literacy_app.ui.widgets import EmptyState, ScrollingPage, button, clear_layout, label


class NotebookPage(ScrollingPage):
    review_requested = Signal()

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        row = QHBoxLayout()
        row.addStretch()
        self.review_button = button("", primary=True)
        self.review_button.clicked.connect(self.review_requested)
        row.addWidget(self.review_button)
        self.body.addLayout(row)
        self._items = self.add_list()
        self.entry_cards: list[QFrame] = []

    def refresh(self, actor: Actor) -> None:
        entries = self._academy.review.notebook(actor)
        due = self._academy.review.due_count(actor)
        self.header.set_text(
            self.tr("错题本"),
            self.tr("共 %1 道错题，今天到期 %2 道。复习时答对，下次复习的间隔会拉长。")
            .replace("%1", str(len(entries)))
            .replace("%2", str(due)),
        )
        self.review_button.setText(self.tr("开始复习（%1）").replace("%1", str(due)))
        self.review_button.setEnabled(due > 0)
        clear_layout(self._items)
        self.entry_cards = []
        if not entries:
            self._items.addWidget(EmptyState(
                "clipboard-check", self.tr("错题本是空的"),
                self.tr("测验或练习中答错的题会自动记到这里，并按记忆规律安排复习。"),
            ))  # fmt: skip
            return
        now = datetime.now(UTC)
        for entry in entries:
            card = QFrame()
            card.setObjectName("questionCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(22, 14, 22, 14)
            box.setSpacing(6)
            when = (
                self.tr("今天到期")
                if entry.due <= now
                else entry.due.astimezone().strftime("%Y-%m-%d")
            )
            meta = (
                self.tr("下次复习：%1 · 答错 %2 次")
                .replace("%1", when)
                .replace("%2", str(entry.lapses))
            )
            box.addWidget(label(meta, "questionMeta"))
            if entry.case_text:
                box.addWidget(label(entry.case_text, "caseText"))
            box.addWidget(label(stem_text(entry.question), "questionStem"))
            answer = response_text(entry.question, entry.answer)
            box.addWidget(label(self.tr("正确答案：%1").replace("%1", answer), "cardSummary"))
            box.addWidget(label(entry.explanation, "explanation"))
            self._items.addWidget(card)
            self.entry_cards.append(card)
