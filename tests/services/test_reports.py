"""Report exports through the service: names, files put in place whole, progress, cancel, roles,
the audit log, the 个人学时证明 and the xAPI statements of real records."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from literacy_app.content.model import Tier
from literacy_app.services import reports as reports_module
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.services.report_rows import ReportFilter
from literacy_app.services.reports import (
    ExportCancelled,
    Period,
    ReportFormat,
    suggested_name,
)
from literacy_app.store.models import AuditEntry

from ..engine_content import RIGHT, write_engine_content
from ..exports.sample import make_rows
from ..exports.xapi_rules import problems

TABULAR = (ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.PDF)


class Reporting:
    """Stands in for the reporting queries (helper C's `academy.reporting`): the rows it is given,
    and the filters it was asked for."""

    def __init__(self, rows) -> None:
        self.rows = rows
        self.asked: list[ReportFilter] = []

    def course_rows(self, actor: Actor, report: ReportFilter):
        assert actor.role is Role.ADMINISTRATOR
        self.asked.append(report)
        yield from self.rows


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder reports go to (the data directory is elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def admin(academy) -> Actor:
    return academy.accounts.create_first_administrator("管理员", "password-123")


def with_rows(academy, rows) -> Reporting:
    academy.reporting = Reporting(rows)
    return academy.reporting


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
def test_a_folder_gets_the_suggested_name_and_the_file_holds_every_row(
    academy, admin, out: Path, format: ReportFormat
) -> None:
    rows = make_rows(10)
    reporting = with_rows(academy, rows)
    seen: list[tuple[int, int]] = []
    chosen = ReportFilter(
        start=date(2026, 1, 1), tier=Tier.LEADER, course_id="leader-media-and-data"
    )
    result = academy.reports.export(
        admin,
        chosen,
        format,
        out,
        progress=lambda done, total, _label: seen.append((done, total)),
    )
    assert reporting.asked == [chosen]
    assert result.path.parent == out and result.path.name.startswith("完成情况_")
    assert result.path.suffix == "." + format.value and result.rows == len(rows)
    assert [p.name for p in out.iterdir()] == [result.path.name]  # no temporary file left
    assert seen[-1] == (len(rows), len(rows))
    if format is ReportFormat.XLSX:
        book = openpyxl.load_workbook(result.path)
        assert book["学员课程明细"].max_row == len(rows) + 1
        heading = {r[0]: r[1] for r in book["汇总"].iter_rows(max_row=7, values_only=True)}
        # The course is named by its title in the library, not by its id.
        assert heading["课程"] == "面对媒体与数据决策" and heading["类别"] == "领导干部"
    elif format is ReportFormat.CSV:
        with result.path.open(encoding="utf-8-sig") as stream:
            assert len(list(csv.reader(stream))) == len(rows) + 1
    else:
        assert "培训完成情况报表" in PdfReader(result.path).pages[0].extract_text().replace(
            "\x00", ""
        )
    action, subject, details = audit_actions(academy)[-1]
    assert (action, subject) == ("report_exported", result.path.name)
    assert details["format"] == format.value and details["rows"] == len(rows)
    assert details["filter"]["tier"] == "leader" and details["filter"]["start"] == "2026-01-01"


def test_progress_comes_every_so_many_rows_and_cancel_leaves_no_file(
    academy, admin, out: Path
) -> None:
    with_rows(academy, make_rows(700))  # 2,100 rows
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
    assert seen == [500, 1000]
    # The old file is untouched and nothing else was left behind.
    assert [p.name for p in out.iterdir()] == ["report.xlsx"]
    assert existing.read_bytes() == b"the report from last week"
    assert all(action != "report_exported" for action, _, _ in audit_actions(academy))


def test_only_administrators_export_or_print(academy, admin, out: Path) -> None:
    with_rows(academy, make_rows(3))
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
    with_rows(academy, make_rows(3))
    monkeypatch.setattr(reports_module, "find_chinese_font", lambda: None)
    with pytest.raises(NotAvailable) as caught:
        academy.reports.export(admin, ReportFilter(), ReportFormat.PDF, out)
    assert caught.value.code is ServiceCode.NO_CHINESE_FONT
    assert list(out.iterdir()) == []


def test_a_folder_that_does_not_exist_is_named(academy, admin, out: Path) -> None:
    with_rows(academy, [])
    with pytest.raises(UserInputError) as caught:
        academy.reports.export(admin, ReportFilter(), ReportFormat.CSV, out / "gone" / "r.csv")
    assert caught.value.code is ServiceCode.REPORT_FOLDER_MISSING
    assert caught.value.message.args["path"] == str(out / "gone")


def test_the_hours_record_lists_the_learners_courses_completed_in_the_period(
    academy, admin, out: Path
) -> None:
    view, _ = academy.learners.create("王小明", "某省/某市", Tier.OPERATOR)
    others = make_rows(6)
    mine = [
        row.__class__(**{**row.__dict__, "learner_id": view.id})
        for row in others
        if row.learner_id == others[0].learner_id
    ]
    reporting = with_rows(academy, others + mine)
    path = academy.reports.hours_record(admin, view.id, out, Period.year(2026))
    assert path.parent == out and path.name.startswith("个人学时证明_王小明_")
    asked = reporting.asked[-1]
    assert (asked.start, asked.end, asked.department, asked.tier) == (
        date(2026, 1, 1), date(2026, 12, 31), "某省/某市", Tier.OPERATOR,
    )  # fmt: skip
    text = PdfReader(path).pages[0].extract_text().replace("\x00", "").replace(" ", "")
    done = [row for row in mine if row.completed_on]
    assert done and f"完成课程{len(done)}门" in text
    assert f"学时合计{sum(r.hours for r in done):.1f}学时" in text
    action, subject, details = audit_actions(academy)[-1]
    assert (action, subject) == ("hours_record_printed", "王小明")
    assert details["courses"] == len(done) and details["start"] == "2026-01-01"
    with pytest.raises(NotAvailable):
        import uuid

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
