"""Scenario drills for the learner's tier, each with how often it was finished."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.ui.widgets import EmptyState, ScrollingPage, badge, button, clear_layout, label


class ScenarioListPage(ScrollingPage):
    scenario_requested = Signal(str)
    debrief_requested = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._items = self.add_list()
        self.start_buttons: dict[str, object] = {}

    def refresh(self, actor: Actor) -> None:
        cards = self._academy.scenarios.catalogue(actor)
        self.header.set_text(
            self.tr("情景推演"),
            self.tr(
                "在限时的情境中作出选择，结束后按时效、准确、透明、共情、合规五个维度复盘。情境均为虚构。"
            ),
        )
        clear_layout(self._items)
        self.start_buttons = {}
        if not cards:
            self._items.addWidget(
                EmptyState(
                    "messages-square",
                    self.tr("还没有适合你的推演"),
                    self.tr("请培训管理员安装面向你所在类别的情景推演。"),
                )
            )
            return
        for card_data in cards:
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            box.setContentsMargins(22, 18, 22, 18)
            box.setSpacing(8)
            top = QHBoxLayout()
            top.addWidget(label(card_data.title, "cardTitle"), 1)
            if card_data.finished_runs:
                top.addWidget(
                    badge(
                        self.tr("已完成 %1 次").replace("%1", str(card_data.finished_runs)),
                        "Passed",
                    )
                )
            box.addLayout(top)
            box.addWidget(label(card_data.summary, "cardSummary"))
            row = QHBoxLayout()
            row.addWidget(
                label(self.tr("约 %1 分钟").replace("%1", str(card_data.minutes)), "muted"), 1
            )
            if card_data.last_run_id is not None:
                review = button(self.tr("查看上次复盘"))
                review.clicked.connect(
                    lambda _=False, rid=card_data.last_run_id: self.debrief_requested.emit(rid)
                )
                row.addWidget(review)
            start = button(
                self.tr("继续推演") if card_data.in_progress else self.tr("开始推演"), primary=True
            )
            start.clicked.connect(
                lambda _=False, sid=card_data.scenario_id: self.scenario_requested.emit(sid)
            )
            row.addWidget(start)
            self.start_buttons[card_data.scenario_id] = start
            box.addLayout(row)
            self._items.addWidget(card)
