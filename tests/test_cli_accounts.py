"""`create-admin`: the scripted installation's first administrator, and its refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.store.models import AuditEntry, StaffAccount


def run(monkeypatch, capsys, stdin: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def staff_and_log(make_academy, tmp_path: Path) -> tuple[list[str], int]:
    academy = make_academy(tmp_path / "no-content")
    with academy.accounts._sessions() as session:
        names = [a.name for a in session.query(StaffAccount)]
        return names, session.query(AuditEntry).count()


def test_create_admin_reads_the_password_from_stdin_and_can_then_sign_in(
    monkeypatch, capsys, make_academy, tmp_path
) -> None:
    code, out, err = run(
        monkeypatch, capsys, "password-123\n", "create-admin", "管理员", "--password-stdin"
    )
    assert (code, err) == (0, "")
    assert "已创建管理员账户“管理员”" in out
    academy = make_academy(tmp_path / "no-content")
    assert not academy.accounts.needs_administrator()
    assert academy.accounts.sign_in("管理员", "password-123").role.value == "administrator"


def test_a_second_create_admin_is_refused_and_changes_nothing(
    monkeypatch, capsys, make_academy, tmp_path
) -> None:
    assert (
        run(monkeypatch, capsys, "password-123\n", "create-admin", "甲", "--password-stdin")[0] == 0
    )
    code, out, err = run(
        monkeypatch, capsys, "another-pass\n", "create-admin", "乙", "--password-stdin"
    )
    assert (code, out) == (1, "")
    assert "已有管理员账户" in err
    assert staff_and_log(make_academy, tmp_path) == (["甲"], 1)


@pytest.mark.parametrize(
    ("stdin", "name", "expected"),
    [("short\n", "管理员", "密码至少 8 个字符"), ("password-123\n", "   ", "请填写姓名")],
)
def test_a_short_password_or_an_empty_name_is_refused_and_nothing_written(
    monkeypatch, capsys, make_academy, tmp_path, stdin, name, expected
) -> None:
    code, out, err = run(monkeypatch, capsys, stdin, "create-admin", name, "--password-stdin")
    assert (code, out) == (1, "")
    assert expected in err
    assert staff_and_log(make_academy, tmp_path) == ([], 0)


def test_without_a_terminal_or_password_stdin_it_says_how_and_opens_nothing(
    monkeypatch, capsys, data_dir
) -> None:
    code, out, err = run(monkeypatch, capsys, "password-123\n", "create-admin", "管理员")
    assert (code, out) == (1, "")
    assert "--password-stdin" in err
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_a_missing_name_is_wrong_usage(monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        run(monkeypatch, capsys, "password-123\n", "create-admin", "--password-stdin")
    assert exited.value.code == 2
