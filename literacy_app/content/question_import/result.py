"""What every reader produces: drafts of questions with their place in the source, and what was
rejected; `finish` gives the drafts ids, checks each against the bank format and reports the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from literacy_app.content.model import Question, SubQuestion
from literacy_app.content.question_import.codes import ImportCode
from literacy_app.content.yaml_source import problems_from_validation
from literacy_app.messages import Message
from literacy_app.rules.kinds import QuestionType

MAX_QUESTIONS = 5000  # in one file; the largest shipped bank has about forty
MAX_TEXT = 10_000  # characters in one stem, option or explanation
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# The bank format wants an explanation for every question. Where the source has none (Aiken never
# has), the right answer is stated in it, in the banks' language, and a note tells the trainer.
RIGHT_ANSWER = "正确答案："
TRUE_WORD = "正确"
FALSE_WORD = "错误"


class QuestionFormat(StrEnum):
    EXCEL = "excel"
    GIFT = "gift"
    AIKEN = "aiken"


@dataclass(frozen=True)
class ImportProblem:
    """A rejected row or question (or, with `line` None, the whole file), or a note on a change."""

    path: Path
    line: int | None
    message: Message


@dataclass
class Draft:
    """A question as read, in the bank format's fields but without an id unless the source gave one.

    `ordinal` is its place among all the source's questions, rejected ones included, so that
    fixing one bad row and converting again gives every other question the id it had.
    """

    line: int
    ordinal: int
    data: dict[str, Any]
    id: str | None = None
    notes: list[Message] = field(default_factory=list)
    subs: list[Draft] = field(default_factory=list)  # a case's questions
    explanation_made: bool = False


@dataclass
class Reading:
    """What a reader returns: drafts, rejections (by line), and a problem that refused the file."""

    drafts: list[Draft] = field(default_factory=list)
    rejected: list[ImportProblem] = field(default_factory=list)
    refused: ImportProblem | None = None
    items: int = 0  # questions met, rejected ones included; the next draft's ordinal is items + 1
    skipped: set[int] = field(default_factory=set)  # the first line of each rejected question


@dataclass(frozen=True)
class ImportResult:
    """A converted file: questions in the bank format (checked), and what could not be converted.

    `skipped` counts rejected questions (one may have several problems); `refused` means the file
    itself could not be read, and then nothing may be written even when skipping is allowed.
    """

    path: Path
    format: QuestionFormat
    questions: tuple[dict[str, Any], ...]
    problems: tuple[ImportProblem, ...]
    notes: tuple[ImportProblem, ...]
    skipped: int
    refused: bool


@cache
def _question_adapter() -> TypeAdapter[Question]:
    # Built on first use, as the models are (`defer_build`): starting the program never pays for it.
    return TypeAdapter(Question)


@cache
def _sub_question_adapter() -> TypeAdapter[SubQuestion]:
    return TypeAdapter(SubQuestion)


def finish(path: Path, fmt: QuestionFormat, reading: Reading, id_prefix: str) -> ImportResult:
    """Give each draft its id, fill a missing explanation, and check it as the bank loader would."""
    if reading.refused is not None:
        return ImportResult(path, fmt, (), (reading.refused,), (), 0, True)
    problems = list(reading.rejected)
    skipped = set(reading.skipped)
    questions: list[dict[str, Any]] = []
    notes: list[ImportProblem] = []
    used: dict[str, int] = {}
    made = 0  # questions whose explanation states the answer, told once rather than per question
    for draft in reading.drafts:
        data = _with_id(draft, draft.id or f"{id_prefix}-{draft.ordinal:03d}")
        found = _repeated_ids(path, draft, data, used) or _rule_problems(path, draft, data)
        if found:
            problems += found
            skipped.add(draft.line)
            continue
        questions.append(data)
        for sub in (draft, *draft.subs):
            notes += [ImportProblem(path, sub.line, note) for note in sub.notes]
            made += sub.explanation_made
    if not problems and not questions:
        problems.append(ImportProblem(path, None, Message.of(ImportCode.NO_QUESTIONS)))
        return ImportResult(path, fmt, (), tuple(problems), (), 0, True)
    problems.sort(key=lambda p: p.line or 0)
    if made:
        notes.append(
            ImportProblem(path, None, Message.of(ImportCode.NOTE_EXPLANATION_MADE, count=made))
        )
    return ImportResult(
        path,
        fmt,
        tuple(questions),
        tuple(problems),
        tuple(notes),
        skipped=len(skipped),
        refused=False,
    )


def _repeated_ids(
    path: Path, draft: Draft, data: dict[str, Any], used: dict[str, int]
) -> list[ImportProblem]:
    """A question (or case sub-question) whose id an earlier one has; else its ids are taken."""
    own = [(draft.line, data["id"])]
    own += [
        (sub.line, sub_data["id"])
        for sub, sub_data in zip(draft.subs, data.get("questions", ()), strict=False)
    ]
    found = [
        ImportProblem(
            path, line, Message.of(ImportCode.ID_REPEATED, id=question_id, line=used[question_id])
        )
        for line, question_id in own
        if question_id in used
    ]
    if not found:
        used.update((question_id, line) for line, question_id in own)
    return found


def _rule_problems(path: Path, draft: Draft, data: dict[str, Any]) -> list[ImportProblem]:
    """The bank format's own rules, applied as the loader applies them, reported at the row (a
    case's sub-question at its own row)."""
    checks: list[tuple[int, Any, TypeAdapter[Any]]] = [(draft.line, data, _question_adapter())]
    if draft.subs:
        checks = [
            (sub.line, sub_data, _sub_question_adapter())
            for sub, sub_data in zip(draft.subs, data["questions"], strict=True)
        ] + checks
    for line, checked, adapter in checks:
        try:
            adapter.validate_python(checked)
        except ValidationError as error:
            return [
                ImportProblem(path, line, found.message)
                for found in problems_from_validation(error, {}, path)
            ]
    return []


def _with_id(draft: Draft, question_id: str) -> dict[str, Any]:
    data = {"id": question_id, **draft.data}
    if draft.subs:
        data["questions"] = [
            _with_id(sub, sub.id or f"{question_id}-{index}")
            for index, sub in enumerate(draft.subs, start=1)
        ]
    elif data.get("type") != QuestionType.CASE and not data.get("explanation"):
        data["explanation"] = stated_answer(data)
        draft.explanation_made = True
    return _ordered(data)


# The order the shipped banks write a question's fields in, so converted banks read the same way.
_FIELD_ORDER = (
    "id", "type", "stem", "case", "options", "answer", "blanks", "items", "pairs", "explanation",
    "points", "tags", "difficulty", "questions",
)  # fmt: skip


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    return {
        key: data[key]
        for key in _FIELD_ORDER
        if key in data and data[key] not in (None, (), "", [])
    }


def stated_answer(data: dict[str, Any]) -> str:
    """The right answer written out, for a question whose source gave no explanation. Option texts
    rather than letters, as letters change when options are shuffled."""
    kind = data.get("type")
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        answer = data.get("answer")
        keys = [answer] if isinstance(answer, str) else list(answer or ())
        options = data.get("options") or {}
        shown = "；".join(str(options.get(key, key)) for key in keys)
    elif kind == QuestionType.TRUE_FALSE:
        shown = TRUE_WORD if data.get("answer") else FALSE_WORD
    elif kind == QuestionType.FILL:
        shown = "；".join(" / ".join(blank) for blank in data.get("blanks") or ())
    elif kind == QuestionType.ORDERING:
        shown = " → ".join(data.get("items") or ())
    else:
        shown = "；".join(f"{left} → {right}" for left, right in data.get("pairs") or ())
    return RIGHT_ANSWER + shown


def valid_id(text: str) -> bool:
    return len(text) <= 80 and bool(ID_PATTERN.match(text))


def slug(text: str) -> str:
    """An id made from a file name: lower-case ASCII letters, digits and hyphens ('' if none)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
