"""What a report's table must show for a row, written out independently of the writers' code."""

from __future__ import annotations

import re
from datetime import date, datetime

from literacy_app.services.report_rows import CourseRecordRow

TIERS = {"leader": "领导干部", "operator": "政务运营团队", "public": "公众"}
ENROLMENTS = {"required": "必修", "elective": "选修", "assigned": "指定"}


def as_text(text: str) -> str:
    """How a cell must read: a would-be formula keeps its text behind an apostrophe."""
    text = "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text
    return "".join(" " if ord(c) < 0x20 or c == "\x7f" else c for c in text)


def wall_clock(moment: datetime | None) -> datetime | None:
    return moment.astimezone().replace(tzinfo=None) if moment else None


def expected_values(row: CourseRecordRow) -> list[object]:
    """The row as typed spreadsheet values (local wall-clock times, numbers, None for empty)."""
    return [
        as_text(row.learner_name),
        as_text(row.identifier) or None,
        as_text(row.department) or None,
        TIERS[row.tier.value],
        as_text(row.course_title),
        ENROLMENTS[row.enrolment.value],
        row.due_on,
        row.lessons_done,
        row.lessons_total,
        None if row.best_percent is None else round(row.best_percent, 1),
        "是" if row.passed else "否",
        row.attempts,
        round(row.hours, 1),
        wall_clock(row.first_activity),
        wall_clock(row.last_activity),
        row.completed_on,
        "是" if row.overdue else "否",
    ]


def as_date(value: object) -> object:
    """openpyxl reads every date cell as a datetime at midnight."""
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def same(expected: object, read: object) -> bool:
    if isinstance(expected, date) and not isinstance(expected, datetime):
        return as_date(read) == expected
    if isinstance(expected, float) or isinstance(read, float):
        return (
            read is not None and expected is not None and abs(float(read) - float(expected)) < 1e-9
        )  # type: ignore[arg-type]
    return read == expected


def squeezed(text: str) -> str:
    """Extracted PDF text without the spaces and line breaks that layout puts between characters
    (and the NULs pypdf reads from the two-byte codes of the embedded CID font)."""
    return re.sub(r"[\s\x00]+", "", text)
