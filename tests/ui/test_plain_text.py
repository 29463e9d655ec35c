"""Text from course files is text: markup in a title, stem, option, explanation or drill is shown
literally everywhere, never as rich text and never as a link to the system browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser, QWidget

from literacy_app.content.model import Tier
from literacy_app.services.errors import NotAvailable, ServiceCode
from literacy_app.ui.errors import show_error

from ..engine_content import write_engine_content
from .drive import choose, editor

LINK = '<a href="http://example.invalid/">点此</a>'
BOLD = "<b>粗</b>"
MARKUP = f"{LINK}{BOLD}"

DRILL = f"""\
id: markup-drill
title: '推演{MARKUP}'
tiers: [public]
summary: '摘要{MARKUP}'
minutes: 5
fictional: '本推演全部为虚构。{MARKUP}'
start: first
stages:
  - id: first
    title: '第一步{MARKUP}'
    reveal:
      - kind: post
        source: '网友{MARKUP}'
        text: '一条帖子。{MARKUP}'
    choices:
      - id: good
        text: '先核实。{MARKUP}'
        next: calm
        scores: {{timeliness: 1, accuracy: 2, transparency: 1, empathy: 0, compliance: 1}}
        feedback: '核实是对的。{MARKUP}'
      - id: bad
        text: '直接转发。{MARKUP}'
        next: calm
        scores: {{timeliness: 1, accuracy: -2, transparency: 0, empathy: 0, compliance: -1}}
        feedback: '没有核实。{MARKUP}'
    best: '先核实再行动。{MARKUP}'
  - id: calm
    title: '平稳{MARKUP}'
    ending: true
    reveal:
      - kind: news
        source: '媒体{MARKUP}'
        text: '一切平稳。{MARKUP}'
"""


def write_marked_content(root: Path) -> Path:
    """The engine course with markup in every kind of text a trainer writes, a drill, and a
    broken course whose title and folder carry markup too."""
    write_engine_content(root)
    course = root / "courses" / "engine-course"
    course_yaml = course / "course.yaml"
    course_yaml.write_text(
        course_yaml.read_text(encoding="utf-8")
        .replace("title: 引擎测试课程", f"title: '引擎测试课程{MARKUP}'")
        .replace("summary: 用于测试测验引擎的课程。", f"summary: '摘要{MARKUP}'"),
        encoding="utf-8",
    )
    lesson = course / "lessons" / "01-only.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("title: 唯一一课", f"title: '唯一一课{MARKUP}'"),
        encoding="utf-8",
    )
    bank = root / "quizzes" / "engine-bank.yaml"
    bank.write_text(
        bank.read_text(encoding="utf-8")
        .replace("stem: 单选题？", f"stem: '单选题？{MARKUP}'")
        .replace("options: {A: 甲, B: 乙, C: 丙}", f"options: {{A: '甲{MARKUP}', B: 乙, C: 丙}}")
        .replace(
            "explanation: 乙是正确的，因为题目问的就是乙，甲只是看起来相近。",
            f"explanation: '乙是正确的，因为题目问的就是乙，甲只是看起来相近。{MARKUP}'",
        ),
        encoding="utf-8",
    )
    (root / "scenarios").mkdir(exist_ok=True)
    (root / "scenarios" / "markup-drill.yaml").write_text(DRILL, encoding="utf-8")
    broken = root / "courses" / "broken-<i>斜"
    broken.mkdir()
    (broken / "course.yaml").write_text(f"id: broken\ntitle: '坏课程{MARKUP}'\n", encoding="utf-8")
    return root


def assert_plain(*roots: QWidget) -> list[str]:
    """No label under these widgets shows markup as rich text or opens links; returns the texts."""
    texts: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            assert "<a href" not in widget.toolTip(), widget.toolTip()
            if isinstance(widget, QLabel):
                text = widget.text()
                texts.append(text)
                assert not widget.openExternalLinks(), text
                if GuiQt.mightBeRichText(text):
                    assert widget.textFormat() == Qt.TextFormat.PlainText, text
            if isinstance(widget, QTextBrowser):
                assert not widget.openExternalLinks()
    return texts


def shows_literally(texts: list[str], needle: str) -> bool:
    return any(needle in text and LINK in text for text in texts)


@pytest.fixture
def boxes(monkeypatch, message_boxes) -> list[QMessageBox]:
    """Every message box opened, kept for inspection; a question is answered Yes."""
    opened: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        opened.append(box)
        box.show()
        box.hide()
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return opened


def assert_boxes_plain(boxes: list[QMessageBox], needle: str) -> None:
    assert boxes, "no message box was shown"
    texts = assert_plain(*boxes)
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in boxes)
    assert shows_literally(texts, needle), texts
    boxes.clear()


def test_markup_from_course_files_is_shown_as_text_everywhere(
    tmp_path: Path, make_academy, open_window, boxes, qtbot
):
    content = write_marked_content(tmp_path / "content")
    academy = make_academy(content)
    # "&" would mark a shortcut letter in a menu and vanish from the name.
    _, learner = academy.learners.create(f"学员&{MARKUP}", f"单位{MARKUP}", Tier.PUBLIC)
    academy.assessment.start_final(learner, "engine-course")  # left open: the window offers it

    window = open_window(academy)
    # The resume prompt names the course.
    assert_boxes_plain(boxes, "引擎测试课程")
    quiz = window.quiz_page
    assert window.stack.currentWidget() is quiz
    texts = assert_plain(window)
    assert shows_literally(texts, "单选题？") and shows_literally(texts, "甲")
    assert shows_literally(texts, "学员&")
    window.rail.switch_menu.aboutToShow.emit()
    names = [action.iconText() for action in window.rail.switch_menu.actions()]  # as Qt shows them
    assert any(name.startswith(f"学员&{MARKUP}") for name in names), names

    cards = {c.question.question_id: c for c in quiz.cards}
    choose(editor(cards["eng-single"]), "A")
    quiz.submit_button.click()  # asks first (answered Yes), then shows the result
    boxes.clear()
    assert window.stack.currentWidget() is window.result_page
    assert shows_literally(assert_plain(window), "乙是正确的")

    window.show_section("catalogue")
    texts = assert_plain(window)
    assert shows_literally(texts, "引擎测试课程") and shows_literally(texts, "坏课程")
    window.show_course("engine-course")
    assert shows_literally(assert_plain(window), "引擎测试课程")
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):  # rendered on the worker
        window.show_lesson("engine-course", "only")
    assert shows_literally(assert_plain(window), "唯一一课")
    window.show_section("records")
    assert_plain(window)
    window.show_section("notebook")
    assert shows_literally(assert_plain(window), "单选题？")

    window.show_section("scenarios")
    assert shows_literally(assert_plain(window), "推演")
    window.start_scenario("markup-drill")
    texts = assert_plain(window)
    assert shows_literally(texts, "一条帖子。") and shows_literally(texts, "先核实。")
    run = window.scenario_run_page
    run.choose("good")
    texts = assert_plain(window)
    assert shows_literally(texts, "核实是对的。") or shows_literally(texts, "一切平稳。")

    # An error box naming the course, and the database box naming a path.
    title = academy.library().course("engine-course").title
    show_error(window, NotAvailable(ServiceCode.DRAW_FAILED, course=title))
    assert_boxes_plain(boxes, "引擎测试课程")
    window._open_failed(OSError(f"/tmp/{MARKUP}/literacy.db"))
    assert_boxes_plain(boxes, "/tmp/")
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
