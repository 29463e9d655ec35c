"""Reading Moodle's GIFT format, as Moodle's own importer (question/format/gift) reads it.

Questions are separated by blank lines; `//` lines are comments; `$CATEGORY:` sets the category
(its last part becomes a tag); `::title::` names a question (the bank format has no place for it);
`\\~ \\= \\# \\{ \\} \\:` are escaped characters and `\\n` a line break. Types the bank format cannot
hold (essays, numerical ranges and tolerances, descriptions) are reported, never dropped silently.
"""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

# Escaped characters are hidden in the private-use area while the structure is parsed (a doubled
# backslash first, so `\\~` is a backslash and a tilde); `\n` too, so that the text keeps its
# source lines for the line numbers of problems.
_ESCAPES = {f"\\{c}": chr(0xE000 + i) for i, c in enumerate("\\~=#{}:n")}
_UNESCAPE = {v: "\n" if k == "\\n" else k[1] for k, v in _ESCAPES.items()}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_LETTERS = string.ascii_uppercase
# Parts of a Moodle category path that only say where the path starts.
_CATEGORY_ROOTS = {"$course$", "$system$", "$module$", "$cat1$", "top", ""}


@dataclass
class _Answer:
    kind: str  # "=" or "~"
    weight: float | None
    text: str
    feedback: str


def read_gift(path: Path) -> Reading:
    lines = read_lines(path)
    if isinstance(lines, ImportProblem):
        return Reading(refused=lines)
    reading = Reading()
    category: str | None = None
    for block in _blocks(lines):
        kept: list[tuple[int, str]] = []
        for number, line in block:
            stripped = line.strip()
            if stripped.startswith("//"):
                continue
            if stripped.upper().startswith("$CATEGORY:"):
                category = _category_tag(stripped[len("$CATEGORY:") :])
                continue
            kept.append((number, line))
        if not kept:
            continue
        reading.items += 1
        if reading.items > MAX_QUESTIONS:
            return Reading(
                refused=ImportProblem(
                    path, None, Message.of(ImportCode.TOO_MANY_QUESTIONS, limit=MAX_QUESTIONS)
                )
            )
        question = _Question(path, kept, reading.items)
        draft = question.draft()
        if draft is None:
            reading.rejected += question.problems
            reading.skipped.add(question.line)
            continue
        if category:
            draft.data["tags"] = [category]
        reading.drafts.append(draft)
    return reading


def _blocks(lines: list[str]) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, start=1):
        if line.strip():
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _category_tag(path: str) -> str | None:
    parts = [part.strip() for part in path.strip().split("/")]
    meaningful = [part for part in parts if part.lower() not in _CATEGORY_ROOTS]
    return meaningful[-1] if meaningful else None


def _hide_escapes(text: str) -> str:
    for escaped, hidden in _ESCAPES.items():
        text = text.replace(escaped, hidden)
    return text


def _restore(text: str) -> str:
    for hidden, char in _UNESCAPE.items():
        text = text.replace(hidden, char)
    return text.strip()


class _Question:
    def __init__(self, path: Path, lines: list[tuple[int, str]], ordinal: int) -> None:
        self.path = path
        self.lines = lines
        self.line = lines[0][0]
        self.ordinal = ordinal
        self.problems: list[ImportProblem] = []
        self.notes: list[Message] = []

    def fail(self, code: ImportCode, line: int | None = None, **args: object) -> None:
        message = Message.of(code, **args)
        self.problems.append(ImportProblem(self.path, line or self.line, message))

    def _line_at(self, text: str, offset: int) -> int:
        return self.lines[text.count("\n", 0, offset)][0]

    def draft(self) -> Draft | None:
        text = _hide_escapes("\n".join(line for _, line in self.lines))
        opened = text.find("{")
        closed = text.find("}")
        if closed != -1 and (opened == -1 or closed < opened):
            self.fail(ImportCode.GIFT_STRAY_CLOSE, self._line_at(text, closed))
            return None
        if opened == -1:
            self.fail(ImportCode.GIFT_NO_ANSWERS)
            return None
        if closed == -1 or "{" in text[opened + 1 : closed]:
            self.fail(ImportCode.GIFT_UNCLOSED, self._line_at(text, opened))
            return None
        after = text[closed + 1 :]
        if "{" in after or "}" in after:
            where = min(i for i in (after.find("{"), after.find("}")) if i != -1)
            self.fail(ImportCode.GIFT_TWO_BLOCKS, self._line_at(text, closed + 1 + where))
            return None
        before = text[:opened]
        if before.lstrip().startswith("::"):
            start = before.index("::")
            end = before.find("::", start + 2)
            if end != -1:
                before = before[end + 2 :]
        before = self._text_format(before)
        answer_text, _, general = text[opened + 1 : closed].partition("####")
        data = self._answers(answer_text.strip(), before, after)
        if data is None or self.problems:
            return None
        feedback = data.pop("_feedback", "")
        data["explanation"] = _restore(general) or feedback
        return Draft(self.line, self.ordinal, data, notes=self.notes)

    def _text_format(self, text: str) -> str:
        found = _FORMAT.match(text.strip())
        if found is None:
            return text
        text = text.strip()[found.end() :]
        if found.group(1).lower() == "html":
            self.notes.append(Message.of(ImportCode.NOTE_HTML))
            text = html.unescape(_TAG.sub("", text))
        return text

    def _answers(self, answer: str, before: str, after: str) -> dict[str, Any] | None:
        missing_word = bool(after.strip())
        if not answer:
            self.fail(ImportCode.GIFT_ESSAY)
            return None
        if answer.startswith("#"):
            return self._numerical(answer[1:], before, after)
        head, _, feedback = answer.partition("#")
        if head.strip().upper() in {"T", "TRUE", "F", "FALSE"}:
            wrong, _, right = feedback.partition("#")
            stem = _restore(before + (" " + after if missing_word else ""))
            return {
                "type": QuestionType.TRUE_FALSE,
                "stem": stem,
                "answer": head.strip().upper().startswith("T"),
                "_feedback": _restore(right) or _restore(wrong),
            }
        answers = self._split(answer)
        if answers is None:
            return None
        if not answers:
            self.fail(ImportCode.GIFT_UNREADABLE, value=_restore(answer)[:40])
            return None
        if answer.startswith("=") and "->" in answer:
            return self._matching(answers, before, after)
        if any(a.kind == "~" for a in answers):
            return self._choice(answers, before, after)
        return self._short(answers, before, after)

    def _split(self, answer: str) -> list[_Answer] | None:
        """The answers of a block: each starts with `=` or `~`, maybe a `%weight%`, maybe `#feedback`."""
        pieces = re.split(r"(?=[=~])", answer)
        if pieces[0].strip():  # text before the first = or ~ is not an answer GIFT knows
            self.fail(ImportCode.GIFT_UNREADABLE, value=_restore(pieces[0])[:40])
            return None
        found: list[_Answer] = []
        for piece in pieces[1:]:
            body = piece[1:].strip()
            weight = None
            match = _WEIGHT.match(body)
            if body.startswith("%") and match is None:
                self.fail(ImportCode.GIFT_WEIGHT_INVALID, value=body.split()[0][:20])
                return None
            if match is not None:
                weight = float(match.group(1))
                body = body[match.end() :]
            text, _, feedback = body.partition("#")
            found.append(_Answer(piece[0], weight, _restore(text), _restore(feedback)))
        return found

    def _matching(self, answers: list[_Answer], before: str, after: str) -> dict[str, Any] | None:
        pairs = []
        for index, item in enumerate(answers):
            left, arrow, right = item.text.partition("->")
            if item.kind != "=" or not arrow or not left.strip() or not right.strip():
                self.fail(
                    ImportCode.PAIR_UNREADABLE, letter=_LETTERS[index % 26], value=item.text[:40]
                )
                return None
            pairs.append([left.strip(), right.strip()])
        return {
            "type": QuestionType.MATCHING,
            "stem": self._stem(before, after, ""),
            "pairs": pairs,
        }

    def _choice(self, answers: list[_Answer], before: str, after: str) -> dict[str, Any] | None:
        if len(answers) > len(_LETTERS):
            self.fail(ImportCode.TOO_MANY_OPTIONS, limit=len(_LETTERS))
            return None
        options = {_LETTERS[i]: a.text for i, a in enumerate(answers)}
        seen: dict[str, str] = {}
        for letter, text in options.items():
            if not text:
                self.fail(ImportCode.CELL_EMPTY, column=letter)
            elif text in seen:
                self.fail(ImportCode.OPTIONS_REPEAT, first=seen[text], second=letter)
            seen.setdefault(text, letter)
        full = [i for i, a in enumerate(answers) if a.kind == "=" and a.weight in (None, 100.0)]
        partial = [i for i, a in enumerate(answers) if a.weight is not None and 0 < a.weight < 100]
        # Moodle: `=` marks the one right answer; without one, answers with a positive weight are
        # the right ones of a multiple-answer question. The bank format has no per-answer credit.
        if full:
            right = full
            if partial:
                self.notes.append(Message.of(ImportCode.NOTE_PARTIAL_CREDIT))
        else:
            right = [i for i, a in enumerate(answers) if (a.weight or 0) > 0]
            weights = {answers[i].weight for i in right}
            if (len(right) == 1 and weights != {100.0}) or len(weights) > 1:
                self.notes.append(Message.of(ImportCode.NOTE_PARTIAL_CREDIT))
        if not right:
            self.fail(ImportCode.GIFT_NO_RIGHT_ANSWER)
            return None
        letters = [_LETTERS[i] for i in right]
        feedback = [answers[i].feedback for i in right if answers[i].feedback]
        if any(a.feedback for i, a in enumerate(answers) if i not in right):
            self.notes.append(Message.of(ImportCode.NOTE_FEEDBACK_DROPPED))
        return {
            "type": QuestionType.SINGLE if len(letters) == 1 else QuestionType.MULTIPLE,
            "stem": self._stem(before, after, "____"),
            "options": options,
            "answer": letters[0] if len(letters) == 1 else letters,
            "_feedback": "\n".join(feedback),
        }

    def _short(self, answers: list[_Answer], before: str, after: str) -> dict[str, Any] | None:
        accepted = [a for a in answers if a.weight in (None, 100.0)]
        if len(accepted) < len(answers):
            self.notes.append(Message.of(ImportCode.NOTE_PARTIAL_CREDIT))
        if not accepted or not all(a.text for a in accepted):
            self.fail(ImportCode.GIFT_NO_RIGHT_ANSWER)
            return None
        return {
            "type": QuestionType.FILL,
            "stem": self._stem(before, after, "{{1}}"),
            "blanks": [[a.text for a in accepted]],
            "_feedback": "\n".join(a.feedback for a in accepted if a.feedback),
        }

    def _numerical(self, answer: str, before: str, after: str) -> dict[str, Any] | None:
        # `~` after the answers carries feedback for any other number: nothing the bank can hold.
        answer = answer.split("~", 1)[0].strip()
        answers = self._split(answer) if answer.startswith("=") else self._split("=" + answer)
        if answers is None:
            return None
        values: list[str] = []
        feedback: list[str] = []
        for item in answers:
            if item.weight not in (None, 100.0):
                self.notes.append(Message.of(ImportCode.NOTE_PARTIAL_CREDIT))
                continue
            value, colon, tolerance = item.text.partition(":")
            if ".." in value or (colon and _number(tolerance) != 0):
                self.fail(ImportCode.GIFT_NUMERIC_RANGE, value=item.text)
                return None
            if _number(value) is None:
                self.fail(ImportCode.GIFT_NUMBER_INVALID, value=item.text)
                return None
            values.append(value.strip())
            if item.feedback:
                feedback.append(item.feedback)
        if not values:
            self.fail(ImportCode.GIFT_NO_RIGHT_ANSWER)
            return None
        return {
            "type": QuestionType.FILL,
            "stem": self._stem(before, after, "{{1}}"),
            "blanks": [values],
            "_feedback": "\n".join(feedback),
        }

    @staticmethod
    def _stem(before: str, after: str, blank: str) -> str:
        """The question text; a missing-word question (text after the braces) gets its blank there."""
        if after.strip():
            return _restore(before + (blank or " ") + after)
        return _restore(before) + (" {{1}}" if blank == "{{1}}" else "")


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None
