"""Running slow work off the GUI thread, with callbacks on the GUI thread for success and failure."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.exception("background task failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> None:
    """Run `work` on the shared pool; exactly one callback runs afterwards on the GUI thread."""
    relay = _Relay()
    _running.add(relay)  # keep the relay alive until a callback has run

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda exc: finish(on_failure, exc))
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_background_work(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
