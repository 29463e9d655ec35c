"""Start-up benchmark: how soon the window appears and fills, against a bare PySide6 window.

Each program is launched as a fresh process and the time runs from launch to a line it prints:
- baseline: a minimal script showing an empty `QMainWindow`, printing at its first paint;
- the application (`python -m literacy_app`, through `cli.main`) on a data directory as a returning
  learner has it (a learner, the parsed courses cached, the start snapshot its last close wrote),
  printing at the main window's first paint, when the learning path is on screen
  (`MainWindow.populated`) and when the core is open and the learner signed in (`MainWindow.ready`);
- the same start without a start snapshot (after a crash, on another day, with the database
  changed since), where the learning path waits for the core.
Also: opening an existing database (schema already current) against a bare SQLAlchemy connect.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_startup.py [--smoke] [--repeats N]
(or under Xvfb with QT_QPA_PLATFORM=xcb). `--smoke` runs once and enforces no targets.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import median_time  # bench/timing.py: the scripts run from this folder

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = "start-snapshot.json"  # ui/start_snapshot.py's FILE_NAME, in the data directory
FIRST_PAINT_TARGET = 2.5
POPULATED_TARGET = 4.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1200, 800)
window.show()
app.exec()
"""

# Watches the application's events until the first paint of anything in its main window, then
# waits for the learning path and the open core and closes the window, which ends the program.
APPLICATION = """
import sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

data_dir, settings_dir = sys.argv[1], sys.argv[2]
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

class Watch(QObject):
    seen = set()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and hasattr(watched, "window"):
            window = watched.window()
            if isinstance(window, QMainWindow) and hasattr(window, "ready"):
                print("painted", flush=True)
                app.removeEventFilter(self)
                window.populated.connect(lambda: self.mark("populated", window))
                window.ready.connect(lambda: self.mark("ready", window))
        return False

    def mark(self, event, window):
        print(event, flush=True)
        self.seen.add(event)
        if self.seen == {"populated", "ready"}:
            window.close()

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from literacy_app.cli import main
sys.exit(main(["--data-dir", data_dir]))
"""


def launch(script: str, *args: str, bytecode: Path) -> dict[str, float]:
    """Seconds from launch to each marker line the program prints.

    Both programs keep compiled bytecode in `bytecode`, as an installed program has it beside its
    modules: an environment that forbids writing it (PYTHONDONTWRITEBYTECODE) would otherwise
    charge the application, and not the bare window, for compiling its own modules at every start.
    """
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(bytecode)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,  # the checkout's package, as `python -m literacy_app` from it would use
        env=environment,
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - start)
    if process.wait(timeout=120) != 0:
        raise SystemExit(f"the benchmarked program failed with exit code {process.returncode}")
    return seen


def prepare(data_dir: Path) -> None:
    """A data directory as a returning learner has it: database current, an administrator (so no
    set-up is asked), one learner, and the parsed courses cached by an earlier start."""
    sys.path.insert(0, str(REPO))
    from literacy_app.content.model import Tier
    from literacy_app.services.academy import Academy
    from literacy_app.services.config import AppConfig

    academy = Academy(AppConfig.resolve(data_dir))
    academy.accounts.create_first_administrator("基准管理员", "password-123")
    academy.learners.create("基准", "", Tier.LEADER)
    academy.library()
    academy.close()


def database_ratio(data_dir: Path, repeats: int) -> tuple[float, float]:
    from sqlalchemy import create_engine, text

    from literacy_app.services.config import AppConfig
    from literacy_app.store.database import open_engine, upgrade_schema

    url = AppConfig.resolve(data_dir).db_url

    def bare() -> None:
        engine = create_engine(url)
        engine.connect().execute(text("select 1")).close()
        engine.dispose()

    def existing() -> None:
        engine = open_engine(url)
        upgrade_schema(engine)
        engine.dispose()

    return median_time(existing, repeats), median_time(bare, repeats)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one run, no targets enforced")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    repeats = 1 if args.smoke else args.repeats
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    bare, painted, populated, ready, cold = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        data_dir, settings_dir = Path(scratch) / "data", Path(scratch) / "settings"
        bytecode = Path(scratch) / "bytecode"
        prepare(data_dir)
        application = (APPLICATION, str(data_dir), str(settings_dir))
        # One untimed start of each fills the bytecode and file caches; the application's close
        # writes the start snapshot the next start shows.
        launch(BARE_WINDOW, bytecode=bytecode)
        launch(*application, bytecode=bytecode)
        for _ in range(repeats):
            bare.append(launch(BARE_WINDOW, bytecode=bytecode)["painted"])
            marks = launch(*application, bytecode=bytecode)
            painted.append(marks["painted"])
            populated.append(marks["populated"])
            ready.append(marks["ready"])
            (data_dir / SNAPSHOT).unlink()
            cold.append(launch(*application, bytecode=bytecode)["populated"])
        existing, connect = database_ratio(data_dir, max(repeats, 3))

    median = statistics.median
    base = median(bare)
    first = median(painted) / base
    filled = median(populated) / base
    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"[{platform}, median of {repeats}] from launch; bare PySide6 window painted in "
          f"{base * 1000:.0f} ms")  # fmt: skip
    print(f"main window first paint / bare window first paint = {first:.2f}x "
          f"({median(painted) * 1000:.0f} ms; target <= {FIRST_PAINT_TARGET}x)")  # fmt: skip
    print(f"learning path populated / bare window first paint = {filled:.2f}x "
          f"({median(populated) * 1000:.0f} ms; target <= {POPULATED_TARGET}x)")  # fmt: skip
    print(f"core open, learner signed in / bare window first paint = "
          f"{median(ready) / base:.2f}x ({median(ready) * 1000:.0f} ms)")  # fmt: skip
    print(f"without a start snapshot, learning path populated / bare window first paint = "
          f"{median(cold) / base:.2f}x ({median(cold) * 1000:.0f} ms)")  # fmt: skip
    print(f"open a current database / bare SQLAlchemy connect = {existing / connect:.1f}x "
          f"({existing * 1000:.1f} ms vs {connect * 1000:.1f} ms)")  # fmt: skip
    if args.smoke:
        return 0
    return 0 if first <= FIRST_PAINT_TARGET and filled <= POPULATED_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
