"""`literacy-app report`: an administrator's password first, then the file; exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

from .exports.sample import make_rows
from .services.test_reports import Reporting


@pytest.fixture
def installed(data_dir: Path, tmp_path: Path) -> Path:
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    academy.accounts.create_first_administrator("管理员", "password-123")
    academy.close()
    out = tmp_path / "out"
    out.mkdir()
    return out


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
    assert json.loads(written.read_text(encoding="utf-8")) == []
    assert str(written) in capsys.readouterr().out


def test_the_filter_reaches_the_rows_and_the_file_holds_them(
    installed: Path, monkeypatch, capsys
) -> None:
    reporting = Reporting(make_rows(4))
    # Stands in for helper C's reporting queries until they are merged.
    monkeypatch.setattr(Academy, "reporting", reporting, raising=False)
    target = installed / "r.csv"
    code = run(
        monkeypatch, "password-123", "--format", "csv", "-o", str(target),
        "--from", "2026-01-01", "--to", "2026-06-30", "--department", "某省/某市",
        "--tier", "operator", "--course", "media-basics",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    [asked] = reporting.asked
    assert (str(asked.start), str(asked.end), asked.department, asked.tier, asked.course_id) == (
        "2026-01-01", "2026-06-30", "某省/某市", "operator", "media-basics",
    )  # fmt: skip
    with target.open(encoding="utf-8-sig") as stream:
        assert len(list(csv.reader(stream))) == 1 + len(reporting.rows)
    assert f"已导出 {len(reporting.rows)} 条记录" in capsys.readouterr().out


def test_a_date_that_is_not_one_is_wrong_usage(installed: Path, monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run(monkeypatch, "password-123", "--format", "csv", "-o", str(installed), "--from", "1.1.")
    assert caught.value.code == 2
    assert "不是日期" in capsys.readouterr().err
