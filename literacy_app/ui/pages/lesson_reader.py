"""The lesson reader: sanitised lesson text at a comfortable measure, its contents, and moving on."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImageReader, QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.problems import ContentError
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.errors import ServiceError
from literacy_app.services.learning import LESSON_SCHEME, LessonView
from literacy_app.ui.settings import Settings
from literacy_app.ui.tasks import Operation
from literacy_app.ui.theme import ACCENT, icon, lesson_css
from literacy_app.ui.widgets import PageHeader, button, label

# About 40 Chinese characters at the default 16 px, plus the browser's padding.
READING_WIDTH = 760
FONT_SIZES = (14, 15, 16, 18, 20, 22, 24)
_CONTENTS_CSS = """
a { color: #1f2328; text-decoration: none; }
p { margin-top: 4px; margin-bottom: 6px; }
p.level3 { margin-left: 14px; }
p.level4 { margin-left: 28px; }
"""
DEFAULT_FONT_SIZE = 16

log = logging.getLogger(__name__)


def page_html(view: LessonView, intro: str) -> str:
    """The lesson's page as the reader shows it: the objectives box (headed by `intro`), then the text."""
    objectives = "".join(f"<li>{html.escape(text)}</li>" for text in view.objectives)
    box = (
        f'<table cellpadding="14" width="100%"><tr><td style="background-color: #f7efee; border-bottom: none;">'
        f'<p style="font-weight: 600; color: #8f1d1d;">{html.escape(intro)}</p><ul>{objectives}</ul>'
        f"</td></tr></table>"
        if objectives
        else ""
    )
    return f"<html><body>{box}{view.html}</body></html>"


class LessonBrowser(QTextBrowser):
    """A text browser that loads nothing but image files inside the current course folder."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lessonBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(28)
        self.document().setDefaultStyleSheet(lesson_css())
        self.allowed_root: Path | None = None
        saved = Settings().font_size
        self.font_size = saved if saved in FONT_SIZES else DEFAULT_FONT_SIZE
        self._html = ""

    def show_html(self, text: str, base: Path) -> None:
        self.allowed_root = base.resolve()
        self.document().setBaseUrl(QUrl.fromLocalFile(str(base) + "/"))
        self._html = text
        self._apply()
        self.verticalScrollBar().setValue(0)

    def scale(self, steps: int) -> None:
        """Make the text larger (positive steps) or smaller, keeping the reader's place."""
        index = FONT_SIZES.index(self.font_size) + steps
        self.font_size = FONT_SIZES[max(0, min(index, len(FONT_SIZES) - 1))]
        Settings().font_size = self.font_size
        bar = self.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._apply()
        bar.setValue(round(place * bar.maximum()))

    def _apply(self) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.font_size)
        self.document().setDefaultFont(font)
        self.setHtml(self._html)
        self._fit_images()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def _fit_images(self) -> None:
        """Shrink images wider than the text column; Qt's rich text never scales them by itself."""
        room = self.viewport().width() - 2 * self.document().documentMargin() - 4
        if room <= 0:
            return
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat().toImageFormat()
                if image.isValid():
                    natural = QImageReader(QUrl(image.name()).toLocalFile()).size()
                    if natural.width() > 0:
                        width = min(natural.width(), room)
                        image.setWidth(width)
                        image.setHeight(natural.height() * width / natural.width())
                        cursor = QTextCursor(self.document())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image)
                iterator += 1
            block = block.next()

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        url = QUrl(url)
        if self.allowed_root is None or not url.isLocalFile():
            return None
        path = Path(url.toLocalFile()).resolve()
        if not path.is_relative_to(self.allowed_root) or not path.is_file():
            return None
        return super().loadResource(kind, url)


class LessonReaderPage(QWidget):
    back_requested = Signal()
    lesson_requested = Signal(str, str)
    practice_requested = Signal(str, str)
    # The page shows the lesson asked for last, or why it cannot be shown.
    shown = Signal()

    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self.setObjectName("page")
        self._academy = academy
        self._actor: Actor | None = None
        self.view: LessonView | None = None
        self.course_id: str | None = None  # of the lesson asked for, shown or not
        self._request = 0
        self._clock = QElapsedTimer()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        self.header = PageHeader(back_text=self.tr("返回课程"))
        self.header.back_requested.connect(self._leave)
        layout.addWidget(self.header)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("本课目录"), "muted"))
        # A text browser rather than a list: long headings wrap instead of being cut off.
        self.contents = QTextBrowser()
        self.contents.setObjectName("tocList")
        self.contents.setFixedWidth(220)
        self.contents.setOpenLinks(False)
        self.contents.document().setDefaultStyleSheet(_CONTENTS_CSS)
        self.contents.anchorClicked.connect(self._follow)
        side.addWidget(self.contents, 1)
        zoom = QHBoxLayout()
        self.smaller = button(self.tr("A−"))
        self.smaller.setToolTip(self.tr("缩小字号（Ctrl+-）"))
        self.larger = button(self.tr("A+"))
        self.larger.setToolTip(self.tr("放大字号（Ctrl++）"))
        zoom.addWidget(self.smaller)
        zoom.addWidget(self.larger)
        side.addLayout(zoom)
        middle.addLayout(side)

        self.browser = LessonBrowser()
        self.browser.setMaximumWidth(READING_WIDTH)
        self.browser.anchorClicked.connect(self._follow)
        middle.addWidget(self.browser, 1)
        middle.addStretch(0)
        layout.addLayout(middle, 1)

        footer = QHBoxLayout()
        self.previous_button = button(self.tr("上一课"))
        self.previous_button.setIcon(icon("chevron-left", ACCENT, 16))
        self.previous_button.clicked.connect(
            lambda: self._go(self.view.previous_id if self.view else None)
        )
        self.position = label("", "muted", wrap=False)
        self.complete_button = button("", primary=True)
        self.complete_button.clicked.connect(self._complete)
        self.practice_button = button(self.tr("课后练习"))
        self.practice_button.setIcon(icon("list-checks", ACCENT, 16))
        self.practice_button.clicked.connect(
            lambda: (
                self.view and self.practice_requested.emit(self.view.course_id, self.view.lesson_id)
            )
        )
        footer.addWidget(self.previous_button)
        footer.addStretch()
        footer.addWidget(self.position)
        footer.addStretch()
        footer.addWidget(self.practice_button)
        footer.addWidget(self.complete_button)
        layout.addLayout(footer)

        self.smaller.clicked.connect(lambda: self.browser.scale(-1))
        self.larger.clicked.connect(lambda: self.browser.scale(1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.browser.scale(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.browser.scale(-1))

    def show_lesson(self, actor: Actor, course_id: str, lesson_id: str) -> None:
        """Open a lesson: it is rendered on the worker, so a long lesson never freezes the window."""
        self.flush_reading_time()
        self._clock.invalidate()
        self._actor = actor
        self.course_id = course_id
        self._request += 1
        request = self._request
        for widget in (self.previous_button, self.practice_button, self.complete_button):
            widget.setEnabled(False)  # until the lesson they act on is on the page
        learning = self._academy.learning
        Operation(
            self,
            lambda _job: learning.open_lesson(actor, course_id, lesson_id),
            lambda view: self._opened(request, view),
        ).on_failure(lambda error: self._not_opened(request, error)).run()

    def _opened(self, request: int, view: LessonView) -> None:
        if request != self._request:
            return  # the learner has asked for another lesson since
        self.view = view
        self.header.set_text(view.title, view.course_title)
        self.browser.show_html(self._page_html(view), view.course_folder)
        self.contents.setHtml(
            "".join(
                f'<p class="level{min(h.level, 4)}"><a href="#{html.escape(h.anchor)}">{html.escape(h.title)}</a></p>'
                for h in view.headings
            )
        )
        self.position.setText(
            self.tr("第 %1 / %2 课")
            .replace("%1", str(view.position))
            .replace("%2", str(view.count))
        )
        self.previous_button.setEnabled(view.previous_id is not None)
        self.practice_button.setVisible(view.has_practice)
        self.practice_button.setEnabled(True)
        self.complete_button.setEnabled(True)
        self.complete_button.setVisible(True)
        if view.next_id is not None:
            self.complete_button.setText(self.tr("学完本课，下一课"))
        else:
            self.complete_button.setText(self.tr("学完本课，返回课程"))
        self._clock.start()
        self.shown.emit()

    def _not_opened(self, request: int, error: Exception) -> None:
        """Say on the page why the lesson cannot be shown; a dialog here could hang a self-test."""
        if request != self._request:
            return
        if isinstance(error, ContentError):
            reason = "\n".join(describe_problem(p) for p in error.problems)
        elif isinstance(error, ServiceError):
            reason = describe(error.message)
        else:
            log.error(
                "lesson could not be opened", exc_info=(type(error), error, error.__traceback__)
            )
            reason = self.tr("程序出错，详细信息已写入日志。")
        self.view = None
        self.header.set_text(self.tr("本课无法显示"))
        self.browser.allowed_root = None
        self.browser.setPlainText(
            "\n\n".join((reason, self.tr("请返回课程，并把上面的说明告诉培训管理员或课程编写者。")))
        )
        self.contents.clear()
        self.position.setText("")
        self.practice_button.setVisible(False)
        self.complete_button.setVisible(False)
        self.shown.emit()

    def _page_html(self, view: LessonView) -> str:
        return page_html(view, self.tr("学习目标 · 约 %1 分钟").replace("%1", str(view.minutes)))

    def flush_reading_time(self, *, completed: bool = False) -> None:
        """Store the time spent on the open lesson since the last flush."""
        if self.view is None or self._actor is None or not self._clock.isValid():
            return
        seconds = self._clock.restart() / 1000
        self._academy.learning.record_reading(
            self._actor, self.view.course_id, self.view.lesson_id, seconds, completed=completed
        )

    def stop_reading(self) -> None:
        """Store the reading time and stop counting: the learner leaves (another profile, the
        administrator's area), and the time until the window closes is not theirs."""
        self.flush_reading_time()
        self._clock.invalidate()

    def _complete(self) -> None:
        if self.view is None:
            return
        self.flush_reading_time(completed=True)
        view = self.view
        if view.next_id is not None:
            self.lesson_requested.emit(view.course_id, view.next_id)
        else:
            self._leave()

    def _go(self, lesson_id: str | None) -> None:
        if self.view is not None and lesson_id is not None:
            self.lesson_requested.emit(self.view.course_id, lesson_id)

    def _leave(self) -> None:
        self.flush_reading_time()
        self._clock.invalidate()
        self.back_requested.emit()

    def _follow(self, url: QUrl) -> None:
        # Only in-lesson anchors and links to the course's lessons survive sanitising.
        if url.scheme() == LESSON_SCHEME:
            self._go(url.path())
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
