"""The window appears before the core is opened, and the first paint needs no heavy library."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from literacy_app.content.model import Tier
from literacy_app.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "pydantic", "fsrs", "markdown", "nh3", "ruamel")

FIRST_PAINT = """
import sys
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
import literacy_app.cli
from literacy_app.ui.app import create_application
from literacy_app.ui.main_window import MainWindow

app = create_application()
# What `run_gui` does before the window: check and lock the data folder.
from literacy_app.services.config import AppConfig
from literacy_app.ui.app import hold_data_dir
lock = hold_data_dir(AppConfig.resolve(sys.argv[1] + "/data"))
window = MainWindow(lambda: None)
window.show()
for _ in range(5):
    app.processEvents()
painted = window.loading_page.was_painted
print(painted and lock is not None, *sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])))
"""


def test_the_first_paint_imports_no_storage_content_or_review_library(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(tmp_path), *HEAVY],
        capture_output=True, text=True, cwd=REPO, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.stdout.split() == ["True"], result.stdout + result.stderr


# What only an administrator's work needs: a learner's start must not wait for any of it.
ADMINISTRATION = ("fpdf", "xlsxwriter", "openpyxl", "numpy", "pyqtgraph", "PIL", "fontTools")

OPEN_CORE = """
import sys
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
academy = Academy(AppConfig.resolve(sys.argv[1] + "/data"))
academy.library()
print("opened", *sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])))
"""


def test_opening_the_core_loads_no_library_only_administrators_need(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-c", OPEN_CORE, str(tmp_path), *ADMINISTRATION],
        capture_output=True, text=True, cwd=REPO, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.stdout.split() == ["opened"], result.stdout + result.stderr


def test_the_window_is_painted_before_the_core_is_opened(make_academy, app, qtbot):
    academy = make_academy()
    academy.learners.create("测试", "", Tier.LEADER)
    seen_when_opening: list[bool] = []
    release = threading.Event()

    def open_academy():
        seen_when_opening.append(window.loading_page.was_painted)
        release.wait(10)
        return academy

    window = MainWindow(open_academy)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(seen_when_opening), timeout=5_000)
    assert seen_when_opening == [True]
    assert window.academy is None and not window.rail.nav.isEnabled()
    assert window.stack.currentWidget() is window.loading_page
    with qtbot.waitSignal(window.ready, timeout=10_000):
        release.set()
    assert window.academy is academy and window.rail.nav.isEnabled()
    assert window.stack.currentWidget() is window.path_page
    assert window.path_page.cards


def test_a_database_that_cannot_be_opened_is_reported_and_the_window_closes(
    app, qtbot, message_boxes
):
    def open_academy():
        raise OSError("磁盘已满")

    window = MainWindow(open_academy)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert message_boxes == ["无法打开数据库 数据库无法打开或升级：\n磁盘已满"]
    assert isinstance(window.open_error, OSError)
    message_boxes.clear()
