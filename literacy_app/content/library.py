"""The whole content library: discovering course folders and banks, and checks that span files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from literacy_app.content.banks import BankSource, read_bank
from literacy_app.content.courses import CourseSource, is_course_folder, read_course
from literacy_app.content.model import Bank, Course, Tier
from literacy_app.content.problems import Problem
from literacy_app.content.yaml_source import line_of

COURSES_DIR = "courses"
QUIZZES_DIR = "quizzes"


@dataclass(frozen=True)
class UnavailableCourse:
    """A course folder that cannot be offered; the first problem says why."""

    folder: Path
    title: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Library:
    """Every usable course and bank, the courses that are not usable, and every problem found."""

    courses: tuple[Course, ...] = ()
    unavailable: tuple[UnavailableCourse, ...] = ()
    banks: dict[str, Bank] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def course(self, course_id: str) -> Course:
        for course in self.courses:
            if course.id == course_id:
                return course
        raise KeyError(course_id)

    def courses_for(self, tier: Tier) -> list[Course]:
        return [c for c in self.courses if tier in c.spec.tiers]


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Sort the given paths into course folders and bank files.

    A path may be a course folder, a folder of course folders, a bank file, a folder of banks, or a
    content root holding `courses/` and `quizzes/`.
    """
    folders: list[Path] = []
    banks: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(path, None, "路径不存在"))
        elif path.is_file():
            if path.name == "course.yaml":
                folders.append(path.parent)
            elif path.suffix in {".yaml", ".yml"}:
                banks.append(path)
            else:
                problems.append(Problem(path, None, "不是课程文件夹或题库文件（.yaml）"))
        elif is_course_folder(path):
            folders.append(path)
        elif (path / COURSES_DIR).is_dir() or (path / QUIZZES_DIR).is_dir():
            more = [path / COURSES_DIR, path / QUIZZES_DIR]
            sub_folders, sub_banks, sub_problems = discover(p for p in more if p.is_dir())
            folders += sub_folders
            banks += sub_banks
            problems += sub_problems
        else:
            folders += sorted(p for p in path.iterdir() if p.is_dir() and is_course_folder(p))
            banks += sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix in {".yaml", ".yml"}
            )
    return _unique(folders), _unique(banks), problems


def load_library(paths: Iterable[Path]) -> Library:
    """Read every course and bank under `paths`; broken ones are reported, the rest stay usable."""
    folders, bank_files, problems = discover(paths)
    banks = _check_banks([read_bank(p) for p in bank_files], problems)
    courses: list[Course] = []
    unavailable: list[UnavailableCourse] = []
    seen_courses: dict[str, Path] = {}
    for source in (read_course(folder) for folder in folders):
        own = list(source.problems)
        if source.course is not None:
            own += _check_course(source, banks, seen_courses)
        problems += own
        if source.course is not None and not own:
            courses.append(source.course)
        else:
            title = str(source.raw.get("title", "")) if isinstance(source.raw, dict) else ""
            unavailable.append(
                UnavailableCourse(source.folder, title or source.folder.name, tuple(own))
            )
    ordered = sorted(problems, key=lambda p: (str(p.path), p.line or 0))
    return Library(tuple(courses), tuple(unavailable), banks, tuple(ordered))


def _check_banks(sources: list[BankSource], problems: list[Problem]) -> dict[str, Bank]:
    banks: dict[str, Bank] = {}
    bank_paths: dict[str, Path] = {}
    question_paths: dict[str, tuple[Path, int | None]] = {}
    for source in sources:
        own = list(source.problems)
        bank = source.bank
        if bank is not None and bank.id in bank_paths:
            own.append(
                Problem(source.path, line_of(source.raw, ("id",)),
                        f"题库标识“{bank.id}”与 {bank_paths[bank.id]} 重复")
            )  # fmt: skip
        elif bank is not None:
            for index, question in enumerate(bank.questions):
                line = line_of(source.raw, ("questions", index, "id"))
                if question.id in question_paths:
                    first_path, first_line = question_paths[question.id]
                    own.append(
                        Problem(
                            source.path,
                            line,
                            f"题目标识“{question.id}”重复（已用于 {first_path}:{first_line}）",
                        )
                    )
                else:
                    question_paths[question.id] = (source.path, line)
        problems += own
        if bank is not None and not own:
            banks[bank.id] = bank
            bank_paths[bank.id] = source.path
        elif bank is not None:
            bank_paths.setdefault(bank.id, source.path)
    return banks


def _check_course(
    source: CourseSource, banks: dict[str, Bank], seen: dict[str, Path]
) -> list[Problem]:
    course = source.course
    assert course is not None
    path = source.yaml_path
    problems = []
    if course.id in seen:
        problems.append(
            Problem(
                path,
                line_of(source.raw, ("id",)),
                f"课程标识“{course.id}”与 {seen[course.id]} 重复",
            )
        )
    else:
        seen[course.id] = path
    rule = course.spec.final_quiz
    if rule is None:
        return problems
    available = 0
    for index, bank_id in enumerate(rule.banks):
        if bank_id in banks:
            available += len(banks[bank_id].questions)
        else:
            line = line_of(source.raw, ("final_quiz", "banks", index))
            problems.append(Problem(path, line, f"结业测验引用的题库“{bank_id}”不存在或有错误"))
    if available and rule.questions > available:
        line = line_of(source.raw, ("final_quiz", "questions"))
        problems.append(
            Problem(
                path, line, f"结业测验要抽 {rule.questions} 题，但所引用题库只有 {available} 题"
            )
        )
    return problems


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    result = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result
