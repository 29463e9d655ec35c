"""`keygen`, `pack`, `install-course` and `remove-course` from the command line: what a trainer
reads, the exit codes, and nothing written when something is refused."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Role
from literacy_app.services.config import AppConfig

from .packages import COURSE, PASSWORD, bump, manifest_of, rewrite, snapshot


@pytest.fixture
def installation(data_dir: Path) -> Path:
    academy = Academy(AppConfig.resolve(data_dir, None, None))
    admin = academy.accounts.create_first_administrator("管理员", PASSWORD)
    academy.accounts.create_account(admin, "赵培训", Role.TRAINER, PASSWORD)
    academy.close()
    return data_dir


def as_staff(monkeypatch, *args: str, name: str = "赵培训", password: str = PASSWORD) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main([*args, "--admin", name, "--password-stdin"])


def test_keygen_pack_and_install_a_signed_course(
    installation, content, tmp_path, monkeypatch, capsys
) -> None:
    key = tmp_path / "trainer.pem"
    assert main(["keygen", "-o", str(key)]) == 0
    out = capsys.readouterr().out
    fingerprint = out.splitlines()[1].removeprefix("公钥指纹：")
    assert oct(os.stat(key).st_mode & 0o777) == "0o600" and len(fingerprint) == 24
    assert main(["keygen", "-o", str(key)]) == 1  # never overwrites a key
    assert "已存在" in capsys.readouterr().err

    folder = bump(content, "50.1.0")
    package = tmp_path / "course.zip"
    assert main(["pack", str(folder), "-o", str(package), "--sign", str(key)]) == 0
    out = capsys.readouterr().out
    files = len(manifest_of(package)["files"])
    assert f"（{COURSE}，版本 50.1.0，{files} 个文件）：{package}" in out
    assert f"签名密钥指纹：{fingerprint}" in out

    assert as_staff(monkeypatch, "install-course", str(package)) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"已安装课程“谣言、旧图与深度伪造”（{COURSE}，版本 50.1.0）。",
        f"签名密钥指纹：{fingerprint}",
    ]
    assert (installation / "library" / COURSE / "manifest.json").is_file()

    assert as_staff(monkeypatch, "remove-course", COURSE) == 0
    assert "学员的学习记录保留" in capsys.readouterr().out
    assert snapshot(installation / "library") == {}


def test_pack_lists_the_course_problems_and_writes_nothing(content, tmp_path, capsys) -> None:
    folder = bump(content, "50.1.0")
    yaml = folder / "course.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("pass_mark: 60", "pass_mark: 600"), "utf-8")
    assert main(["pack", str(folder), "-o", str(tmp_path / "p.zip")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0].startswith(f"{yaml}:") and err[-1] == f"课程“{folder}”有 1 个问题，请先改正再打包。"
    )
    assert not (tmp_path / "p.zip").exists()


def test_a_tampered_package_is_refused_with_its_reason(
    installation, content, tmp_path, monkeypatch, capsys
) -> None:
    package = tmp_path / "course.zip"
    assert main(["pack", str(bump(content, "50.1.0")), "-o", str(package)]) == 0
    lesson = f"courses/{COURSE}/lessons/02-trace-images.md"
    with zipfile.ZipFile(package) as archive:
        original = archive.read(lesson)
    tampered = rewrite(
        package, tmp_path / "t.zip", change={lesson: bytes([original[0] ^ 1]) + original[1:]}
    )
    capsys.readouterr()
    assert as_staff(monkeypatch, "install-course", str(tampered)) == 1
    assert capsys.readouterr().err.strip() == (
        f"课程包中“{lesson}”的校验值（SHA-256）不符，文件被改动或已损坏，已拒绝安装。"
    )
    assert snapshot(installation / "library") == {}


def test_a_wrong_password_installs_nothing(installation, content, tmp_path, monkeypatch, capsys):
    package = tmp_path / "course.zip"
    assert main(["pack", str(bump(content, "50.1.0")), "-o", str(package)]) == 0
    assert as_staff(monkeypatch, "install-course", str(package), password="wrong-one") == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert snapshot(installation / "library") == {}


def test_the_guide_walk_through_from_an_empty_folder_to_a_course_on_a_second_machine(
    tmp_path, monkeypatch, capsys
) -> None:
    """docs/course-format.md section 0, command by command: new-course, an edit, validate, keygen,
    pack --sign, then install-course on another installation, where learners find the course."""
    content = tmp_path / "我的内容"
    assert (
        main(["new-course", str(content), "--id", "media-basics", "--title", "政务新媒体入门"]) == 0
    )
    lesson = content / "courses" / "media-basics" / "lessons" / "01-getting-started.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8") + "\n本段是培训者新写的内容（虚构示例）。\n",
        encoding="utf-8",
    )
    assert main(["validate", str(content)]) == 0
    key = tmp_path / "我的签名密钥.pem"
    assert main(["keygen", "-o", str(key)]) == 0
    package = tmp_path / "media-basics-1.0.0.zip"
    folder = content / "courses" / "media-basics"
    assert main(["pack", str(folder), "-o", str(package), "--sign", str(key)]) == 0
    capsys.readouterr()

    # The second machine: its own data folder, its administrator, then the package.
    second = tmp_path / "second-machine"
    academy = Academy(AppConfig.resolve(second, None, None))
    academy.accounts.create_first_administrator("管理员", PASSWORD)
    academy.close()
    monkeypatch.setenv("LITERACY_APP_DATA_DIR", str(second))
    assert as_staff(monkeypatch, "install-course", str(package), name="管理员") == 0
    assert "政务新媒体入门" in capsys.readouterr().out
    academy = Academy(AppConfig.resolve(second, None, None))
    try:
        course = academy.library().course("media-basics")
        assert course.spec.title == "政务新媒体入门"
        assert "培训者新写的内容" in course.lessons[0].body
    finally:
        academy.close()
