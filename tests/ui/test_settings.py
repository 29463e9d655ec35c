"""What the window remembers: reading font size, window size and place, language, last page."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.content.model import Tier
from literacy_app.ui.app import ENV_LANGUAGE, create_application
from literacy_app.ui.pages.lesson_reader import DEFAULT_FONT_SIZE
from literacy_app.ui.settings import Settings


def test_each_setting_survives_closing_the_window(
    make_academy, open_window, settings_dir: Path, qtbot
):
    academy = make_academy()
    academy.learners.create("测试", "", Tier.LEADER)
    window = open_window(academy)
    assert window.stack.currentWidget() is window.path_page  # nothing saved yet: the path

    course = academy.library().courses[0]
    with qtbot.waitSignal(window.lesson_page.shown, timeout=5_000):
        window.show_lesson(course.id, course.lessons[0].id)
    window.lesson_page.larger.click()
    window.lesson_page.larger.click()
    larger = window.lesson_page.browser.font_size
    assert larger > DEFAULT_FONT_SIZE
    # The offscreen screen is 800 px square, narrower than the window's minimum width, so Qt
    # shifts a restored window sideways to fit it; its height and vertical place are free.
    window.setGeometry(0, 90, 960, 650)
    placed = window.frameGeometry()
    [english] = [a for a in window.rail.language_button.menu().actions() if a.data() == "en"]
    english.trigger()
    assert "English" in window.statusBar().currentMessage()
    window.show_section("records")
    window.close()
    assert any(settings_dir.rglob("*.ini"))

    again = open_window(academy)
    assert again.lesson_page.browser.font_size == larger
    restored = again.frameGeometry()
    assert (restored.y(), restored.size()) == (placed.y(), placed.size())
    assert again.height() == 650
    assert again.stack.currentWidget() is again.records_page
    assert again.rail.nav.currentItem().text() == "学习记录"
    checked = [a.data() for a in again.rail.language_button.menu().actions() if a.isChecked()]
    assert checked == ["en"]
    assert Settings().language == "en"


def test_a_new_window_opens_at_its_default_size(make_academy, open_window):
    academy = make_academy()
    academy.learners.create("测试", "", Tier.LEADER)
    window = open_window(academy)
    assert (window.width(), window.height()) == (1200, 800)
    assert window.lesson_page.browser.font_size == DEFAULT_FONT_SIZE


@pytest.fixture
def restore_chinese(qapp):
    yield
    create_application("zh_CN")


def test_the_language_asked_for_wins_then_the_saved_one_then_chinese(
    qapp, restore_chinese, monkeypatch: pytest.MonkeyPatch
):
    assert create_application().property("language") == "zh_CN"
    Settings().language = "en"
    assert create_application().property("language") == "en"
    assert qapp.translate("NavigationRail", "学习路径") == "Learning path"
    monkeypatch.setenv(ENV_LANGUAGE, "zh_CN")
    assert create_application().property("language") == "zh_CN"
    monkeypatch.delenv(ENV_LANGUAGE)
    assert create_application("zh_CN").property("language") == "zh_CN"
    assert qapp.translate("NavigationRail", "学习路径") == "学习路径"


def test_a_damaged_settings_file_reads_as_defaults(settings_dir: Path):
    Settings().font_size = 18
    Settings().sync()
    [ini] = settings_dir.rglob("*.ini")
    ini.write_text("[reader]\nfont_size=huge\n[window]\ngeometry=@ByteArray()\n", encoding="utf-8")
    fresh = Settings()
    assert fresh.font_size is None and fresh.geometry is None and fresh.language is None
