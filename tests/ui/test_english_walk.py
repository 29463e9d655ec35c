"""In English, every page with content loaded shows no Chinese except the course content itself.

The walk covers the learning path, the catalogue with a broken course, a lesson, a quiz with every
question type, its result, the notebook, the daily practice, the records, a drill and its debrief,
every tab of the administrator's area, and an error shown to the learner. Course content (titles, lesson text, questions, drill text) is Chinese by
design: every string found in the content files is taken out of what is shown before looking for
Chinese characters, so what remains is interface text, which must be English.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTextEdit,
    QWidget,
)

from literacy_app.content.model import Tier
from literacy_app.ui.app import create_application

from ..engine_content import write_engine_content
from .conftest import answer_something

CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
TAG = re.compile(r"<[^>]+>")
BLANK_MARK = re.compile(r"\{\{\d+\}\}")
MARKDOWN_MARKS = re.compile(r"[*_`#>|\[\]()!-]+")


def content_strings(value: object) -> Iterator[str]:
    """Every text in a loaded content object: models, dataclasses, mappings and sequences."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from content_strings(getattr(value, name))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from content_strings(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from content_strings(key)
            yield from content_strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from content_strings(item)


class Content:
    """The course content's own words, to take out of what the window shows."""

    def __init__(self, library) -> None:
        found: set[str] = set()
        objects = [*library.courses, *library.banks.values(), *library.scenarios.values()]
        for unavailable in library.unavailable:
            found.add(unavailable.title)
        for text in content_strings(objects):
            for part in BLANK_MARK.split(text):
                for line in part.splitlines():
                    line = MARKDOWN_MARKS.sub("", line).strip()
                    if CJK_RUN.search(line):
                        found.add(line)
                        found.update(p.strip() for p in re.split(r"[：:，,。；;]", line))
        self.strings = sorted((s for s in found if s), key=len, reverse=True)
        self.corpus = "\n".join(self.strings)

    def interface_chinese(self, shown: str, *, running_text: bool = False) -> list[str]:
        """The Chinese left in `shown` once the content's own words are taken out."""
        rest = TAG.sub(" ", shown)
        for text in self.strings:
            if text in rest:
                rest = rest.replace(text, " ")
        runs = CJK_RUN.findall(rest)
        if running_text:
            # Rendered Markdown joins what the file splits with marks; a run is content when the
            # content has it.
            runs = [r for r in runs if r not in self.corpus]
        return runs


def shown_texts(root: QWidget) -> Iterator[tuple[str, bool]]:
    """Every text a person can see in `root`, and whether it is running text (a text browser)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.toolTip():
            yield widget.toolTip(), False
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text(), False
        elif isinstance(widget, QGroupBox):
            yield widget.title(), False
        elif isinstance(widget, QLineEdit):
            yield widget.text(), False
            yield widget.placeholderText(), False
        elif isinstance(widget, QComboBox):
            yield from ((widget.itemText(i), False) for i in range(widget.count()))
        elif isinstance(widget, QTextEdit):
            yield widget.toPlainText(), True
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(widget, QListView) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    yield str(model.index(row, column).data() or ""), False
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield str(header or ""), False


@pytest.fixture
def english(qapp):
    """Asked for after the window fixtures (which set up Chinese), so English wins."""
    yield lambda: create_application("en")
    create_application("zh_CN")


class _Click:
    def accept(self) -> None:
        pass


def test_every_page_with_content_loaded_speaks_english(
    tmp_path: Path,
    content: Path,
    make_academy,
    open_window,
    message_boxes,
    monkeypatch,
    english,
    qtbot,
) -> None:
    english()
    questions: list[str] = []
    monkeypatch.setattr(
        "literacy_app.ui.pages.quiz.confirm",
        lambda _parent, title, text: questions.append(f"{title} {text}") or True,
    )
    # The shipped library, the engine course with every question type, and one broken course.
    engine = write_engine_content(tmp_path / "engine")
    shutil.copytree(engine / "courses" / "engine-course", content / "courses" / "engine-course")
    shutil.copy(engine / "quizzes" / "engine-bank.yaml", content / "quizzes")
    broken = content / "courses" / "public-ethics-privacy" / "course.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("hours:", "hourz:"))
    academy = make_academy(content)
    academy.learners.create("Learner", "Test unit", Tier.LEADER)
    window = open_window(academy)
    words = Content(academy.library())
    seen: dict[str, list[str]] = {}

    def look(name: str, widget: QWidget | None = None) -> None:
        widget = widget or window
        for text, running in shown_texts(widget):
            leftover = words.interface_chinese(text, running_text=running)
            if leftover:
                seen.setdefault(name, []).append(f"{text[:80]!r} → {leftover}")

    look("learning path")
    look("status line", window.statusBar())
    for section in ("catalogue", "daily", "notebook", "scenarios", "records"):
        window.show_section(section)
        look(f"{section} (empty)")

    course = "engine-course"
    window.show_course(course)
    look("course")
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course, academy.library().course(course).lessons[0].id)
    look("lesson")
    window.start_quiz(course)
    look("quiz")
    answer_something(window.quiz_page.cards[0])
    window.quiz_page.submit_button.click()  # every other part unanswered: the notebook fills
    assert questions, "handing in with parts unanswered asks first"
    look("result")

    for section in ("notebook", "daily", "records"):
        window.show_section(section)
        look(section)

    window.show_section("scenarios")
    look("drill list")
    scenario_id = next(iter(window.scenario_page.start_buttons))
    window.start_scenario(scenario_id)
    look("drill")
    run = window.scenario_run_page
    steps = 0
    while window.stack.currentWidget() is run and steps < 20:
        if run.view is not None and run.view.time_limit and steps % 2 == 0:
            run.choose(None)  # a stage whose clock ran out: the debrief shows the timeout line
        else:
            run.choice_cards[0].mousePressEvent(_Click())
        steps += 1
    assert window.stack.currentWidget() is window.debrief_page
    look("debrief")

    # The administrator's side, with an assignment, a target and the audit entries they leave.
    from literacy_app.ui.staff_sign_in_dialog import StaffSignInDialog

    admin = academy.accounts.create_first_administrator("admin", "password-123")
    academy.assignments.assign_to_tier(admin, course, Tier.LEADER, date.today() + timedelta(days=9))
    academy.assignments.set_hour_target(admin, date.today().year, Tier.LEADER, 20)
    monkeypatch.setattr(
        StaffSignInDialog,
        "ask",
        classmethod(lambda cls, parent, sign_in: sign_in("admin", "password-123")),
    )
    window.signing.admin_sign_in()
    area = window.signing.admin_area
    assert area is not None
    qtbot.waitUntil(lambda: area.dashboard_tab.figures is not None, timeout=20_000)
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        look(f"administration: {area.tabs.tabText(index)}", area)
    area.sign_out_requested.emit()

    window.show_result(uuid.uuid4())  # a record that is not there: refused in plain words
    assert message_boxes, "a refusal was expected"
    refusals = [CJK_RUN.findall(text) for text in [*message_boxes, *questions]]
    message_boxes.clear()

    assert not seen, "\n".join(f"{page}: {lines}" for page, lines in seen.items())
    assert not any(refusals), refusals
