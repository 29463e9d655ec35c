"""Report exports through the service: names, files put in place whole, progress, cancel, roles,
the audit log, the 个人学时证明 and the xAPI statements of real records."""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from literacy_app.content.model import Tier
from literacy_app.services import reports as reports_module
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.services.report_rows import CourseRecordRow, ReportFilter
from literacy_app.services.reports import (
    ExportCancelled,
    Period,
    ReportFormat,
    suggested_name,
)
from literacy_app.store.models import AuditEntry

from ..engine_content import RIGHT, write_engine_content
from ..exports.expected import squeezed
from ..exports.xapi_rules import problems
from .report_population import Population, build

TABULAR = (ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.PDF)
TODAY = date.today()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder reports go to (the data directory is elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def population(academy) -> Population:
    """24 learners with lessons read, final quizzes handed in, assignments and targets."""
    return build(academy, TODAY)


@pytest.fixture
def admin(population: Population) -> Actor:
    return population.admin


def course_rows(academy, admin: Actor, report: ReportFilter) -> list[CourseRecordRow]:
    return list(academy.reporting.course_rows(admin, report))


def audit_actions(academy) -> list[tuple[str, str, dict]]:
    with academy.reports._sessions() as session:
        entries = session.query(AuditEntry).order_by(AuditEntry.at)
        return [(e.action, e.subject, e.details) for e in entries]


def test_the_suggested_name_says_what_and_when() -> None:
    moment = datetime(2026, 11, 26, 14, 30).astimezone()
    assert suggested_name(ReportFormat.XLSX, moment) == "完成情况_2026-11-26_1430.xlsx"
    assert suggested_name(ReportFormat.CSV, moment).endswith("_1430.csv")
    assert suggested_name(ReportFormat.XAPI, moment) == "学习记录_xAPI_2026-11-26_1430.json"


@pytest.mark.parametrize("format", TABULAR)
def test_a_folder_gets_the_suggested_name_and_the_file_holds_the_filters_rows(
    academy, admin, out: Path, format: ReportFormat
) -> None:
    chosen = ReportFilter(tier=Tier.LEADER, course_id="leader-media-and-data")
    expected = course_rows(academy, admin, chosen)
    assert expected and all(r.tier is Tier.LEADER for r in expected)
    seen: list[tuple[int, int]] = []
    result = academy.reports.export(
        admin,
        chosen,
        format,
        out,
        progress=lambda done, total, _label: seen.append((done, total)),
    )
    assert result.path.parent == out and result.path.name.startswith("完成情况_")
    assert result.path.suffix == "." + format.value and result.rows == len(expected)
    assert [p.name for p in out.iterdir()] == [result.path.name]  # no temporary file left
    assert seen[-1] == (len(expected), len(expected))
    names = [r.learner_name for r in expected]
    if format is ReportFormat.XLSX:
        book = openpyxl.load_workbook(result.path)
        detail = list(book["学员课程明细"].iter_rows(min_row=2, values_only=True))
        assert [row[0] for row in detail] == names
        heading = {r[0]: r[1] for r in book["汇总"].iter_rows(max_row=7, values_only=True)}
        # The course is named by its title in the library, not by its id.
        assert heading["课程"] == "面对媒体与数据决策" and heading["类别"] == "领导干部"
    elif format is ReportFormat.CSV:
        with result.path.open(encoding="utf-8-sig") as stream:
            assert [row[0] for row in list(csv.reader(stream))[1:]] == names
    else:
        text = squeezed("".join(page.extract_text() for page in PdfReader(result.path).pages))
        assert "培训完成情况报表" in text
        assert all(name in text for name in names)
    action, subject, details = audit_actions(academy)[-1]
    assert (action, subject) == ("report_exported", result.path.name)
    assert details["format"] == format.value and details["rows"] == len(expected)
    assert details["filter"]["tier"] == "leader"
    assert details["filter"]["course"] == "leader-media-and-data"


def test_progress_comes_every_so_many_rows_and_cancel_leaves_no_file(
    academy, admin, out: Path, monkeypatch
) -> None:
    assert len(course_rows(academy, admin, ReportFilter())) > 30
    monkeypatch.setattr(reports_module, "PROGRESS_EVERY", 10)
    existing = out / "report.xlsx"
    existing.write_bytes(b"the report from last week")
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 2

    with pytest.raises(ExportCancelled):
        academy.reports.export(
            admin, ReportFilter(), ReportFormat.XLSX, existing,
            progress=lambda done, _total, _label: seen.append(done), cancelled=cancelled,
        )  # fmt: skip
    assert seen == [10, 20]
    # The old file is untouched and nothing else was left behind.
    assert [p.name for p in out.iterdir()] == ["report.xlsx"]
    assert existing.read_bytes() == b"the report from last week"
    assert all(action != "report_exported" for action, _, _ in audit_actions(academy))


def test_only_administrators_export_or_print(academy, admin, out: Path) -> None:
    view, learner = academy.learners.create("学员甲", "某省", Tier.PUBLIC)
    trainer = Actor(admin.user_id, Role.TRAINER)
    for actor in (learner, trainer):
        for format in ReportFormat:
            with pytest.raises(Refused) as caught:
                academy.reports.export(actor, ReportFilter(), format, out)
            assert caught.value.code is ServiceCode.ROLE_REQUIRED
        with pytest.raises(Refused):
            academy.reports.hours_record(actor, view.id, out)
    assert list(out.iterdir()) == []


def test_no_chinese_font_means_a_clear_message_and_no_pdf(
    academy, admin, out: Path, monkeypatch
) -> None:
    monkeypatch.setattr(reports_module, "find_chinese_font", lambda: None)
    with pytest.raises(NotAvailable) as caught:
        academy.reports.export(admin, ReportFilter(), ReportFormat.PDF, out)
    assert caught.value.code is ServiceCode.NO_CHINESE_FONT
    assert list(out.iterdir()) == []


def test_a_folder_that_does_not_exist_is_named(academy, admin, out: Path) -> None:
    with pytest.raises(UserInputError) as caught:
        academy.reports.export(admin, ReportFilter(), ReportFormat.CSV, out / "gone" / "r.csv")
    assert caught.value.code is ServiceCode.REPORT_FOLDER_MISSING
    assert caught.value.message.args["path"] == str(out / "gone")


def test_the_hours_record_lists_the_learners_courses_completed_in_the_period(
    academy, population: Population, admin, out: Path
) -> None:
    period = Period(TODAY - timedelta(days=30), TODAY)
    everything = course_rows(academy, admin, ReportFilter())

    def completed_in_period(row: CourseRecordRow) -> bool:
        return row.completed_on is not None and period.start <= row.completed_on <= period.end

    # A learner with a course completed in the period and another completed before it.
    learner_id = next(
        who
        for who in population.learners
        if any(completed_in_period(r) for r in everything if r.learner_id == who)
        and any(
            r.completed_on and r.completed_on < period.start
            for r in everything
            if r.learner_id == who
        )
    )
    name = population.learners[learner_id][0]
    done = [r for r in everything if r.learner_id == learner_id and completed_in_period(r)]
    path = academy.reports.hours_record(admin, learner_id, out, period)
    assert path.parent == out and path.name.startswith(f"个人学时证明_{name}_")
    text = squeezed(PdfReader(path).pages[0].extract_text())
    assert f"完成课程{len(done)}门" in text
    assert f"学时合计{sum(r.hours for r in done):.1f}学时" in text
    for row in done:
        assert squeezed(row.course_title) in text and row.completed_on.isoformat() in text
    others = [r for r in everything if r.learner_id != learner_id and r.completed_on]
    assert not any(r.learner_name in text for r in others)
    action, subject, details = audit_actions(academy)[-1]
    assert (action, subject) == ("hours_record_printed", name)
    assert details["courses"] == len(done) and details["start"] == period.start.isoformat()
    with pytest.raises(NotAvailable):
        academy.reports.hours_record(admin, uuid.uuid4(), out)


@pytest.fixture
def studied(tmp_path: Path, make_academy):
    """Two learners on the engine course: one read the lesson and passed, one failed."""
    academy = make_academy(write_engine_content(tmp_path / "content"))
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    learners = []
    for name, department, answers in (
        ("甲", "某省/某市/融媒体中心", RIGHT),
        ("乙", "某省/另一市", {"eng-single": "A"}),
    ):
        view, learner = academy.learners.create(name, department, Tier.OPERATOR)
        academy.learning.record_reading(learner, "engine-course", "only", 95, completed=True)
        attempt = academy.assessment.start_final(learner, "engine-course")
        for question in attempt.answerable():
            if question.question_id in answers:
                academy.assessment.record_answer(
                    learner, attempt.attempt_id, question.question_id, answers[question.question_id]
                )
        academy.assessment.submit(learner, attempt.attempt_id)
        learners.append(view)
    return academy, admin, learners


def read_statements(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_xapi_statements_follow_the_rules_and_keep_their_ids(studied, out: Path) -> None:
    academy, admin, (first, second) = studied
    one = academy.reports.export(admin, ReportFilter(), ReportFormat.XAPI, out / "a.json")
    statements = read_statements(one.path)
    assert len(statements) == one.rows
    for statement in statements:
        assert problems(statement) == [], statement
    verbs = {(s["actor"]["account"]["name"], s["verb"]["id"].rsplit("/", 1)[1]) for s in statements}
    a, b = str(first.id), str(second.id)
    assert {(a, "experienced"), (a, "completed"), (a, "answered"), (a, "passed")} <= verbs
    assert (b, "failed") in verbs and (b, "passed") not in verbs
    passed = next(s for s in statements if s["verb"]["id"].endswith("/passed"))
    assert passed["object"]["id"] == "urn:literacy-app:course:engine-course"
    assert passed["result"]["score"]["scaled"] == 1 and passed["result"]["success"] is True
    course_done = [
        s for s in statements
        if s["verb"]["id"].endswith("/completed") and s["object"]["id"].endswith(":engine-course")
    ]  # fmt: skip
    assert [s["actor"]["account"]["name"] for s in course_done] == [a]
    lesson = next(s for s in statements if s["verb"]["id"].endswith("/experienced"))
    assert lesson["object"]["id"] == "urn:literacy-app:lesson:engine-course/only"
    assert lesson["result"]["duration"] == "PT1M35S"
    homes = {s["actor"]["account"]["homePage"] for s in statements}
    assert len(homes) == 1 and homes.pop().startswith("urn:literacy-app:installation:")
    # A second export of the same records gives the same statements, ids included.
    two = academy.reports.export(admin, ReportFilter(), ReportFormat.XAPI, out / "b.json")
    assert read_statements(two.path) == statements
    assert len({s["id"] for s in statements}) == len(statements)
    # The filter selects learners by department path, and dates by local day.
    city = academy.reports.export(
        admin, ReportFilter(department="某省/某市"), ReportFormat.XAPI, out / "c.json"
    )
    assert {s["actor"]["account"]["name"] for s in read_statements(city.path)} == {a}
    before = academy.reports.export(
        admin, ReportFilter(end=date(2020, 1, 1)), ReportFormat.XAPI, out / "d.json"
    )
    assert read_statements(before.path) == []


def test_the_rule_checker_catches_broken_statements() -> None:
    broken = {
        "id": "not-a-uuid",
        "actor": {"objectType": "Agent", "mbox": "mailto:a@b", "account": {"homePage": "x"}},
        "verb": {"id": "http://example.com/verbs/liked", "display": {"zh-CN": "赞"}},
        "object": {"id": "no iri"},
        "result": {"score": {"scaled": 1.5, "raw": 12, "min": 0, "max": 10}, "duration": "95s"},
        "timestamp": datetime(2026, 1, 1).isoformat(),
    }
    found = " ".join(problems(broken))
    for part in ("UUID", "exactly one identifier", "ADL verb", "not an IRI", "scaled",
                 "raw score above max", "duration", "time zone"):  # fmt: skip
        assert part in found, part
