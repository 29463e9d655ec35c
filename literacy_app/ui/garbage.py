"""Cyclic garbage collection on the GUI thread only.

Python's cycle collector runs on whichever thread happens to allocate when a threshold is crossed.
When that is a background worker, Qt widgets caught in reference cycles are destroyed off the GUI
thread, which crashes Qt. So automatic collection is switched off and the GUI thread collects on a
timer, generation by generation, with the interpreter's own thresholds (as Anki does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(_INTERVAL_MS)

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def freeze_long_lived() -> None:
    """Exempt what exists now from every later collection: after start-up that is ~100,000 objects
    that live as long as the program (modules, classes, the loaded content), and the first timed
    collection scanning them all would stall the window for tens of milliseconds."""
    gc.freeze()
