"""The main window: navigation rail, pages, the learner card and the status line."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.library import Library
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.assessment import AttemptKind, AttemptResult
from literacy_app.services.learners import LearnerView
from literacy_app.ui.errors import show_error
from literacy_app.ui.labels import attempt_title, tier_label
from literacy_app.ui.pages.catalogue import CataloguePage
from literacy_app.ui.pages.course import CoursePage
from literacy_app.ui.pages.daily import DailyPracticePage
from literacy_app.ui.pages.learning_path import LearningPathPage
from literacy_app.ui.pages.lesson_reader import LessonReaderPage
from literacy_app.ui.pages.notebook import NotebookPage
from literacy_app.ui.pages.quiz import QuizPage
from literacy_app.ui.pages.quiz_result import QuizResultPage
from literacy_app.ui.pages.records import RecordsPage
from literacy_app.ui.pages.scenario_debrief import ScenarioDebriefPage
from literacy_app.ui.pages.scenario_run import ScenarioRunPage
from literacy_app.ui.pages.scenarios import ScenarioListPage
from literacy_app.ui.profile_dialog import ProfileDialog
from literacy_app.ui.prompts import confirm
from literacy_app.ui.tasks import run_in_background
from literacy_app.ui.theme import ACCENT, MUTED, icon
from literacy_app.ui.widgets import button, label

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    ready = Signal()

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.academy = academy
        # Who is signed in: every service call acts as `actor`; `learner` is their profile card.
        self.actor: Actor | None = None
        self.learner: LearnerView | None = None
        self.setWindowTitle(self.tr("政务新媒体素养学堂"))
        self.resize(1200, 800)
        self.setMinimumSize(QSize(960, 640))

        self.path_page = LearningPathPage(academy)
        self.catalogue_page = CataloguePage(academy)
        self.records_page = RecordsPage(academy)
        self.course_page = CoursePage(academy)
        self.lesson_page = LessonReaderPage(academy)
        self.quiz_page = QuizPage(academy)
        self.result_page = QuizResultPage()
        self.daily_page = DailyPracticePage(academy)
        self.notebook_page = NotebookPage(academy)
        self.scenario_page = ScenarioListPage(academy)
        self.scenario_run_page = ScenarioRunPage(academy)
        self.debrief_page = ScenarioDebriefPage()

        self.stack = QStackedWidget()
        self.stack.setObjectName("contentArea")
        for page in (self.path_page, self.catalogue_page, self.daily_page, self.notebook_page,
                     self.scenario_page, self.records_page, self.course_page, self.lesson_page,
                     self.quiz_page, self.result_page, self.scenario_run_page, self.debrief_page):  # fmt: skip
            self.stack.addWidget(page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_rail())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("正在载入课程……"))
        self._wire_pages()
        self._section_page: QWidget = self.path_page
        self.setEnabled(False)

    # -- building -------------------------------------------------------------------------------
    def _build_rail(self) -> QWidget:
        rail = QFrame()
        rail.setObjectName("navRail")
        rail.setFixedWidth(220)
        layout = QVBoxLayout(rail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(label(self.tr("政务新媒体素养学堂"), "appTitle"))
        layout.addWidget(label(self.tr("政策解码 · 舆情研判 · 信息辨识"), "appSubtitle"))
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(20, 20))
        sections = (
            ("path", self.tr("学习路径"), "route", self.path_page),
            ("catalogue", self.tr("全部课程"), "library-big", self.catalogue_page),
            ("daily", self.tr("每日练习"), "calendar-check", self.daily_page),
            ("notebook", self.tr("错题本"), "notebook-pen", self.notebook_page),
            ("scenarios", self.tr("情景推演"), "messages-square", self.scenario_page),
            ("records", self.tr("学习记录"), "history", self.records_page),
        )
        self._section_keys = [key for key, *_ in sections]
        self._nav_pages = [page for *_, page in sections]
        for _key, text, glyph, _page in sections:
            self.nav.addItem(QListWidgetItem(icon(glyph, MUTED), text))
        self.nav.currentRowChanged.connect(self._navigate)
        # Clicking the section already selected (to leave a course or a quiz) also goes there.
        self.nav.itemClicked.connect(lambda item: self._navigate(self.nav.row(item)))
        layout.addWidget(self.nav, 1)

        card = QFrame()
        card.setObjectName("learnerCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 12, 14, 14)
        box.setSpacing(2)
        self.learner_name = label("", "learnerName")
        self.learner_meta = label("", "learnerMeta")
        box.addWidget(self.learner_name)
        box.addWidget(self.learner_meta)
        self.switch_button = button(self.tr("切换或新建学员"), link=True)
        self.switch_button.setIcon(icon("user-round", ACCENT, 16))
        self.switch_menu = QMenu(self)
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self.switch_button.setMenu(self.switch_menu)
        box.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card)
        return rail

    def _wire_pages(self) -> None:
        for page in (self.path_page, self.catalogue_page):
            page.course_requested.connect(self.show_course)
        self.course_page.back_requested.connect(self._back_to_section)
        self.course_page.lesson_requested.connect(self.show_lesson)
        self.course_page.quiz_requested.connect(self.start_quiz)
        self.course_page.result_requested.connect(self.show_result)
        self.lesson_page.back_requested.connect(
            lambda: self.show_course(self.lesson_page.view.course_id)
        )
        self.lesson_page.lesson_requested.connect(self.show_lesson)
        self.lesson_page.practice_requested.connect(self.start_practice)
        self.quiz_page.back_requested.connect(self._leave_quiz)
        self.quiz_page.submitted.connect(self._show_submitted)
        self.result_page.back_requested.connect(self._leave_result)
        self.result_page.retry_requested.connect(self._retry)
        self.records_page.result_requested.connect(self.show_result)
        self.records_page.debrief_requested.connect(self.show_debrief)
        review = self.academy.review
        self.daily_page.daily_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_daily, self.actor)
        )
        self.daily_page.review_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_review, self.actor)
        )
        self.notebook_page.review_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_review, self.actor)
        )
        self.scenario_page.scenario_requested.connect(self.start_scenario)
        self.scenario_page.debrief_requested.connect(self.show_debrief)
        self.scenario_run_page.finished.connect(self.show_debrief)
        self.scenario_run_page.back_requested.connect(self._leave_scenario)
        self.debrief_page.back_requested.connect(self._back_to_section)
        self.debrief_page.again_requested.connect(self.start_scenario)

    # -- start-up -------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the content library off the GUI thread, then make sure someone is signed in."""
        run_in_background(self.academy.library, self._library_loaded, self._library_failed)

    def _library_loaded(self, library: Library) -> None:
        self.setEnabled(True)
        message = self.tr("已载入 %1 门课程").replace("%1", str(len(library.courses)))
        if library.unavailable:
            message += self.tr("；%1 门课程有错误暂不可用，详见“全部课程”").replace(
                "%1", str(len(library.unavailable))
            )
        self.statusBar().showMessage(message)
        if not self._ensure_learner():
            self.close()
            return
        self.nav.setCurrentRow(0)
        self._navigate(0)
        self._offer_unfinished()
        self.ready.emit()

    def _offer_unfinished(self) -> None:
        """After a crash or a closed window, offer to carry on where the learner stopped."""
        assert self.actor is not None
        for attempt in self.academy.assessment.unfinished(self.actor):
            if attempt.kind is not AttemptKind.FINAL:
                continue
            text = self.tr(
                "“%1”的结业测验上次没有交卷（已答 %2 / %3 题），答案都已保存。现在继续吗？"
            )
            text = (
                text.replace("%1", attempt_title(attempt))
                .replace("%2", str(attempt.answered))
                .replace("%3", str(attempt.total))
            )
            if attempt.deadline is not None:
                text += self.tr(
                    "\n限时测验的计时在程序关闭期间没有暂停；若时间已到，将按已保存的答案交卷。"
                )
            if confirm(self, self.tr("继续未完成的测验"), text):
                self.start_quiz(attempt.course_id)
            return

    def _library_failed(self, error: Exception) -> None:
        self.setEnabled(True)
        self.statusBar().showMessage(self.tr("课程载入失败"))
        show_error(self, error)

    def _ensure_learner(self) -> bool:
        actor = self.academy.learners.current()
        if actor is None:
            return self._create_learner(first_start=True)
        self._sign_in(actor)
        return True

    def _create_learner(self, *, first_start: bool = False) -> bool:
        while True:
            value, accepted = ProfileDialog.get_profile(self, first_start=first_start)
            if not accepted or value is None:
                return False
            try:
                learner, actor = self.academy.learners.create(
                    value.name, value.department, value.tier
                )
            except Exception as error:
                show_error(self, error)
                continue
            self._sign_in(actor, learner)
            return True

    def _sign_in(self, actor: Actor, learner: LearnerView | None = None) -> None:
        self.actor = actor
        self.learner = learner = learner or self.academy.learners.profile(actor)
        self.learner_name.setText(learner.name)
        meta = tier_label(learner.tier)
        if learner.department:
            meta = f"{meta} · {learner.department}"
        self.learner_meta.setText(meta)

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        for learner in self.academy.learners.all():
            action = QAction(f"{learner.name}（{tier_label(learner.tier)}）", self.switch_menu)
            action.setCheckable(True)
            action.setChecked(self.learner is not None and learner.id == self.learner.id)
            action.triggered.connect(lambda _=False, lid=learner.id: self.switch_learner(lid))
            self.switch_menu.addAction(action)
        self.switch_menu.addSeparator()
        create = self.switch_menu.addAction(self.tr("新建学员……"))
        create.triggered.connect(self._new_learner)

    def switch_learner(self, learner_id: uuid.UUID) -> None:
        self.lesson_page.flush_reading_time()
        try:
            actor = self.academy.learners.sign_in(learner_id)
        except Exception as error:
            show_error(self, error)
            return
        self._sign_in(actor)
        self.nav.setCurrentRow(0)
        self._navigate(0)

    def _new_learner(self) -> None:
        self.lesson_page.flush_reading_time()
        if self._create_learner():
            self.nav.setCurrentRow(0)
            self._navigate(0)

    # -- navigation -----------------------------------------------------------------------------
    def _navigate(self, row: int) -> None:
        if self.actor is None or row < 0:
            return
        page = self._nav_pages[row]
        self._section_page = page
        self._guard(self._refresh_section, page)

    def show_section(self, key: str) -> None:
        row = self._section_keys.index(key)
        if self.nav.currentRow() == row:
            self._navigate(row)  # already selected: coming back from a sub-page still refreshes it
        else:
            self.nav.setCurrentRow(row)

    def _refresh_section(self, page: QWidget) -> None:
        assert self.actor is not None and self.learner is not None
        if page is self.path_page:
            self.path_page.refresh(self.actor, self.learner.tier)
        else:
            page.refresh(self.actor)
        self.stack.setCurrentWidget(page)

    def _back_to_section(self) -> None:
        self._guard(self._refresh_section, self._section_page)

    def show_course(self, course_id: str) -> None:
        self._guard(self._show_course, course_id)

    def _show_course(self, course_id: str) -> None:
        assert self.actor is not None
        self.course_page.show_course(self.actor, course_id)
        self.stack.setCurrentWidget(self.course_page)

    def show_lesson(self, course_id: str, lesson_id: str) -> None:
        self._guard(self._show_lesson, course_id, lesson_id)

    def _show_lesson(self, course_id: str, lesson_id: str) -> None:
        assert self.actor is not None
        self.lesson_page.show_lesson(self.actor, course_id, lesson_id)
        self.stack.setCurrentWidget(self.lesson_page)

    def start_quiz(self, course_id: str) -> None:
        assert self.actor is not None
        self._guard(self._open_attempt, self.academy.assessment.start_final, self.actor, course_id)

    def start_practice(self, course_id: str, lesson_id: str) -> None:
        assert self.actor is not None
        self.lesson_page.flush_reading_time()
        start = self.academy.assessment.start_practice
        self._guard(self._open_attempt, start, self.actor, course_id, lesson_id)

    def _open_attempt(self, start, actor: Actor, *args) -> None:
        """Show an attempt, or its result at once if its time ran out while the window was closed."""
        attempt = start(actor, *args)
        expired = self.academy.assessment.submit_if_expired(actor, attempt.attempt_id)
        if expired is not None:
            self._show_submitted(expired)
            return
        self.quiz_page.show_attempt(actor, attempt)
        self.stack.setCurrentWidget(self.quiz_page)

    def _leave_quiz(self) -> None:
        attempt = self.quiz_page.attempt
        self.quiz_page.leave()
        if attempt is not None and attempt.kind in {AttemptKind.FINAL, AttemptKind.PRACTICE}:
            self.show_course(attempt.course_id)
        else:
            self._back_to_section()

    def _leave_result(self) -> None:
        result = self.result_page.result
        if result is not None and result.kind in {AttemptKind.FINAL, AttemptKind.PRACTICE}:
            self.show_course(result.course_id)
        else:
            self._back_to_section()

    def _retry(self, result: AttemptResult) -> None:
        if result.kind is AttemptKind.PRACTICE and result.lesson_id:
            self.start_practice(result.course_id, result.lesson_id)
        else:
            self.start_quiz(result.course_id)

    def start_scenario(self, scenario_id: str) -> None:
        self._guard(self._start_scenario, scenario_id)

    def _start_scenario(self, scenario_id: str) -> None:
        assert self.actor is not None
        self.scenario_run_page.show_stage(
            self.actor, self.academy.scenarios.start(self.actor, scenario_id)
        )
        self.stack.setCurrentWidget(self.scenario_run_page)

    def show_debrief(self, run_id: uuid.UUID) -> None:
        self._guard(self._show_debrief, run_id)

    def _show_debrief(self, run_id: uuid.UUID) -> None:
        self.debrief_page.show_debrief(self.academy.scenarios.debrief(self.actor, run_id))
        self.stack.setCurrentWidget(self.debrief_page)

    def _leave_scenario(self) -> None:
        self.scenario_run_page.leave()
        self._back_to_section()

    def show_result(self, attempt_id: uuid.UUID) -> None:
        self._guard(
            lambda: self._show_submitted(self.academy.assessment.result(self.actor, attempt_id))
        )

    def _show_submitted(self, result: AttemptResult) -> None:
        self.result_page.show_result(result)
        self.stack.setCurrentWidget(self.result_page)

    def _guard(self, action, *args) -> None:
        """Run a navigation step; a failure is shown and the window stays where it was."""
        try:
            action(*args)
        except Exception as error:
            show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.lesson_page.flush_reading_time()
        except Exception:  # closing must never be blocked by a failed write
            log.exception("could not store reading time on close")
        super().closeEvent(event)
