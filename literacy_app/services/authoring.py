"""Trainers' use cases: checking course folders, banks and drills before they are handed out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from literacy_app.content.library import load_library
from literacy_app.content.problems import Problem


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
