"""Trainers' use cases: starting a course from the documented example, checking course folders,
banks and drills before they are handed out, and finding what a preview should read."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from literacy_app.content.courses import COURSE_FILE
from literacy_app.content.library import COURSES_DIR, QUIZZES_DIR, discover, load_library
from literacy_app.content.problems import Problem
from literacy_app.content.scenarios import SCENARIOS_DIR
from literacy_app.messages import Message
from literacy_app.services.authoring_codes import AuthoringCode
from literacy_app.services.config import assets_dir
from literacy_app.services.errors import UserInputError


@dataclass(frozen=True)
class ContentReport:
    """What a check found: how many of each kind were read, and every problem with its place.

    Each problem has a `severity` (error or warning); the window refuses only courses with errors.
    """

    courses: int
    banks: int
    scenarios: int
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make a file or course unusable."""
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Advice: the course still opens."""
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        """No errors; warnings alone leave the content usable."""
        return not self.errors


def check_content(paths: Iterable[Path]) -> ContentReport:
    """Read everything under `paths` as the program would, and report instead of refusing."""
    library = load_library(paths)
    return ContentReport(
        courses=len(library.courses) + len(library.unavailable),
        banks=len(library.banks),
        scenarios=len(library.scenarios),
        problems=library.problems,
    )


SKELETON = "course-skeleton"
_ID_TOKEN, _TITLE_TOKEN = "__COURSE_ID__", "__COURSE_TITLE__"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Question ids are the course id plus a suffix, and every id is at most 80 characters.
MAX_COURSE_ID = 60
DEFAULT_COURSE_ID = "my-course"
DEFAULT_TITLE = "示例课程（请替换）"


@dataclass(frozen=True)
class CreatedCourse:
    """Where `create_course` put the new course folder and its bank."""

    root: Path
    course_folder: Path
    bank: Path
    course_id: str
    title: str

    @property
    def message(self) -> Message:
        return Message.of(
            AuthoringCode.COURSE_CREATED,
            folder=str(self.root),
            course=str(self.course_folder),
            bank=str(self.bank),
            id=self.course_id,
            title=self.title,
        )


def create_course(
    target: Path, course_id: str | None = None, title: str | None = None
) -> CreatedCourse:
    """Write the documented example course into `target` (new or empty) as a content root:
    `courses/<id>/` (course.yaml, two lessons, an image) and `quizzes/<id>.yaml`.

    The course id defaults to the folder's name when that is a valid id. Raises UserInputError.
    """
    if course_id is None:
        course_id = target.name if _valid_id(target.name) else DEFAULT_COURSE_ID
    if not _valid_id(course_id):
        raise UserInputError(AuthoringCode.COURSE_ID_INVALID, id=course_id, limit=MAX_COURSE_ID)
    title = DEFAULT_TITLE if title is None else title.strip()
    if not title or "\n" in title or "\r" in title:
        raise UserInputError(AuthoringCode.TITLE_INVALID)
    if target.exists() and not target.is_dir():
        raise UserInputError(AuthoringCode.TARGET_NOT_FOLDER, folder=str(target))
    if target.is_dir() and any(target.iterdir()):
        raise UserInputError(AuthoringCode.TARGET_NOT_EMPTY, folder=str(target))
    skeleton = assets_dir() / "templates" / SKELETON
    if not (skeleton / "course" / COURSE_FILE).is_file():
        raise UserInputError(AuthoringCode.SKELETON_MISSING, folder=str(skeleton))
    course_folder = target / COURSES_DIR / course_id
    bank = target / QUIZZES_DIR / f"{course_id}.yaml"
    try:
        for source in sorted((skeleton / "course").rglob("*")):
            if source.is_file():
                destination = course_folder / source.relative_to(skeleton / "course")
                _copy_filled(source, destination, course_id, title)
        _copy_filled(skeleton / "bank.yaml", bank, course_id, title)
    except OSError as exc:
        raise UserInputError(
            AuthoringCode.TARGET_NOT_WRITABLE, folder=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return CreatedCourse(target, course_folder, bank, course_id, title)


def _valid_id(text: str) -> bool:
    return bool(_ID.match(text)) and len(text) <= MAX_COURSE_ID


def _copy_filled(source: Path, destination: Path, course_id: str, title: str) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix not in {".yaml", ".md"}:
        shutil.copyfile(source, destination)
        return
    # Written as a double-quoted YAML scalar (JSON's escapes are YAML's), so a title such as
    # "a: b" or "#1" reads back as written; the bank's title is the course's plus 题库.
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"{_TITLE_TOKEN}题库", _quoted(f"{title}题库"))
    text = text.replace(_TITLE_TOKEN, _quoted(title)).replace(_ID_TOKEN, course_id)
    destination.write_text(text, encoding="utf-8")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class PreviewSource:
    """What a preview reads: the course folder, and the content paths that hold it and its banks."""

    course_folder: Path
    content_paths: tuple[Path, ...]


def preview_source(path: Path) -> PreviewSource:
    """The course a preview opens: `path` is a course folder (its banks are looked for in the
    content root around it, `../../quizzes`), or a content root holding exactly one course.

    Raises UserInputError when there is no course, or several to choose from.
    """
    found = discover([path])
    if not found.folders:
        raise UserInputError(AuthoringCode.NOT_A_COURSE, folder=str(path))
    if len(found.folders) > 1:
        names = ", ".join(folder.name for folder in found.folders)
        raise UserInputError(
            AuthoringCode.SEVERAL_COURSES, folder=str(path), count=len(found.folders), courses=names
        )
    folder = found.folders[0]
    paths = [folder]
    root = folder.parent.parent if folder.parent.name == COURSES_DIR else None
    if root is not None:
        paths += [root / name for name in (QUIZZES_DIR, SCENARIOS_DIR) if (root / name).is_dir()]
    paths += [p for p in found.banks if p not in paths]
    return PreviewSource(folder, tuple(paths))
