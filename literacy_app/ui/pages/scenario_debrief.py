"""The debrief of a finished drill: the outcome, the score per dimension against the best reachable,
and each decision with its feedback and what a strong response would have done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QProgressBar, QVBoxLayout

from literacy_app.services.scenarios import Debrief
from literacy_app.ui.labels import dimension_label
from literacy_app.ui.widgets import ScrollingPage, button, clear_layout, label


class ScenarioDebriefPage(ScrollingPage):
    again_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.debrief: Debrief | None = None
        self.header.set_back_text(self.tr("返回情景推演"))
        self.outcome = QFrame()
        self.outcome.setObjectName("card")
        outcome_box = QVBoxLayout(self.outcome)
        outcome_box.setContentsMargins(22, 16, 22, 16)
        self.ending_title = label("", "cardTitle")
        self.ending_text = label("", "cardSummary")
        self.grade_note = label("", "muted")
        outcome_box.addWidget(self.ending_title)
        outcome_box.addWidget(self.ending_text)
        outcome_box.addWidget(self.grade_note)
        self.body.addWidget(self.outcome)

        self.body.addWidget(label(self.tr("五个维度的得分"), "sectionTitle"))
        scores = QFrame()
        scores.setObjectName("card")
        self._grid = QGridLayout(scores)
        self._grid.setContentsMargins(22, 16, 22, 16)
        self._grid.setHorizontalSpacing(14)
        self.body.addWidget(scores)
        self.bars: dict[str, QProgressBar] = {}

        self.body.addWidget(label(self.tr("逐步复盘"), "sectionTitle"))
        self._steps = self.add_list()
        self.again_button = button(self.tr("再推演一次"), primary=True)
        self.again_button.clicked.connect(
            lambda: self.debrief and self.again_requested.emit(self.debrief.scenario_id)
        )
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.again_button)
        self.body.insertLayout(1, row)

    def show_debrief(self, debrief: Debrief) -> None:
        self.debrief = debrief
        self.header.set_text(self.tr("%1 · 复盘").replace("%1", debrief.title), "")
        self.ending_title.setText(self.tr("结局：%1").replace("%1", debrief.ending_title))
        self.ending_text.setText(debrief.ending_text)
        if debrief.reached_best:
            self.grade_note.setText(self.tr("这是本推演最好的结局。"))
        else:
            self.grade_note.setText(
                self.tr("这不是最好的结局：前面某些决定留下了后果。看看下面每一步，再推演一次。")
            )
        self.grade_note.setVisible(debrief.reached_best is not None)
        clear_layout(self._grid)
        self.bars = {}
        for row, (dimension, total) in enumerate(debrief.totals.items()):
            best = debrief.best[dimension]
            bar = QProgressBar()
            bar.setRange(0, max(best, 1))
            bar.setValue(max(0, total))
            bar.setTextVisible(False)
            self._grid.addWidget(
                label(dimension_label(dimension), "cardSummary", wrap=False), row, 0
            )
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(
                label(
                    self.tr("%1 / 最高 %2").replace("%1", str(total)).replace("%2", str(best)),
                    "muted",
                    wrap=False,
                ),
                row,
                2,
            )
            self.bars[dimension] = bar
        self._grid.setColumnStretch(1, 1)
        clear_layout(self._steps)
        for number, step in enumerate(debrief.steps, start=1):
            card = QFrame()
            card.setObjectName("questionCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(22, 14, 22, 14)
            box.setSpacing(6)
            box.addWidget(
                label(
                    self.tr("第 %1 步 · %2")
                    .replace("%1", str(number))
                    .replace("%2", step.stage_title),
                    "questionMeta",
                )
            )
            decision = self.tr("超时，未作决定") if step.timed_out else step.decision
            box.addWidget(label(self.tr("你的决定：%1").replace("%1", decision), "questionStem"))
            scores = "　".join(f"{dimension_label(d)} {v:+d}" for d, v in step.scores.items())
            box.addWidget(label(scores, "muted"))
            box.addWidget(label(step.feedback, "cardSummary"))
            box.addWidget(label(self.tr("更好的做法：%1").replace("%1", step.best), "explanation"))
            self._steps.addWidget(card)
        self.scroll_to_top()
