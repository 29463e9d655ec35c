"""Reading a question bank from an Excel workbook (.xlsx) laid out as assets/templates/题库模板.xlsx.

The header is the first row of the sheet named 题库 (or of the first sheet); columns are found by
name, in any order. The workbook comes from outside: its size and rows are bounded, formulas are
read as the values Excel saved and never evaluated, a damaged file is one problem naming it.
docs/course-format.md (section 12) describes every column and answer form.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from literacy_app.content.question_import import answers
from literacy_app.content.question_import.codes import ImportCode
from literacy_app.content.question_import.result import (
    MAX_QUESTIONS,
    MAX_TEXT,
    Draft,
    ImportProblem,
    Reading,
    valid_id,
)
from literacy_app.messages import Message
from literacy_app.rules.kinds import QuestionType

log = logging.getLogger(__name__)

SIZE_LIMIT = 20 * 1024 * 1024  # bytes
ROW_LIMIT = MAX_QUESTIONS  # rows with something in them; more and the file is refused
# A sheet formatted far below its last question streams a million empty rows; this many in a row
# means the questions have ended.
BLANK_RUN = 1000
COLUMN_LIMIT = 40
SHEET_NAME = "题库"

TYPE, STEM, ANSWER, EXPLANATION, POINTS, DIFFICULTY, TAGS, CASE, CASE_TEXT, ID = (
    "题型", "题干", "答案", "解析", "分值", "难度", "标签", "案例", "案例材料", "编号",
)  # fmt: skip
OPTIONS = tuple(f"选项{letter}" for letter in answers.LETTERS)
REQUIRED = (TYPE, STEM, ANSWER)
_ALIASES = {
    "题目": STEM, "题目内容": STEM, "试题": STEM, "类型": TYPE, "题目类型": TYPE,
    "正确答案": ANSWER, "参考答案": ANSWER, "答案解析": EXPLANATION, "试题解析": EXPLANATION,
    "分数": POINTS, "知识点": TAGS, "案例编号": CASE, "案例id": CASE, "id": ID,
}  # fmt: skip
HEADERS: dict[str, str] = {
    **{answers.key(name): name for name in (*REQUIRED, EXPLANATION, POINTS, DIFFICULTY, TAGS, CASE, CASE_TEXT, ID)},
    **{answers.key(alias): name for alias, name in _ALIASES.items()},
    **{answers.key(f"{letter}"): f"选项{letter}" for letter in answers.LETTERS},
    **{answers.key(f"选项{letter}"): f"选项{letter}" for letter in answers.LETTERS},
    **{answers.key(f"{letter}选项"): f"选项{letter}" for letter in answers.LETTERS},
}  # fmt: skip

_BLANK = re.compile(r"_{4,}|＿{2,}")
_MARKER = re.compile(r"\{\{\d+\}\}")
_PAIR = re.compile(r"\s*(?:->|→|=>)\s*")
_ALTERNATIVES = re.compile(r"[;；]")
_BLANK_ANSWERS = re.compile(r"[|｜]")


class _Refused(Exception):
    def __init__(self, code: ImportCode, line: int | None = None, **args: object) -> None:
        super().__init__(code)
        self.code = code
        self.line = line
        self.args_ = args


def read_excel(path: Path) -> Reading:
    suffix = path.suffix.lower()
    if suffix in {".xls", ".et", ".wps"}:
        return _refused(path, ImportCode.OLD_EXCEL)
    if suffix in {".xlsm", ".xltm"}:
        return _refused(path, ImportCode.MACRO_EXCEL)
    try:
        size = path.stat().st_size
    except OSError:
        return _refused(path, ImportCode.FILE_MISSING)
    if size > SIZE_LIMIT:
        return _refused(path, ImportCode.FILE_TOO_LARGE, limit=SIZE_LIMIT // (1024 * 1024))
    try:
        return _read_rows(path, _rows(path))
    except _Refused as refused:
        return Reading(
            refused=ImportProblem(path, refused.line, Message.of(refused.code, **refused.args_))
        )


def _refused(path: Path, code: ImportCode, **args: object) -> Reading:
    return Reading(refused=ImportProblem(path, None, Message.of(code, **args)))


def _rows(path: Path) -> Iterator[tuple[int, tuple[object, ...]]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError) as error:
        log.warning("question workbook %s cannot be opened: %r", path, error)
        raise _Refused(ImportCode.XLSX_UNREADABLE) from None
    except Exception as error:
        # openpyxl meets a damaged workbook with any of a dozen exception types; all mean the same.
        log.warning("question workbook %s cannot be read: %r", path, error)
        raise _Refused(ImportCode.XLSX_UNREADABLE) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise _Refused(ImportCode.XLSX_UNREADABLE)
        sheet = workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else sheets[0]
        try:
            rows = sheet.iter_rows(max_col=COLUMN_LIMIT, values_only=True)
            for line, values in enumerate(rows, start=1):
                yield line, tuple(values)
        except _Refused:
            raise
        except Exception as error:  # a truncated sheet fails while it streams
            log.warning("question workbook %s: sheet cannot be read: %r", path, error)
            raise _Refused(ImportCode.XLSX_UNREADABLE) from None
    finally:
        workbook.close()


def _header(values: tuple[object, ...]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(values):
        name = HEADERS.get(answers.key(value))
        if name is None:
            continue
        if name in columns:
            raise _Refused(ImportCode.HEADER_TWICE, 1, header=name)
        columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise _Refused(ImportCode.HEADERS_MISSING, 1, headers="、".join(missing))
    return columns


def _read_rows(path: Path, rows: Iterator[tuple[int, tuple[object, ...]]]) -> Reading:
    first = next(rows, None)
    if first is None:
        raise _Refused(ImportCode.HEADERS_MISSING, headers="、".join(REQUIRED))
    columns = _header(first[1])
    reading = Reading()
    cases: dict[str, Draft] = {}
    members: list[tuple[str, Draft | None, int]] = []  # (case key, the row's draft, its line)
    bad_cases: set[str] = set()
    filled = blank_run = 0
    for line, values in rows:
        cells = {name: values[index] for name, index in columns.items() if index < len(values)}
        if all(answers.plain(value) == "" for value in cells.values()):
            blank_run += 1
            if blank_run >= BLANK_RUN:
                break
            continue
        blank_run = 0
        filled += 1
        if filled > ROW_LIMIT:
            raise _Refused(ImportCode.TOO_MANY_QUESTIONS, limit=MAX_QUESTIONS)
        row = _Row(path, line, cells)
        draft = row.draft()
        case_key = answers.plain(cells.get(CASE))
        if answers.question_type(cells.get(TYPE)) is QuestionType.CASE:
            reading.items += 1
            if draft is not None and case_key in cases:
                row.fail(ImportCode.CASE_REPEATED, case=case_key, line=cases[case_key].line)
            elif draft is not None:
                draft.ordinal = reading.items
                cases[case_key] = draft
                reading.drafts.append(draft)
        elif case_key:
            members.append((case_key, draft, line))
            if draft is None:
                bad_cases.add(case_key)
        elif draft is not None:
            reading.items += 1
            draft.ordinal = reading.items
            reading.drafts.append(draft)
        else:
            reading.items += 1  # a rejected question still holds its place in the numbering
        reading.rejected += row.problems
        if row.problems:
            reading.skipped.add(line)
    for case_key, draft, line in members:
        case = cases.get(case_key)
        if case is None:
            reading.rejected.append(
                ImportProblem(path, line, Message.of(ImportCode.CASE_NOT_FOUND, case=case_key))
            )
            reading.skipped.add(line)
        elif draft is not None:
            case.subs.append(draft)
    for case_key, case in cases.items():
        code = (
            ImportCode.CASE_INCOMPLETE
            if case_key in bad_cases
            else ImportCode.CASE_EMPTY
            if not case.subs
            else None
        )
        if code is not None:
            reading.rejected.append(ImportProblem(path, case.line, Message.of(code, case=case_key)))
            reading.skipped.add(case.line)
            reading.drafts.remove(case)
    return reading


class _Row:
    """One row turned into a draft, collecting every problem it has (not only the first)."""

    def __init__(self, path: Path, line: int, cells: dict[str, object]) -> None:
        self.path = path
        self.line = line
        self.cells = cells
        self.problems: list[ImportProblem] = []

    def fail(self, code: ImportCode, **args: object) -> None:
        self.problems.append(ImportProblem(self.path, self.line, Message.of(code, **args)))

    def text(self, column: str, *, required: bool = False) -> str:
        value = answers.plain(self.cells.get(column))
        if len(value) > MAX_TEXT:
            self.fail(ImportCode.CELL_TOO_LONG, column=column, limit=MAX_TEXT)
            return ""
        if required and not value:
            self.fail(ImportCode.CELL_EMPTY, column=column)
        return value

    def draft(self) -> Draft | None:
        raw_type = self.cells.get(TYPE)
        kind = answers.question_type(raw_type)
        if kind is None:
            if answers.plain(raw_type):
                self.fail(ImportCode.TYPE_UNKNOWN, value=answers.plain(raw_type))
            else:
                self.fail(ImportCode.TYPE_MISSING)
            return None
        data: dict[str, Any] = {"type": kind}
        if kind is QuestionType.CASE:
            data["stem"] = self.text(STEM, required=True)
            data["case"] = self.text(CASE_TEXT, required=True)
            if not answers.plain(self.cells.get(CASE)):
                self.fail(ImportCode.CELL_EMPTY, column=CASE)
        else:
            data["stem"] = self.text(STEM, required=True)
            self._answer(kind, data)
            data["explanation"] = self.text(EXPLANATION)
            raw_points = self.cells.get(POINTS)
            if answers.plain(raw_points):
                data["points"] = answers.points(raw_points)
                if data["points"] is None:
                    self.fail(ImportCode.POINTS_INVALID, value=answers.plain(raw_points))
        if kind is QuestionType.CASE:
            data["explanation"] = self.text(EXPLANATION)
        raw_difficulty = self.cells.get(DIFFICULTY)
        if answers.plain(raw_difficulty):
            data["difficulty"] = answers.difficulty(raw_difficulty)
            if data["difficulty"] is None:
                self.fail(ImportCode.DIFFICULTY_UNKNOWN, value=answers.plain(raw_difficulty))
        data["tags"] = answers.tags(self.text(TAGS))
        question_id = self.text(ID)
        if question_id and not valid_id(question_id):
            self.fail(ImportCode.ID_INVALID, id=question_id)
        if self.problems:
            return None
        return Draft(self.line, 0, data, id=question_id or None)

    def _options(self) -> dict[str, str]:
        options: dict[str, str] = {}
        gap: str | None = None
        for letter, column in zip(answers.LETTERS, OPTIONS, strict=True):
            value = self.text(column)
            if not value:
                gap = gap or letter
                continue
            if gap is not None:
                self.fail(ImportCode.OPTION_GAP, letter=gap)
                gap = None
            options[letter] = value
        seen: dict[str, str] = {}
        for letter, value in options.items():
            if value in seen:
                self.fail(ImportCode.OPTIONS_REPEAT, first=seen[value], second=letter)
            seen.setdefault(value, letter)
        return options

    def _answer(self, kind: QuestionType, data: dict[str, Any]) -> None:
        raw = self.cells.get(ANSWER)
        shown = answers.plain(raw)
        if kind is QuestionType.TRUE_FALSE:
            value = answers.true_false(raw)
            if value is None:
                self.fail(ImportCode.TRUE_FALSE_ANSWER, value=shown)
            data["answer"] = value
        elif kind is QuestionType.FILL:
            self._blanks(data, shown)
        elif kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            options = self._options()
            data["options"] = options
            if len(options) < 2:
                self.fail(ImportCode.TOO_FEW_OPTIONS)
            data["answer"] = self._letters(kind, options, shown)
        elif kind is QuestionType.ORDERING:
            options = self._options()
            if len(options) < 2:
                self.fail(ImportCode.TOO_FEW_OPTIONS)
            order = list(options)
            if shown:
                letters = answers.answer_letters(raw)
                if letters is None or sorted(letters) != sorted(options):
                    self.fail(
                        ImportCode.ORDER_NOT_PERMUTATION, value=shown, options="".join(options)
                    )
                else:
                    order = letters
            data["items"] = [options[letter] for letter in order if letter in options]
        else:
            pairs = []
            for letter, option in self._options().items():
                parts = _PAIR.split(option, maxsplit=1)
                if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
                    self.fail(ImportCode.PAIR_UNREADABLE, letter=letter, value=option)
                else:
                    pairs.append([parts[0].strip(), parts[1].strip()])
            if len(pairs) < 2 and not self.problems:
                self.fail(ImportCode.TOO_FEW_OPTIONS)
            data["pairs"] = pairs

    def _letters(self, kind: QuestionType, options: dict[str, str], shown: str) -> Any:
        if not shown:
            self.fail(ImportCode.CELL_EMPTY, column=ANSWER)
            return None
        letters = answers.answer_letters(shown)
        if letters is None:
            self.fail(ImportCode.ANSWER_UNREADABLE, value=shown)
            return None
        letters = sorted(set(letters))
        for letter in letters:
            if letter not in options:
                self.fail(ImportCode.ANSWER_NOT_OPTION, value=letter)
        if kind is QuestionType.SINGLE:
            if len(letters) > 1:
                self.fail(ImportCode.SINGLE_MANY_ANSWERS, value=shown)
            return letters[0]
        if len(letters) < 2:
            self.fail(ImportCode.MULTIPLE_ONE_ANSWER, value=shown)
        return letters

    def _blanks(self, data: dict[str, Any], shown: str) -> None:
        stem = data["stem"]
        count = 0

        def number(_: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return "{{" + str(count) + "}}"

        if _BLANK.search(stem):
            data["stem"] = _BLANK.sub(number, stem)
        else:
            count = len(_MARKER.findall(stem))
        if stem and count == 0:
            self.fail(ImportCode.BLANKS_MISSING)
            return
        if not shown:
            self.fail(ImportCode.CELL_EMPTY, column=ANSWER)
            return
        blanks = [
            [alt.strip() for alt in _ALTERNATIVES.split(part) if alt.strip()]
            for part in _BLANK_ANSWERS.split(shown)
        ]
        if count and (len(blanks) != count or not all(blanks)):
            self.fail(ImportCode.BLANKS_COUNT, blanks=count, answers=len(blanks))
        data["blanks"] = blanks
