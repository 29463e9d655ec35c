"""`literacy-app report`: an administrator's password first, then the file; exit codes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.services.report_rows import CourseRecordRow, ReportFilter

from .services.report_population import build


@pytest.fixture
def installed(
    data_dir: Path, tmp_path: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An installation with the administrator 管理员 and learners' records; the reports' folder."""
    if database_url is not None:  # the command, as the helpers below, finds the server there
        monkeypatch.setenv("LITERACY_APP_DB_URL", database_url)
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    build(academy, date.today())
    academy.close()
    out = tmp_path / "out"
    out.mkdir()
    return out


def expected_rows(data_dir: Path, report: ReportFilter) -> list[CourseRecordRow]:
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    try:
        admin = academy.accounts.sign_in("管理员", "password-123")
        return list(academy.reporting.course_rows(admin, report))
    finally:
        academy.close()


def run(monkeypatch, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["report", *args, "--admin", "管理员", "--password-stdin"])


def test_a_wrong_password_exits_1_and_writes_nothing(installed: Path, monkeypatch, capsys) -> None:
    assert run(monkeypatch, "wrong-password", "--format", "xapi", "-o", str(installed)) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert list(installed.iterdir()) == []
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    # No terminal to ask at and no --password-stdin: refused as well.
    assert main(["report", "--format", "csv", "-o", str(installed), "--admin", "管理员"]) == 1
    assert list(installed.iterdir()) == []


def test_a_folder_gets_the_suggested_name(installed: Path, monkeypatch, capsys) -> None:
    assert run(monkeypatch, "password-123", "--format", "xapi", "-o", str(installed)) == 0
    [written] = installed.iterdir()
    assert written.name.startswith("学习记录_xAPI_") and written.suffix == ".json"
    statements = json.loads(written.read_text(encoding="utf-8"))
    assert statements  # the learners' records, as statements
    printed = capsys.readouterr().out
    assert str(written) in printed and f"已导出 {len(statements)} 条记录" in printed


def test_the_filter_reaches_the_rows_and_the_file_holds_them(
    installed: Path, data_dir: Path, monkeypatch, capsys
) -> None:
    today = date.today()
    chosen = ReportFilter(
        start=today - timedelta(days=40), end=today, department="甲省/一市", tier=Tier.OPERATOR,
        course_id="operator-content-review",
    )  # fmt: skip
    expected = expected_rows(data_dir, chosen)
    assert expected
    target = installed / "r.csv"
    code = run(
        monkeypatch, "password-123", "--format", "csv", "-o", str(target),
        "--from", str(chosen.start), "--to", str(chosen.end), "--department", "甲省/一市",
        "--tier", "operator", "--course", "operator-content-review",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    with target.open(encoding="utf-8-sig") as stream:
        written = list(csv.reader(stream))[1:]
    assert [(r[0], r[2], r[4], r[15]) for r in written] == [
        (r.learner_name, r.department, r.course_title, str(r.completed_on or "")) for r in expected
    ]
    assert f"已导出 {len(expected)} 条记录" in capsys.readouterr().out


def test_a_date_that_is_not_one_is_wrong_usage(installed: Path, monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run(monkeypatch, "password-123", "--format", "csv", "-o", str(installed), "--from", "1.1.")
    assert caught.value.code == 2
    assert "不是日期" in capsys.readouterr().err
