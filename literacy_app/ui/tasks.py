"""The one way to run work off the GUI thread: an `Operation` on a single background worker.

The work runs a service call (services open their own session per call, so nothing made on the GUI
thread crosses over) and may report progress and notice cancellation through the `Job` it is
handed. Its result, its exception, its progress and its cancellation come back to the GUI thread
through queued signals, where the callbacks run. Long work can show a progress dialog with a cancel
button; it appears only when the work outlasts a moment, so quick work never flashes one.

One worker, as in Anki's operations: work is serialised, so two writes never race each other and a
write never races the library load. Python's cyclic GC stays off (`ui/garbage.py`): a collection on
the worker could destroy Qt objects off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from literacy_app.messages import Message

log = logging.getLogger(__name__)

T = TypeVar("T")

# A dialog for work that ends sooner would only flash.
PROGRESS_DELAY_MS = 300
REPORT_INTERVAL_S = 0.03


class Cancelled(Exception):
    """The work noticed that the user cancelled it and stopped; nothing is delivered."""


class Job:
    """What a running operation's work is handed: progress reporting and the cancel flag.

    Both are plain callables, so a service can take `job.progress` and `job.cancelled` without
    knowing anything about Qt.
    """

    def __init__(self, report: Callable[[int, int, Message | None], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last_report = 0.0

    def progress(self, done: int, total: int, label: Message | None = None) -> None:
        """Say how far the work is (`total` 0 means unknown), optionally with what it is doing."""
        now = time.monotonic()
        # Work that reports per row would flood the GUI thread; the last step always gets through.
        if now - self._last_report < REPORT_INTERVAL_S and not 0 < total <= done:
            return
        self._last_report = now
        self._report(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    progressed = Signal(int, int, object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._job)
        except Cancelled:
            self._relay.cancelled.emit()
        except Exception as error:  # handed to the GUI thread, which shows it
            log.warning("background work failed: %r", error)
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_pool: QThreadPool | None = None
_running: dict[_Relay, Job] = {}


def _worker() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class Operation(Generic[T]):
    """Work for the background worker and what to do with its outcome on the GUI thread.

    `Operation(parent, work, success).on_failure(...).with_progress(title).run()`: exactly one of
    success, failure or cancelled runs afterwards, on the GUI thread. Failure defaults to the one
    error message box (`ui/errors.py`). If `parent` is gone by then, nothing runs.
    """

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Job], T],
        success: Callable[[T], None],
    ) -> None:
        self._parent = parent
        self._work = work
        self._success = success
        self._failure: Callable[[Exception], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._progress: Callable[[int, int, Message | None], None] | None = None
        self._dialog_title: str | None = None
        self.job: Job | None = None

    def on_failure(self, callback: Callable[[Exception], None]) -> Operation[T]:
        self._failure = callback
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> Operation[T]:
        self._cancelled = callback
        return self

    def on_progress(self, callback: Callable[[int, int, Message | None], None]) -> Operation[T]:
        self._progress = callback
        return self

    def with_progress(self, title: str) -> Operation[T]:
        """Show a cancellable progress dialog titled `title` if the work outlasts a moment."""
        self._dialog_title = title
        return self

    def run(self) -> Job:
        """Queue the work on the worker; returns its job, which can also cancel it."""
        relay = _Relay(QCoreApplication.instance())  # parented, so only the GUI thread deletes it
        job = Job(relay.progressed.emit)
        self.job = job
        _running[relay] = job
        dialog = self._make_dialog(job) if self._dialog_title is not None else None

        def finish(callback: Callable[..., None] | None, *value: Any) -> None:
            _running.pop(relay, None)
            relay.deleteLater()
            # The progress dialog is a child of the parent: gone with it when the parent closed.
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.stop()
            if self._parent is not None and not shiboken6.isValid(self._parent):
                return  # the window it was for has closed
            if callback is not None:
                callback(*value)

        def progressed(done: int, total: int, label: Message | None) -> None:
            if dialog is not None:
                dialog.update(done, total, label)
            if self._progress is not None:
                self._progress(done, total, label)

        relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
        relay.succeeded.connect(
            lambda result: finish(self._success, result), Qt.ConnectionType.QueuedConnection
        )
        relay.failed.connect(
            lambda error: finish(self._failure or self._show, error),
            Qt.ConnectionType.QueuedConnection,
        )
        relay.cancelled.connect(lambda: finish(self._cancelled), Qt.ConnectionType.QueuedConnection)
        _worker().start(_Runner(self._work, job, relay))
        return job

    def _show(self, error: Exception) -> None:
        from literacy_app.ui.errors import show_error

        show_error(self._parent, error)

    def _make_dialog(self, job: Job) -> _ProgressDialog:
        assert self._dialog_title is not None
        return _ProgressDialog(self._parent, self._dialog_title, job)


class _ProgressDialog(QObject):
    """A progress dialog made only once the work has run for a moment; cancelling sets the flag."""

    def __init__(self, parent: QWidget | None, title: str, job: Job) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._job = job
        self._state: tuple[int, int, Message | None] = (0, 0, None)
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open)
        self._timer.start(PROGRESS_DELAY_MS)

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _open(self) -> None:
        dialog = QProgressDialog(self._parent)
        # The label may name a course or a file: plain text, never Qt's guess at rich text.
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setLabel(text)
        dialog.setWindowTitle(self._title)
        dialog.setCancelButtonText(self.tr("取消"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._cancel)
        self._dialog = dialog
        self._show_state()
        if self._dialog is dialog:  # not stopped meanwhile (see `_show_state`)
            dialog.show()

    def _cancel(self) -> None:
        self._job.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("正在取消……"))

    def update(self, done: int, total: int, label: Message | None) -> None:
        self._state = (done, total, label)
        if self._dialog is not None and not self._job.cancelled():
            self._show_state()

    def _show_state(self) -> None:
        from literacy_app.catalogue import describe

        assert self._dialog is not None
        done, total, label = self._state
        self._dialog.setMaximum(max(total, 0))  # 0..0 shows a busy bar
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if self._dialog is None:  # setValue processes events: the work ended and stopped this
            return
        self._dialog.setLabelText(describe(label) if label is not None else self.tr("请稍候……"))

    def stop(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


def cancel_background_work() -> None:
    """Ask every queued or running job to stop (the window is closing)."""
    for job in list(_running.values()):
        job.cancel()


def wait_for_background_work(msecs: int = 30_000) -> bool:
    """Block until the worker is idle; True if it finished within `msecs`."""
    return _pool is None or _pool.waitForDone(msecs)
