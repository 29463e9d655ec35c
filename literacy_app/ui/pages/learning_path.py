"""Home: the learner's learning path: courses assigned to them with their due dates (late ones
first), then their tier's required and elective courses, each with its progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from literacy_app.rules.kinds import Requirement, Tier
from literacy_app.services.path_views import AssignedCourse, LearningPathView
from literacy_app.ui.course_card import CourseCard
from literacy_app.ui.labels import tier_label
from literacy_app.ui.widgets import EmptyState, ScrollingPage, clear_layout, label

# The page can be shown from the start snapshot before the core is open, so only what showing
# needs is imported here (see `ui/start_snapshot.py`).
if TYPE_CHECKING:
    from literacy_app.services.academy import Academy
    from literacy_app.services.acting import Actor


class LearningPathPage(ScrollingPage):
    course_requested = Signal(str)
    # Emitted once the page has been painted with a learner's path, each time `show_view` gives
    # it a new one.
    populated = Signal()

    def __init__(self, academy: Academy | None = None) -> None:
        super().__init__()
        self._academy = academy
        self._cards = self.add_list()
        self.cards: list[CourseCard] = []
        self.view: LearningPathView | None = None
        self._announce = False
        self.header.title.installEventFilter(self)

    def attach(self, academy: Academy) -> None:
        """The core, once open, for a page first shown from the start snapshot."""
        self._academy = academy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._announce and event.type() == QEvent.Type.Paint:
            self._announce = False
            # Once this paint is on screen; the page as context, so a page gone by then is quiet.
            QTimer.singleShot(0, self, self.populated.emit)
        return False

    def _due_note(self, due: int) -> str:
        return self.tr(" · 今天有 %1 道错题待复习").replace("%1", str(due)) if due else ""

    def _assigned_note(self, assigned: tuple[AssignedCourse, ...]) -> str:
        if not assigned:
            return ""
        late = sum(1 for a in assigned if a.overdue)
        note = self.tr(" · 分配 %1 门").replace("%1", str(len(assigned)))
        return note + (self.tr("（逾期 %1 门）").replace("%1", str(late)) if late else "")

    def refresh(self, actor: Actor, tier: Tier) -> None:
        self.show_view(self.read(actor, tier))

    def read(self, actor: Actor, tier: Tier) -> LearningPathView:
        """What the page shows for the learner, from the services."""
        if self._academy is None:
            raise RuntimeError("the core is not open yet")
        return LearningPathView(
            tier=tier,
            courses=tuple(self._academy.learning.learning_path(actor)),
            assigned=tuple(self._academy.assignments.mine(actor)),
            reviews_due=self._academy.review.due_count(actor),
        )

    def show_view(self, view: LearningPathView) -> None:
        if view == self.view:
            return  # as on screen (the start snapshot was right): nothing flickers
        self.view = view
        self._announce = True
        path, assigned, tier = view.courses, view.assigned, view.tier
        required = [p for p in path if p.requirement is Requirement.REQUIRED]
        done = sum(1 for p in required if p.completed)
        self.header.set_text(
            self.tr("我的学习路径"),
            self.tr("%1 · 必修 %2 门（已完成 %3 门）· 选修 %4 门")
            .replace("%1", tier_label(tier))
            .replace("%2", str(len(required)))
            .replace("%3", str(done))
            .replace("%4", str(len(path) - len(required)))
            + self._assigned_note(assigned)
            + self._due_note(view.reviews_due),
        )
        clear_layout(self._cards)
        self.cards = []
        if not path and not assigned:
            self._cards.addWidget(
                EmptyState(
                    "route",
                    self.tr("还没有面向“%1”的课程").replace("%1", tier_label(tier)),
                    self.tr("请到“全部课程”中选学，或请培训管理员安装适合你的课程。"),
                )
            )
            return
        if assigned:
            self._cards.addWidget(label(self.tr("分配给我的课程"), "sectionTitle"))
            for item in assigned:
                self._add_card(CourseCard(item.progress, due_on=item.due_on, overdue=item.overdue))
        # An assigned course is shown once, with its due date, even if the tier requires it too.
        shown = {item.progress.course_id for item in assigned}
        rest = [p for p in path if p.course_id not in shown]
        for title, group in ((self.tr("必修课程"), [p for p in rest if p in required]),
                             (self.tr("选修课程"), [p for p in rest if p not in required])):  # fmt: skip
            if not group:
                continue
            self._cards.addWidget(label(title, "sectionTitle"))
            for progress in group:
                self._add_card(CourseCard(progress))

    def _add_card(self, card: CourseCard) -> None:
        card.open_requested.connect(self.course_requested)
        self._cards.addWidget(card)
        self.cards.append(card)
