"""Work off the GUI thread: the window keeps answering, and exactly one outcome comes back."""

from __future__ import annotations

import threading
import time
from enum import StrEnum

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from literacy_app.messages import Message
from literacy_app.ui import tasks
from literacy_app.ui.tasks import Cancelled, Job, Operation


class Step(StrEnum):
    COPYING = "copying"


class Outcome:
    """What came back to the GUI thread, and on which thread each callback ran."""

    def __init__(self) -> None:
        self.successes: list[object] = []
        self.failures: list[Exception] = []
        self.cancellations = 0
        self.progress: list[tuple[int, int, Message | None]] = []
        self.threads: set[threading.Thread] = set()

    def success(self, value: object) -> None:
        self.threads.add(threading.current_thread())
        self.successes.append(value)

    def failure(self, error: Exception) -> None:
        self.threads.add(threading.current_thread())
        self.failures.append(error)

    def cancelled(self) -> None:
        self.threads.add(threading.current_thread())
        self.cancellations += 1

    def progressed(self, done: int, total: int, label: Message | None) -> None:
        self.threads.add(threading.current_thread())
        self.progress.append((done, total, label))

    @property
    def finished(self) -> bool:
        return bool(self.successes or self.failures or self.cancellations)


@pytest.fixture(autouse=True)
def idle_worker():
    """A test that fails half-way must not leave work running into the next one (or exit)."""
    yield
    tasks.cancel_background_work()
    assert tasks.wait_for_background_work(5_000)


def operation(parent, work, outcome: Outcome) -> Operation:
    return (
        Operation(parent, work, outcome.success)
        .on_failure(outcome.failure)
        .on_cancelled(outcome.cancelled)
        .on_progress(outcome.progressed)
    )


@pytest.fixture
def ticks(app):
    """A timer on the GUI thread; its count shows whether the event loop kept running."""
    count = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    yield count
    timer.stop()


def test_slow_work_leaves_the_window_answering_and_reports_in_order(app, qtbot, ticks):
    label = Message.of(Step.COPYING, file="records.json")
    worker_threads: list[threading.Thread] = []

    def slow(job: Job) -> str:
        worker_threads.append(threading.current_thread())
        for step in range(1, 9):
            time.sleep(0.06)
            job.progress(step, 8, label)
        return "done"

    outcome = Outcome()
    operation(None, slow, outcome).run()
    qtbot.waitUntil(lambda: outcome.finished, timeout=5_000)

    assert ticks[0] >= 15  # ~0.5 s of work at a 10 ms interval: the loop never stalled
    assert outcome.successes == ["done"]
    assert outcome.failures == [] and outcome.cancellations == 0
    assert [done for done, _, _ in outcome.progress] == list(range(1, 9))
    assert all(total == 8 and text == label for _, total, text in outcome.progress)
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert outcome.threads == {threading.main_thread()}
    qtbot.wait(100)
    assert outcome.successes == ["done"]  # once only


def test_cancelled_work_delivers_nothing_but_its_cancellation(app, qtbot):
    started = threading.Event()

    def endless(job: Job) -> str:
        started.set()
        while True:
            job.raise_if_cancelled()
            time.sleep(0.01)

    outcome = Outcome()
    job = operation(None, endless, outcome).run()
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: outcome.finished, timeout=5_000)
    assert outcome.cancellations == 1
    assert outcome.successes == [] and outcome.failures == []
    assert outcome.threads == {threading.main_thread()}


def test_a_failure_reaches_the_failure_callback(app, qtbot):
    def broken(job: Job) -> None:
        raise ValueError("课程文件夹不可读")

    outcome = Outcome()
    operation(None, broken, outcome).run()
    qtbot.waitUntil(lambda: outcome.finished, timeout=5_000)
    [error] = outcome.failures
    assert isinstance(error, ValueError) and str(error) == "课程文件夹不可读"
    assert outcome.successes == [] and outcome.cancellations == 0


def test_without_a_failure_callback_the_error_is_shown(app, qtbot, message_boxes):
    from literacy_app.services.errors import ServiceCode, UserInputError

    def refused(job: Job) -> None:
        raise UserInputError(ServiceCode.NAME_REQUIRED)

    done = []
    Operation(None, refused, done.append).run()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5_000)
    assert message_boxes == ["无法完成 请填写姓名。"] and done == []
    message_boxes.clear()


def test_long_work_shows_a_progress_dialog_whose_cancel_button_stops_it(app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def long(job: Job) -> None:
        for step in range(500):
            job.raise_if_cancelled()
            job.progress(step, 500)
            time.sleep(0.01)

    outcome = Outcome()
    operation(parent, long, outcome).with_progress("导出学习记录").run()
    assert not parent.findChildren(QProgressDialog)  # nothing flashes for quick work
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5_000)
    [dialog] = parent.findChildren(QProgressDialog)
    assert dialog.windowTitle() == "导出学习记录"
    # Its label may name a course or a file: shown as plain text, whatever it contains.
    [text] = dialog.findChildren(QLabel)
    assert text.textFormat() == Qt.TextFormat.PlainText and not text.openExternalLinks()
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "取消"
    cancel.click()
    qtbot.waitUntil(lambda: outcome.finished, timeout=5_000)
    assert outcome.cancellations == 1 and outcome.successes == []
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog), timeout=5_000)


def test_nothing_is_delivered_to_a_window_that_has_gone(app, qtbot):
    parent = QWidget()
    release = threading.Event()
    outcome = Outcome()
    operation(parent, lambda job: release.wait(5), outcome).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not tasks.shiboken6.isValid(parent), timeout=5_000)
    release.set()
    assert tasks.wait_for_background_work(5_000)
    qtbot.wait(50)
    assert not outcome.finished


def test_work_runs_one_at_a_time_in_the_order_asked(app, qtbot):
    order: list[str] = []
    running = [0]

    def step(name: str):
        def work(job: Job) -> str:
            running[0] += 1
            overlap = running[0] > 1
            time.sleep(0.02)
            order.append(name)
            running[0] -= 1
            if overlap:
                raise AssertionError("two pieces of work ran at once")
            return name

        return work

    outcomes = [Outcome() for _ in range(4)]
    for name, outcome in zip("abcd", outcomes, strict=True):
        operation(None, step(name), outcome).run()
    qtbot.waitUntil(lambda: all(o.finished for o in outcomes), timeout=5_000)
    assert order == list("abcd")
    assert [o.successes for o in outcomes] == [["a"], ["b"], ["c"], ["d"]]


def test_cancelled_is_an_exception_the_work_can_raise_itself(app, qtbot):
    outcome = Outcome()

    def gives_up(job: Job) -> None:
        raise Cancelled

    operation(None, gives_up, outcome).run()
    qtbot.waitUntil(lambda: outcome.finished, timeout=5_000)
    assert outcome.cancellations == 1 and not outcome.failures


def test_a_progress_dialog_gone_with_its_window_is_no_trouble(app, qtbot, message_boxes):
    # The window closes while slow work with a progress dialog runs: the dialog went with it, and
    # the work's end must neither touch it nor report anything.
    parent = QWidget()
    release = threading.Event()
    outcome = Outcome()
    operation(parent, lambda job: release.wait(5), outcome).with_progress("慢").run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not tasks.shiboken6.isValid(parent), timeout=5_000)
    release.set()
    assert tasks.wait_for_background_work(5_000)
    qtbot.wait(50)
    assert not outcome.finished
