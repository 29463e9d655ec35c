"""The command line: validate's output and exit codes, --version, usage errors, its languages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from literacy_app import __version__
from literacy_app.cli import choose_language, main

CJK = re.compile(r"[\u4e00-\u9fff]")


def run_cli(*args: str, language: str | None = None) -> subprocess.CompletedProcess[str]:
    """The program in a fresh process, with `LITERACY_APP_LANG` set to `language` or unset."""
    environment = {k: v for k, v in os.environ.items() if k != "LITERACY_APP_LANG"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    if language is not None:
        environment["LITERACY_APP_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "literacy_app", *args],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip


def test_validate_the_shipped_content(capsys) -> None:
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "发现 0 个错误" in err


def test_validate_a_broken_copy_prints_path_line_problems(content: Path, capsys) -> None:
    course = sorted((content / "courses").iterdir())[0]
    course_yaml = course / "course.yaml"
    course_yaml.write_text(
        course_yaml.read_text(encoding="utf-8").replace("hours:", "hourz:"), encoding="utf-8"
    )
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    bank.write_text(
        bank.read_text(encoding="utf-8").replace("answer: A\n", "answer: Q\n", 1), encoding="utf-8"
    )
    assert main(["validate", str(content)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{course_yaml}:") and "hourz" in line for line in lines), lines
    assert any(line.startswith(f"{bank}:") and "答案 Q 不在选项" in line for line in lines), lines
    for line in lines:
        path, number, message = line.split(":", 2)
        assert Path(path).exists() and number.isdigit() and message.strip()


def test_validate_as_json(content: Path, capsys) -> None:
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    bank.write_text("id: broken\ntitle: [\n", encoding="utf-8")
    assert main(["validate", "--json", str(content / "quizzes"), str(content / "courses")]) == 1
    report = json.loads(capsys.readouterr().out)
    by_path = {p["path"]: p for p in report["problems"]}
    broken = by_path[str(bank)]
    # The line where the unclosed bracket was opened, not the line after the file's end.
    assert broken["line"] == 2 and broken["code"] == "yaml_syntax"
    assert "YAML 语法错误" in broken["message"] and set(broken["args"]) == {"detail"}
    # The course that draws from the broken bank is reported as well.
    missing = [p for p in report["problems"] if p["code"] == "bank_not_found"]
    assert missing and all("不存在或有错误" in p["message"] for p in missing)
    assert {p["args"]["bank"] for p in missing} >= {bank.stem}


def test_validate_a_path_that_does_not_exist(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert "路径不存在" in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


def test_version_from_an_installed_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "literacy_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"literacy-app {__version__}"


def test_self_test_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "literacy_app", "--data-dir", str(tmp_path), "--self-test"],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test: OK")


def test_self_test_fails_with_the_reason_on_broken_content(tmp_path: Path, content: Path) -> None:
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    bank.write_text("id: [\n", encoding="utf-8")
    # In English, which also shows that choosing a language does not stop the window from opening.
    result = run_cli(
        "--lang", "en", "--data-dir", str(tmp_path), "--content-dir", str(content), "--self-test"
    )
    assert result.returncode == 1
    assert f"{bank}:" in result.stderr
    assert "self-test: FAILED, the course content has" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("arguments", "environment"),
    [(["--lang", "en"], None), ([], "en")],
    ids=["option", "environment"],
)
def test_validate_in_english_shows_only_content_in_chinese(
    content: Path, arguments: list[str], environment: str | None
) -> None:
    course_yaml = sorted((content / "courses").iterdir())[0] / "course.yaml"
    course_yaml.write_text(
        course_yaml.read_text(encoding="utf-8").replace("hours:", "hourz:"), encoding="utf-8"
    )
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    text = bank.read_text(encoding="utf-8")
    bank.write_text(text.replace("answer: A\n", "answer: Q\n", 1), encoding="utf-8")
    drill = sorted((content / "scenarios").glob("*.yaml"))[0]
    drill.write_text(
        drill.read_text(encoding="utf-8").replace("empathy: ", "sympathy: ", 1), encoding="utf-8"
    )
    result = run_cli(*arguments, "validate", str(content), language=environment)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) >= 3 and any("hourz" in line for line in lines), lines
    for line in [*lines, result.stderr.strip()]:
        assert not CJK.search(line), line
    assert "Errors found" in result.stderr


def test_help_is_chinese_by_default() -> None:
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("用法：literacy-app")
    assert "不带子命令时打开程序窗口" in result.stdout and "检查课程文件夹和题库" in result.stdout
    assert "位置参数" in result.stdout and "显示本帮助后退出" in result.stdout


@pytest.mark.parametrize("arguments", [["--lang", "en", "--help"], ["validate", "--help"]])
def test_help_in_english_has_no_chinese(arguments: list[str]) -> None:
    result = run_cli(*arguments, language="en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: literacy-app")
    assert not CJK.findall(result.stdout), CJK.findall(result.stdout)
    assert "check course folders" in result.stdout.replace("\n", " ").lower()


@pytest.mark.parametrize(
    ("language", "error"), [(None, "literacy-app：错误："), ("en", "literacy-app: error: ")]
)
def test_wrong_usage_exits_2_with_the_usage_in_the_chosen_language(
    language: str | None, error: str
) -> None:
    result = run_cli("frobnicate", language=language)
    assert result.returncode == 2
    assert error in result.stderr and "frobnicate" in result.stderr, result.stderr
    if language == "en":
        assert not CJK.search(result.stderr), result.stderr


def test_the_command_line_language_wins_over_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("LITERACY_APP_LANG", "en")
    assert choose_language(["--lang", "zh_CN", "validate"]) == "zh_CN"
    assert choose_language(["--lang=zh_CN"]) == "zh_CN"
    assert choose_language(["validate"]) == "en"
    # An unknown or missing value falls back; the real parse then reports the wrong usage.
    assert choose_language(["--lang", "fr"]) == "en"
    assert choose_language(["--lang"]) == "en"
    monkeypatch.delenv("LITERACY_APP_LANG")
    assert choose_language([]) == "zh_CN"


def test_a_lesson_too_deep_to_render_fails_validate_and_the_self_test_quickly(
    tmp_path: Path, content: Path, capsys
) -> None:
    # A list 300 deep used to pass validate, then break the reader, and hang the self-test on a dialog.
    lesson = sorted(sorted((content / "courses").iterdir())[0].glob("lessons/*.md"))[0]
    text = lesson.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    start = text.count("\n") + 1
    lesson.write_text(
        text + "".join("    " * level + "- 条目\n" for level in range(300)), encoding="utf-8"
    )
    assert main(["validate", str(content)]) == 1
    assert f"{lesson}:{start + 20}:" in capsys.readouterr().out
    result = run_cli("--data-dir", str(tmp_path), "--content-dir", str(content), "--self-test")
    assert result.returncode == 1
    assert f"{lesson}:{start + 20}:" in result.stderr
    assert "self-test: FAILED" in result.stderr
