"""Reading Moodle's Aiken format: a question, options `A.` or `A)`, then `ANSWER: B`.

As Moodle reads it, with some leniency for files typed in Chinese: full-width `Ａ．`, `A、` and
`A）`, `ANSWER：` and `答案：`; a question may run over several lines; several letters after ANSWER
make a multiple-choice question (plain Aiken has only single choice).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from literacy_app.content.question_import.answers import answer_letters
from literacy_app.content.question_import.codes import ImportCode
from literacy_app.content.question_import.result import (
    MAX_QUESTIONS,
    Draft,
    ImportProblem,
    Reading,
)
from literacy_app.content.question_import.text import read_lines
from literacy_app.messages import Message
from literacy_app.rules.kinds import QuestionType

_OPTION = re.compile(r"^([A-ZＡ-Ｚ])\s*[.)、．）]\s*(.*)$")
_ANSWER = re.compile(r"^(?:ANSWER|ＡＮＳＷＥＲ|答案)\s*[:：]\s*(.*)$", re.IGNORECASE)
Reject = Callable[..., None]


class _Pending:
    def __init__(self, line: int, text: str) -> None:
        self.line = line
        self.stem = [text]
        self.options: list[tuple[int, str, str]] = []  # (line, letter, text)


def read_aiken(path: Path) -> Reading:
    lines = read_lines(path)
    if isinstance(lines, ImportProblem):
        return Reading(refused=lines)
    reading = Reading()
    pending: _Pending | None = None

    def reject(question: int, line: int, code: ImportCode, **args: object) -> None:
        """A problem at `line` with the question that starts at line `question`."""
        reading.rejected.append(ImportProblem(path, line, Message.of(code, **args)))
        reading.skipped.add(question)

    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer is not None:
            if pending is None or not pending.options:
                reading.items += 1
                start = pending.line if pending else number
                reject(start, start, ImportCode.AIKEN_NO_OPTIONS)
            else:
                reading.items += 1
                draft = _finish(pending, answer.group(1), number, reading.items, reject)
                if draft is not None:
                    reading.drafts.append(draft)
            pending = None
        elif option is not None and pending is not None:
            pending.options.append(
                (number, unicodedata.normalize("NFKC", option.group(1)), option.group(2).strip())
            )
        elif pending is not None and pending.options:
            reading.items += 1
            reject(pending.line, pending.line, ImportCode.AIKEN_NO_ANSWER)
            pending = _Pending(number, raw.strip())
        elif pending is not None:
            pending.stem.append(raw.strip())
        else:
            pending = _Pending(number, raw.strip())
        if reading.items > MAX_QUESTIONS:
            return Reading(
                refused=ImportProblem(
                    path, None, Message.of(ImportCode.TOO_MANY_QUESTIONS, limit=MAX_QUESTIONS)
                )
            )
    if pending is not None:
        reading.items += 1
        reject(
            pending.line,
            pending.line,
            ImportCode.AIKEN_NO_ANSWER if pending.options else ImportCode.AIKEN_NO_OPTIONS,
        )
    return reading


def _finish(
    pending: _Pending, answer: str, line: int, ordinal: int, reject: Reject
) -> Draft | None:
    failures = 0
    options: dict[str, str] = {}
    seen: dict[str, str] = {}
    for index, (option_line, letter, text) in enumerate(pending.options):
        expected = chr(ord("A") + index)
        if letter != expected:
            reject(
                pending.line,
                option_line,
                ImportCode.AIKEN_OPTION_ORDER,
                letter=letter,
                expected=expected,
            )
            failures += 1
        if text in seen:
            reject(
                pending.line,
                option_line,
                ImportCode.OPTIONS_REPEAT,
                first=seen[text],
                second=letter,
            )
            failures += 1
        seen.setdefault(text, letter)
        options[letter] = text
    if len(options) < 2:
        reject(pending.line, pending.line, ImportCode.TOO_FEW_OPTIONS)
        failures += 1
    letters = answer_letters(answer)
    if letters is None:
        reject(pending.line, line, ImportCode.ANSWER_UNREADABLE, value=answer)
        return None
    letters = sorted(set(letters))
    for letter in letters:
        if letter not in options:
            reject(pending.line, line, ImportCode.ANSWER_NOT_OPTION, value=letter)
            failures += 1
    if failures:
        return None
    data = {
        "type": QuestionType.SINGLE if len(letters) == 1 else QuestionType.MULTIPLE,
        "stem": "\n".join(pending.stem),
        "options": options,
        "answer": letters[0] if len(letters) == 1 else letters,
    }
    return Draft(pending.line, ordinal, data)
