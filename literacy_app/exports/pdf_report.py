"""The completion report as a printable PDF: A4 landscape, the filter, totals and the table.

The table's header row is repeated on every page; names and paths wrap within their column rather
than being cut, since a printed report is read for exactly those. A PDF is made for reading and
printing, so its rows are held in memory (fpdf2 lays out the whole document before writing it);
the spreadsheet and CSV formats are the ones for very large reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from fpdf.fonts import FontFace

from literacy_app.exports.fonts import FontFile
from literacy_app.exports.pdf_document import RULE, ChinesePdf
from literacy_app.exports.table import (
    ENROLMENT_LABELS,
    NO,
    REPORT_TITLE,
    TIER_LABELS,
    YES,
    Figures,
    FilterSummary,
    RecordRow,
    Totals,
    cleaned,
    tier_label,
)

# (header, width in mm, alignment); together within A4 landscape less the margins (269 mm).
# 成绩 is the best final-quiz score, 次数 the final-quiz attempts.
PDF_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("学员", 20, "L"),
    ("工号", 16, "L"),
    ("单位/部门", 36, "L"),
    ("类别", 19, "L"),
    ("课程", 38, "L"),
    ("修读", 10, "C"),
    ("截止日期", 17, "C"),
    ("课时", 11, "C"),
    ("成绩", 12, "R"),
    ("通过", 9, "C"),
    ("次数", 9, "R"),
    ("学时", 10, "R"),
    ("首次学习", 17, "C"),
    ("最近学习", 17, "C"),
    ("完成日期", 17, "C"),
    ("逾期", 9, "C"),
)
HEADER_FILL = (242, 230, 230)


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d")
    return value.isoformat()


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def pdf_cells(row: RecordRow) -> tuple[str, ...]:
    """The row as the PDF shows it: text as given (a PDF never evaluates it), days without times."""
    return (
        cleaned(row.learner_name),
        cleaned(row.identifier),
        cleaned(row.department),
        tier_label(row.tier),
        cleaned(row.course_title),
        ENROLMENT_LABELS.get(str(row.enrolment), str(row.enrolment)),
        _day(row.due_on),
        f"{row.lessons_done}/{row.lessons_total}",
        _number(row.best_percent),
        YES if row.passed else NO,
        str(row.attempts),
        _number(row.hours),
        _day(row.first_activity),
        _day(row.last_activity),
        _day(row.completed_on),
        YES if row.overdue else NO,
    )


def _figure_line(figures: Figures) -> str:
    average = figures.average_score
    rate = "—" if figures.pass_rate is None else f"{figures.pass_rate:.1%}"
    return (
        f"学员 {figures.learners} 人，记录 {figures.records} 条；"
        f"已完成 {figures.completed}（{figures.completion_rate:.1%}），"
        f"参加测验 {figures.attempted}，已通过 {figures.passed}（{rate}），逾期 {figures.overdue}；"
        f"平均成绩 {_number(average) or '—'}，学时合计 {figures.hours:.1f}"
    )


def write_pdf(
    path: Path,
    rows: Iterable[RecordRow],
    summary: FilterSummary,
    made_at: datetime,
    font: FontFile,
) -> Totals:
    """Write the report to `path` and return its totals."""
    kept = list(rows)
    totals = Totals.of(kept)
    pdf = ChinesePdf(font, made_at, landscape=True)
    pdf.add_page()
    pdf.title_line(REPORT_TITLE)
    pdf.ln(2)
    pdf.label_lines(summary.lines())
    pdf.ln(1)
    totals_lines = [("合计", _figure_line(totals.overall))]
    for tier in TIER_LABELS:
        if tier in totals.by_tier:
            totals_lines.append((tier_label(tier), _figure_line(totals.by_tier[tier])))
    pdf.label_lines(totals_lines)
    pdf.ln(3)
    pdf.set_font(size=7.5)
    pdf.set_draw_color(*RULE)
    with pdf.table(
        col_widths=[width for _, width, _ in PDF_COLUMNS],
        width=sum(width for _, width, _ in PDF_COLUMNS),
        text_align=tuple(align for _, _, align in PDF_COLUMNS),
        headings_style=FontFace(fill_color=HEADER_FILL),
        line_height=3.6,
        padding=0.8,
        repeat_headings=1,
        first_row_as_headings=True,
    ) as table:
        table.row([header for header, _, _ in PDF_COLUMNS])
        for row in kept:
            table.row(list(pdf_cells(row)))
    if not kept:
        pdf.ln(4)
        pdf.set_font(size=10)
        pdf.cell(0, 6, "所选范围内没有学习记录。")
    pdf.output(str(path))
    return totals
