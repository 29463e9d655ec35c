"""A scenario drill in progress: what this stage reveals, the clock, and the choices."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.scenarios import StageView
from literacy_app.ui.errors import show_error
from literacy_app.ui.widgets import ScrollingPage, clear_layout, label


class ChoiceCard(QFrame):
    """A decision the learner can take; the whole card is the button, and its text wraps."""

    chosen = Signal(str)

    def __init__(self, choice_id: str, letter: str, text: str) -> None:
        super().__init__()
        self.choice_id = choice_id
        self.setObjectName("choiceCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        self.text = label(f"{letter}. {text}", "questionStem")
        box.addWidget(self.text)

    def mousePressEvent(self, event) -> None:
        self.chosen.emit(self.choice_id)
        event.accept()


class ScenarioRunPage(ScrollingPage):
    finished = Signal(object)

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self.view: StageView | None = None
        self._actor: Actor | None = None
        self.header.set_back_text(self.tr("暂离推演（进度已保存）"))
        self.fiction = label("", "muted")
        self.body.addWidget(self.fiction)
        self.clock = label("", "countdown", wrap=False)
        self.body.addWidget(self.clock)
        self._reveal = QVBoxLayout()
        self._reveal.setSpacing(10)
        self.body.addLayout(self._reveal)
        self.prompt = label(self.tr("你会怎么做？"), "sectionTitle")
        self.body.addWidget(self.prompt)
        self._choices = self.add_list()
        self.choice_cards: list[ChoiceCard] = []
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    def show_stage(self, actor: Actor, view: StageView) -> None:
        self._actor = actor
        self.view = view
        self.header.set_text(
            view.scenario_title,
            self.tr("第 %1 步 · %2").replace("%1", str(view.step)).replace("%2", view.stage_title),
        )
        self.fiction.setText(view.fictional)
        clear_layout(self._reveal)
        for kind, source, text in view.reveal:
            card = QFrame()
            card.setObjectName("revealCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 12, 18, 12)
            box.setSpacing(4)
            box.addWidget(label(f"{reveal_kind_label(kind)} · {source}", "questionMeta"))
            box.addWidget(label(text, "questionStem"))
            self._reveal.addWidget(card)
        clear_layout(self._choices)
        self.choice_cards = []
        for letter, (choice_id, text) in zip("ABCD", view.choices, strict=False):
            card = ChoiceCard(choice_id, letter, text)
            card.chosen.connect(self.choose)
            self._choices.addWidget(card)
            self.choice_cards.append(card)
        self.prompt.setVisible(bool(view.choices))
        self.scroll_to_top()
        self.clock.setVisible(view.time_limit is not None)
        if view.time_limit:
            self._ticker.start()
            self._tick()
        else:
            self._ticker.stop()

    def remaining_seconds(self) -> int | None:
        if self.view is None or not self.view.time_limit:
            return None
        spent = (datetime.now(UTC) - self.view.stage_started_at).total_seconds()
        return max(0, math.ceil(self.view.time_limit - spent))

    def choose(self, choice_id: str | None) -> None:
        """Take a decision (None: the time ran out) and go on to the next stage or the debrief."""
        if self.view is None or self._actor is None:
            return
        self._ticker.stop()
        try:
            following = self._academy.scenarios.choose(self._actor, self.view.run_id, choice_id)
        except Exception as error:
            show_error(self, error)
            return
        if following.ending:
            self.view = None
            self.finished.emit(following.run_id)
        else:
            self.show_stage(self._actor, following)

    def leave(self) -> None:
        self._ticker.stop()

    def _tick(self) -> None:
        remaining = self.remaining_seconds()
        if remaining is None:
            return
        self.clock.setText(self.tr("决策时限：剩余 %1 秒").replace("%1", str(remaining)))
        self.clock.setProperty("urgent", remaining <= 15)
        self.clock.style().polish(self.clock)
        if remaining == 0:
            self.choose(None)


def reveal_kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "post": QCoreApplication.translate("Labels", "网帖"),
        "comments": QCoreApplication.translate("Labels", "评论潮"),
        "call": QCoreApplication.translate("Labels", "来电"),
        "instruction": QCoreApplication.translate("Labels", "领导指示"),
        "notice": QCoreApplication.translate("Labels", "通报与材料"),
        "news": QCoreApplication.translate("Labels", "媒体报道"),
    }[kind]
