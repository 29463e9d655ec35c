"""Long sessions end cleanly: the installed PySide6 keeps its references to `None`.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of a wrapped method that
returns nothing (adding a list item, setting a label's text, ...), so `None` is eventually
deallocated and the process aborts ("Fatal Python error: none_dealloc", exit 134): 3,000 visits
to a course page, or one course with 5,000 lessons, were enough.  pyproject.toml keeps that
combination from being installed; these tests fail wherever it is installed anyway.

Each scenario runs in its own interpreter (the one running the tests, so the same PySide6) because
the failure is an abort of the whole process, which would take the test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6

# What the course page does for every lesson it lists: an item with an icon, text and the
# lesson's id, added to the list; the process then ends as the program does, by returning.
MANY_LIST_ITEMS = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

app = QApplication([])
lessons = QListWidget()
for number in range(50_000):
    item = QListWidgetItem(QIcon(), f"第 {number} 课\\n约 10 分钟 · 未开始")
    item.setData(Qt.ItemDataRole.UserRole, f"lesson-{number}")
    lessons.addItem(item)
print(lessons.count(), flush=True)
lessons.clear()
print("done", flush=True)
"""

# A long session refilling the same page: the widgets stay, the calls add up.
MANY_CALLS = """
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
summary = QLabel()
for visit in range(50_000):
    summary.setText(f"已学完 {visit} 课")
print(summary.text(), flush=True)
print("done", flush=True)
"""


def run(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"exit {result.returncode} with PySide6 {PySide6.__version__} on Python "
        f"{sys.version.split()[0]}; install the PySide6-Essentials that pyproject.toml allows "
        f"for this Python.\nstderr:\n{result.stderr[-2000:]}"
    )


def test_fifty_thousand_list_items_exit_cleanly() -> None:
    result = run(MANY_LIST_ITEMS)

    assert result.returncode == 0, explain(result)
    assert result.stdout.split() == ["50000", "done"]
    assert "Fatal Python error" not in result.stderr


def test_fifty_thousand_calls_that_return_nothing_exit_cleanly() -> None:
    result = run(MANY_CALLS)

    assert result.returncode == 0, explain(result)
    assert result.stdout.split() == ["已学完", "49999", "课", "done"]
    assert "Fatal Python error" not in result.stderr
