"""The completion report's table as every format writes it: columns, cell values, totals.

Report files are official documents handed to the level above, so their words are Chinese whatever
language the window speaks (the window's own words go through Qt's translations; these do not).
The writers take any object with the attributes of `RecordRow`: the services' `CourseRecordRow`
is one, and tests build their own.

Every text cell is neutralised: a name that begins with `=`, `+`, `-`, `@`, a tab or a carriage
return would otherwise be read as a formula by a spreadsheet (OWASP "CSV injection"), so it gets
a leading apostrophe, which spreadsheets show as text and hide.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Protocol

REPORT_TITLE = "培训完成情况报表"
TIER_LABELS = {"leader": "领导干部", "operator": "政务运营团队", "public": "公众"}
ENROLMENT_LABELS = {"required": "必修", "elective": "选修", "assigned": "指定"}
YES, NO = "是", "否"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class RecordRow(Protocol):
    """One learner × one course, as `services.report_rows.CourseRecordRow` holds it."""

    @property
    def learner_id(self) -> uuid.UUID: ...
    @property
    def learner_name(self) -> str: ...
    @property
    def identifier(self) -> str: ...
    @property
    def department(self) -> str: ...
    @property
    def tier(self) -> str: ...
    @property
    def course_id(self) -> str: ...
    @property
    def course_title(self) -> str: ...
    @property
    def enrolment(self) -> str: ...
    @property
    def due_on(self) -> date | None: ...
    @property
    def lessons_done(self) -> int: ...
    @property
    def lessons_total(self) -> int: ...
    @property
    def best_percent(self) -> float | None: ...
    @property
    def passed(self) -> bool: ...
    @property
    def attempts(self) -> int: ...
    @property
    def hours(self) -> float: ...
    @property
    def first_activity(self) -> datetime | None: ...
    @property
    def last_activity(self) -> datetime | None: ...
    @property
    def completed_on(self) -> date | None: ...
    @property
    def overdue(self) -> bool: ...


class Kind(Enum):
    """How a column's values are written: spreadsheets format each kind its own way."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"  # one decimal place: scores, 学时
    DATE = "date"
    MOMENT = "moment"  # a date and time, in the local time zone


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind


COLUMNS: tuple[Column, ...] = (
    Column("学员", Kind.TEXT),
    Column("工号", Kind.TEXT),
    Column("单位/部门", Kind.TEXT),
    Column("类别", Kind.TEXT),
    Column("课程", Kind.TEXT),
    Column("修读方式", Kind.TEXT),
    Column("截止日期", Kind.DATE),
    # Two columns rather than "3/5": each stays a number that sorts, filters and sums.
    Column("已学课时", Kind.INTEGER),
    Column("总课时", Kind.INTEGER),
    Column("最高成绩", Kind.DECIMAL),
    Column("是否通过", Kind.TEXT),
    Column("测验次数", Kind.INTEGER),
    Column("学时", Kind.DECIMAL),
    Column("首次学习", Kind.MOMENT),
    Column("最近学习", Kind.MOMENT),
    Column("完成日期", Kind.DATE),
    Column("是否逾期", Kind.TEXT),
)

Cell = str | int | float | date | datetime | None


# Control characters cannot be stored in XLSX's XML as they are and break rows in CSV readers.
_CONTROLS = {code: " " for code in [*range(0x20), 0x7F]}


def cleaned(text: str) -> str:
    """The text with its control characters (a tab, a line break) made spaces."""
    return text.translate(_CONTROLS)


def neutralised(text: str) -> str:
    """Text a spreadsheet will never evaluate as a formula, its control characters made spaces."""
    return cleaned("'" + text if text.startswith(FORMULA_STARTS) else text)


def local_moment(moment: datetime | None) -> datetime | None:
    """A stored UTC time in this computer's time zone (the zone the administrator reads in)."""
    return moment.astimezone() if moment is not None else None


def tier_label(tier: str) -> str:
    return TIER_LABELS.get(str(tier), str(tier))


def cells(row: RecordRow) -> tuple[Cell, ...]:
    """The row's values in `COLUMNS` order: text neutralised, numbers as numbers, times local."""
    return (
        neutralised(row.learner_name),
        neutralised(row.identifier),
        neutralised(row.department),
        tier_label(row.tier),
        neutralised(row.course_title),
        ENROLMENT_LABELS.get(str(row.enrolment), str(row.enrolment)),
        row.due_on,
        row.lessons_done,
        row.lessons_total,
        None if row.best_percent is None else round(row.best_percent, 1),
        YES if row.passed else NO,
        row.attempts,
        round(row.hours, 1),
        local_moment(row.first_activity),
        local_moment(row.last_activity),
        row.completed_on,
        YES if row.overdue else NO,
    )


@dataclass(frozen=True)
class FilterSummary:
    """What the report covers, in plain values (the services' `ReportFilter`, course named)."""

    start: date | None = None
    end: date | None = None
    department: str | None = None
    tier: str | None = None
    course_title: str | None = None

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs for a report's heading; every field is named, chosen or not."""
        if self.start and self.end:
            period = f"{self.start.isoformat()} 至 {self.end.isoformat()}"
        elif self.start:
            period = f"{self.start.isoformat()} 起"
        elif self.end:
            period = f"截至 {self.end.isoformat()}"
        else:
            period = "全部"
        return [
            ("学习时间", period),
            ("单位/部门", self.department or "全部"),
            ("类别", tier_label(self.tier) if self.tier else "全部"),
            ("课程", self.course_title or "全部"),
        ]


@dataclass
class Figures:
    """Counts over a set of learner × course rows."""

    learners: int = 0
    records: int = 0
    completed: int = 0
    attempted: int = 0  # rows whose final quiz was handed in at least once
    passed: int = 0
    overdue: int = 0
    hours: float = 0.0
    scored: int = 0  # rows with a final-quiz score, for the average
    score_sum: float = 0.0

    def add(self, row: RecordRow, new_learner: bool) -> None:
        self.learners += new_learner
        self.records += 1
        self.completed += row.completed_on is not None
        self.attempted += row.attempts > 0
        self.passed += row.passed
        self.overdue += row.overdue
        self.hours += row.hours
        if row.best_percent is not None:
            self.scored += 1
            self.score_sum += row.best_percent

    @property
    def completion_rate(self) -> float:
        return self.completed / self.records if self.records else 0.0

    @property
    def pass_rate(self) -> float | None:
        """Of the rows whose final quiz was handed in, the share passed (the dashboard's rate:
        a course nobody has tried yet does not lower it); None when nobody has."""
        return self.passed / self.attempted if self.attempted else None

    @property
    def average_score(self) -> float | None:
        return self.score_sum / self.scored if self.scored else None


def department_levels(path: str) -> list[str]:
    """Every unit a department path rolls up into, from the top: "省/市/县" → 省, 省/市, 省/市/县."""
    parts = [part for part in path.split("/") if part]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))] or [""]


@dataclass
class Totals:
    """The report's figures, gathered while the rows stream past (no row is kept)."""

    overall: Figures = field(default_factory=Figures)
    by_tier: dict[str, Figures] = field(default_factory=dict)
    by_department: dict[str, Figures] = field(default_factory=dict)  # every level of every path
    by_course: dict[str, tuple[str, Figures]] = field(default_factory=dict)  # id → (title, figures)
    _seen: set[uuid.UUID] = field(default_factory=set)

    def add(self, row: RecordRow) -> None:
        # A learner belongs to one department and one tier, so their first row is their first
        # in each group as well; one set of ids is enough to count learners everywhere.
        new = row.learner_id not in self._seen
        if new:
            self._seen.add(row.learner_id)
        self.overall.add(row, new)
        self.by_tier.setdefault(str(row.tier), Figures()).add(row, new)
        for level in department_levels(row.department):
            self.by_department.setdefault(level, Figures()).add(row, new)
        # One row per learner and course: every row of a course is another learner.
        self.by_course.setdefault(row.course_id, (row.course_title, Figures()))[1].add(row, True)

    @classmethod
    def of(cls, rows: Iterable[RecordRow]) -> Totals:
        totals = cls()
        for row in rows:
            totals.add(row)
        return totals


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and full-width characters take two."""
    return sum(2 if ord(char) >= 0x2E80 else 1 for char in text)
