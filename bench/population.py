"""A generated population for the reporting benchmarks: learners in a department tree, synthetic
courses written as real course folders, and their records, inserted in bulk.

Full size: 10,000 learners in a 4-level department tree (省/市/县/单位), 30 courses (4 lessons and a
bank each), a record in every course for every learner (lesson progress rows, 3 submitted final
attempts), a few assignments and annual 学时 targets. `--smoke` makes a small one.

Use from a benchmark (bench/ is on sys.path when a script runs from it):

    population = build_population(Path(scratch), learners=10_000)
    academy = population.open()   # an Academy on the generated database and courses

Run on its own to see the counts and the time it takes: python bench/population.py [--smoke]
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert

from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.store.models import (
    Assignment,
    AssignmentTarget,
    HourTarget,
    Learner,
    LessonProgress,
    QuizAttempt,
    RecordStatus,
)

TIERS = ("leader", "operator", "public")
TIER_WEIGHTS = (1, 3, 6)  # far more of the public than of leading cadres
LESSONS_PER_COURSE = 4
QUESTIONS_PER_BANK = 6
QUIZ_QUESTIONS = 5
ATTEMPTS_PER_COURSE = 3
# Rows per executemany batch: large enough to amortise the round trip, small enough for memory.
BATCH = 20_000
# Records are spread over this many days before `today`, so activity charts have weeks to show.
SPAN_DAYS = 180


@dataclass(frozen=True)
class SyntheticCourse:
    course_id: str
    lesson_ids: tuple[str, ...]
    hours: float
    pass_mark: int
    required_for: str  # the tier this course is required for (elective for the others)


@dataclass(frozen=True)
class Population:
    folder: Path
    content_paths: tuple[Path, ...]
    courses: tuple[SyntheticCourse, ...]
    learners: int
    departments: tuple[str, ...]
    db_url: str | None = None  # None: a SQLite file in the data folder

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    def open(self) -> Academy:
        """An Academy on the generated database with the synthetic courses as its library."""
        paths = [str(p) for p in self.content_paths]
        return Academy(AppConfig.resolve(self.data_dir, self.db_url, paths))


def department_tree(
    provinces: int = 2, cities: int = 4, counties: int = 5, units: int = 4
) -> list[str]:
    """Leaf department paths, four levels deep: 某省/某市/某县/某单位."""
    unit_names = ("融媒体中心", "宣传部", "网信办", "政务服务中心", "党校", "团委")
    paths = []
    for p in range(provinces):
        for c in range(cities):
            for k in range(counties):
                for u in range(units):
                    paths.append(
                        f"第{p + 1}省/第{c + 1}市/第{k + 1}县/{unit_names[u % len(unit_names)]}"
                    )
    return paths


def write_courses(root: Path, count: int = 30) -> list[SyntheticCourse]:
    """Write `count` course folders and one bank per course under `root`/courses and `root`/quizzes."""
    courses = []
    (root / "quizzes").mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        course_id = f"bench-course-{n:02d}"
        tier = TIERS[n % len(TIERS)]
        others = [t for t in TIERS if t != tier]
        folder = root / "courses" / course_id
        (folder / "lessons").mkdir(parents=True, exist_ok=True)
        lessons = [f"{course_id}-l{i}" for i in range(1, LESSONS_PER_COURSE + 1)]
        hours = 1.0 + (n % 4) * 0.5
        counts = "last" if n % 5 == 0 else "highest"
        (folder / "course.yaml").write_text(
            f"id: {course_id}\n"
            f"title: 基准课程{n:02d}\n"
            f"summary: 生成的课程，用于报表基准测试。\n"
            f'version: "1"\n'
            f"hours: {hours}\n"
            f"tiers: {{{tier}: required, {others[0]}: elective}}\n"
            f"lessons: [{', '.join(f'{i:02d}.md' for i in range(1, len(lessons) + 1))}]\n"
            f"final_quiz:\n  banks: [{course_id}-bank]\n  questions: {QUIZ_QUESTIONS}\n"
            f"  pass_mark: 60\n  counts: {counts}\n",
            encoding="utf-8",
        )
        for i, lesson_id in enumerate(lessons, start=1):
            (folder / "lessons" / f"{i:02d}.md").write_text(
                f"---\nid: {lesson_id}\ntitle: 第{i}课\nminutes: 15\n---\n\n## 正文\n\n内容。\n",
                encoding="utf-8",
            )
        questions = "".join(
            f"  - id: {course_id}-q{q}\n    type: truefalse\n    stem: 判断题{q}。\n"
            f"    answer: true\n    explanation: 这是生成的题目，答案为对。\n"
            for q in range(1, QUESTIONS_PER_BANK + 1)
        )
        (root / "quizzes" / f"{course_id}-bank.yaml").write_text(
            f"id: {course_id}-bank\ntitle: 基准题库{n:02d}\nquestions:\n{questions}",
            encoding="utf-8",
        )
        courses.append(SyntheticCourse(course_id, tuple(lessons), hours, 60, tier))
    return courses


def build_population(
    folder: Path,
    *,
    learners: int = 10_000,
    courses: int = 30,
    records_per_learner: int = 30,
    seed: int = 9,
    today: date | None = None,
    db_url: str | None = None,
) -> Population:
    """Write the courses, create the database (migrated) and fill it; returns where it all is."""
    content = folder / "content"
    synthetic = write_courses(content, courses)
    population = Population(
        folder,
        (content / "courses", content / "quizzes"),
        tuple(synthetic),
        learners,
        tuple(department_tree()),
        db_url,
    )
    academy = population.open()
    try:
        fill(academy.engine, population, records_per_learner, random.Random(seed), today)
    finally:
        academy.close()
    return population


def fill(
    engine: Engine,
    population: Population,
    records_per_learner: int,
    rng: random.Random,
    today: date | None = None,
) -> None:
    """Insert learners, assignments, targets and records with executemany, in one transaction."""
    today = today or date.today()
    now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    people = [
        {
            "id": uuid.UUID(int=rng.getrandbits(128)),
            "name": f"学员{n:05d}",
            "department": rng.choice(population.departments),
            "tier": rng.choices(TIERS, TIER_WEIGHTS)[0],
            "identifier": f"G{n:06d}",
            "created_at": now - timedelta(days=SPAN_DAYS + 1),
            "last_active_at": now,
            "failed_sign_ins": 0,
            "locked": False,
        }
        for n in range(population.learners)
    ]
    with engine.begin() as connection:
        for chunk in _chunks(people):
            connection.execute(insert(Learner), chunk)
        connection.execute(insert(Assignment), _assignments(population, today))
        connection.execute(
            insert(HourTarget),
            [
                {"id": uuid.uuid4(), "year": year, "tier": tier, "department": "", "hours": hours}
                for year in (today.year - 1, today.year)
                for tier, hours in zip(TIERS, (40.0, 30.0, 12.0), strict=True)
            ],
        )
        lessons: list[dict] = []
        attempts: list[dict] = []
        for person in people:
            taken = rng.sample(
                population.courses, min(records_per_learner, len(population.courses))
            )
            for course in taken:
                _course_record(rng, now, person["id"], course, lessons, attempts)
            if len(lessons) >= BATCH:
                connection.execute(insert(LessonProgress), lessons)
                lessons.clear()
            if len(attempts) >= BATCH:
                connection.execute(insert(QuizAttempt), attempts)
                attempts.clear()
        if lessons:
            connection.execute(insert(LessonProgress), lessons)
        if attempts:
            connection.execute(insert(QuizAttempt), attempts)


def _course_record(
    rng: random.Random,
    now: datetime,
    learner_id: uuid.UUID,
    course: SyntheticCourse,
    lessons: list[dict],
    attempts: list[dict],
) -> None:
    """One learner's record in one course: some lessons read (most finish them all) and 3 attempts."""
    # Lessons and attempts follow over up to ~12 days, so start early enough to end before now.
    start = now - timedelta(days=rng.randrange(14, SPAN_DAYS), minutes=rng.randrange(600))
    read = len(course.lesson_ids) if rng.random() < 0.7 else rng.randrange(len(course.lesson_ids))
    moment = start
    for index, lesson_id in enumerate(course.lesson_ids):
        if index > read:
            break
        moment += timedelta(minutes=rng.randrange(10, 2000))
        done = index < read
        lessons.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "learner_id": learner_id,
                "course_id": course.course_id,
                "lesson_id": lesson_id,
                "content_hash": "bench",
                "started_at": moment,
                "completed_at": moment + timedelta(minutes=15) if done else None,
                "active_seconds": 900 if done else 300,
            }
        )
    for _ in range(ATTEMPTS_PER_COURSE):
        moment += timedelta(minutes=rng.randrange(30, 3000))
        earned = float(rng.randrange(QUIZ_QUESTIONS + 1))
        attempts.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "learner_id": learner_id,
                "kind": "final",
                "course_id": course.course_id,
                "lesson_id": None,
                "content_hash": "bench",
                "seed": rng.getrandbits(31),
                "question_ids": [],
                "rules": {},
                "pass_mark": course.pass_mark,
                "started_at": moment,
                "submitted_at": moment + timedelta(minutes=10),
                "earned": earned,
                "possible": QUIZ_QUESTIONS,
                "passed": 100 * earned / QUIZ_QUESTIONS >= course.pass_mark,
                "status": RecordStatus.COMPLETED.value,
            }
        )


def _assignments(population: Population, today: date) -> list[dict]:
    """A course assigned to a tier, one to a county and one to a unit: some due, some overdue."""
    courses = population.courses
    county = population.departments[0].rsplit("/", 1)[0]
    return [
        _assignment(courses[0].course_id, AssignmentTarget.TIER, "public", today - timedelta(days=10)),
        _assignment(courses[1].course_id, AssignmentTarget.DEPARTMENT, county, today + timedelta(days=30)),
        _assignment(
            courses[2].course_id, AssignmentTarget.DEPARTMENT, population.departments[-1],
            today - timedelta(days=3),
        ),
    ]  # fmt: skip


def _assignment(course_id: str, kind: AssignmentTarget, target: str, due: date) -> dict:
    return {
        "id": uuid.uuid4(),
        "course_id": course_id,
        "target_kind": kind.value,
        "target": target,
        "due_on": due,
        "created_by": None,
        "created_at": datetime.now(UTC),
    }


def _chunks(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a small population: checks it runs")
    parser.add_argument("--out", type=Path, help="keep the population in this folder")
    args = parser.parse_args()
    learners = 200 if args.smoke else 10_000
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.out or Path(scratch)
        began = time.perf_counter()
        population = build_population(folder, learners=learners)
        took = time.perf_counter() - began
        academy = population.open()
        with academy.engine.connect() as connection:
            counts = {
                table.__tablename__: connection.exec_driver_sql(
                    f"select count(*) from {table.__tablename__}"
                ).scalar_one()
                for table in (Learner, LessonProgress, QuizAttempt)
            }
        academy.close()
        print(f"population in {took:.1f} s: {counts}")


if __name__ == "__main__":
    main()
