"""Content benchmarks, reported as ratios against a baseline measured in the same run.

- Sanitising cost: rendering a lesson (Markdown + nh3 + image checks) against Markdown alone.
- Library scaling: reading a library ten times the shipped size against the shipped library;
  a ratio near 10 means the per-course cost stays flat as trainers add courses.

Run: python bench/bench_content.py [--smoke]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import markdown
from timing import median_time  # bench/timing.py: the scripts run from this folder

from literacy_app.content.library import load_library
from literacy_app.content.render import render_lesson
from literacy_app.services.config import install_root


def scaled_copy(root: Path, factor: int) -> Path:
    """The shipped content copied `factor` times, with ids renamed so every copy is valid."""
    target = root / f"x{factor}"
    for n in range(factor):
        for folder in (install_root() / "courses").iterdir():
            copy = target / "courses" / f"{folder.name}-{n}"
            shutil.copytree(folder, copy)
            text = (copy / "course.yaml").read_text(encoding="utf-8")
            text = text.replace(f"id: {folder.name}", f"id: {folder.name}-{n}").replace(
                f"[{folder.name}", f"[{folder.name}-{n}"
            )
            (copy / "course.yaml").write_text(text, encoding="utf-8")
        for bank in (install_root() / "quizzes").glob("*.yaml"):
            text = bank.read_text(encoding="utf-8").replace(
                f"id: {bank.stem}", f"id: {bank.stem}-{n}", 1
            )
            text = text.replace("- id: ", f"- id: c{n}-")
            (target / "quizzes").mkdir(parents=True, exist_ok=True)
            (target / "quizzes" / f"{bank.stem}-{n}.yaml").write_text(text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one small repetition: checks it runs")
    smoke = parser.parse_args().smoke
    # The smoke run reads a library twice (not ten times) the shipped size, once each.
    factor, repeats = (2, 1) if smoke else (10, 7)

    shipped = load_library([install_root() / "courses", install_root() / "quizzes"])
    lessons = [(lesson, course) for course in shipped.courses for lesson in course.lessons]
    plain = median_time(
        lambda: [
            markdown.markdown(lesson.body, extensions=["toc", "tables"]) for lesson, _ in lessons
        ],
        repeats,
    )
    safe = median_time(
        lambda: [render_lesson(lesson, course) for lesson, course in lessons], repeats
    )
    print(f"render {len(lessons)} lessons: sanitised / plain Markdown = {safe / plain:.2f}x "
          f"({safe * 1000 / len(lessons):.1f} ms per lesson)")  # fmt: skip

    with tempfile.TemporaryDirectory() as scratch:
        one, many = scaled_copy(Path(scratch), 1), scaled_copy(Path(scratch), factor)
        base = median_time(lambda: load_library([one]), repeats=min(repeats, 5))
        big = median_time(lambda: load_library([many]), repeats=min(repeats, 3))
        library = load_library([many])
        assert not library.problems, library.problems[:3]
        print(f"load library: {len(library.courses)} courses / {len(shipped.courses)} courses = "
              f"{big / base:.2f}x (baseline {base * 1000:.0f} ms, ideal {factor}x)")  # fmt: skip


if __name__ == "__main__":
    main()
