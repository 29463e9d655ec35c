"""A course folder in the reader, reloaded whenever one of its files is saved.

Lessons on the left, the lesson as learners will see it in the middle, the validator's problems
below (a click opens the lesson concerned). Nothing is recorded: the preview has no learner and
opens no database. A save that breaks a lesson shows its problem and keeps the last good page.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe, describe_checked, describe_problem
from literacy_app.content.problems import ContentError, Problem
from literacy_app.services.errors import ServiceError
from literacy_app.services.learning import LESSON_SCHEME
from literacy_app.services.preview import CoursePreview, PreviewState
from literacy_app.ui.pages.lesson_reader import READING_WIDTH, LessonBrowser, page_html
from literacy_app.ui.widgets import label

log = logging.getLogger(__name__)

# Editors save in bursts (write a temporary file, rename it, touch the folder): wait for quiet.
DEBOUNCE_MS = 250
_PATH_ROLE = Qt.ItemDataRole.UserRole


class PreviewWindow(QMainWindow):
    """The preview of the course in `course_dir` (a course folder, or a content root with one
    course). Raises UserInputError when there is no course to preview."""

    reloaded = Signal()  # after every reload, for tests and the status line

    def __init__(self, course_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = CoursePreview(Path(course_dir))
        self.setObjectName("previewWindow")
        self.setWindowTitle(self.tr("课程预览"))
        self.resize(1180, 800)
        self.state = PreviewState(None, (), ())
        self.current: Path | None = None  # the lesson file on screen
        self.shown_problem: str = ""  # why the lesson on screen is not the file as saved

        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 12)
        self.heading = label("", "pageTitle", wrap=False)
        self.status = label("", "muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.status)

        self.lessons = QListWidget()
        self.lessons.setObjectName("previewLessons")
        self.lessons.setMaximumWidth(260)
        self.lessons.currentItemChanged.connect(self._lesson_chosen)
        self.browser = LessonBrowser()
        self.browser.setMaximumWidth(READING_WIDTH + 40)
        self.browser.anchorClicked.connect(self._follow)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.lessons)
        top.addWidget(self.browser)
        top.setStretchFactor(1, 1)

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 6, 0, 0)
        self.problems_title = label("", "sectionTitle", wrap=False)
        panel_layout.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setObjectName("previewProblems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        panel_layout.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.setCentralWidget(body)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the course again and show the lesson on screen as now saved, at the same place."""
        try:
            self.state = self.preview.reload()
        except Exception:  # a preview never crashes over a file being edited
            log.exception("the preview could not read %s", self.preview.folder)
        self._watch()
        self.heading.setText(self.state.title or self.preview.folder.name)
        self._fill_lessons()
        self._fill_problems()
        self._show(self.current, keep_place=True)
        self.reloaded.emit()

    def _changed(self, _path: str) -> None:
        self.debounce.start()

    def _watch(self) -> None:
        # A file replaced by a rename drops out of the watch: add whatever is not watched now.
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [str(p) for p in self.preview.watched_paths() if str(p) not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def _fill_lessons(self) -> None:
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for lesson in self.state.lessons:
            item = QListWidgetItem(lesson.title)
            item.setData(_PATH_ROLE, str(lesson.path))
            item.setToolTip(lesson.path.name)
            self.lessons.addItem(item)
        paths = [lesson.path for lesson in self.state.lessons]
        if self.current is None and paths:
            self.current = paths[0]
        if self.current in paths:
            self.lessons.setCurrentRow(paths.index(self.current))
        self.lessons.blockSignals(False)

    def _fill_problems(self) -> None:
        self.problems.clear()
        problems = self.state.problems
        errors = sum(1 for p in problems if p.is_error)
        if not problems:
            self.problems_title.setText(self.tr("检查结果：没有发现问题"))
        else:
            self.problems_title.setText(
                self.tr("检查结果：%1 个错误、%2 个警告（点击一条可打开相应课时）")
                .replace("%1", str(errors))
                .replace("%2", str(len(problems) - errors))
            )
        for problem in problems:
            item = QListWidgetItem(self._problem_text(problem))
            item.setData(_PATH_ROLE, str(problem.path))
            self.problems.addItem(item)

    def _problem_text(self, problem: Problem) -> str:
        try:
            shown = problem.path.relative_to(self.preview.folder.parent)
        except ValueError:
            shown = problem.path
        return describe_checked(replace(problem, path=shown))

    def _show(self, path: Path | None, *, keep_place: bool = False) -> None:
        if path is None:
            self._say_why(self.tr("这门课程还没有可以显示的课时。"))
            return
        bar = self.browser.verticalScrollBar()
        place = bar.value()
        try:
            view = self.preview.lesson_view(path)
        except ContentError as error:
            self._say_why("\n".join(describe_problem(p) for p in error.problems))
            return
        except ServiceError as error:
            self._say_why(describe(error.message))
            return
        self.current = path
        self.shown_problem = ""
        intro = self.tr("学习目标 · 约 %1 分钟").replace("%1", str(view.minutes))
        self.browser.show_html(page_html(view, intro), view.course_folder)
        if keep_place:
            bar.setValue(place)
        self.status.setText(
            self.tr("第 %1 / %2 课 · 文件 %3 · 保存后自动刷新")
            .replace("%1", str(view.position))
            .replace("%2", str(view.count))
            .replace("%3", path.name)
        )

    def _say_why(self, reason: str) -> None:
        """The lesson on screen stays as it was last shown; the status line says why."""
        self.shown_problem = reason
        self.status.setText(
            self.tr("最近一次保存的内容无法显示，下面仍是上一次的内容：%1").replace("%1", reason)
        )

    def _lesson_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._show(Path(item.data(_PATH_ROLE)))

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        path = Path(item.data(_PATH_ROLE))
        paths = [lesson.path for lesson in self.state.lessons]
        if path in paths:
            self.lessons.setCurrentRow(paths.index(path))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == LESSON_SCHEME:
            target = self.preview.lesson_path(url.path())
            if target is not None:
                paths = [lesson.path for lesson in self.state.lessons]
                self.lessons.setCurrentRow(paths.index(target))
                if url.hasFragment():
                    self.browser.scrollToAnchor(url.fragment())
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
