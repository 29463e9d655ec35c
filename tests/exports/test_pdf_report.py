"""The PDF report and the 个人学时证明: their text as extracted, page numbers, embedded fonts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from literacy_app.exports.fonts import find_chinese_font
from literacy_app.exports.hours_record import HoursRecord, write_hours_record
from literacy_app.exports.pdf_report import write_pdf
from literacy_app.exports.table import FilterSummary

from .expected import squeezed
from .sample import make_rows

FONT = find_chinese_font()
pytestmark = pytest.mark.skipif(FONT is None, reason="no Chinese font on this system")
MADE_AT = datetime(2026, 11, 26, 6, 30, tzinfo=UTC)


def assert_fonts_embedded(path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = listing.stdout.splitlines()[2:]
    assert fonts, listing.stdout
    for line in fonts:
        # name, type, encoding, emb, sub, uni, ...: every font embedded, as a subset.
        emb, sub = line.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), line


def test_the_report_holds_every_row_the_totals_and_numbered_pages(tmp_path: Path) -> None:
    assert FONT is not None
    rows = make_rows(30)
    path = tmp_path / "report.pdf"
    totals = write_pdf(
        path, rows, FilterSummary(start=date(2026, 1, 1), department="某省/某市"), MADE_AT, FONT
    )
    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 1
    made = MADE_AT.astimezone().strftime("%Y-%m-%d %H:%M")
    for number, text in enumerate(pages, start=1):
        flat = squeezed(text)
        assert f"第{number}页，共{len(pages)}页" in flat
        assert squeezed(f"制表时间：{made}") in flat
        assert "学员" in flat and "单位/部门" in flat  # the header row, on every page
    whole = squeezed("".join(pages))
    assert "2026-01-01起" in whole and "某省/某市" in whole
    assert squeezed(f"学员 {totals.overall.learners} 人，记录 {len(rows)} 条") in whole
    for row in rows:
        assert squeezed(row.learner_name).replace("\t", "") in whole
        assert squeezed(row.course_title) in whole
    # Each row's figures in order, wherever its long names wrapped.
    numbered = [r for r in rows if r.identifier.startswith("GH") and r.last_activity]
    for row in numbered[:10]:
        figures = f"{row.lessons_done}/{row.lessons_total}{row.best_percent:.1f}"
        assert figures in whole, row
    assert totals.overall.records == len(rows)
    assert_fonts_embedded(path)


def test_an_empty_report_says_so(tmp_path: Path) -> None:
    assert FONT is not None
    path = tmp_path / "empty.pdf"
    write_pdf(path, [], FilterSummary(), MADE_AT, FONT)
    text = squeezed(PdfReader(path).pages[0].extract_text())
    assert "所选范围内没有学习记录" in text and "第1页，共1页" in text


def test_the_hours_record_is_one_page_with_courses_hours_and_a_seal_line(tmp_path: Path) -> None:
    assert FONT is not None
    rows = [r for r in make_rows(8) if r.learner_id == make_rows(8)[0].learner_id]
    done = [r for r in rows if r.completed_on]
    assert done
    record = HoursRecord(
        "王小明", "GH00001", "某省/某市/市委宣传部", "operator",
        date(2026, 1, 1), date(2026, 12, 31), done,
    )  # fmt: skip
    path = tmp_path / "hours.pdf"
    write_hours_record(path, record, MADE_AT, FONT)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = squeezed(reader.pages[0].extract_text())
    for part in ("个人学时证明", "王小明", "GH00001", "某省/某市/市委宣传部", "政务运营团队"):
        assert part in text
    assert "2026-01-01至2026-12-31" in text
    for row in done:
        assert squeezed(row.course_title) in text
        assert row.completed_on is not None and row.completed_on.isoformat() in text
    assert f"学时合计{sum(r.hours for r in done):.1f}学时" in text
    assert "出具单位（盖章）" in text
    assert_fonts_embedded(path)
