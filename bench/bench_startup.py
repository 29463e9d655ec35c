"""Start-up benchmark, as ratios against baselines measured in the same process.

- Opening the database: a fresh SQLite file (Alembic creates the schema) and an existing one
  (Alembic only checks the version), against a bare SQLAlchemy connect on the same file.
- The main window: from construction to `ready` (courses read in the background, learning path
  shown) against constructing and showing an empty QMainWindow.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import create_engine, text

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.ui.app import create_application
from literacy_app.ui.main_window import MainWindow


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    app = create_application()
    fresh, existing, bare, window_times, empty_times = [], [], [], [], []
    for _ in range(5):
        with tempfile.TemporaryDirectory() as scratch:
            config = AppConfig.resolve(Path(scratch))
            engine = create_engine(config.db_url)
            bare.append(timed(lambda e=engine: e.connect().execute(text("select 1")).close()))
            engine.dispose()
            fresh.append(timed(lambda c=config: Academy(c).close()))
            existing.append(timed(lambda c=config: Academy(c).close()))

            academy = Academy(config)
            academy.learners.create("基准", "", Tier.LEADER)

            def open_window(a=academy) -> None:
                window = MainWindow(a)
                loop = QEventLoop()
                window.ready.connect(loop.quit)
                window.show()
                window.start()
                loop.exec()
                window.close()
                window.deleteLater()

            window_times.append(timed(open_window))

            def open_empty() -> None:
                window = QMainWindow()
                window.show()
                app.processEvents()
                window.close()
                window.deleteLater()

            empty_times.append(timed(open_empty))
            academy.close()

    median = statistics.median
    print(f"open database: fresh (migrate) / bare connect = {median(fresh) / median(bare):.0f}x "
          f"({median(fresh) * 1000:.0f} ms); existing / bare = {median(existing) / median(bare):.0f}x "
          f"({median(existing) * 1000:.0f} ms)")  # fmt: skip
    print(f"main window ready / empty window shown = {median(window_times) / median(empty_times):.0f}x "
          f"({median(window_times) * 1000:.0f} ms vs {median(empty_times) * 1000:.1f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
