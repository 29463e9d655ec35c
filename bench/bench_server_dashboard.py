"""The dashboard on a PostgreSQL server against one hand-written SQL query for the same figures.

As bench/bench_dashboard.py (which runs on SQLite), on a database of its own on a server: the
generated population (bench/population.py; 100,000 learners, each with a record in 30 courses: 4
lesson rows and 3 final attempts), `academy.reporting.dashboard` for the whole installation against
a single statement giving the totals and rates by tier, top-level department and course, whose
figures are checked to equal the dashboard's. Target: ≤ 2×.

Run: python bench/bench_server_dashboard.py [--smoke] [--learners N] [--server URL]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench_dashboard import compare  # the scripts run from this folder
from population import build_population
from server import add_server_option, server_database

BASELINE = """
WITH courses(course_id, hours, lessons_total, has_quiz, counts_last) AS (VALUES {courses}),
lessons(course_id, lesson_id) AS (VALUES {lessons}),
required(course_id, tier) AS (VALUES {required}),
done AS (
  SELECT learner_id, course_id,
         COUNT(*) FILTER (WHERE completed_at IS NOT NULL
                          AND (course_id, lesson_id) IN (SELECT * FROM lessons)) AS n
  FROM lesson_progress WHERE course_id IN (SELECT course_id FROM courses)
  GROUP BY learner_id, course_id),
ranked AS (
  SELECT q.learner_id, q.course_id, q.passed,
         ROW_NUMBER() OVER (PARTITION BY q.learner_id, q.course_id ORDER BY
           CASE WHEN c.counts_last THEN 0 ELSE q.earned * 1.0 / q.possible END DESC,
           q.submitted_at DESC) AS rn
  FROM quiz_attempts q JOIN courses c ON c.course_id = q.course_id
  WHERE q.kind = 'final' AND q.status = 'completed'),
quiz AS (
  SELECT learner_id, course_id, COUNT(*) AS attempts, bool_or(passed) FILTER (WHERE rn = 1) AS passed
  FROM ranked GROUP BY learner_id, course_id),
pairs AS (
  SELECT l.id AS learner_id, r.course_id FROM learners l JOIN required r ON r.tier = l.tier
  UNION
  SELECT l.id, a.course_id FROM learners l JOIN assignments a
    ON (a.target_kind = 'tier' AND a.target = l.tier)
    OR (a.target_kind = 'department'
        AND (l.department = a.target OR substr(l.department, 1, length(a.target) + 1) = a.target || '/'))
    OR (a.target_kind = 'learner' AND replace(lower(a.target), '-', '') = replace(l.id::text, '-', ''))
  WHERE a.course_id IN (SELECT course_id FROM courses)
  UNION
  SELECT learner_id, course_id FROM done
  UNION
  SELECT learner_id, course_id FROM quiz_attempts WHERE course_id IN (SELECT course_id FROM courses)),
report AS (
  SELECT p.learner_id, l.tier, l.department, p.course_id, c.hours,
         COALESCE(done.n, 0) = c.lessons_total AND (NOT c.has_quiz OR COALESCE(quiz.passed, false))
           AS completed,
         COALESCE(quiz.passed, false) AS passed, COALESCE(quiz.attempts, 0) AS attempts
  FROM pairs p JOIN learners l ON l.id = p.learner_id JOIN courses c ON c.course_id = p.course_id
  LEFT JOIN done ON done.learner_id = p.learner_id AND done.course_id = p.course_id
  LEFT JOIN quiz ON quiz.learner_id = p.learner_id AND quiz.course_id = p.course_id)
SELECT 'total' AS kind, '' AS key, COUNT(DISTINCT learner_id), COUNT(*),
       COUNT(*) FILTER (WHERE completed), COUNT(*) FILTER (WHERE attempts > 0),
       COUNT(*) FILTER (WHERE passed), SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report
UNION ALL
SELECT 'tier', tier, COUNT(DISTINCT learner_id), COUNT(*), COUNT(*) FILTER (WHERE completed),
       COUNT(*) FILTER (WHERE attempts > 0), COUNT(*) FILTER (WHERE passed),
       SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY tier
UNION ALL
SELECT 'department', split_part(department, '/', 1),
       COUNT(DISTINCT learner_id), COUNT(*), COUNT(*) FILTER (WHERE completed),
       COUNT(*) FILTER (WHERE attempts > 0), COUNT(*) FILTER (WHERE passed),
       SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY 2
UNION ALL
SELECT 'course', course_id, COUNT(DISTINCT learner_id), COUNT(*), COUNT(*) FILTER (WHERE completed),
       COUNT(*) FILTER (WHERE attempts > 0), COUNT(*) FILTER (WHERE passed),
       SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY course_id
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a small population: checks it runs")
    parser.add_argument("--learners", type=int, help="population size (default 100,000)")
    add_server_option(parser)
    arguments = parser.parse_args()
    learners = arguments.learners or (300 if arguments.smoke else 100_000)
    repeats = 1 if arguments.smoke else 3
    name = f"literacy_bench_dashboard_{os.getpid()}"
    with tempfile.TemporaryDirectory() as scratch, server_database(arguments.server, name) as url:
        began = time.perf_counter()
        population = build_population(Path(scratch), learners=learners, db_url=url)
        academy = population.open()
        with academy.engine.connect() as connection:
            connection.exec_driver_sql("analyze")  # fresh statistics, as autovacuum would give
        print(f"population built in {time.perf_counter() - began:.0f} s")
        compare(academy, BASELINE, repeats, where=", on PostgreSQL")
        academy.close()


if __name__ == "__main__":
    main()
