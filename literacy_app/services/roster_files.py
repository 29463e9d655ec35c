"""Reading a roster file (.xlsx or .csv) into rows of text keyed by column, with row numbers.

Defensive, as the file comes from outside: too large a file or too many rows is refused whole,
a damaged workbook or an undecodable CSV is one problem naming the file, formulas are read as the
values Excel saved and never evaluated. Row numbers are the spreadsheet's (the header is row 1
when it is the first row); in a CSV, the line the record starts on.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from literacy_app.messages import Message
from literacy_app.services.admin_codes import RosterCode

log = logging.getLogger(__name__)

SIZE_LIMIT = 10 * 1024 * 1024  # bytes; a roster of 20,000 people is far smaller
ROW_LIMIT = 20_000  # people in one file
COLUMN_LIMIT = 64  # columns read; a roster has five or six
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in real rosters


class Column(StrEnum):
    NAME = "name"
    IDENTIFIER = "identifier"
    DEPARTMENT = "department"
    TIER = "tier"
    PHONE = "phone"


REQUIRED = (Column.NAME, Column.IDENTIFIER, Column.DEPARTMENT, Column.TIER)
# Headers as organisations write them; compared after removing spaces and a required-mark "*".
HEADERS: dict[str, Column] = {
    "姓名": Column.NAME,
    "工号": Column.IDENTIFIER,
    "身份标识": Column.IDENTIFIER,
    "工号/身份标识": Column.IDENTIFIER,
    "单位": Column.DEPARTMENT,
    "部门": Column.DEPARTMENT,
    "单位/部门": Column.DEPARTMENT,
    "类别": Column.TIER,
    "手机号": Column.PHONE,
    "手机号码": Column.PHONE,
}
# The header each column is named by in messages (the template's spelling).
HEADER_NAMES: dict[Column, str] = {
    Column.NAME: "姓名",
    Column.IDENTIFIER: "工号/身份标识",
    Column.DEPARTMENT: "单位/部门",
    Column.TIER: "类别",
    Column.PHONE: "手机号",
}


@dataclass(frozen=True)
class RosterProblem:
    """What is wrong with a roster, at a row (`line`) or, when `line` is None, with the whole file."""

    path: Path
    line: int | None
    message: Message


@dataclass(frozen=True)
class RawRow:
    line: int
    cells: dict[Column, object]


@dataclass
class RawRoster:
    """The rows read, or the problem that stopped the reading (then `rows` is empty)."""

    rows: list[RawRow] = field(default_factory=list)
    problem: RosterProblem | None = None
    has_phone_column: bool = False


Progress = Callable[[int, int], None]


def read_roster(path: Path, progress: Progress | None = None) -> RawRoster:
    """The roster's rows by column; `progress(done, total)` is told as rows are read."""

    def refused(code: RosterCode, **args: object) -> RawRoster:
        return RawRoster(problem=RosterProblem(path, None, Message.of(code, **args)))

    try:
        size = path.stat().st_size
    except OSError:
        return refused(RosterCode.FILE_MISSING)
    if size > SIZE_LIMIT:
        return refused(RosterCode.FILE_TOO_LARGE, limit=SIZE_LIMIT // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix in {".xls", ".et", ".wps"}:
        return refused(RosterCode.OLD_EXCEL_FORMAT)
    if suffix == ".xlsx":
        return _table(path, _xlsx_sheets(path), progress)
    if suffix in {".csv", ".txt"}:
        try:
            text = _decode(path.read_bytes())
        except OSError:
            return refused(RosterCode.FILE_MISSING)
        if text is None:
            return refused(RosterCode.CSV_ENCODING)
        return _table(path, [_csv_rows(text)], progress)
    return refused(RosterCode.UNSUPPORTED_FORMAT, suffix=suffix or "?")


class _Unreadable(Exception):
    def __init__(self, code: RosterCode, line: int | None = None, **args: object) -> None:
        super().__init__(code)
        self.code = code
        self.line = line
        self.args_ = args


Rows = Iterator[tuple[int, tuple[object, ...]]]


def _table(path: Path, sheets: Iterator[Rows] | list[Rows], progress: Progress | None) -> RawRoster:
    """Find the header in the first sheet that has one, then read the rows below it."""
    first_missing: RosterProblem | None = None
    try:
        for rows in sheets:
            columns = _find_header(path, rows)
            if isinstance(columns, RosterProblem):
                first_missing = first_missing or columns
                continue
            return _read_rows(path, rows, columns, progress)
    except _Unreadable as error:
        return RawRoster(
            problem=RosterProblem(path, error.line, Message.of(error.code, **error.args_))
        )
    return RawRoster(
        problem=first_missing or RosterProblem(path, None, Message.of(RosterCode.NO_ROWS))
    )


def _header_key(value: object) -> str:
    return "".join(str(value).split()).strip("*＊").replace("／", "/") if value is not None else ""


def _find_header(path: Path, rows: Rows) -> dict[int, Column] | RosterProblem:
    """The columns named in the first row (of the first few) that names any roster column."""
    for line, values in rows:
        keys = [_header_key(value) for value in values]
        named = {index: HEADERS[key] for index, key in enumerate(keys) if key in HEADERS}
        if named:
            seen: dict[Column, int] = {}
            for index, column in named.items():
                if column in seen:
                    return RosterProblem(
                        path, line, Message.of(RosterCode.HEADER_TWICE, header=HEADER_NAMES[column])
                    )
                seen[column] = index
            missing = [HEADER_NAMES[c] for c in REQUIRED if c not in seen]
            if missing:
                return RosterProblem(
                    path, None, Message.of(RosterCode.HEADERS_MISSING, headers="、".join(missing))
                )
            return named
        if line >= HEADER_SEARCH_ROWS:
            break
    return RosterProblem(
        path,
        None,
        Message.of(
            RosterCode.HEADERS_MISSING, headers="、".join(HEADER_NAMES[c] for c in REQUIRED)
        ),
    )


def _read_rows(
    path: Path, rows: Rows, columns: dict[int, Column], progress: Progress | None
) -> RawRoster:
    roster = RawRoster(has_phone_column=Column.PHONE in columns.values())
    for line, values in rows:
        cells = {column: values[index] for index, column in columns.items() if index < len(values)}
        if all(value is None or str(value).strip() == "" for value in cells.values()):
            continue
        if len(roster.rows) >= ROW_LIMIT:
            return RawRoster(
                problem=RosterProblem(
                    path, None, Message.of(RosterCode.TOO_MANY_ROWS, limit=ROW_LIMIT)
                )
            )
        roster.rows.append(RawRow(line, cells))
        if progress is not None:
            progress(len(roster.rows), 0)
    if not roster.rows:
        return RawRoster(problem=RosterProblem(path, None, Message.of(RosterCode.NO_ROWS)))
    return roster


def _xlsx_sheets(path: Path) -> Iterator[Rows]:
    """Each worksheet's rows, numbered as Excel numbers them. openpyxl in read-only mode streams
    the sheet; `data_only` gives the value Excel last computed for a formula, never the formula."""
    import zipfile

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile as error:
        log.warning("roster %s is not a workbook: %r", path, error)
        raise _Unreadable(RosterCode.XLSX_UNREADABLE) from None
    except Exception as error:
        # openpyxl meets a damaged workbook with any of a dozen exception types (KeyError,
        # zlib.error, XML parse errors, …); each means the same to the user.
        log.warning("roster %s cannot be read: %r", path, error)
        raise _Unreadable(RosterCode.XLSX_UNREADABLE) from None
    try:
        if not workbook.worksheets:  # openpyxl skips a sheet whose part is missing
            raise _Unreadable(RosterCode.XLSX_UNREADABLE)
        for sheet in workbook.worksheets:
            yield _sheet_rows(path, sheet)
    finally:
        workbook.close()


def _sheet_rows(path: Path, sheet: object) -> Rows:
    try:
        rows = sheet.iter_rows(max_col=COLUMN_LIMIT, values_only=True)  # type: ignore[attr-defined]
        for line, values in enumerate(rows, start=1):
            yield line, tuple(values)
    except _Unreadable:
        raise
    except Exception as error:  # a truncated or damaged sheet fails while it streams
        log.warning("roster %s: sheet cannot be read: %r", path, error)
        raise _Unreadable(RosterCode.XLSX_UNREADABLE) from None


def _decode(data: bytes) -> str | None:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, or GB18030, which Excel in a
    Chinese locale writes for "CSV (逗号分隔)"."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _csv_rows(text: str) -> Rows:
    first = text.split("\n", 1)[0]
    # Excel's "Unicode text" is tab-separated; everything else a comma.
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            log.warning("roster CSV line %d: %s", line, error)
            raise _Unreadable(RosterCode.CSV_UNREADABLE, line) from None
        yield line, tuple(values)
