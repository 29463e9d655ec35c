"""The whole path a cadre takes, driven through the window as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from literacy_app.content.model import Tier
from literacy_app.ui.pages.quiz import QuizPage
from literacy_app.ui.profile_dialog import ProfileInput

from .conftest import answer_right


def test_profile_course_lesson_quiz_and_progress_after_restart(
    make_academy, open_window, profile_answer, qtbot, monkeypatch
):
    answers, asked = profile_answer
    answers.append((ProfileInput("张明", "青川县融媒体中心", Tier.LEADER), True))
    academy = make_academy()
    window = open_window(academy)

    # First start asked for a profile and shows the leader's learning path, required first.
    assert asked == [True]
    assert window.rail.learner_name.text() == "张明"
    assert window.stack.currentWidget() is window.path_page
    card = window.path_page.cards[0]
    course = academy.library().course(card.course_id)
    assert Tier.LEADER in course.spec.tiers

    # Open the course and read every lesson through the reader.
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.course_page
    assert window.course_page.lessons.count() == len(course.lessons)
    first_item = window.course_page.lessons.item(0)
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.course_page.lessons.itemClicked.emit(first_item)
    reader = window.lesson_page
    assert window.stack.currentWidget() is reader
    assert reader.header.title.text() == course.lessons[0].title
    assert course.lessons[0].meta.objectives[0] in reader.browser.toPlainText()
    assert (
        reader.contents.toPlainText().splitlines()[0]
        == course.lessons[0].body.split("## ", 1)[1].splitlines()[0]
    )
    for _ in course.lessons[1:]:
        with qtbot.waitSignal(reader.shown, timeout=5_000):
            qtbot.mouseClick(reader.complete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reader.complete_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.course_page
    assert "已学完" in window.course_page.lessons.item(len(course.lessons) - 1).text()

    # Take the final quiz, answering every question correctly by clicking the options.
    qtbot.mouseClick(window.course_page.quiz_button, Qt.MouseButton.LeftButton)
    quiz: QuizPage = window.quiz_page
    assert window.stack.currentWidget() is quiz
    for card in quiz.cards:
        answer_right(card, academy.library())
    total = len(quiz.attempt.answerable())
    assert quiz.counter.text() == f"已答 {total} / {total} 题"
    qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)
    result_page = window.result_page
    assert window.stack.currentWidget() is result_page
    assert result_page.score.text() == "100 分"
    assert len(result_page.review_cards) == total
    assert result_page.result.passed

    # Back on the learning path the course is complete.
    window.show_section("catalogue")
    window.show_section("path")
    assert window.path_page.cards[0].open_button.text() == "复习"
    window.close()
    academy.close()

    # A new window on the same data directory remembers the learner and the progress.
    again = make_academy()
    window = open_window(again)
    assert asked == [True]  # not asked again
    assert window.rail.learner_name.text() == "张明"
    progress = again.learning.learning_path(window.actor)[0]
    assert (
        progress.completed and progress.quiz_passed and progress.lessons_done == len(course.lessons)
    )
    assert "已完成" in window.path_page.header.subtitle.text()
    window.show_section("records")
    assert window.records_page.model.rowCount() == 1
    assert window.records_page.model.data(window.records_page.model.index(0, 4)) == "通过"


def test_cancelling_the_first_profile_closes_the_window(make_academy, app, qtbot, profile_answer):
    from literacy_app.ui.main_window import MainWindow

    academy = make_academy()
    window = MainWindow(lambda: academy)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
