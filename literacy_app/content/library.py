"""The whole content library: discovering course folders and banks, and checks that span files."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from literacy_app.content.banks import BankSource, read_bank
from literacy_app.content.codes import ContentCode
from literacy_app.content.course_checks import BankSite, check_course_lessons, check_drawn
from literacy_app.content.courses import (
    COURSE_FILE,
    CourseSource,
    is_course_folder,
    read_course,
)
from literacy_app.content.model import Bank, CaseQuestion, Course, Question, QuestionType, Tier
from literacy_app.content.problems import Problem, errors_among, problem
from literacy_app.content.scenarios import (
    SCENARIOS_DIR,
    Scenario,
    ScenarioSource,
    read_scenario,
)
from literacy_app.content.yaml_source import line_of
from literacy_app.rules.draw import DrawRule, Shortfall, ShortfallKind, check_draw

_log = logging.getLogger(__name__)

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
    questions: dict[str, Question] = field(default_factory=dict)  # by id, case sub-questions too
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    cases: dict[str, CaseQuestion] = field(default_factory=dict)  # a case sub-question's case

    def course(self, course_id: str) -> Course:
        for course in self.courses:
            if course.id == course_id:
                return course
        raise KeyError(course_id)

    def courses_for(self, tier: Tier) -> list[Course]:
        return [c for c in self.courses if tier in c.spec.tiers]

    def scenarios_for(self, tier: Tier) -> list[Scenario]:
        return [s for s in self.scenarios.values() if tier in s.spec.tiers]


@dataclass
class Found:
    """Content files found under the given paths."""

    folders: list[Path] = field(default_factory=list)
    banks: list[Path] = field(default_factory=list)
    scenarios: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> Found:
    """Sort the given paths into course folders, bank files and scenario files.

    A path may be a course folder, a folder of course folders, a bank file, a folder of banks, a
    scenario file or a `scenarios/` folder, or a content root holding `courses/`, `quizzes/` and
    `scenarios/`. YAML files count as scenarios when they sit in a folder named `scenarios`.
    """
    found = Found()
    for path in paths:
        _discover_one(path, found)
    found.folders, found.banks, found.scenarios = (
        _unique(found.folders), _unique(found.banks), _unique(found.scenarios)
    )  # fmt: skip
    return found


def _yaml_files(folder: Path) -> list[Path]:
    # Not only regular files: a pipe or a device named *.yaml is reported by the reader, not skipped.
    return sorted(p for p in folder.iterdir() if not p.is_dir() and p.suffix in {".yaml", ".yml"})


def _discover_one(path: Path, found: Found) -> None:
    if not path.exists():
        found.problems.append(problem(path, None, ContentCode.PATH_MISSING))
    elif path.is_file():
        if path.name == "course.yaml":
            found.folders.append(path.parent)
        elif path.suffix in {".yaml", ".yml"}:
            (found.scenarios if path.parent.name == SCENARIOS_DIR else found.banks).append(path)
        else:
            found.problems.append(problem(path, None, ContentCode.NOT_CONTENT_FILE))
    elif is_course_folder(path):
        found.folders.append(path)
    elif path.name == SCENARIOS_DIR:
        found.scenarios += _yaml_files(path)
    elif any((path / name).is_dir() for name in (COURSES_DIR, QUIZZES_DIR, SCENARIOS_DIR)):
        for name in (COURSES_DIR, QUIZZES_DIR, SCENARIOS_DIR):
            if (path / name).is_dir():
                _discover_one(path / name, found)
    else:
        found.folders += sorted(p for p in path.iterdir() if p.is_dir() and is_course_folder(p))
        found.banks += _yaml_files(path)


def load_library(paths: Iterable[Path]) -> Library:
    """Read every course and bank under `paths`; broken ones are reported, the rest stay usable."""
    found = discover(paths)
    problems = found.problems
    bank_sources = [_contained(read_bank, p, _failed_bank) for p in found.banks]
    banks = _check_banks(bank_sources, problems)
    courses: list[Course] = []
    read: list[Course] = []  # every course whose course.yaml could be read, usable or not
    unavailable: list[UnavailableCourse] = []
    seen_courses: dict[str, Path] = {}
    for source in (_contained(read_course, f, _failed_course) for f in found.folders):
        own = list(source.problems)
        if source.course is not None:
            own += _contained(
                lambda s: _check_course(s, banks, seen_courses),
                source,
                lambda s, failure: [failure(s.yaml_path)],
            )
        problems += own
        if source.course is not None:
            read.append(source.course)
        if source.course is not None and not errors_among(own):
            courses.append(source.course)
        else:
            title = str(source.raw.get("title", "")) if isinstance(source.raw, dict) else ""
            unavailable.append(
                UnavailableCourse(
                    source.folder, title or source.folder.name, tuple(errors_among(own))
                )
            )
    scenarios: dict[str, Scenario] = {}
    for scenario_source in (
        _contained(read_scenario, p, _failed_scenario) for p in found.scenarios
    ):
        problems += scenario_source.problems
        scenario = scenario_source.scenario
        if scenario is None:
            continue
        if scenario.id in scenarios:
            line = line_of(scenario_source.raw, ("id",))
            other = scenarios[scenario.id].path
            problems.append(
                problem(
                    scenario_source.path,
                    line,
                    ContentCode.SCENARIO_ID_REPEATED,
                    id=scenario.id,
                    other=str(other),
                )
            )
            continue
        scenarios[scenario.id] = scenario
    sites = [
        BankSite(s.bank, s.raw)
        for s in bank_sources
        if s.bank is not None and banks.get(s.bank.id) is s.bank
    ]
    problems += _contained(
        lambda _: check_drawn(read, sites), None, lambda _, failure: [failure(Path(QUIZZES_DIR))]
    )
    ordered = sorted(problems, key=lambda p: (str(p.path), p.line or 0))
    questions: dict[str, Question] = {}
    cases: dict[str, CaseQuestion] = {}
    for bank in banks.values():
        for question in bank.questions:
            questions[question.id] = question
            if isinstance(question, CaseQuestion):
                questions.update((sub.id, sub) for sub in question.questions)
                cases.update((sub.id, question) for sub in question.questions)
    return Library(
        tuple(courses), tuple(unavailable), banks, tuple(ordered), questions, scenarios, cases
    )


S = TypeVar("S")
R = TypeVar("R")


def _contained(
    work: Callable[[S], R], subject: S, fallback: Callable[[S, Callable[[Path], Problem]], R]
) -> R:
    """`work(subject)`; should it fail unexpectedly, `fallback` builds the result from a problem.

    The readers report every problem they know of; this is the net under them, so that a bug
    triggered by one hostile file costs that file, and never the library.
    """
    try:
        return work(subject)
    except Exception as exc:
        _log.exception("unexpected failure while reading %s", subject)
        error = type(exc).__name__

        def failure(path: Path) -> Problem:
            return problem(path, None, ContentCode.READ_FAILED, error=error)

        return fallback(subject, failure)


def _failed_bank(path: Path, failure: Callable[[Path], Problem]) -> BankSource:
    return BankSource(path, None, None, (failure(path),))


def _failed_course(folder: Path, failure: Callable[[Path], Problem]) -> CourseSource:
    return CourseSource(folder, None, None, (failure(folder / COURSE_FILE),))


def _failed_scenario(path: Path, failure: Callable[[Path], Problem]) -> ScenarioSource:
    return ScenarioSource(path, None, None, (failure(path),))


def _check_banks(sources: list[BankSource], problems: list[Problem]) -> dict[str, Bank]:
    banks: dict[str, Bank] = {}
    bank_paths: dict[str, Path] = {}
    question_paths: dict[str, tuple[Path, int | None]] = {}
    for source in sources:
        own = list(source.problems)
        bank = source.bank
        if bank is not None and bank.id in bank_paths:
            own.append(
                problem(
                    source.path,
                    line_of(source.raw, ("id",)),
                    ContentCode.BANK_ID_REPEATED,
                    id=bank.id,
                    other=str(bank_paths[bank.id]),
                )
            )
        elif bank is not None:
            for loc, question_id in _question_ids(bank):
                line = line_of(source.raw, loc)
                if question_id in question_paths:
                    first_path, first_line = question_paths[question_id]
                    own.append(
                        problem(
                            source.path,
                            line,
                            ContentCode.QUESTION_ID_REPEATED,
                            id=question_id,
                            other=f"{first_path}:{first_line}",
                        )
                    )
                else:
                    question_paths[question_id] = (source.path, line)
        problems += own
        if bank is not None and not errors_among(own):
            banks[bank.id] = bank
            bank_paths[bank.id] = source.path
        elif bank is not None:
            bank_paths.setdefault(bank.id, source.path)
    return banks


def _question_ids(bank: Bank) -> list[tuple[tuple[str | int, ...], str]]:
    """Each question id (case sub-questions too) with its place in the bank file."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    for index, question in enumerate(bank.questions):
        found.append((("questions", index, "id"), question.id))
        if isinstance(question, CaseQuestion):
            for sub_index, sub in enumerate(question.questions):
                found.append((("questions", index, "questions", sub_index, "id"), sub.id))
    return found


def _check_course(
    source: CourseSource, banks: dict[str, Bank], seen: dict[str, Path]
) -> list[Problem]:
    course = source.course
    assert course is not None
    path = source.yaml_path
    problems = []
    if course.id in seen:
        problems.append(
            problem(
                path,
                line_of(source.raw, ("id",)),
                ContentCode.COURSE_ID_REPEATED,
                id=course.id,
                other=str(seen[course.id]),
            )
        )
    else:
        seen[course.id] = path
    rule = course.spec.final_quiz
    final = _RuleSite(path, source.raw, ("final_quiz",), 0)
    if rule is not None:
        problems += _check_draw(final, rule.banks, rule, banks)
        if rule.shuffle_options:
            problems += _check_letter_references(source, rule.banks, banks)
    final_banks = rule.banks if rule else ()
    # What passes validation opens in the reader, quickly; links, lengths and hours are checked too.
    problems += check_course_lessons(course, source.raw, path)
    for lesson in course.lessons:
        practice = lesson.meta.practice
        if practice is None:
            continue
        if not (practice.banks or final_banks):
            problems.append(problem(lesson.path, 2, ContentCode.PRACTICE_WITHOUT_BANKS))
            continue
        # The rule lives in the front matter, which starts on the lesson file's second line.
        site = _RuleSite(lesson.path, lesson.meta_raw, ("practice",), 1)
        problems += _check_draw(site, practice.banks or final_banks, practice, banks)
    return problems


@dataclass(frozen=True)
class _RuleSite:
    """Where a draw rule is written: the file, its parsed YAML, the rule's key and a line offset."""

    path: Path
    raw: Any
    loc: tuple[str, ...]
    offset: int

    def line(self, *loc: Any) -> int | None:
        return line_of(self.raw, (*self.loc, *loc), self.offset)


def _check_draw(
    site: _RuleSite, bank_ids: Sequence[str], rule: DrawRule, banks: dict[str, Bank]
) -> list[Problem]:
    """Whether the banks can satisfy a draw rule: they exist, and the rule's own check passes."""
    missing = [
        problem(site.path, site.line("banks", index), ContentCode.BANK_NOT_FOUND, bank=bank_id)
        for index, bank_id in enumerate(bank_ids)
        if bank_id not in banks
    ]
    if missing:
        return missing
    pool = [question for bank_id in bank_ids for question in banks[bank_id].questions]
    return [_shortfall_problem(site, shortfall) for shortfall in check_draw(pool, rule)]


def _shortfall_problem(site: _RuleSite, shortfall: Shortfall) -> Problem:
    """The draw rule's shortfall as a problem at the key it concerns."""
    wanted, available = shortfall.wanted, shortfall.available
    if shortfall.kind is ShortfallKind.QUOTA:
        line = site.line("quotas", shortfall.tags[0])
        if len(shortfall.tags) == 1:
            return problem(
                site.path,
                line,
                ContentCode.QUOTA_SHORT,
                tag=shortfall.tags[0],
                wanted=wanted,
                available=available,
            )
        return problem(
            site.path,
            line,
            ContentCode.QUOTAS_SHARE_SHORT,
            tags=" / ".join(shortfall.tags),
            wanted=wanted,
            available=available,
        )
    line = site.line("questions")
    if shortfall.kind is ShortfallKind.QUOTAS_OVER_TOTAL:
        return problem(
            site.path, line, ContentCode.QUOTAS_OVER_TOTAL, total=wanted, count=available
        )
    if shortfall.filtered:
        return problem(
            site.path, line, ContentCode.DRAW_SHORT_FILTERED, wanted=wanted, available=available
        )
    return problem(site.path, line, ContentCode.DRAW_SHORT, wanted=wanted, available=available)


_LETTER_REFERENCE = re.compile(r"选[A-F]|[A-F](?:项|选项)|[A-F][、,，和与][A-F]")


def _check_letter_references(
    source: CourseSource, bank_ids: Sequence[str], banks: dict[str, Bank]
) -> list[Problem]:
    """Shuffled options get new letters, so an explanation that cites a letter would mislead."""
    line = line_of(source.raw, ("final_quiz", "shuffle_options"))
    for bank_id in bank_ids:
        for question in banks[bank_id].questions if bank_id in banks else ():
            if question.type in _CHOICE_TYPES and _LETTER_REFERENCE.search(question.explanation):
                return [
                    problem(
                        source.yaml_path,
                        line,
                        ContentCode.EXPLANATION_CITES_LETTER,
                        question=question.id,
                    )
                ]
    return []


_CHOICE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE}


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    result = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result
