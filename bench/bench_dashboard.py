"""The dashboard's queries against one hand-written SQL query for the same figures, in the same run.

On the generated population (bench/population.py: 10,000 learners, 30 courses, 30 course records
each with 3 final attempts):
- measured: `academy.reporting.dashboard` for the whole installation: the report rows into a
  temporary table, totals and rates by tier, department and course, 学时 against the annual targets,
  learners behind or overdue, and weekly activity;
- baseline: a single hand-written SQL statement giving the totals and rates by tier, top-level
  department and course (the core figures, with no 学时 targets nor activity), whose figures are
  checked to equal the dashboard's.
Target: ≤ 2×.

Run: python bench/bench_dashboard.py [--smoke]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from population import build_population  # bench/population.py: the scripts run from this folder
from sqlalchemy import text
from timing import median_time

from literacy_app.content.model import Requirement
from literacy_app.services.report_rows import ReportFilter

TARGET = 2.0

BASELINE = """
WITH courses(course_id, hours, lessons_total, has_quiz, counts_last) AS (VALUES {courses}),
lessons(course_id, lesson_id) AS (VALUES {lessons}),
required(course_id, tier) AS (VALUES {required}),
done AS (
  SELECT learner_id, course_id,
         SUM(completed_at IS NOT NULL AND (course_id, lesson_id) IN (SELECT * FROM lessons)) AS n
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
  SELECT learner_id, course_id, COUNT(*) AS attempts, MAX(CASE WHEN rn = 1 THEN passed END) AS passed
  FROM ranked GROUP BY learner_id, course_id),
pairs AS (
  SELECT l.id AS learner_id, r.course_id FROM learners l JOIN required r ON r.tier = l.tier
  UNION
  SELECT l.id, a.course_id FROM learners l JOIN assignments a
    ON (a.target_kind = 'tier' AND a.target = l.tier)
    OR (a.target_kind = 'department'
        AND (l.department = a.target OR substr(l.department, 1, length(a.target) + 1) = a.target || '/'))
    OR (a.target_kind = 'learner' AND replace(lower(a.target), '-', '') = lower(l.id))
  WHERE a.course_id IN (SELECT course_id FROM courses)
  UNION
  SELECT learner_id, course_id FROM done
  UNION
  SELECT learner_id, course_id FROM quiz_attempts WHERE course_id IN (SELECT course_id FROM courses)),
report AS (
  SELECT p.learner_id, l.tier, l.department, p.course_id, c.hours,
         COALESCE(done.n, 0) = c.lessons_total AND (NOT c.has_quiz OR COALESCE(quiz.passed, 0))
           AS completed,
         COALESCE(quiz.passed, 0) AS passed, COALESCE(quiz.attempts, 0) AS attempts
  FROM pairs p JOIN learners l ON l.id = p.learner_id JOIN courses c ON c.course_id = p.course_id
  LEFT JOIN done ON done.learner_id = p.learner_id AND done.course_id = p.course_id
  LEFT JOIN quiz ON quiz.learner_id = p.learner_id AND quiz.course_id = p.course_id)
SELECT 'total' AS kind, '' AS key, COUNT(DISTINCT learner_id), COUNT(*), SUM(completed),
       SUM(attempts > 0), SUM(passed), SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report
UNION ALL
SELECT 'tier', tier, COUNT(DISTINCT learner_id), COUNT(*), SUM(completed), SUM(attempts > 0),
       SUM(passed), SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY tier
UNION ALL
SELECT 'department', CASE WHEN instr(department, '/') > 0
                          THEN substr(department, 1, instr(department, '/') - 1) ELSE department END,
       COUNT(DISTINCT learner_id), COUNT(*), SUM(completed), SUM(attempts > 0), SUM(passed),
       SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY 2
UNION ALL
SELECT 'course', course_id, COUNT(DISTINCT learner_id), COUNT(*), SUM(completed),
       SUM(attempts > 0), SUM(passed), SUM(CASE WHEN completed THEN hours ELSE 0 END)
FROM report GROUP BY course_id
"""


def course_values(library) -> dict[str, str]:
    """The library's courses, lessons and requirements as VALUES rows for the baseline statement
    (ids are plain slugs); the booleans read the same in SQLite and PostgreSQL."""
    courses = ", ".join(
        f"('{c.id}', {c.spec.hours}, {len(c.lessons)}, {c.spec.final_quiz is not None}, "
        f"{c.spec.final_quiz is not None and c.spec.final_quiz.counts.value == 'last'})"
        for c in library.courses
    )
    lessons = ", ".join(
        f"('{c.id}', '{lesson.id}')" for c in library.courses for lesson in c.lessons
    )
    required = ", ".join(
        f"('{c.id}', '{tier.value}')"
        for c in library.courses
        for tier, requirement in c.spec.tiers.items()
        if requirement is Requirement.REQUIRED
    )
    return {"courses": courses, "lessons": lessons, "required": required}


def compare(academy, baseline_sql: str, repeats: int, where: str = "") -> None:
    """Check the dashboard's figures against the baseline query's, then time both (and the report
    rows streamed) and print the ratios."""
    admin = academy.accounts.create_first_administrator("基准管理员", "password-123")
    statement = text(baseline_sql.format(**course_values(academy.library())))

    def baseline() -> list:
        with academy.engine.connect() as connection:
            return connection.execute(statement).all()

    figures = academy.reporting.dashboard(admin, ReportFilter())
    by_kind = {(kind, key): tuple(rest) for kind, key, *rest in baseline()}
    totals = figures.totals
    expected = (totals.learners, totals.enrolled, totals.completed, totals.attempted,
                totals.passed)  # fmt: skip
    assert by_kind[("total", "")][:5] == expected, (by_kind[("total", "")], expected)
    for group in figures.by_department:
        assert by_kind[("department", group.key)][1] == group.enrolled
    for group in figures.by_course:
        assert by_kind[("course", group.key)][2] == group.completed

    base = median_time(baseline, repeats)
    dash = median_time(lambda: academy.reporting.dashboard(admin, ReportFilter()), repeats)
    print(f"population: {totals.learners} learners, {totals.enrolled} course records{where}")
    print(f"dashboard / one hand-written query = {dash / base:.2f}x ({dash:.2f} s vs "
          f"{base:.2f} s; target ≤ {TARGET:g}x)")  # fmt: skip
    rows = median_time(
        lambda: sum(1 for _ in academy.reporting.course_rows(admin, ReportFilter())), repeats
    )
    print(f"report rows streamed / one hand-written query = {rows / base:.2f}x "
          f"({rows:.2f} s vs {base:.2f} s)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a small population: checks it runs")
    smoke = parser.parse_args().smoke
    learners, repeats = (200, 1) if smoke else (10_000, 3)
    with tempfile.TemporaryDirectory() as scratch:
        population = build_population(Path(scratch), learners=learners)
        academy = population.open()
        compare(academy, BASELINE, repeats)
        academy.close()


if __name__ == "__main__":
    main()
