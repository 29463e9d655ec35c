"""`literacy-app export-progress` and `import-progress`: a file from one data directory merged into
another, one line per file, exit 1 when a file is refused or the password is wrong."""

from __future__ import annotations

import io
from pathlib import Path

from literacy_app.cli import main
from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from tests.services.progress_sites import COURSE, LESSON, PASSWORD


def prepare(folder: Path, learner: str | None = None) -> str:
    """An installation with an administrator (and a learner who read a lesson); its public key."""
    academy = Academy(AppConfig.resolve(folder, None, None))
    try:
        academy.accounts.create_first_administrator("管理员", PASSWORD)
        if learner:
            _, actor = academy.learners.create(learner, "某省", Tier.PUBLIC)
            academy.learning.record_reading(actor, COURSE, LESSON, 60, completed=True)
        return academy.installation.public_key_b64()
    finally:
        academy.close()


def run(monkeypatch, data: Path, *args: str, password: str = PASSWORD) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["--data-dir", str(data), *args])


def test_export_then_import_a_folder(tmp_path, monkeypatch, capsys) -> None:
    a, c = tmp_path / "a", tmp_path / "c"
    key = prepare(a, "张三")
    prepare(c)
    room = tmp_path / "room"
    room.mkdir()
    assert run(monkeypatch, a, "export-progress", "-o", str(room / "a.litprog"), "--all",
               "--admin", "管理员", "--password-stdin") == 0  # fmt: skip
    assert "学员 1 人，课时记录 1 条" in capsys.readouterr().out
    (room / "cut.litprog").write_bytes((room / "a.litprog").read_bytes()[:-10])
    assert run(monkeypatch, c, "trust-installation", key, "--name", "甲", "--admin", "管理员",
               "--password-stdin") == 0  # fmt: skip
    capsys.readouterr()
    assert run(monkeypatch, c, "import-progress", str(room), "--admin", "管理员",
               "--password-stdin") == 1  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("a.litprog：已导入。学员新增 1、已有 0")
    assert lines[1].startswith("cut.litprog：已拒收。") and "不完整或已损坏" in lines[1]


def test_a_learner_exports_their_own_records_without_signing_in(
    tmp_path, monkeypatch, capsys
) -> None:
    a = tmp_path / "a"
    prepare(a, "张三")
    assert run(monkeypatch, a, "export-progress", "-o", str(tmp_path / "own.litprog")) == 0
    assert "学员 1 人" in capsys.readouterr().out
    assert (tmp_path / "own.litprog").stat().st_size > 0


def test_a_learner_protected_by_a_pin_is_not_exported_for_them(
    tmp_path, monkeypatch, capsys
) -> None:
    a = tmp_path / "a"
    prepare(a, "张三")
    academy = Academy(AppConfig.resolve(a, None, None))
    actor = academy.learners.current()
    assert actor is not None
    academy.learners.set_pin(actor, "2468")
    academy.close()
    out = tmp_path / "own.litprog"
    assert run(monkeypatch, a, "export-progress", "-o", str(out)) == 1
    assert "“张三”设置了 PIN" in capsys.readouterr().out
    assert not out.exists()


def test_with_no_learner_the_export_asks_for_an_administrator(tmp_path, monkeypatch, capsys):
    a = tmp_path / "a"
    prepare(a)
    assert run(monkeypatch, a, "export-progress", "-o", str(tmp_path / "x.litprog")) == 1
    assert "本机还没有学员档案" in capsys.readouterr().out


def test_a_wrong_password_imports_nothing(tmp_path, monkeypatch, capsys) -> None:
    a = tmp_path / "a"
    prepare(a)
    code = run(monkeypatch, a, "import-progress", str(tmp_path), "--admin", "管理员",
               "--password-stdin", password="wrong")  # fmt: skip
    assert code == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
