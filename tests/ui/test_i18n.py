"""Every page and dialog opens in every language; the English catalogue is complete and built."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from literacy_app.content.model import Tier
from literacy_app.ui.app import I18N_DIR, create_application
from literacy_app.ui.profile_dialog import ProfileDialog

from .conftest import answer_something

UI = Path(__file__).resolve().parents[2] / "literacy_app" / "ui"
CATALOGUE = UI.parent / "catalogue"
CLI = [UI.parent / "cli.py", UI.parent / "cli_admin.py", UI.parent / "cli_progress.py"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing; it comes with PySide6")
    return found


def test_the_english_catalogue_covers_every_string_in_the_ui_the_messages_and_the_cli(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "literacy_app_en.ts"
    shutil.copy(I18N_DIR / "literacy_app_en.ts", copy)
    sources = [str(p) for p in sorted([*UI.rglob("*.py"), *CATALOGUE.glob("*.py"), *CLI])]
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-source-language", "zh_CN", "-target-language", "en", "-ts", str(copy)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "(0 new and" in result.stdout, result.stdout
    text = copy.read_text(encoding="utf-8")
    assert (
        'type="unfinished"' not in text
        and 'type="vanished"' not in text
        and 'type="obsolete"' not in text
    )


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "en.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(I18N_DIR / "literacy_app_en.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (I18N_DIR / "literacy_app_en.qm").read_bytes(), (
        "run pyside6-lrelease on the .ts"
    )


def visible_texts(widget) -> list[str]:
    texts = [
        w.text()
        for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
        if w.isVisibleTo(widget)
    ]
    return [t for t in texts if t]


@pytest.mark.parametrize(
    ("language", "learning_path", "records"),
    [("zh_CN", "学习路径", "学习记录"), ("en", "Learning path", "Learning records")],
)
def test_every_page_opens_in_each_language(
    qapp, make_academy, open_window, language, learning_path, records
) -> None:
    create_application(language)
    try:
        academy = make_academy()
        academy.learners.create("测试", "", Tier.OPERATOR)
        window = open_window(academy)
        assert window.rail.nav.item(0).text() == learning_path
        for section in ("catalogue", "daily", "notebook", "records"):
            window.show_section(section)
        assert window.records_page.header.title.text() == records
        course = window.path_page.cards[0].course_id
        window.show_course(course)
        window.show_lesson(course, academy.library().course(course).lessons[0].id)
        window.start_quiz(course)
        card = window.quiz_page.cards[0]
        answer_something(card)
        academy.assessment.submit(window.actor, window.quiz_page.attempt.attempt_id)
        window.show_course(course)
        window.show_result(academy.assessment.history(window.actor)[0].attempt_id)
        pages = [window.path_page, window.catalogue_page, window.daily_page, window.notebook_page,
                 window.records_page, window.course_page, window.lesson_page, window.quiz_page,
                 window.result_page]  # fmt: skip
        if language == "en":
            # Interface text is English; only course content (titles, lesson text, questions) stays Chinese.
            chrome = [window.lesson_page.complete_button.text(), window.lesson_page.header.back.text(),
                      window.result_page.retry_button.text(), window.quiz_page.submit_button.text(),
                      window.course_page.header.back.text(), window.rail.switch_button.text()]  # fmt: skip
            assert not [t for t in chrome if CJK.search(t)], chrome
        for page in pages:
            assert visible_texts(page), page
        dialog = ProfileDialog(window, first_start=True)
        texts = visible_texts(dialog)
        assert texts
        if language == "en":
            assert not [t for t in texts if CJK.search(t)], texts
        dialog.deleteLater()
    finally:
        create_application("zh_CN")
