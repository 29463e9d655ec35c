"""个人学时证明: one learner's 学时 for a period on one A4 page, for the annual assessment.

It lists the courses completed in the period with their hours, scores and completion dates, the
total, who made it and when, and leaves lines for the unit's seal and a signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fpdf.fonts import FontFace

from literacy_app.exports.fonts import FontFile
from literacy_app.exports.pdf_document import RULE, ChinesePdf, made_at_text
from literacy_app.exports.table import RecordRow, cleaned, tier_label

TITLE = "个人学时证明"
HEADER_FILL = (242, 230, 230)
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 12, "C"),
    ("课程", 82, "L"),
    ("学时", 18, "R"),
    ("最高成绩", 22, "R"),
    ("完成日期", 28, "C"),
)


@dataclass(frozen=True)
class HoursRecord:
    """Who the record is for, the period it covers and the courses completed in it."""

    name: str
    identifier: str
    department: str
    tier: str
    start: date | None
    end: date | None
    courses: Sequence[RecordRow]

    @property
    def total_hours(self) -> float:
        return sum(row.hours for row in self.courses)


def period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start.isoformat()} 至 {end.isoformat()}"
    if start:
        return f"{start.isoformat()} 起"
    if end:
        return f"截至 {end.isoformat()}"
    return "全部学习记录"


def write_hours_record(path: Path, record: HoursRecord, made_at: datetime, font: FontFile) -> None:
    pdf = ChinesePdf(font, made_at, landscape=False)
    pdf.add_page()
    pdf.set_font(size=20)
    pdf.set_y(24)
    pdf.cell(0, 12, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.label_lines(
        [
            ("姓名", record.name),
            ("工号", record.identifier or "—"),
            ("单位/部门", record.department or "—"),
            ("类别", tier_label(record.tier)),
            ("统计期间", period_text(record.start, record.end)),
        ],
        size=11,
    )
    pdf.ln(4)
    pdf.set_font(size=10)
    pdf.set_draw_color(*RULE)
    with pdf.table(
        col_widths=[width for _, width, _ in COLUMNS],
        width=sum(width for _, width, _ in COLUMNS),
        text_align=tuple(align for _, _, align in COLUMNS),
        headings_style=FontFace(fill_color=HEADER_FILL),
        line_height=6,
        padding=1,
    ) as table:
        table.row([header for header, _, _ in COLUMNS])
        for number, row in enumerate(record.courses, start=1):
            table.row(
                [
                    str(number),
                    cleaned(row.course_title),
                    f"{row.hours:.1f}",
                    "" if row.best_percent is None else f"{row.best_percent:.1f}",
                    row.completed_on.isoformat() if row.completed_on else "",
                ]
            )
    pdf.ln(3)
    pdf.set_font(size=12)
    if not record.courses:
        pdf.cell(0, 8, "统计期间内没有完成的课程。", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        8,
        f"完成课程 {len(record.courses)} 门，学时合计 {record.total_hours:.1f} 学时。",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(size=10)
    pdf.ln(2)
    pdf.multi_cell(
        0,
        6,
        f"以上学时依据本机培训系统的学习记录统计，于 {made_at_text(made_at)} 出具。",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    # The seal and signature sit in the lower part of the page, where an office expects them.
    pdf.set_y(max(pdf.get_y() + 16, 220))
    pdf.set_font(size=11)
    for label in ("出具单位（盖章）：", "负责人（签字）：", "日期："):
        pdf.cell(40, 12, label)
        pdf.cell(70, 12, "", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
