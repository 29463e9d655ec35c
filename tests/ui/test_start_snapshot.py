"""A returning learner's learning path is on screen before the core is open, from the snapshot the
last close wrote; it is shown only while everything it was made from is unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.ui.main_window import MainWindow
from literacy_app.ui.start_snapshot import FILE_NAME, read_snapshot, write_snapshot

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "pydantic", "fsrs", "markdown", "nh3", "ruamel")


@pytest.fixture
def config(data_dir: Path) -> AppConfig:
    return AppConfig.resolve(data_dir)


def studied_and_closed(config: AppConfig, open_window, *, pin: str | None = None) -> Academy:
    """A learner who read a lesson, then closed the window: the snapshot is written as `run_gui`
    writes it, once the core is closed. Returns a closed academy (its config, its library)."""
    academy = Academy(config)
    academy.accounts.create_first_administrator("管理员", "password-123")
    _, learner = academy.learners.create("周文", "某市/网信办", Tier.OPERATOR)
    course = academy.learning.learning_path(learner)[0]
    lesson = academy.learning.outline(learner, course.course_id).lessons[0]
    academy.learning.record_reading(learner, course.course_id, lesson.lesson_id, 60, completed=True)
    window = open_window(academy)
    if pin is not None:  # set while studying: the next start asks for it
        academy.learners.set_pin(window.acting, pin)
    snapshot = window.next_start_snapshot()
    window.close()
    academy.close()
    write_snapshot(config, snapshot)
    return academy


def test_the_path_is_shown_from_the_snapshot_and_a_click_waits_for_the_core(
    config, open_window, app, qtbot
):
    closed = studied_and_closed(config, open_window)
    snapshot = read_snapshot(config)
    assert snapshot is not None and snapshot.learner_name == "周文"
    academy = Academy(config)
    release = threading.Event()
    opened_with_path_on_screen: list[bool] = []

    def open_academy():
        opened_with_path_on_screen.append(window.stack.currentWidget() is window.path_page)
        release.wait(10)
        return academy

    window = MainWindow(open_academy, snapshot)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.populated, timeout=5_000):
        window.start()
    page = window.path_page
    assert window.academy is None
    assert window.rail.learner_name.text() == "周文"
    assert window.rail.learner_meta.text() == "政务运营团队 · 某市/网信办"
    path = closed.library()  # the same content: the snapshot shows the learner's real path
    titles = [card.title.text() for card in page.cards]
    assert titles and set(titles) <= {course.title for course in path.courses}
    assert "已完成 0 门" in page.header.subtitle.text()
    started = next(card for card in page.cards if card.open_button.text() == "继续学习")

    started.open_button.click()  # before the core is open: done once it is
    qtbot.waitUntil(lambda: bool(opened_with_path_on_screen), timeout=5_000)
    assert opened_with_path_on_screen == [True]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        release.set()
    assert window.path_page is page  # the page on screen stayed; the services confirmed it
    assert window.stack.currentWidget() is window.course_page
    assert window.course_page.course_id == started.course_id
    academy.close()


def test_a_start_from_the_snapshot_imports_no_heavy_library_before_the_core(
    config, open_window, tmp_path
):
    studied_and_closed(config, open_window)
    script = f"""
import os, sys, threading
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
from literacy_app.services.config import AppConfig
from literacy_app.ui.app import create_application
from literacy_app.ui.main_window import MainWindow
from literacy_app.ui.start_snapshot import read_snapshot

app = create_application()
window = MainWindow(lambda: threading.Event().wait(30), read_snapshot(AppConfig.resolve(sys.argv[1])))

def populated():
    heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set(sys.argv[2:]))
    print("populated", len(window.path_page.cards) > 0, *heavy, flush=True)
    os._exit(0)

window.populated.connect(populated)
window.show()
window.start()
app.exec()
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(config.data_dir), *HEAVY],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.stdout.split() == ["populated", "True"], result.stdout + result.stderr


def test_the_snapshot_holds_only_while_nothing_it_was_made_from_changed(config, open_window):
    studied_and_closed(config, open_window)
    assert read_snapshot(config) is not None
    assert read_snapshot(config, date.today() + timedelta(days=1)) is None  # overdue, reviews due

    academy = Academy(config)  # a command, another copy, an import: the database is written
    academy.learners.create("吴凡", "", Tier.PUBLIC)
    academy.close()
    assert read_snapshot(config) is None


def test_changed_content_or_a_server_database_starts_without_the_snapshot(
    config, open_window, tmp_path
):
    studied_and_closed(config, open_window)
    installed = config.library_dir / "new-course"
    installed.mkdir(parents=True)
    (installed / "course.yaml").write_text("id: new-course\n", encoding="utf-8")
    assert read_snapshot(config) is None
    (installed / "course.yaml").unlink()
    installed.rmdir()
    assert read_snapshot(config) is not None

    server = replace(config, db_url="postgresql+psycopg://someone@server/literacy")
    assert read_snapshot(server) is None  # its changes cannot be seen from here
    write_snapshot(server, read_snapshot(config))
    assert not (config.data_dir / FILE_NAME).exists()


@pytest.mark.parametrize("damage", ["{", '{"stamp": 1}', "", "\x00\x01"])
def test_a_damaged_snapshot_is_a_normal_start(config, open_window, damage: str):
    studied_and_closed(config, open_window)
    (config.data_dir / FILE_NAME).write_text(damage, encoding="utf-8")
    assert read_snapshot(config) is None


def test_a_snapshot_with_a_field_gone_is_a_normal_start(config, open_window):
    studied_and_closed(config, open_window)
    path = config.data_dir / FILE_NAME
    saved = json.loads(path.read_text(encoding="utf-8"))
    del saved["snapshot"]["view"]["courses"][0]["lessons_done"]
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert read_snapshot(config) is None


def test_no_snapshot_for_a_learner_whose_start_asks_for_a_pin(config, open_window):
    studied_and_closed(config, open_window, pin="2468")
    assert read_snapshot(config) is None
    assert not (config.data_dir / FILE_NAME).exists()


RUN_AND_CLOSE = """
import sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not hasattr(watched, "window"):
            return False
        window = watched.window()
        if isinstance(window, QMainWindow) and hasattr(window, "ready"):
            app.removeEventFilter(self)
            seen = []

            def mark(*event):
                print(*event, flush=True)
                seen.append(event)
                if len(seen) == 2:  # both, in whichever order the start gave them
                    window.close()

            window.populated.connect(lambda: mark("populated", window.academy is None))
            window.ready.connect(lambda: mark("ready"))
        return False

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from literacy_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_closing_the_program_writes_the_snapshot_the_next_start_shows(config, tmp_path):
    academy = Academy(config)
    academy.accounts.create_first_administrator("管理员", "password-123")
    _, learner = academy.learners.create("周文", "", Tier.LEADER)
    course = academy.learning.learning_path(learner)[0]
    lesson = academy.learning.outline(learner, course.course_id).lessons[0]
    academy.learning.record_reading(learner, course.course_id, lesson.lesson_id, 60)
    academy.close()

    def run() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", RUN_AND_CLOSE, str(config.data_dir), str(tmp_path)],
            capture_output=True, text=True, cwd=REPO, timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout.split("\n")

    first = run()  # no snapshot yet: the path is filled by the core
    assert first.index("ready") < first.index("populated False")
    assert read_snapshot(config) is not None
    second = run()  # shown from the snapshot while the core was still opening
    assert second.index("populated True") < second.index("ready")


def test_when_the_courses_cannot_load_the_snapshot_is_not_left_on_screen(
    config, open_window, app, qtbot, message_boxes
):
    studied_and_closed(config, open_window)
    snapshot = read_snapshot(config)
    assert snapshot is not None
    academy = Academy(config)

    def broken_library():
        raise OSError("课程目录无法读取")

    academy.library = broken_library  # type: ignore[method-assign]
    window = MainWindow(lambda: academy, snapshot)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.populated, timeout=5_000):
        window.start()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert window.stack.currentWidget() is window.signing.signed_out_page
    assert window.actor is None and window.rail.learner_name.text() == "未选择学员"
    message_boxes.clear()
    academy.close()
