"""For the same filter, the dashboard, the XLSX, the CSV, the PDF and the report rows show the same
numbers: learners, learner × course records, completed, final quiz handed in, passed and 学时.

The pass rate is passed ÷ handed in the final quiz everywhere (a course nobody has tried yet does
not lower it), and every export's detail rows are compared with the rows the records give.
"""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.services.dashboard import GroupFigures
from literacy_app.services.report_rows import CourseRecordRow, ReportFilter
from literacy_app.services.reports import ReportFormat

from ..conftest import SHIPPED
from ..exports.expected import TIERS, expected_values, same, squeezed
from .report_population import LAST_COUNTED, Population, build, content_with_a_last_counted_course

TODAY = date.today()
FILTERS = {
    "all": ReportFilter(),
    "department": ReportFilter(department="甲省/一市"),
    "tier": ReportFilter(tier=Tier.OPERATOR),
    "course": ReportFilter(course_id=LAST_COUNTED),
    "dates": ReportFilter(start=TODAY - timedelta(days=25), end=TODAY - timedelta(days=5)),
}
# learners, records, completed, handed in the final quiz, passed, 学时
Numbers = tuple[int, int, int, int, int, float]


@pytest.fixture(scope="module")
def population(tmp_path_factory, database_backend: str, request) -> Population:
    """One population for every filter (per database): building it is most of this module's time."""
    root = tmp_path_factory.mktemp("consistency")
    content = root / "content"
    for source in SHIPPED:
        shutil.copytree(source, content / source.name)
    paths = [str(p) for p in content_with_a_last_counted_course(content)]
    server = request.getfixturevalue("postgres_server") if database_backend != "sqlite" else None
    url = server.database() if server else None
    database = url.render_as_string(hide_password=False) if url else None
    academy = Academy(AppConfig.resolve(root / "data", database, paths))
    yield build(academy, TODAY)
    academy.close()
    if server and url:
        server.drop(url)


def of_rows(rows: list[CourseRecordRow]) -> Numbers:
    return (
        len({r.learner_id for r in rows}),
        len(rows),
        sum(1 for r in rows if r.completed_on),
        sum(1 for r in rows if r.attempts),
        sum(1 for r in rows if r.passed),
        round(sum(r.hours for r in rows), 1),
    )


def of_group(group: GroupFigures) -> Numbers:
    return (
        group.learners,
        group.enrolled,
        group.completed,
        group.attempted,
        group.passed,
        round(group.hours, 1),
    )


def of_xlsx_figures(cells: tuple) -> Numbers:
    """A figures row of the 汇总 or 按课程 sheet: label, 学员数, 记录数, 已完成, 完成率, 参加测验,
    已通过, 通过率, 逾期, 平均成绩, 学时."""
    return (cells[1], cells[2], cells[3], cells[5], cells[6], round(cells[10], 1))


PDF_FIGURES = re.compile(
    r"(?P<label>合计|领导干部|政务运营团队|公众)：学员(\d+)人，记录(\d+)条；已完成(\d+)（[\d.]+%），"
    r"参加测验(\d+)，已通过(\d+)（(?:[\d.]+%|—)），逾期\d+；平均成绩(?:[\d.]+|—)，学时合计([\d.]+)"
)


def by_tier_label(groups: tuple[GroupFigures, ...]) -> dict[str, Numbers]:
    return {TIERS[g.key]: of_group(g) for g in groups}


@pytest.mark.parametrize("name", FILTERS)
def test_every_export_and_the_dashboard_show_the_same_numbers(
    population: Population, tmp_path: Path, name: str
) -> None:
    report = FILTERS[name]
    academy, admin = population.academy, population.admin
    rows = list(academy.reporting.course_rows(admin, report))
    assert rows, "each filter selects some records"
    expected = of_rows(rows)
    tiers = {
        TIERS[tier.value]: of_rows([r for r in rows if r.tier is tier])
        for tier in Tier
        if any(r.tier is tier for r in rows)
    }
    courses = {
        title: of_rows([r for r in rows if r.course_title == title])
        for title in {r.course_title for r in rows}
    }

    # The dashboard.
    figures = academy.reporting.dashboard(admin, report)
    assert of_group(figures.totals) == expected
    assert by_tier_label(figures.by_tier) == tiers
    assert {g.label: of_group(g) for g in figures.by_course} == courses

    # The workbook: every detail row, the summary's totals and tiers, the course sheet.
    xlsx = academy.reports.export(admin, report, ReportFormat.XLSX, tmp_path / "r.xlsx").path
    book = openpyxl.load_workbook(xlsx)
    detail = list(book["学员课程明细"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == len(rows)
    for read, row in zip(detail, rows, strict=True):
        assert all(same(e, v) for e, v in zip(expected_values(row), read, strict=True)), (read, row)
    summary = [r for r in book["汇总"].iter_rows(values_only=True) if r[0] is not None]
    overall = next(r for r in summary if r[0] == "全部")
    assert of_xlsx_figures(overall) == expected
    assert overall[7] == pytest.approx(figures.totals.pass_rate)  # passed ÷ handed in
    assert {r[0]: of_xlsx_figures(r) for r in summary if r[0] in tiers} == tiers
    per_course = book["按课程"].iter_rows(min_row=2, values_only=True)
    assert {r[0]: of_xlsx_figures(r) for r in per_course} == courses

    # The CSV: every row, and the numbers counted from its cells.
    csv_path = academy.reports.export(admin, report, ReportFormat.CSV, tmp_path / "r.csv").path
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))[1:]
    assert [(r[0], r[4], r[7], r[10], r[12], r[15]) for r in table] == [
        (
            r.learner_name, r.course_title, str(r.lessons_done), "是" if r.passed else "否",
            str(round(r.hours, 1)), r.completed_on.isoformat() if r.completed_on else "",
        )
        for r in rows
    ]  # fmt: skip
    assert (
        len({(r[0], r[1]) for r in table}),
        len(table),
        sum(1 for r in table if r[15]),
        sum(1 for r in table if int(r[11]) > 0),
        sum(1 for r in table if r[10] == "是"),
        round(sum(float(r[12]) for r in table), 1),
    ) == expected

    # The PDF: its totals and tier lines, and every learner × course in its table.
    pdf = academy.reports.export(admin, report, ReportFormat.PDF, tmp_path / "r.pdf").path
    text = squeezed("".join(page.extract_text() for page in PdfReader(pdf).pages))
    lines = {
        m["label"]: (*tuple(int(g) for g in m.groups()[1:6]), float(m.groups()[6]))
        for m in PDF_FIGURES.finditer(text)
    }
    assert lines["合计"] == expected
    assert {label: lines[label] for label in tiers} == tiers
    for row in rows:
        assert squeezed(row.learner_name) in text and squeezed(row.course_title) in text
