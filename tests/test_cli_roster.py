"""`literacy-app import-roster`: problems as file:row lines, a summary, and exit 1 with nothing
written on problems (without --skip-invalid) or a wrong password."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

ROSTER = (
    "姓名,工号,单位/部门,类别\n张明,A1,某省/某市,公众\n李华,A2,某省,谁\n王芳,A3,某省,领导干部\n"
)


@pytest.fixture
def installed(data_dir: Path) -> Path:
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    academy.accounts.create_first_administrator("管理员", "password-123")
    academy.close()
    return data_dir


def learners(data_dir: Path) -> list[str]:
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    try:
        admin = academy.accounts.sign_in("管理员", "password-123")
        return sorted(record.identifier for record in academy.roster.learners(admin))
    finally:
        academy.close()


def run(monkeypatch, *args: str, password: str = "password-123") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["import-roster", *args, "--admin", "管理员", "--password-stdin"])


def test_problems_refuse_the_whole_import(installed, tmp_path, monkeypatch, capsys) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="gb18030")
    assert run(monkeypatch, str(roster)) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{roster}:3: 类别“谁”无法识别；应为“领导干部”“政务运营团队”或“公众”"
    ]
    assert "花名册有 1 个问题，没有导入任何学员。" in err
    assert learners(installed) == []


def test_skip_invalid_imports_the_good_rows(installed, tmp_path, monkeypatch, capsys) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    assert run(monkeypatch, str(roster), "--skip-invalid") == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{roster}:3: 类别“谁”无法识别；应为“领导干部”“政务运营团队”或“公众”",
        "已导入花名册“roster.csv”：新增 2 人，更新 0 人，未变 0 人，跳过 1 行。",
    ]
    assert learners(installed) == ["A1", "A3"]
    # Again, with one change: updated by identifier, nobody added twice.
    roster.write_text(ROSTER.replace("某省/某市,公众", "某省/他市,公众"), encoding="utf-8")
    assert run(monkeypatch, str(roster), "--skip-invalid") == 0
    assert "新增 0 人，更新 1 人，未变 1 人，跳过 1 行" in capsys.readouterr().out
    assert learners(installed) == ["A1", "A3"]


def test_a_wrong_password_writes_nothing(installed, tmp_path, monkeypatch, capsys) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER.replace("谁", "公众"), encoding="utf-8")
    assert run(monkeypatch, str(roster), password="wrong-password") == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert learners(installed) == []


def test_an_unreadable_file_is_one_line_and_exit_1(
    installed, tmp_path, monkeypatch, capsys
) -> None:
    roster = tmp_path / "roster.xlsx"
    roster.write_bytes(b"PK\x03\x04 truncated")
    assert run(monkeypatch, str(roster), "--skip-invalid") == 1
    out, _ = capsys.readouterr()
    assert out.startswith(f"{roster}: 无法读取这个 .xlsx 文件")
    assert learners(installed) == []


def test_the_administrator_option_is_required(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import-roster", "roster.csv"])
    assert caught.value.code == 2
    assert "--admin" in capsys.readouterr().err
