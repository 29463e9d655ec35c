"""A problem found in a content file, located by path and line, and the error that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from literacy_app.content.codes import WARNINGS, ContentCode, Severity
from literacy_app.messages import Message


@dataclass(frozen=True, eq=False)
class Problem:
    """One thing wrong with a content file; `line` is 1-based, or None when the file as a whole is meant.

    `message` is a `ContentCode` with its arguments; `catalogue.describe` turns it into a sentence.
    """

    path: Path
    line: int | None
    message: Message

    @property
    def code(self) -> ContentCode:
        return ContentCode(self.message.code)

    @property
    def severity(self) -> Severity:
        """An error makes the file (or its course) unusable; a warning is advice, and the course opens."""
        return Severity.WARNING if self.message.code in WARNINGS else Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def sort_key(self) -> tuple[str, int, str, str]:
        # Message compares by code only, so the arguments are part of the key, to sort and dedupe.
        return (str(self.path), self.line or 0, self.message.code, repr(self.message.args))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self.sort_key == other.sort_key

    def __hash__(self) -> int:
        return hash(self.sort_key)

    def __str__(self) -> str:
        # For logs; people read the sentence from `catalogue.describe(problem.message)`.
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


def problem(path: Path, line: int | None, code: ContentCode, **args: Any) -> Problem:
    """A problem with `code` and the values its sentence needs."""
    return Problem(path, line, Message.of(code, **args))


def errors_among(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that make content unusable (warnings left out)."""
    return [p for p in problems if p.is_error]


class ContentError(Exception):
    """Raised when a content file cannot be turned into a typed object."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
