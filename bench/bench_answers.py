"""What saving every answer the moment it changes costs, as ratios against baselines in the same run.

- record_answer (checks, scoring, upsert, commit) against a bare INSERT + COMMIT into the same
  SQLite database: the price of the service layer on each keystroke of a fill-in answer.
- Starting a final quiz (draw, shuffle, store) against reading the learner's learning path.

The final quizzes run on a copy of the shipped courses without their attempt limit, since the
benchmark starts more attempts than any learner may.

Run: python bench/bench_answers.py [--smoke]
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text
from timing import median_time  # bench/timing.py: the scripts run from this folder

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig, install_root


def content_without_attempt_limits(scratch: Path) -> list[str]:
    """The shipped courses, banks and scenarios copied to `scratch`, with `max_attempts` removed."""
    for folder in ("courses", "quizzes", "scenarios"):
        shutil.copytree(install_root() / folder, scratch / folder)
    for course in (scratch / "courses").glob("*/course.yaml"):
        rules = course.read_text(encoding="utf-8")
        course.write_text(re.sub(r"(?m)^\s*max_attempts:.*\n", "", rules), encoding="utf-8")
    return [str(scratch / folder) for folder in ("courses", "quizzes", "scenarios")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few repetitions: checks it runs")
    saves, quizzes = (3, 2) if parser.parse_args().smoke else (200, 20)
    with tempfile.TemporaryDirectory() as scratch:
        content = content_without_attempt_limits(Path(scratch) / "content")
        academy = Academy(AppConfig.resolve(Path(scratch) / "data", None, content))
        _, learner = academy.learners.create("基准", "", Tier.LEADER)
        course = academy.learning.learning_path(learner)[0].course_id
        attempt = academy.assessment.start_final(learner, course)
        question = attempt.answerable()[0]
        key = question.options[0][0] if question.options else True
        with academy.engine.begin() as connection:
            connection.execute(text("create table bench_rows (id integer primary key, value text)"))

        def bare_insert() -> None:
            with academy.engine.begin() as connection:
                connection.execute(text("insert into bench_rows (value) values ('x')"))

        bare = median_time(bare_insert, saves)
        save = median_time(
            lambda: academy.assessment.record_answer(
                learner, attempt.attempt_id, question.question_id, key
            ),
            saves,
        )
        print(
            f"save one answer / bare insert+commit = {save / bare:.1f}x ({save * 1000:.2f} ms vs {bare * 1000:.2f} ms)"
        )

        path = median_time(lambda: academy.learning.learning_path(learner), quizzes)

        def start_and_submit() -> None:
            view = academy.assessment.start_final(learner, course)
            academy.assessment.record_answer(
                learner, view.attempt_id, view.answerable()[0].question_id, key
            )
            academy.assessment.submit(learner, view.attempt_id)

        academy.assessment.record_answer(learner, attempt.attempt_id, question.question_id, key)
        academy.assessment.submit(learner, attempt.attempt_id)
        quiz = median_time(start_and_submit, quizzes)
        print(f"start + answer + submit a final quiz / learning path = {quiz / path:.1f}x "
              f"({quiz * 1000:.1f} ms vs {path * 1000:.1f} ms)")  # fmt: skip
        academy.close()


if __name__ == "__main__":
    main()
