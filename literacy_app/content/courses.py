"""Reading one course folder: course.yaml, its lessons and the images they use."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from literacy_app.content.codes import ContentCode
from literacy_app.content.files import (
    DIGESTS,
    IMAGE_LIMIT,
    LESSON_LIMIT,
    YAML_LIMIT,
    MiB,
    Refused,
    links_out_of,
    locate,
    read_limited,
    refusal_problem,
)
from literacy_app.content.images import LARGE_BYTES, LARGE_PIXELS, image_size
from literacy_app.content.model import Course, CourseSpec, Lesson, LessonMeta
from literacy_app.content.problems import ContentError, Problem, problem
from literacy_app.content.yaml_source import (
    line_of,
    parse_yaml,
    problems_from_validation,
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
    # Anything named course.yaml makes a course folder, so a folder or a dangling link there is
    # reported by read_course rather than skipped in silence.
    return os.path.lexists(path / COURSE_FILE)


def read_course(folder: Path) -> CourseSource:
    """Read and check one course folder; every problem found is returned, none is raised.

    Only the files the course uses are read: course.yaml, the listed lessons and the images they
    show; a link anywhere in the folder that leads out of it is a problem.
    """
    yaml_path = folder / COURSE_FILE
    links = [
        problem(link, None, ContentCode.LINK_OUTSIDE, file=link.relative_to(folder).as_posix())
        for link in links_out_of(folder)
    ]
    try:
        yaml_bytes = _read(yaml_path, folder, YAML_LIMIT)
        raw = parse_yaml(_decode(yaml_bytes, yaml_path), yaml_path)
    except ContentError as exc:
        return CourseSource(folder, None, None, (*links, *exc.problems))
    if not isinstance(raw, dict):
        return CourseSource(
            folder, None, raw, (*links, problem(yaml_path, 1, ContentCode.COURSE_NOT_MAPPING))
        )
    try:
        spec = CourseSpec.model_validate(to_plain(raw))
    except ValidationError as exc:
        located = problems_from_validation(exc, raw, yaml_path)
        return CourseSource(folder, None, raw, (*links, *located))

    problems: list[Problem] = list(links)
    lessons: list[Lesson] = []
    used: list[tuple[str, bytes]] = [(COURSE_FILE, hashlib.sha256(yaml_bytes).digest())]
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
        listed = f"{LESSONS_DIR}/{name}"
        path = folder / LESSONS_DIR / name
        try:
            # Under lessons/, and inside the course folder even when lessons/ is a link.
            for root in (folder / LESSONS_DIR, folder):
                locate(
                    path,
                    root,
                    missing=ContentCode.LESSON_FILE_MISSING,
                    outside=ContentCode.LESSON_FILE_MISSING,
                )
        except Refused as refused:
            problems.append(refusal_problem(yaml_path, line, refused, listed))
            continue
        try:
            lesson_bytes = _read(path, folder, LESSON_LIMIT)
            lesson = parse_lesson(_decode(lesson_bytes, path), path)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        used.append((listed, hashlib.sha256(lesson_bytes).digest()))
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
        problems.extend(_check_images(lesson, folder, used))
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

    lesson_files = {f"{LESSONS_DIR}/{name}" for name in seen_files}
    if lesson_dir.is_dir():
        lesson_files |= {f"{LESSONS_DIR}/{path.name}" for path in lesson_dir.glob("*.md")}
    if len(lessons) == len(seen_files):  # a lesson not read may use any file: no guessing
        problems.extend(_unused_files(folder, used, lesson_files))
    # The course is built even with problems so that checks spanning files can still run on it.
    course = Course(spec, folder, tuple(lessons), _content_hash(used))
    return CourseSource(folder, course, raw, tuple(problems))


def read_lesson(path: Path) -> Lesson:
    """Read one lesson file; raise ContentError on any problem."""
    return parse_lesson(_decode(_read(path, path.parent, LESSON_LIMIT), path), path)


def parse_lesson(text: str, path: Path) -> Lesson:
    """Split a lesson into front matter and Markdown body; raise ContentError on any problem."""
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


def _read(path: Path, folder: Path, limit: int) -> bytes:
    """A file's bytes, or a ContentError naming it: not a regular file, too large, unreadable."""
    try:
        return read_limited(
            path, folder, limit, missing=ContentCode.PATH_MISSING, outside=ContentCode.LINK_OUTSIDE
        )
    except Refused as refused:
        raise ContentError([refusal_problem(path, None, refused, path.name)]) from None


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError([problem(path, None, ContentCode.NOT_UTF8, offset=exc.start)]) from exc


def _check_images(lesson: Lesson, folder: Path, used: list[tuple[str, bytes]]) -> list[Problem]:
    """Problems with the images a lesson shows; the digest of each usable one goes into `used`."""
    problems = []
    for offset, text in enumerate(lesson.body.splitlines()):
        for match in _IMAGE.finditer(text):
            src = match.group(1)
            line = lesson.body_first_line + offset
            if _REMOTE.match(src):
                problems.append(problem(lesson.path, line, ContentCode.IMAGE_REMOTE, src=src))
                continue
            path = lesson.path.parent / src
            try:
                digest = DIGESTS.digest(
                    path,
                    folder,
                    IMAGE_LIMIT,
                    missing=ContentCode.IMAGE_MISSING,
                    outside=ContentCode.IMAGE_OUTSIDE,
                )
            except Refused as refused:
                problems.append(refusal_problem(lesson.path, line, refused, src))
                continue
            used.append((os.path.relpath(os.path.realpath(path), os.path.realpath(folder)), digest))
            problems.extend(_check_image_size(Path(os.path.realpath(path)), lesson.path, line, src))
    return problems


def _check_image_size(image: Path, lesson_path: Path, line: int, src: str) -> list[Problem]:
    """Warnings for a picture far larger than a lesson can show (it only weighs the course down)."""
    size = image.stat().st_size
    if size > LARGE_BYTES:
        return [
            problem(
                lesson_path,
                line,
                ContentCode.IMAGE_LARGE_FILE,
                src=src,
                size=round(size / MiB, 1),
                limit=LARGE_BYTES // MiB,
            )
        ]
    pixels = image_size(image)
    if pixels is not None and max(pixels) > LARGE_PIXELS:
        return [
            problem(
                lesson_path,
                line,
                ContentCode.IMAGE_LARGE_PIXELS,
                src=src,
                width=pixels[0],
                height=pixels[1],
                limit=LARGE_PIXELS,
            )
        ]
    return []


def _unused_files(folder: Path, used: list[tuple[str, bytes]], listed: set[str]) -> list[Problem]:
    """Files in the course folder that neither course.yaml nor a lesson uses: a package would carry
    them to every learner for nothing. Hidden files (an editor's or the system's) are left alone,
    and so are unlisted lessons, which LESSON_NOT_LISTED already reports."""
    root = os.path.realpath(folder)
    wanted = {Path(name).as_posix() for name, _ in used} | listed
    found = []
    for parent, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(parent, name)
            if name.startswith(".") or path.is_symlink():
                continue
            relative = Path(os.path.relpath(os.path.realpath(path), root)).as_posix()
            if relative not in wanted:
                found.append(problem(path, None, ContentCode.FILE_UNUSED, file=relative))
    return found


def _content_hash(used: list[tuple[str, bytes]]) -> str:
    """SHA-256 over the files the course uses, so a record names the exact version it was made on."""
    digest = hashlib.sha256()
    for name, file_digest in sorted(set(used)):
        digest.update(Path(name).as_posix().encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(file_digest)
    return digest.hexdigest()
