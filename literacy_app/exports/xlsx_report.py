"""The completion report as an Excel workbook: a summary, the learner × course table, courses.

XlsxWriter in constant-memory mode writes each row to disk as soon as the next one starts, so a
300,000-row report needs little memory; the rows therefore stream through once, and the summary
(which needs every row) is filled in last, though it is the first sheet.

Sheets: 汇总 (filter, made-at, totals by tier and by department level), 学员课程明细 (one row per
learner × course, with an autofilter: one course's learners are a filter away) and 按课程 (one row
per course). A sheet of learners per course was dropped: it wrote every row twice, doubling the
time of a large export, for what the detail sheet's filter already shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# XlsxWriter ships no type information.
import xlsxwriter  # type: ignore[import-untyped]
from xlsxwriter.format import Format  # type: ignore[import-untyped]
from xlsxwriter.worksheet import Worksheet  # type: ignore[import-untyped]

from literacy_app.exports.table import (
    COLUMNS,
    REPORT_TITLE,
    TIER_LABELS,
    Cell,
    Column,
    Figures,
    FilterSummary,
    Kind,
    RecordRow,
    Totals,
    cells,
    display_width,
    neutralised,
    tier_label,
)

SUMMARY_SHEET = "汇总"
DETAIL_SHEET = "学员课程明细"
COURSES_SHEET = "按课程"
MAX_WIDTH = 60
# Widths of columns whose text is not measured: a date, a date with a time.
FIXED_WIDTHS = {Kind.DATE: 12, Kind.MOMENT: 17}
FIGURE_HEADERS = (
    "学员数",
    "记录数",
    "已完成",
    "完成率",
    "参加测验",
    "已通过",
    "通过率",
    "逾期",
    "平均成绩",
    "学时",
)


@dataclass
class _Sheet:
    """A worksheet written row by row, measuring its columns as it goes."""

    sheet: Worksheet
    columns: tuple[Column, ...]
    formats: _Formats
    widths: list[int] = field(default_factory=list)
    next_row: int = 1  # row 0 is the header

    def __post_init__(self) -> None:
        self.widths = [display_width(c.header) + 2 for c in self.columns]
        # Looked up once per sheet rather than once per cell.
        self.kinds = [c.kind for c in self.columns]
        self.forms = [self.formats.of(c.kind) for c in self.columns]


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#F2E6E6", "border": 1})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.label = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self.decimal = book.add_format({"num_format": "0.0"})
        self.percent = book.add_format({"num_format": "0.0%"})

    def of(self, kind: Kind) -> Format | None:
        return {Kind.DATE: self.date, Kind.MOMENT: self.moment, Kind.DECIMAL: self.decimal}.get(
            kind
        )


def write_xlsx(
    path: Path,
    rows: Iterable[RecordRow],
    summary: FilterSummary,
    made_at: datetime,
) -> Totals:
    """Write the workbook to `path` and return the totals it shows."""
    book = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            # Text stays text: nothing a learner typed becomes a formula, a link or a number.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    formats = _Formats(book)
    summary_sheet = book.add_worksheet(SUMMARY_SHEET)
    detail = _start(book.add_worksheet(DETAIL_SHEET), COLUMNS, formats)
    course_summary = book.add_worksheet(COURSES_SHEET)
    totals = Totals()
    for row in rows:
        _write_row(detail, cells(row))
        totals.add(row)
    _finish(detail)
    _write_course_summary(course_summary, totals, formats)
    _write_summary(summary_sheet, totals, summary, made_at, formats)
    book.close()
    return totals


def _start(sheet: Worksheet, columns: tuple[Column, ...], formats: _Formats) -> _Sheet:
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.header, formats.header)
    sheet.freeze_panes(1, 0)
    return _Sheet(sheet, columns, formats)


def _write_row(target: _Sheet, values: tuple[Cell, ...]) -> None:
    row = target.next_row
    sheet, widths = target.sheet, target.widths
    for index, (kind, form, value) in enumerate(
        zip(target.kinds, target.forms, values, strict=True)
    ):
        if value is None or value == "":
            continue  # an empty cell, not an empty string: "no score" is not a score of ""
        if kind is Kind.TEXT and isinstance(value, str):
            sheet.write_string(row, index, value, form)
            # A character is at most two columns wide: most cells cannot widen their column,
            # and are not measured.
            if 2 * len(value) + 2 > widths[index]:
                widths[index] = max(widths[index], min(display_width(value) + 2, MAX_WIDTH))
        elif kind is Kind.MOMENT and isinstance(value, datetime):
            # Excel has no time zones: the time is written as the clock on the wall showed it.
            sheet.write_datetime(row, index, value.replace(tzinfo=None), form)
        elif kind is Kind.DATE:
            sheet.write_datetime(row, index, value, form)
        else:
            sheet.write_number(row, index, value, form)
    target.next_row += 1


def _finish(target: _Sheet) -> None:
    for index, column in enumerate(target.columns):
        width = max(target.widths[index], FIXED_WIDTHS.get(column.kind, 0))
        target.sheet.set_column(index, index, width)
    target.sheet.autofilter(0, 0, max(target.next_row - 1, 0), len(target.columns) - 1)


def _write_figures(
    sheet: Worksheet, row: int, first: int, figures: Figures, formats: _Formats
) -> None:
    values: list[tuple[float | None, Format | None]] = [
        (figures.learners, None),
        (figures.records, None),
        (figures.completed, None),
        (figures.completion_rate, formats.percent),
        (figures.attempted, None),
        (figures.passed, None),
        (figures.pass_rate, formats.percent),
        (figures.overdue, None),
        (figures.average_score, formats.decimal),
        (round(figures.hours, 1), formats.decimal),
    ]
    for offset, (value, form) in enumerate(values):
        if value is not None:
            sheet.write_number(row, first + offset, value, form)


def _figure_header(sheet: Worksheet, row: int, first_header: str, formats: _Formats) -> None:
    for index, header in enumerate((first_header, *FIGURE_HEADERS)):
        sheet.write_string(row, index, header, formats.header)


def _write_summary(
    sheet: Worksheet,
    totals: Totals,
    summary: FilterSummary,
    made_at: datetime,
    formats: _Formats,
) -> None:
    sheet.write_string(0, 0, REPORT_TITLE, formats.title)
    sheet.write_string(1, 0, "制表时间", formats.label)
    sheet.write_datetime(1, 1, made_at.astimezone().replace(tzinfo=None), formats.moment)
    row = 2
    for label, value in summary.lines():
        sheet.write_string(row, 0, label, formats.label)
        sheet.write_string(row, 1, neutralised(value))
        row += 1
    row += 1
    _figure_header(sheet, row, "合计", formats)
    _write_figures(sheet, row + 1, 1, totals.overall, formats)
    sheet.write_string(row + 1, 0, "全部")
    row += 3
    _figure_header(sheet, row, "类别", formats)
    row += 1
    order = list(TIER_LABELS)
    for tier in sorted(totals.by_tier, key=lambda t: (order.index(t) if t in order else 99, t)):
        sheet.write_string(row, 0, tier_label(tier))
        _write_figures(sheet, row, 1, totals.by_tier[tier], formats)
        row += 1
    row += 1
    _figure_header(sheet, row, "单位/部门（含下级）", formats)
    row += 1
    widest = display_width("单位/部门（含下级）")
    for department in sorted(totals.by_department):
        # Indented by level, so the path reads as a tree: 某省 / 某市 / 某县.
        depth = department.count("/")
        shown = "　" * depth + (department.rsplit("/", 1)[-1] or "（未填写）")
        sheet.write_string(row, 0, neutralised(shown))
        widest = max(widest, display_width(shown))
        _write_figures(sheet, row, 1, totals.by_department[department], formats)
        row += 1
    sheet.set_column(0, 0, min(max(widest + 2, 14), MAX_WIDTH))
    sheet.set_column(1, len(FIGURE_HEADERS), 11)


def _write_course_summary(sheet: Worksheet, totals: Totals, formats: _Formats) -> None:
    _figure_header(sheet, 0, "课程", formats)
    widest = display_width("课程")
    row = 1
    for _course_id, (title, figures) in sorted(totals.by_course.items(), key=lambda i: i[1][0]):
        sheet.write_string(row, 0, neutralised(title))
        widest = max(widest, display_width(title))
        _write_figures(sheet, row, 1, figures, formats)
        row += 1
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, 0, min(widest + 2, MAX_WIDTH))
    sheet.set_column(1, len(FIGURE_HEADERS), 11)
    sheet.autofilter(0, 0, max(row - 1, 0), len(FIGURE_HEADERS))
