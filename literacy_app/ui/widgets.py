"""Small building blocks shared by the pages: headers, badges, cards, empty states."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Requirement
from literacy_app.services.learning import CourseProgress
from literacy_app.ui.labels import hours_label, percent_label, requirement_label
from literacy_app.ui.theme import ACCENT, icon


def label(text: str, name: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def badge(text: str, kind: str) -> QLabel:
    """A small rounded tag; `kind` is Required, Elective, Passed, Failed or Neutral."""
    widget = label(text, f"badge{kind}", wrap=False)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


def button(text: str, *, primary: bool = False, link: bool = False) -> QPushButton:
    widget = QPushButton(text)
    if primary:
        widget.setObjectName("primary")
    elif link:
        widget.setObjectName("link")
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


class PageHeader(QWidget):
    """A page's title line, with an optional back link above it."""

    back_requested = Signal()

    def __init__(self, *, back_text: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        self.back = button("", link=True)
        self.back.setIcon(icon("chevron-left", ACCENT, 16))
        self.back.clicked.connect(self.back_requested)
        self.set_back_text(back_text)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch()
        layout.addLayout(row)
        self.title = label("", "pageTitle")
        self.subtitle = label("", "pageSubtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_text(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def set_back_text(self, text: str) -> None:
        self.back.setText(text)
        self.back.setVisible(bool(text))


class ScrollingPage(QWidget):
    """A page whose header and content scroll together; subclasses add their parts to `body`."""

    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(36, 24, 36, 28)
        self.body.setSpacing(14)
        self.header = PageHeader()
        self.header.back_requested.connect(self.back_requested)
        self.body.addWidget(self.header)
        self.scroll = scrolling(inner)
        outer.addWidget(self.scroll, 1)

    def add_list(self) -> QVBoxLayout:
        """A column of cards in the body, followed by the stretch that keeps them at the top."""
        column = QVBoxLayout()
        column.setSpacing(14)
        self.body.addLayout(column)
        self.body.addStretch()
        return column


class StatTile(QFrame):
    """A figure with its caption, in a row of tiles at the top of a page."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        self.figure = label("", "statFigure", wrap=False)
        box.addWidget(self.figure)
        box.addWidget(label(caption, "muted"))


class EmptyState(QFrame):
    """What an empty list says instead: what is missing and what to do next."""

    def __init__(self, icon_name: str, title: str, hint: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 36, 32, 36)
        layout.setSpacing(8)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, "#9a9da3", 40).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(picture)
        self.title = label(title, "emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = label(hint, "emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)


class CourseCard(QFrame):
    """A course with its requirement, hours and the learner's progress, and a button to open it."""

    open_requested = Signal(str)

    def __init__(self, progress: CourseProgress) -> None:
        super().__init__()
        self.course_id = progress.course_id
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = label(progress.title, "cardTitle")
        top.addWidget(self.title, 1)
        if progress.requirement is not None:
            kind = "Required" if progress.requirement is Requirement.REQUIRED else "Elective"
            top.addWidget(badge(requirement_label(progress.requirement), kind))
        if progress.completed:
            top.addWidget(badge(self.tr("已完成"), "Passed"))
        layout.addLayout(top)
        layout.addWidget(label(progress.summary, "cardSummary"))

        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(progress.fraction * 100))
        bar.setTextVisible(False)
        layout.addWidget(bar)

        bottom = QHBoxLayout()
        bottom.addWidget(label(self._status(progress), "muted"), 1)
        started = progress.lessons_done > 0 or progress.best_percent is not None
        action = (
            self.tr("复习")
            if progress.completed
            else self.tr("继续学习")
            if started
            else self.tr("开始学习")
        )
        self.open_button = button(action, primary=not progress.completed)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.course_id))
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

    def _status(self, progress: CourseProgress) -> str:
        parts = [
            hours_label(progress.hours),
            self.tr("已学 %1/%2 课")
            .replace("%1", str(progress.lessons_done))
            .replace("%2", str(progress.lessons_total)),
        ]
        if progress.has_quiz:
            if progress.quiz_passed:
                parts.append(self.tr("测验已通过"))
            elif progress.best_percent is not None:
                parts.append(
                    self.tr("测验最高 %1").replace("%1", percent_label(progress.best_percent))
                )
            else:
                parts.append(self.tr("测验未参加"))
        return " · ".join(parts)
