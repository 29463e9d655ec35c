"""The live preview: saving a lesson shows the new text at the same place; a broken save shows its
problem and keeps the last good page; nothing is recorded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from literacy_app.ui.app import create_application
from literacy_app.ui.preview import PreviewWindow

from ..skeleton import new_course, skeleton_templates  # noqa: F401  (a fixture)

pytestmark = pytest.mark.usefixtures("skeleton_templates")

LESSON = "lessons/01-getting-started.md"


@pytest.fixture
def preview(qtbot, tmp_path: Path):
    create_application("zh_CN")
    course = new_course(tmp_path / "content")
    lesson = course / LESSON
    # Long enough to scroll: the scroll position must survive a reload.
    save(lesson, lesson.read_text(encoding="utf-8") + "\n" + "一段很长的正文。\n\n" * 150)
    window = PreviewWindow(course)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, lesson


def save(path: Path, text: str) -> None:
    """As editors do: write a new file beside it, then rename it over the old one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_a_saved_lesson_shows_its_new_text_at_the_same_place(qtbot, preview) -> None:
    window, lesson = preview
    assert "课时由什么组成" in window.browser.toPlainText()
    assert window.problems.count() == 0
    bar = window.browser.verticalScrollBar()
    assert bar.maximum() > 400
    bar.setValue(400)
    text = lesson.read_text(encoding="utf-8").replace("课时由什么组成", "课时由头部和正文组成")
    with qtbot.waitSignal(window.reloaded, timeout=5000):
        save(lesson, text)
    assert "课时由头部和正文组成" in window.browser.toPlainText()
    assert bar.value() == 400
    # Saved again after the rename: the file is still watched.
    with qtbot.waitSignal(window.reloaded, timeout=5000):
        save(lesson, text.replace("头部和正文", "两个部分"))
    assert "课时由两个部分组成" in window.browser.toPlainText()


def test_a_broken_save_shows_the_problem_and_keeps_the_last_good_page(qtbot, preview) -> None:
    window, lesson = preview
    good = window.browser.toPlainText()
    with qtbot.waitSignal(window.reloaded, timeout=5000):
        save(lesson, lesson.read_text(encoding="utf-8").replace("minutes: 5", "minutes: 五"))
    assert window.browser.toPlainText() == good
    shown = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any("01-getting-started.md:5: 错误:" in line for line in shown), shown
    assert "无法显示" in window.status.text()
    assert "1 个错误" in window.problems_title.text()
    # Fixed again: the problem goes and the page follows the file.
    with qtbot.waitSignal(window.reloaded, timeout=5000):
        save(lesson, lesson.read_text(encoding="utf-8").replace("minutes: 五", "minutes: 6"))
    assert window.problems.count() == 0 and window.shown_problem == ""


def test_a_problem_opens_its_lesson_and_a_link_opens_the_other_lesson(qtbot, preview) -> None:
    window, lesson = preview
    second = lesson.with_name("02-next-steps.md")
    with qtbot.waitSignal(window.reloaded, timeout=5000):
        save(second, second.read_text(encoding="utf-8") + "\n[网站](https://example.org)\n")
    [item] = [window.problems.item(i) for i in range(window.problems.count())]
    assert "警告" in item.text()
    window._problem_chosen(item)
    assert window.current == second and "检查课程" in window.browser.toPlainText()
    from PySide6.QtCore import QUrl

    window.browser.anchorClicked.emit(QUrl("lesson:getting-started"))
    assert window.current == lesson


def test_the_preview_records_nothing(qtbot, preview, data_dir: Path) -> None:
    assert not data_dir.exists() or not any(data_dir.rglob("*.db"))


def test_a_shipped_course_previews_without_the_other_courses_problems(content) -> None:
    """A shipped course's folder sits beside every bank; only its own banks' problems are its own."""
    from literacy_app.services.preview import CoursePreview

    (content / "quizzes" / "orphan.yaml").write_text(
        "id: orphan\ntitle: 没有课程用的题库\nquestions:\n"
        "  - {id: o-1, type: truefalse, stem: 示例, answer: true, explanation: 示例}\n",
        encoding="utf-8",
    )
    state = CoursePreview(content / "courses" / "leader-media-and-data").reload()
    assert state.title and state.problems == ()
    bank = content / "quizzes" / "leader-media-and-data.yaml"
    bank.write_text(bank.read_text(encoding="utf-8") + "\nbroken: [\n", encoding="utf-8")
    problems = CoursePreview(content / "courses" / "leader-media-and-data").reload().problems
    assert bank in {p.path for p in problems}
