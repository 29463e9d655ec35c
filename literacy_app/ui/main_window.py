"""The main window: the rail, the pages and the status line; who is signed in; start-up."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe
from literacy_app.services.errors import ServiceError
from literacy_app.ui.errors import show_error
from literacy_app.ui.prompts import confirm, inform
from literacy_app.ui.rail import NavigationRail
from literacy_app.ui.settings import Settings
from literacy_app.ui.tasks import Job, Operation
from literacy_app.ui.widgets import label

# Storage, content and the pages are imported once the window is on screen (see `_build_pages`):
# they pull in SQLAlchemy, pydantic, fsrs and Markdown, which would delay the first paint.
if TYPE_CHECKING:
    from literacy_app.services.academy import Academy, Library
    from literacy_app.services.acting import Actor
    from literacy_app.services.attempt_views import AttemptResult
    from literacy_app.services.learners import LearnerView
    from literacy_app.ui.pages.learning_path import LearningPathPage
    from literacy_app.ui.sign_in_flow import SignInFlow
    from literacy_app.ui.start_snapshot import StartSnapshot

log = logging.getLogger(__name__)


class _SectionPage(Protocol):
    """A page of the rail other than the learning path: it shows what the learner has."""

    def refresh(self, actor: Actor) -> None: ...


# If the window is never painted (started minimised, say), the core is opened anyway after this.
_PAINT_WAIT_MS = 500


class _LoadingPage(QWidget):
    """What the content area shows until the pages exist; its first paint starts the loading."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(
            label(self.tr("正在载入课程……"), "muted"), 0, Qt.AlignmentFlag.AlignHCenter
        )
        layout.addStretch(2)
        self.was_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()


class MainWindow(QMainWindow):
    """Opens at once with the rail and a loading page (or the learning path from the start
    snapshot); `start` opens the core in the background."""

    populated = Signal()  # the learning path is on screen with the learner's courses (once)
    ready = Signal()  # the core is open and the learner signed in: everything works

    def __init__(
        self, open_academy: Callable[[], Academy], snapshot: StartSnapshot | None = None
    ) -> None:
        super().__init__()
        self._open_academy: Callable[[], Academy] | None = open_academy
        # The learning path shown from the start snapshot, and what the learner asked for on it
        # before the core was open (done once it is).
        self._snapshot_page: LearningPathPage | None = None
        self._held: Callable[[], None] | None = None
        self._populated = False
        self.academy: Academy | None = None
        self.open_error: Exception | None = None  # the database could not be opened
        # Who is signed in: every service call acts as `actor`; `learner` is their profile card.
        self.actor: Actor | None = None
        self.learner: LearnerView | None = None
        self.settings = Settings()
        self.setWindowTitle(self.tr("政务新媒体素养学堂"))
        self.setMinimumSize(QSize(960, 640))
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)

        self.stack = QStackedWidget()
        self.stack.setObjectName("contentArea")
        self.loading_page = _LoadingPage()
        self.stack.addWidget(self.loading_page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.rail = NavigationRail(self.settings)
        self.rail.section_requested.connect(self._navigate)
        self.rail.language_changed.connect(self._language_changed)
        row.addWidget(self.rail)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("正在载入课程……"))
        self.rail.set_usable(False)
        self._snapshot = snapshot

    def _show_snapshot(self) -> None:
        """The learning path from the start snapshot, once the window has been painted (building
        it first would delay that paint); the core opens when it is on screen."""
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is None or self.academy is not None:
            return
        from literacy_app.ui.labels import learner_meta
        from literacy_app.ui.pages.learning_path import LearningPathPage

        page = self.path_page = self._snapshot_page = LearningPathPage()
        page.show_view(snapshot.view)
        page.populated.connect(self._path_populated)
        page.populated.connect(self._open_core, Qt.ConnectionType.QueuedConnection)
        page.course_requested.connect(self.show_course)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        tier = snapshot.view.tier
        self.rail.show_learner(
            snapshot.learner_name, learner_meta(tier, snapshot.learner_department)
        )
        self.rail.nav.setEnabled(True)  # the learner card waits for the core: it lists profiles
        with QSignalBlocker(self.rail.nav):
            self.rail.nav.setCurrentRow(0)

    def _path_populated(self) -> None:
        if not self._populated:
            self._populated = True
            self.populated.emit()

    def _when_open(self, action: Callable[[], None]) -> bool:
        """False when the core is open and `action` can be done now; else it is held (the last
        request wins) and done once the core is open and the learner signed in."""
        if self.actor is not None:
            return False
        if self._snapshot_page is not None:
            self._held = action
        return True

    @property
    def core(self) -> Academy:
        """The opened core; pages and actions exist only once it is open."""
        if self.academy is None:
            raise RuntimeError("the core is not open yet")
        return self.academy

    @property
    def acting(self) -> Actor:
        """Who every service call acts for; pages are reachable only once someone signed in."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return self.actor

    def _build_pages(self, academy: Academy) -> None:
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
        from literacy_app.ui.sign_in_flow import SignInFlow

        if self._snapshot_page is not None:
            self.path_page.attach(academy)
        else:
            self.path_page = LearningPathPage(academy)
            self.path_page.populated.connect(self._path_populated)
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
        for page in (self.path_page, self.catalogue_page, self.daily_page, self.notebook_page,
                     self.scenario_page, self.records_page, self.course_page, self.lesson_page,
                     self.quiz_page, self.result_page, self.scenario_run_page, self.debrief_page):  # fmt: skip
            self.stack.addWidget(page)
        self._nav_pages = [self.path_page, self.catalogue_page, self.daily_page,
                           self.notebook_page, self.scenario_page, self.records_page]  # fmt: skip
        self._section_page: QWidget = self.path_page
        self._wire_pages()
        self.signing: SignInFlow = SignInFlow(self)
        self.rail.switch_menu.aboutToShow.connect(self.signing.fill_switch_menu)

    # -- building -------------------------------------------------------------------------------
    def _language_changed(self, name: str) -> None:
        self.statusBar().showMessage(
            self.tr("界面语言已改为 %1，重新启动程序后生效").replace("%1", name)
        )

    def _wire_pages(self) -> None:
        if self._snapshot_page is None:  # else connected when it was shown
            self.path_page.course_requested.connect(self.show_course)
        self.catalogue_page.course_requested.connect(self.show_course)
        self.course_page.back_requested.connect(self._back_to_section)
        self.course_page.lesson_requested.connect(self.show_lesson)
        self.course_page.quiz_requested.connect(self.start_quiz)
        self.course_page.result_requested.connect(self.show_result)
        self.lesson_page.back_requested.connect(self._leave_lesson)
        self.lesson_page.lesson_requested.connect(self.show_lesson)
        self.lesson_page.practice_requested.connect(self.start_practice)
        self.quiz_page.back_requested.connect(self._leave_quiz)
        self.quiz_page.submitted.connect(self._show_submitted)
        self.result_page.back_requested.connect(self._leave_result)
        self.result_page.retry_requested.connect(self._retry)
        self.records_page.result_requested.connect(self.show_result)
        self.records_page.debrief_requested.connect(self.show_debrief)
        review = self.core.review
        self.daily_page.daily_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_daily, self.acting)
        )
        self.daily_page.review_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_review, self.acting)
        )
        self.notebook_page.review_requested.connect(
            lambda: self._guard(self._open_attempt, review.start_review, self.acting)
        )
        self.scenario_page.scenario_requested.connect(self.start_scenario)
        self.scenario_page.debrief_requested.connect(self.show_debrief)
        self.scenario_run_page.finished.connect(self.show_debrief)
        self.scenario_run_page.back_requested.connect(self._leave_scenario)
        self.debrief_page.back_requested.connect(self._back_to_section)
        self.debrief_page.again_requested.connect(self.start_scenario)

    # -- start-up -------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the core (database, then courses) off the GUI thread once the window is painted.

        The worker competes with the GUI thread for the interpreter, so it waits for the first
        paint: the window appears as fast as a bare one, and fills in when the work is done. With
        a start snapshot, the learning path is shown from it after that paint, and the core opens
        once the path is on screen.
        """
        if self.isVisible():
            after_paint = self._show_snapshot if self._snapshot else self._open_core
            self.loading_page.painted.connect(after_paint, Qt.ConnectionType.QueuedConnection)
            QTimer.singleShot(_PAINT_WAIT_MS, self, self._open_core)
        else:
            self._open_core()

    def _open_core(self) -> None:
        if self._open_academy is None:
            return  # already asked: by the first paint or by the timer
        opener, self._open_academy = self._open_academy, None
        Operation(self, lambda _job: opener(), self._core_opened).on_failure(
            self._open_failed
        ).run()

    def _core_opened(self, academy: Academy) -> None:
        self.academy = academy
        # The courses load on the worker while the pages are built here.
        Operation(self, self._load_library, self._library_loaded).on_failure(
            self._library_failed
        ).run()
        self._build_pages(academy)

    def _load_library(self, _job: Job) -> Library:
        return self.core.library()

    def _open_failed(self, error: Exception) -> None:
        log.error("could not open the database", exc_info=(type(error), error, error.__traceback__))
        self.statusBar().showMessage(self.tr("无法打开数据库"))
        if isinstance(error, ServiceError):  # a state the core recognised: say which, in words
            explanation = describe(error.message)
        else:
            explanation = self.tr("数据库无法打开或升级：\n%1").replace("%1", str(error))
        inform(self, QMessageBox.Icon.Critical, self.tr("无法打开数据库"), explanation)
        self.open_error = error
        self.close()

    def _library_loaded(self, library: Library) -> None:
        from literacy_app.ui.garbage import freeze_long_lived

        freeze_long_lived()
        self._enable()
        message = self.tr("已载入 %1 门课程").replace("%1", str(len(library.courses)))
        if library.unavailable:
            message += self.tr("；%1 门课程有错误暂不可用，详见“全部课程”").replace(
                "%1", str(len(library.unavailable))
            )
        self.statusBar().showMessage(message)
        self.signing.offer_admin_setup()
        if not self.signing.enter_learner_side(first_start=True):
            self.close()
            return
        held, self._held = self._held, None
        self._snapshot_page = None
        if self.learner is not None:
            last = self.settings.last_section
            keys = NavigationRail.SECTION_KEYS
            self.show_section(last if last in keys else keys[0])
            if held is not None:
                held()
            self._offer_unfinished()
        self.ready.emit()

    def _enable(self) -> None:
        self.rail.set_usable(True)
        self.stack.removeWidget(self.loading_page)
        self.loading_page.deleteLater()

    def _offer_unfinished(self) -> None:
        """After a crash or a closed window, offer to carry on where the learner stopped."""
        from literacy_app.services.attempt_views import AttemptKind
        from literacy_app.ui.labels import attempt_title

        for attempt in self.core.assessment.unfinished(self.acting):
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
        self._enable()
        self._held = None
        if self._snapshot_page is not None:  # nobody is signed in to see it
            self._snapshot_page = None
            self.signing.sign_out()
        self.statusBar().showMessage(self.tr("课程载入失败"))
        show_error(self, error)

    # -- navigation -----------------------------------------------------------------------------
    def _navigate(self, row: int) -> None:
        if row < 0 or self._when_open(lambda: self.rail.select(row)):
            return
        if self.learner is None:
            return
        page = self._nav_pages[row]
        self._section_page = page
        self.settings.last_section = NavigationRail.SECTION_KEYS[row]
        self._guard(self._refresh_section, page)

    def show_section(self, key: str) -> None:
        self.rail.select(NavigationRail.SECTION_KEYS.index(key))

    def _refresh_section(self, page: QWidget) -> None:
        assert self.learner is not None
        if page is self.path_page:
            self.path_page.refresh(self.acting, self.learner.tier)
        else:
            cast(_SectionPage, page).refresh(self.acting)
        self.stack.setCurrentWidget(page)

    def _back_to_section(self) -> None:
        self._guard(self._refresh_section, self._section_page)

    def show_course(self, course_id: str) -> None:
        if not self._when_open(lambda: self.show_course(course_id)):
            self._guard(self._show_course, course_id)

    def _show_course(self, course_id: str) -> None:
        self.course_page.show_course(self.acting, course_id)
        self.stack.setCurrentWidget(self.course_page)

    def show_lesson(self, course_id: str, lesson_id: str) -> None:
        self._guard(self._show_lesson, course_id, lesson_id)

    def _show_lesson(self, course_id: str, lesson_id: str) -> None:
        self.lesson_page.show_lesson(self.acting, course_id, lesson_id)
        self.stack.setCurrentWidget(self.lesson_page)

    def _leave_lesson(self) -> None:
        if self.lesson_page.course_id is not None:
            self.show_course(self.lesson_page.course_id)

    def start_quiz(self, course_id: str) -> None:
        self._guard(self._open_attempt, self.core.assessment.start_final, self.acting, course_id)

    def start_practice(self, course_id: str, lesson_id: str) -> None:
        self.lesson_page.flush_reading_time()
        start = self.core.assessment.start_practice
        self._guard(self._open_attempt, start, self.acting, course_id, lesson_id)

    def _open_attempt(self, start, actor: Actor, *args) -> None:
        """Show an attempt, or its result at once if its time ran out while the window was closed."""
        attempt = start(actor, *args)
        expired = self.core.assessment.submit_if_expired(actor, attempt.attempt_id)
        if expired is not None:
            self._show_submitted(expired)
            return
        self.quiz_page.show_attempt(actor, attempt)
        self.stack.setCurrentWidget(self.quiz_page)

    def _leave_quiz(self) -> None:
        from literacy_app.services.attempt_views import AttemptKind

        attempt = self.quiz_page.attempt
        self.quiz_page.leave()
        if attempt is not None and attempt.kind in {AttemptKind.FINAL, AttemptKind.PRACTICE}:
            self.show_course(attempt.course_id)
        else:
            self._back_to_section()

    def _leave_result(self) -> None:
        from literacy_app.services.attempt_views import AttemptKind

        result = self.result_page.result
        if result is not None and result.kind in {AttemptKind.FINAL, AttemptKind.PRACTICE}:
            self.show_course(result.course_id)
        else:
            self._back_to_section()

    def _retry(self, result: AttemptResult) -> None:
        from literacy_app.services.attempt_views import AttemptKind

        if result.kind is AttemptKind.PRACTICE and result.lesson_id:
            self.start_practice(result.course_id, result.lesson_id)
        else:
            self.start_quiz(result.course_id)

    def start_scenario(self, scenario_id: str) -> None:
        self._guard(self._start_scenario, scenario_id)

    def _start_scenario(self, scenario_id: str) -> None:
        self.scenario_run_page.show_stage(
            self.acting, self.core.scenarios.start(self.acting, scenario_id)
        )
        self.stack.setCurrentWidget(self.scenario_run_page)

    def show_debrief(self, run_id: uuid.UUID) -> None:
        self._guard(self._show_debrief, run_id)

    def _show_debrief(self, run_id: uuid.UUID) -> None:
        self.debrief_page.show_debrief(self.core.scenarios.debrief(self.acting, run_id))
        self.stack.setCurrentWidget(self.debrief_page)

    def _leave_scenario(self) -> None:
        self.scenario_run_page.leave()
        self._back_to_section()

    def show_result(self, attempt_id: uuid.UUID) -> None:
        self._guard(
            lambda: self._show_submitted(self.core.assessment.result(self.acting, attempt_id))
        )

    def _show_submitted(self, result: AttemptResult) -> None:
        self.result_page.show_result(result)
        self.stack.setCurrentWidget(self.result_page)

    def next_start_snapshot(self) -> StartSnapshot | None:
        """What the next start may show before its core is open: the learning path of the learner
        it will open, when it opens them with nothing to ask (no PIN, no set-up) on that page."""
        from literacy_app.ui.start_snapshot import StartSnapshot

        core, actor, learner = self.academy, self.actor, self.learner
        if core is None or actor is None or learner is None:
            return None
        if self.settings.last_section not in (None, NavigationRail.SECTION_KEYS[0]):
            return None
        last = core.learners.last()
        if last is None or last.id != learner.id or last.has_pin:
            return None
        if core.accounts.needs_administrator() or core.learners.must_set_pin(actor):
            return None
        return StartSnapshot(last.name, last.department, self.path_page.read(actor, last.tier))

    def _guard(self, action, *args) -> None:
        """Run a navigation step; a failure is shown and the window stays where it was."""
        try:
            action(*args)
        except Exception as error:
            show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        try:
            if self.academy is not None:
                self.lesson_page.flush_reading_time()
        except Exception:  # closing must never be blocked by a failed write
            log.exception("could not store reading time on close")
        super().closeEvent(event)
