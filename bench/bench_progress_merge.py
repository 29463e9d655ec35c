"""What verifying and merging progress files costs, as ratios against baselines in the same run.

- Verifying and merging the progress files of 1,000 learners (30 courses each: lessons with
  reading time, a final attempt with its answers, review cards), ten files of 100 learners as a
  training room would bring them, against inserting the same rows with `executemany` into an
  empty database of the same schema (target: at most 3x).
- The same files merged again (nothing new) against the first merge (target: at most 0.5x).

Run: python bench/bench_progress_merge.py [--smoke]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.services.progress_format import ProgressFileWriter
from literacy_app.store.models import (
    AttemptAnswer,
    Learner,
    LessonProgress,
    QuizAttempt,
    ReadingContribution,
    ReviewCard,
)

LESSONS_PER_COURSE = 4
ANSWERS_PER_ATTEMPT = 10
CARDS_PER_COURSE = 2
START = datetime(2026, 3, 1, tzinfo=UTC)


def learner_records(index: int, courses: int, installation: str) -> dict[str, list[dict[str, Any]]]:
    """One learner's records, as the file carries them."""
    learner = str(uuid.uuid4())
    moment = (START + timedelta(minutes=index)).isoformat()
    sets: dict[str, list[dict[str, Any]]] = {
        "learners": [{
            "id": learner, "name": f"学员{index:05d}", "department": "某省/某市",
            "tier": "public", "identifier": f"B{index:06d}", "created_at": moment,
        }],
        "lessons": [], "attempts": [], "review_cards": [],
    }  # fmt: skip
    for course in range(courses):
        course_id = f"course-{course:02d}"
        for lesson in range(LESSONS_PER_COURSE):
            sets["lessons"].append({
                "id": str(uuid.uuid4()), "learner_id": learner, "course_id": course_id,
                "lesson_id": f"lesson-{lesson}", "content_hash": "h" * 64, "started_at": moment,
                "completed_at": moment, "seconds": {installation: 300 + lesson},
            })  # fmt: skip
        questions = [f"{course_id}-q{n}" for n in range(ANSWERS_PER_ATTEMPT)]
        attempt = str(uuid.uuid4())
        sets["attempts"].append({
            "id": attempt, "learner_id": learner, "kind": "final", "course_id": course_id,
            "lesson_id": None, "content_hash": "h" * 64, "seed": course, "question_ids": questions,
            "rules": {}, "pass_mark": 60, "started_at": moment, "deadline": None,
            "submitted_at": moment, "earned": 8.0, "possible": 10, "passed": True,
            "status": "completed",
            "answers": [
                {"id": str(uuid.uuid4()), "question_id": q, "response": "A", "answered_at": moment}
                for q in questions
            ],
        })  # fmt: skip
        for card in range(CARDS_PER_COURSE):
            sets["review_cards"].append({
                "id": str(uuid.uuid4()), "learner_id": learner, "question_id": questions[card],
                "course_id": course_id, "card": {"state": 1}, "due": moment, "lapses": 1,
                "added_at": moment, "last_reviewed_at": None,
            })  # fmt: skip
    return sets


def write_files(
    folder: Path, source: Academy, learners: int, courses: int, per_file: int
) -> list[dict[str, list[dict[str, Any]]]]:
    """The progress files, and every file's records for the baseline."""
    installation = source.installation
    everything = []
    for start in range(0, learners, per_file):
        sets: dict[str, list[dict[str, Any]]] = {}
        for index in range(start, min(start + per_file, learners)):
            for name, records in learner_records(
                index, courses, installation.installation_id()
            ).items():
                sets.setdefault(name, []).extend(records)
        writer = ProgressFileWriter(
            folder / f"room-{start:05d}.litprog",
            installation.installation_id(), installation.public_key_b64(),
        )  # fmt: skip
        for name, records in sets.items():
            writer.write_set(name, records)
        writer.finish(installation.sign, created_at=START.isoformat(), since=None, learner_id=None)
        everything.append(sets)
    return everything


def baseline_rows(
    sets: dict[str, list[dict[str, Any]]], installation: str
) -> list[tuple[Any, list]]:
    """The rows a merge writes, as plain dicts for `executemany` (made before the clock starts)."""

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text)

    learners = [
        {**r, "created_at": at(r["created_at"]), "id": uuid.UUID(r["id"])} for r in sets["learners"]
    ]
    lessons, given, attempts, answers, cards = [], [], [], [], []
    for r in sets["lessons"]:
        owner = uuid.UUID(r["learner_id"])
        lessons.append({
            "id": uuid.UUID(r["id"]), "learner_id": owner, "course_id": r["course_id"],
            "lesson_id": r["lesson_id"], "content_hash": r["content_hash"],
            "started_at": at(r["started_at"]), "completed_at": at(r["completed_at"]),
            "active_seconds": sum(r["seconds"].values()),
        })  # fmt: skip
        given.extend(
            {"learner_id": owner, "course_id": r["course_id"], "lesson_id": r["lesson_id"],
             "installation_id": i, "seconds": s}
            for i, s in r["seconds"].items()
        )  # fmt: skip
    for r in sets["attempts"]:
        row = {k: v for k, v in r.items() if k != "answers"}
        attempts.append({
            **row, "id": uuid.UUID(r["id"]), "learner_id": uuid.UUID(r["learner_id"]),
            "started_at": at(r["started_at"]), "submitted_at": at(r["submitted_at"]),
        })  # fmt: skip
        answers.extend(
            {**a, "id": uuid.UUID(a["id"]), "attempt_id": uuid.UUID(r["id"]),
             "answered_at": at(a["answered_at"])}
            for a in r["answers"]
        )  # fmt: skip
    for r in sets["review_cards"]:
        cards.append({
            **r, "id": uuid.UUID(r["id"]), "learner_id": uuid.UUID(r["learner_id"]),
            "due": at(r["due"]), "added_at": at(r["added_at"]),
        })  # fmt: skip
    return [
        (Learner, learners), (LessonProgress, lessons), (ReadingContribution, given),
        (QuizAttempt, attempts), (AttemptAnswer, answers), (ReviewCard, cards),
    ]  # fmt: skip


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", "--small", action="store_true", help="a small scale for CI")
    learners, courses, per_file = (20, 3, 10) if parser.parse_args().smoke else (1000, 30, 100)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        source = Academy(AppConfig.resolve(root / "source", None, None))
        (root / "room").mkdir()
        files = write_files(root / "room", source, learners, courses, per_file)
        own = source.installation.installation_id()

        baseline = Academy(AppConfig.resolve(root / "baseline", None, None))
        prepared = [baseline_rows(sets, own) for sets in files]

        def insert_all() -> None:
            for tables in prepared:  # one transaction a file, as the merge does
                with baseline.engine.begin() as connection:
                    for model, rows in tables:
                        connection.execute(insert(model), rows)

        inserted = timed(insert_all)

        centre = Academy(AppConfig.resolve(root / "centre", None, None))
        admin = centre.accounts.create_first_administrator("管理员", "password-123")
        centre.installation.trust(admin, source.installation.public_key_b64(), "培训点")
        reports: list = []
        first = timed(lambda: reports.extend(centre.progress.import_paths(admin, [root / "room"])))
        assert all(r.outcome.value == "imported" for r in reports), [r.message for r in reports]
        again: list = []
        repeat = timed(lambda: again.extend(centre.progress.import_paths(admin, [root / "room"])))
        assert all(c.new == 0 and c.updated == 0 for r in again for c in r.counts.values())
        rows = sum(len(rows) for tables in prepared for _, rows in tables)
        print(f"{learners} learners x {courses} courses in {len(files)} files: {rows} rows")
        print(f"executemany insert of the same rows: {inserted:.2f} s")
        print(f"verify + merge, first time: {first:.2f} s")
        print(f"verify + merge, again (nothing new): {repeat:.2f} s")
        print(f"verify+merge / executemany insert = {first / inserted:.1f}x (target <= 3x)")
        print(f"repeated merge / first merge = {repeat / first:.2f}x (target <= 0.5x)")
        for academy in (source, baseline, centre):
            academy.close()


if __name__ == "__main__":
    main()
