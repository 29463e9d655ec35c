"""Small building blocks shared by the pages: headers, badges, tiles, empty states.

The rail is built from these before anything else is loaded, so they import nothing beyond Qt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
        if item is None:
            break
        if (widget := item.widget()) is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)


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
        self.scroll_area = scrolling(inner)
        outer.addWidget(self.scroll_area, 1)

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)

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
