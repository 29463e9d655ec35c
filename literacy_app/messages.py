"""What the lower layers tell a user: a code with its arguments, never a sentence.

`content/`, `quiz/`, `store/` and `services/` build `Message`s; the interface and the command line
turn them into words in the user's language through `literacy_app.catalogue`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Message:
    """A code from one of the layers' code enums, and the values its sentence needs."""

    code: StrEnum
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, code: StrEnum, **args: Any) -> Message:
        return cls(code, args)

    def __str__(self) -> str:
        # For logs and tracebacks only; people read `catalogue.describe(message)`.
        if not self.args:
            return str(self.code)
        shown = ", ".join(f"{k}={v!r}" for k, v in self.args.items())
        return f"{self.code}({shown})"
