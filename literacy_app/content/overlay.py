"""Installed course packages laid over the shipped library: the higher version of a course wins.

Each installed package is a library of its own (one course with the banks and drills it carries).
When its course id is also shipped, the package is used only if its version is higher; it then
replaces the shipped course, and its banks and drills replace any of the same ids. A package that
is not newer is set aside, listed by the caller, and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from literacy_app.content.library import Library
from literacy_app.content.model import CaseQuestion

_PIECE = re.compile(r"\d+|[^\d.\-+_ ]+")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Versions compare piece by piece, numbers as numbers: 1.10 is newer than 1.9."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _PIECE.findall(version))


def is_newer(version: str, than: str) -> bool:
    return version_key(version) > version_key(than)


@dataclass(frozen=True)
class Overlaid:
    library: Library
    set_aside: tuple[str, ...]  # ids of installed courses the shipped ones outrank


def overlay(base: Library, packages: Sequence[Library]) -> Overlaid:
    """`base` with each package's course, banks and drills in place of any of the same id."""
    courses = {course.id: course for course in base.courses}
    banks = dict(base.banks)
    questions = dict(base.questions)
    cases = dict(base.cases)
    scenarios = dict(base.scenarios)
    unavailable = list(base.unavailable)
    problems = list(base.problems)
    set_aside: list[str] = []
    for package in packages:
        problems += package.problems
        unavailable += package.unavailable
        for course in package.courses:
            shipped = courses.get(course.id)
            if shipped is not None and not is_newer(course.spec.version, shipped.spec.version):
                set_aside.append(course.id)
                continue
            courses[course.id] = course
            for bank in package.banks.values():
                old = banks.get(bank.id)
                for question in old.questions if old else ():
                    for gone in _ids(question):
                        questions.pop(gone, None)
                        cases.pop(gone, None)
                banks[bank.id] = bank
                for question in bank.questions:
                    questions[question.id] = question
                    if isinstance(question, CaseQuestion):
                        for sub in question.questions:
                            questions[sub.id] = sub
                            cases[sub.id] = question
            scenarios.update(package.scenarios)
    library = replace(
        base,
        courses=tuple(courses.values()),
        unavailable=tuple(unavailable),
        banks=banks,
        problems=tuple(problems),
        questions=questions,
        scenarios=scenarios,
        cases=cases,
    )
    return Overlaid(library, tuple(set_aside))


def _ids(question: object) -> list[str]:
    ids = [question.id]  # type: ignore[attr-defined]
    if isinstance(question, CaseQuestion):
        ids += [sub.id for sub in question.questions]
    return ids
