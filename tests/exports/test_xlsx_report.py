"""The XLSX completion report: every row as given, typed cells, neutralised text, a clean open."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from literacy_app.exports.table import FilterSummary
from literacy_app.exports.xlsx_report import write_xlsx

from .expected import as_text, expected_values, same
from .sample import COURSES, HOSTILE_NAMES, make_rows

MADE_AT = datetime(2026, 11, 26, 6, 30, tzinfo=UTC)
DETAIL = "学员课程明细"


@pytest.fixture
def report(tmp_path: Path):
    rows = make_rows()
    path = tmp_path / "report.xlsx"
    totals = write_xlsx(path, rows, FilterSummary(department="某省", tier="leader"), MADE_AT)
    return path, rows, totals


def test_every_row_is_in_the_detail_sheet_as_typed_values(report) -> None:
    path, rows, _ = report
    book = openpyxl.load_workbook(path)
    sheet = book[DETAIL]
    read = list(sheet.iter_rows(values_only=True))
    assert read[0][:3] == ("学员", "工号", "单位/部门") and read[0][-1] == "是否逾期"
    assert len(read) == len(rows) + 1
    for row, cells in zip(rows, read[1:], strict=True):
        wanted = expected_values(row)
        mismatched = [(w, c) for w, c in zip(wanted, cells, strict=True) if not same(w, c)]
        assert not mismatched, (row, mismatched)
    # Numbers are numbers and dates are dates, with a date format, not text that looks like one.
    first = sheet[2]
    assert isinstance(first[7].value, int) and isinstance(first[9].value, float)
    assert isinstance(first[6].value, datetime) and first[6].number_format == "yyyy-mm-dd"
    assert first[13].number_format == "yyyy-mm-dd hh:mm"


def test_the_header_is_frozen_filtered_and_columns_fit_chinese_text(report) -> None:
    path, rows, _ = report
    sheet = openpyxl.load_workbook(path)[DETAIL]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Q{len(rows) + 1}"
    longest_title = max(len(title) for _, title in COURSES)
    # A Chinese character is about two Latin ones wide.
    assert sheet.column_dimensions["E"].width >= min(2 * longest_title, 60)
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["E"].width


def test_names_that_look_like_formulas_stay_text_even_in_the_raw_xml(report) -> None:
    path, _rows, _ = report
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(archive.read(name).decode("utf-8") for name in sheets)
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    sheet = openpyxl.load_workbook(path)[DETAIL]
    names = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    for hostile in HOSTILE_NAMES:
        assert as_text(hostile) in names and as_text(hostile).startswith("'")
        assert hostile not in names
    assert "&apos;=HYPERLINK" in xml or "'=HYPERLINK" in xml
    titles = {row[4] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "'=1+1 公式课程" in titles
    assert "'-00001" in {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_the_summary_gives_the_filter_the_time_and_totals_by_tier_and_department(report) -> None:
    path, rows, totals = report
    sheet = openpyxl.load_workbook(path)["汇总"]
    values = [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]
    labels = {row[0]: row[1] for row in values[:7]}  # the heading, before the tables
    assert labels["单位/部门"] == "某省" and labels["类别"] == "领导干部"
    assert labels["课程"] == "全部"
    assert labels["制表时间"] == MADE_AT.astimezone().replace(tzinfo=None)
    overall = next(row for row in values if row[0] == "全部")
    completed = sum(1 for r in rows if r.completed_on)
    assert overall[1:4] == (len({r.learner_id for r in rows}), len(rows), completed)
    assert overall[4] == pytest.approx(completed / len(rows))
    attempted = sum(1 for r in rows if r.attempts)
    assert overall[5:8] == (
        attempted,
        sum(r.passed for r in rows),
        pytest.approx(sum(r.passed for r in rows) / attempted),
    )  # passed ÷ handed in the final quiz, as on the dashboard
    assert overall[10] == pytest.approx(sum(r.hours for r in rows))
    leaders = next(row for row in values if row[0] == "领导干部")
    assert leaders[2] == sum(1 for r in rows if r.tier == "leader")
    # Departments roll up: the province holds every record of its cities and counties.
    province = next(row for row in values if row[0] == "某省")
    assert province[2] == sum(1 for r in rows if r.department.startswith("某省/"))
    county = next(row for row in values if row[0] and row[0].strip("　") == "县融媒体中心")
    assert county[0].startswith("　　　")  # indented three levels below the province
    assert totals.overall.records == len(rows)


def test_three_sheets_and_one_row_per_course(report) -> None:
    path, rows, _ = report
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["汇总", DETAIL, "按课程"]
    by_course = {r[0]: r for r in book["按课程"].iter_rows(min_row=2, values_only=True)}
    assert len(by_course) == len(COURSES)
    assert by_course["'=1+1 公式课程"][2] == sum(1 for r in rows if r.course_id == "=evil")


def test_an_empty_report_still_opens_with_its_headers(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_xlsx(path, [], FilterSummary(), MADE_AT)
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book[DETAIL][1]][:2] == ["学员", "工号"]
    assert book[DETAIL].max_row == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_reads_the_same_numbers(report, tmp_path: Path) -> None:
    path, rows, _ = report
    out = tmp_path / "converted"
    # Every sheet to its own CSV (the last field, -1), raw values rather than as shown (false).
    options = "44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
            "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", str(out),
            str(path),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with (out / f"report-{DETAIL}.csv").open(encoding="utf-8") as stream:
        read = list(csv.reader(stream))
    assert len(read) == len(rows) + 1
    for row, cells in zip(rows, read[1:], strict=True):
        assert cells[0] == as_text(row.learner_name)
        assert int(cells[7]) == row.lessons_done and int(cells[11]) == row.attempts
        assert float(cells[12]) == pytest.approx(row.hours)
        if row.best_percent is None:
            assert cells[9] == ""
        else:
            assert float(cells[9]) == pytest.approx(round(row.best_percent, 1))
        assert cells[6] == (row.due_on.isoformat() if row.due_on else "")
        if row.first_activity:
            shown = row.first_activity.astimezone().strftime("%Y-%m-%d %H:%M")
            assert re.match(re.escape(shown), cells[13]), (cells[13], shown)
