"""Pages under awkward conditions: broken courses, empty lists, hostile lessons, partial answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from literacy_app.content.model import Tier
from literacy_app.ui.pages import quiz as quiz_module
from literacy_app.ui.pages.lesson_reader import LessonBrowser
from literacy_app.ui.profile_dialog import ProfileDialog, ProfileInput

from .conftest import answer_something
from .drive import editor


def with_learner(academy, tier=Tier.PUBLIC):
    academy.learners.create("测试学员", "", tier)
    return academy


def test_a_broken_course_is_listed_as_unavailable_with_its_first_problem(
    content: Path, make_academy, open_window
):
    course_yaml = sorted((content / "courses").iterdir())[0] / "course.yaml"
    course_yaml.write_text(
        course_yaml.read_text(encoding="utf-8").replace("hours:", "hourz:"), encoding="utf-8"
    )
    academy = with_learner(make_academy(content))
    window = open_window(academy)
    assert "1 门课程有错误" in window.statusBar().currentMessage()
    window.show_section("catalogue")
    page = window.catalogue_page
    assert len(page.cards) == len(academy.library().courses) >= 2
    [broken] = page.unavailable_cards
    text = " ".join(child.text() for child in broken.findChildren(type(page.header.title)))
    assert f"{course_yaml}:1:" in text and "缺少必填字段“hours”" in text
    # The rest still open.
    page.cards[0].open_requested.emit(page.cards[0].course_id)
    assert window.stack.currentWidget() is window.course_page


def test_empty_states_say_what_to_do(tmp_path: Path, make_academy, open_window):
    empty = tmp_path / "empty"
    empty.mkdir()
    academy = with_learner(make_academy(empty))
    window = open_window(academy)
    path_empty = window.path_page.findChildren(type(window.path_page.header.title), "emptyTitle")
    assert path_empty and "还没有面向“公众”的课程" in path_empty[0].text()
    window.rail.nav.setCurrentRow(1)
    assert (
        window.catalogue_page.findChildren(type(window.path_page.header.title), "emptyTitle")[
            0
        ].text()
        == "还没有安装任何课程"
    )
    window.show_section("records")
    assert window.records_page.empty.isVisibleTo(
        window
    ) and not window.records_page.table.isVisibleTo(window)


def test_the_lesson_browser_loads_only_files_inside_the_course(tmp_path: Path, app):
    course = tmp_path / "course"
    (course / "assets").mkdir(parents=True)
    image = course / "assets" / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n")
    browser = LessonBrowser()
    browser.show_html("<p>正文</p>", course)
    kind = QTextDocument.ResourceType.ImageResource
    assert browser.loadResource(kind, QUrl("https://example.com/x.png")) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile(str(outside))) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile(str(image))) is not None


def test_a_hostile_lesson_renders_as_plain_text(content: Path, make_academy, open_window, qtbot):
    folder = sorted((content / "courses").iterdir())[0]
    lesson = sorted((folder / "lessons").glob("*.md"))[0]
    lesson.write_text(
        lesson.read_text(encoding="utf-8")
        + '\n<script>document.title="x"</script>\n\n<img src="https://example.com/p.png" onerror="x()">\n\n[外链](https://example.com)\n',
        encoding="utf-8",
    )
    academy = with_learner(make_academy(content), Tier.LEADER)
    course = next(c for c in academy.library().courses if c.folder.name == folder.name)
    window = open_window(academy)
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, course.lessons[0].id)
    html = window.lesson_page.browser.toHtml()
    assert "example.com" not in html and "script" not in html.lower() and "onerror" not in html
    assert "外链" in window.lesson_page.browser.toPlainText()


def test_the_reader_scales_text_and_keeps_it_within_limits(make_academy, open_window, qtbot):
    academy = with_learner(make_academy(), Tier.LEADER)
    window = open_window(academy)
    course = academy.library().courses[0]
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, course.lessons[0].id)
    browser = window.lesson_page.browser
    assert browser.font_size == 16
    for _ in range(20):
        window.lesson_page.larger.click()
    assert browser.font_size == 24
    assert browser.document().defaultFont().pixelSize() == 24
    for _ in range(20):
        window.lesson_page.smaller.click()
    assert browser.font_size == 14


def test_submitting_with_unanswered_questions_asks_first(make_academy, open_window, monkeypatch):
    academy = with_learner(make_academy(), Tier.OPERATOR)
    window = open_window(academy)
    course_id = window.path_page.cards[0].course_id
    window.start_quiz(course_id)
    page = window.quiz_page
    first = page.cards[0]
    answer_something(first)
    asked: list[str] = []
    monkeypatch.setattr(
        quiz_module, "confirm", lambda parent, title, text: asked.append(text) or False
    )
    page.submit_button.click()
    assert asked and f"还有 {len(page.attempt.answerable()) - 1} 题未作答" in asked[0]
    assert window.stack.currentWidget() is page  # declined: still taking the quiz
    monkeypatch.setattr(quiz_module, "confirm", lambda parent, title, text: True)
    page.submit_button.click()
    assert window.stack.currentWidget() is window.result_page
    assert "未作答" in " ".join(
        label.text()
        for card in window.result_page.review_cards[1:2]
        for label in card.findChildren(type(page.counter))
    )


def test_leaving_a_quiz_and_coming_back_resumes_it(make_academy, open_window, qtbot):
    academy = with_learner(make_academy(), Tier.PUBLIC)
    window = open_window(academy)
    course_id = window.path_page.cards[0].course_id
    window.start_quiz(course_id)
    position, choice = next(
        (n, editor(card))
        for n, card in enumerate(window.quiz_page.cards)
        if hasattr(editor(card), "rows")
    )
    qkey = next(iter(choice.rows))
    qtbot.mouseClick(
        choice.rows[qkey].text, Qt.MouseButton.LeftButton
    )  # the option's text is clickable
    questions = [c.question.question_id for c in window.quiz_page.cards]
    window.quiz_page.header.back.click()
    assert window.stack.currentWidget() is window.course_page
    assert window.course_page.course_id == course_id
    assert window.course_page.quiz_button.text() == "继续测验"
    window.course_page.quiz_button.click()
    assert [c.question.question_id for c in window.quiz_page.cards] == questions
    assert editor(window.quiz_page.cards[position]).response() in (qkey, [qkey])
    assert "已恢复" in window.quiz_page.header.subtitle.text()


def test_the_profile_dialog_requires_a_name(app, qtbot):
    dialog = ProfileDialog(first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept()
    assert dialog.error.isVisible() and dialog.result() == 0
    dialog.name.setText("王芳")
    dialog.tier.setCurrentIndex(dialog.tier.findData("operator"))
    dialog._accept()
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert dialog.value() == ProfileInput("王芳", "", Tier.OPERATOR)


def test_switching_learners_from_the_menu(make_academy, open_window, profile_answer):
    answers, _ = profile_answer
    academy = with_learner(make_academy(), Tier.PUBLIC)
    window = open_window(academy)
    answers.append((ProfileInput("李雷", "", Tier.LEADER), True))
    window.signing.new_learner()
    assert window.rail.learner_name.text() == "李雷"
    assert "领导干部" in window.path_page.header.subtitle.text()
    window.signing.fill_switch_menu()
    names = [a.text() for a in window.rail.switch_menu.actions() if a.text()]
    assert any(n.startswith("测试学员") for n in names)
    next(a for a in window.rail.switch_menu.actions() if a.text().startswith("测试学员")).trigger()
    assert window.rail.learner_name.text() == "测试学员"
    window.signing.fill_switch_menu()
    assert next(
        a for a in window.rail.switch_menu.actions() if a.text().startswith("测试学员")
    ).isChecked()


def test_a_lesson_that_cannot_be_rendered_shows_why_in_the_reader(
    make_academy, open_window, qtbot, monkeypatch
):
    """Content changed after loading (or a renderer failure): a message on the page, no dialog."""
    from literacy_app.content.codes import ContentCode
    from literacy_app.content.problems import ContentError, problem
    from literacy_app.services import learning

    academy = with_learner(make_academy(), Tier.LEADER)
    window = open_window(academy)
    course = academy.library().courses[0]
    lesson = course.lessons[0]
    original = learning.render_lesson

    def refuse(lesson_, course_):
        raise ContentError([problem(lesson_.path, 40, ContentCode.LESSON_TOO_DEEP, limit=20)])

    monkeypatch.setattr(learning, "render_lesson", refuse)
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, lesson.id)
    page = window.lesson_page
    assert window.stack.currentWidget() is page
    assert page.view is None and page.header.title.text() == "本课无法显示"
    assert f"{lesson.path}:40" in page.browser.toPlainText()
    assert "嵌套过深" in page.browser.toPlainText()
    assert not page.complete_button.isVisible() and not page.practice_button.isVisible()
    qtbot.mouseClick(page.header.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.course_page

    # Any other failure is shown the same way, and the next lesson opens as usual.
    monkeypatch.setattr(learning, "render_lesson", lambda *_: 1 / 0)
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, lesson.id)
    assert "程序出错" in page.browser.toPlainText()
    monkeypatch.setattr(learning, "render_lesson", original)
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, lesson.id)
    assert page.view is not None and page.complete_button.isVisible()
