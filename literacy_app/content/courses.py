"""Reading one course folder: course.yaml, its lessons and the images they use."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from literacy_app.content.codes import ContentCode
from literacy_app.content.model import Course, CourseSpec, Lesson, LessonMeta
from literacy_app.content.problems import ContentError, Problem, problem
from literacy_app.content.yaml_source import (
    line_of,
    parse_yaml,
    problems_from_validation,
    read_text,
    to_plain,
)

COURSE_FILE = "course.yaml"
LESSONS_DIR = "lessons"

_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REMOTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")


@dataclass(frozen=True)
class CourseSource:
    """A course folder as read: the course (None when course.yaml is unusable), the raw YAML, problems.

    A course is usable only when `problems` is empty.
    """

    folder: Path
    course: Course | None
    raw: Any
    problems: tuple[Problem, ...]

    @property
    def yaml_path(self) -> Path:
        return self.folder / COURSE_FILE


def is_course_folder(path: Path) -> bool:
    return (path / COURSE_FILE).is_file()


def read_course(folder: Path) -> CourseSource:
    """Read and check one course folder; every problem found is returned, none is raised."""
    yaml_path = folder / COURSE_FILE
    try:
        raw = parse_yaml(read_text(yaml_path), yaml_path)
    except ContentError as exc:
        return CourseSource(folder, None, None, tuple(exc.problems))
    if not isinstance(raw, dict):
        return CourseSource(
            folder, None, raw, (problem(yaml_path, 1, ContentCode.COURSE_NOT_MAPPING),)
        )
    try:
        spec = CourseSpec.model_validate(to_plain(raw))
    except ValidationError as exc:
        return CourseSource(folder, None, raw, tuple(problems_from_validation(exc, raw, yaml_path)))

    problems: list[Problem] = []
    lessons: list[Lesson] = []
    seen_files: dict[str, int] = {}
    seen_ids: dict[str, Path] = {}
    for index, name in enumerate(spec.lessons):
        line = line_of(raw, ("lessons", index))
        if name in seen_files:
            problems.append(
                problem(
                    yaml_path,
                    line,
                    ContentCode.LESSON_LISTED_TWICE,
                    file=name,
                    first_line=seen_files[name],
                )
            )
            continue
        seen_files[name] = line or 0
        path = folder / LESSONS_DIR / name
        if not _inside(path, folder / LESSONS_DIR) or not path.is_file():
            problems.append(
                problem(
                    yaml_path, line, ContentCode.LESSON_FILE_MISSING, file=f"{LESSONS_DIR}/{name}"
                )
            )
            continue
        try:
            lesson = read_lesson(path)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        if lesson.id in seen_ids:
            problems.append(
                problem(
                    path,
                    2,
                    ContentCode.LESSON_ID_REPEATED,
                    id=lesson.id,
                    other=seen_ids[lesson.id].name,
                )
            )
            continue
        seen_ids[lesson.id] = path
        problems.extend(_image_problems(lesson, folder))
        lessons.append(lesson)

    lessons_line = line_of(raw, ("lessons",))
    lesson_dir = folder / LESSONS_DIR
    if lesson_dir.is_dir():
        for path in sorted(lesson_dir.glob("*.md")):
            if path.name not in seen_files:
                problems.append(
                    problem(
                        yaml_path,
                        lessons_line,
                        ContentCode.LESSON_NOT_LISTED,
                        file=f"{LESSONS_DIR}/{path.name}",
                    )
                )

    # The course is built even with problems so that checks spanning files can still run on it.
    course = Course(spec, folder, tuple(lessons), content_hash(folder))
    return CourseSource(folder, course, raw, tuple(problems))


def read_lesson(path: Path) -> Lesson:
    """Split a lesson into front matter and Markdown body; raise ContentError on any problem."""
    text = read_text(path)
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError([problem(path, 1, ContentCode.FRONT_MATTER_MISSING)])
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ContentError([problem(path, 1, ContentCode.FRONT_MATTER_UNCLOSED)]) from None
    raw = parse_yaml("\n".join(lines[1:end]), path, line_offset=1)
    if not isinstance(raw, dict):
        raise ContentError([problem(path, 2, ContentCode.FRONT_MATTER_NOT_MAPPING)])
    try:
        meta = LessonMeta.model_validate(to_plain(raw))
    except ValidationError as exc:
        raise ContentError(problems_from_validation(exc, raw, path, line_offset=1)) from exc
    body = "\n".join(lines[end + 1 :])
    return Lesson(meta=meta, path=path, body=body, body_first_line=end + 2, meta_raw=raw)


def _image_problems(lesson: Lesson, folder: Path) -> list[Problem]:
    problems = []
    for offset, text in enumerate(lesson.body.splitlines()):
        for match in _IMAGE.finditer(text):
            src = match.group(1)
            line = lesson.body_first_line + offset
            if _REMOTE.match(src):
                problems.append(problem(lesson.path, line, ContentCode.IMAGE_REMOTE, src=src))
                continue
            target = (lesson.path.parent / src).resolve()
            if not _inside(target, folder):
                problems.append(problem(lesson.path, line, ContentCode.IMAGE_OUTSIDE, src=src))
            elif not target.is_file():
                problems.append(problem(lesson.path, line, ContentCode.IMAGE_MISSING, src=src))
    return problems


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def content_hash(folder: Path) -> str:
    """SHA-256 over every file of the course folder, so a record names the exact version it used."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
