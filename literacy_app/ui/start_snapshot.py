"""The learning path as the learner left it, shown at the next start while the core opens.

Opening the core (SQLAlchemy, pydantic, the services, the database) takes several times as long as
showing the window. At a clean close the window writes what its learning path showed, stamped with
everything that went into it: the program's version, the local day, the database file and its
write-ahead log (size and modification time) and the content folders' fingerprint. At the next
start, when every part of the stamp still holds, the path is shown from the snapshot at once; the
core opens behind it and the page is then read again from the services, which changes nothing on
screen. What the learner clicks meanwhile is done as soon as the core is open.

Anything that does not hold starts the window as before, without it: another day (overdue courses
and reviews due depend on it), a database written since (a crash, a command, an import), content
changed, a learner who must give a PIN, a set-up still to do, a server database (its changes cannot
be seen from here), a file that cannot be read.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from literacy_app import __version__
from literacy_app.rules.kinds import Requirement, Tier
from literacy_app.services.config import AppConfig
from literacy_app.services.content_fingerprint import fingerprint
from literacy_app.services.path_views import AssignedCourse, CourseProgress, LearningPathView

log = logging.getLogger(__name__)

FILE_NAME = "start-snapshot.json"
_FORMAT = 1
_SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class StartSnapshot:
    learner_name: str
    learner_department: str
    view: LearningPathView


def read_snapshot(config: AppConfig, today: date | None = None) -> StartSnapshot | None:
    """The snapshot in the data directory, if everything it was made from is unchanged."""
    path = config.data_dir / FILE_NAME
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("stamp") != _stamp(config, today or date.today()):
            return None
        return _snapshot(saved["snapshot"])
    except FileNotFoundError:
        return None
    except Exception:  # a snapshot is only ever a head start: a bad one is a normal start
        log.warning("ignoring an unreadable start snapshot %s", path, exc_info=True)
        return None


def write_snapshot(config: AppConfig, snapshot: StartSnapshot | None) -> None:
    """Keep `snapshot` for the next start (None: keep none). Called once the core is closed, so
    the database files are as the next start will find them."""
    path = config.data_dir / FILE_NAME
    if snapshot is None or _database_file(config) is None:
        path.unlink(missing_ok=True)
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        saved = {"stamp": _stamp(config, date.today()), "snapshot": asdict(snapshot)}
        partial.write_text(json.dumps(saved, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(partial, path)
    except Exception:  # the next start is only slower
        log.warning("could not write the start snapshot %s", path, exc_info=True)
        partial.unlink(missing_ok=True)


def _database_file(config: AppConfig) -> Path | None:
    """The SQLite file of the configured database; None for a server, or an in-memory database."""
    if not config.db_url.startswith(_SQLITE_PREFIX):
        return None
    name = config.db_url[len(_SQLITE_PREFIX) :].split("?", 1)[0]
    return Path(name) if name and name != ":memory:" else None


def _stamp(config: AppConfig, today: date) -> dict[str, Any] | None:
    """What the snapshot was computed from; None when it cannot be known (no database file)."""
    database = _database_file(config)
    if database is None:
        return None
    files: dict[str, list[int] | None] = {}
    for suffix in ("", "-wal"):
        try:
            stat = Path(f"{database}{suffix}").stat()
            files[suffix or "db"] = [stat.st_size, stat.st_mtime_ns]
        except FileNotFoundError:
            files[suffix or "db"] = None
    if files["db"] is None:
        return None
    content = fingerprint([*config.content_paths, config.library_dir])
    return {
        "format": _FORMAT,
        "version": __version__,
        "day": today.isoformat(),
        "database": files,
        "content": content,
    }


def _snapshot(saved: dict[str, Any]) -> StartSnapshot:
    view = saved["view"]
    return StartSnapshot(
        learner_name=str(saved["learner_name"]),
        learner_department=str(saved["learner_department"]),
        view=LearningPathView(
            tier=Tier(view["tier"]),
            courses=tuple(_progress(p) for p in view["courses"]),
            assigned=tuple(
                AssignedCourse(
                    progress=_progress(a["progress"]),
                    due_on=date.fromisoformat(a["due_on"]),
                    overdue=bool(a["overdue"]),
                )
                for a in view["assigned"]
            ),
            reviews_due=int(view["reviews_due"]),
        ),
    )


def _progress(saved: dict[str, Any]) -> CourseProgress:
    requirement = saved["requirement"]
    best = saved["best_percent"]
    return CourseProgress(
        course_id=str(saved["course_id"]),
        title=str(saved["title"]),
        summary=str(saved["summary"]),
        hours=float(saved["hours"]),
        requirement=None if requirement is None else Requirement(requirement),
        lessons_done=int(saved["lessons_done"]),
        lessons_total=int(saved["lessons_total"]),
        has_quiz=bool(saved["has_quiz"]),
        best_percent=None if best is None else float(best),
        quiz_passed=bool(saved["quiz_passed"]),
    )
