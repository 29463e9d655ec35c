"""The validator's warnings, each over a real course (the `new-course` example) at its exact line,
with the command line's severities, JSON fields and exit codes."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.content.codes import ContentCode, Severity
from literacy_app.content.library import load_library

from ..skeleton import new_course, skeleton_templates  # noqa: F401  (a fixture)

pytestmark = pytest.mark.usefixtures("skeleton_templates")


@pytest.fixture
def course(tmp_path: Path) -> Path:
    return new_course(tmp_path / "content")


def found(course: Path) -> list[tuple[str, int | None, ContentCode]]:
    library = load_library([course.parent.parent])
    return [
        (p.path.relative_to(course.parent.parent).as_posix(), p.line, p.code)
        for p in library.problems
    ]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if needle in text)


def png_header(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


FIRST = "lessons/01-getting-started.md"
SECOND = "lessons/02-next-steps.md"


def test_links_that_lead_nowhere(course: Path) -> None:
    lesson = course / FIRST
    edit(lesson, "(02-next-steps.md)", "(02-next-step.md)")
    with lesson.open("a", encoding="utf-8") as stream:
        stream.write("\n见[开头](#没有这一节)，或[网站](https://example.org)。\n")
    edit(course / SECOND, "#常用写法", "#不常用的写法")
    wrong_file = line_of(lesson, "02-next-step.md")
    last = len(lesson.read_text(encoding="utf-8").splitlines())
    assert found(course) == [
        (f"courses/demo/{FIRST}", wrong_file, ContentCode.LINK_NO_LESSON),
        (f"courses/demo/{FIRST}", last, ContentCode.LINK_NO_HEADING),
        (f"courses/demo/{FIRST}", last, ContentCode.LINK_NOT_OPENED),
        (
            f"courses/demo/{SECOND}",
            line_of(course / SECOND, "#不常用"),
            ContentCode.LINK_NO_HEADING,
        ),
    ]


def test_images_too_large_are_warnings_and_a_missing_one_is_an_error(course: Path) -> None:
    image_line = line_of(course / FIRST, "example.png")
    (course / "assets" / "example.png").write_bytes(png_header(6000, 300))
    assert found(course) == [(f"courses/demo/{FIRST}", image_line, ContentCode.IMAGE_LARGE_PIXELS)]
    with (course / "assets" / "example.png").open("r+b") as stream:
        stream.truncate(3 * 1024 * 1024)  # sparse: costs no disk
    assert found(course) == [(f"courses/demo/{FIRST}", image_line, ContentCode.IMAGE_LARGE_FILE)]
    (course / "assets" / "example.png").unlink()
    library = load_library([course.parent.parent])
    [problem] = library.problems
    assert (problem.code, problem.severity) == (ContentCode.IMAGE_MISSING, Severity.ERROR)
    assert not library.courses  # an error makes the course unusable


def test_files_nothing_uses(course: Path) -> None:
    (course / "assets" / "draft.png").write_bytes(png_header(10, 10))
    (course / "notes.txt").write_text("草稿", encoding="utf-8")
    (course / ".editor-state").write_text("hidden files are the system's", encoding="utf-8")
    assert found(course) == [
        ("courses/demo/assets/draft.png", None, ContentCode.FILE_UNUSED),
        ("courses/demo/notes.txt", None, ContentCode.FILE_UNUSED),
    ]
    # Warnings leave the course usable.
    assert [c.id for c in load_library([course.parent.parent]).courses] == ["demo"]


def test_banks_and_questions_no_draw_reaches(course: Path) -> None:
    root = course.parent.parent
    bank = root / "quizzes" / "demo.yaml"
    spare = root / "quizzes" / "spare.yaml"
    spare.write_text(
        bank.read_text(encoding="utf-8").replace("id: demo", "id: spare"), encoding="utf-8"
    )
    assert found(course) == [("quizzes/spare.yaml", 3, ContentCode.BANK_NOT_DRAWN)]
    # The practice of lesson 2 draws from `spare` only, questions tagged 检查: the 写法 ones are
    # out of reach (the final quiz draws from `demo` alone).
    edit(course / SECOND, "  questions: 2\n", "  questions: 2\n  banks: [spare]\n")
    assert found(course) == [
        ("quizzes/spare.yaml", line_of(spare, "id: spare-single"), ContentCode.QUESTION_NOT_DRAWN),
        (
            "quizzes/spare.yaml",
            line_of(spare, "id: spare-multiple"),
            ContentCode.QUESTION_NOT_DRAWN,
        ),
    ]


def test_a_quota_the_bank_cannot_fill_is_an_error(course: Path) -> None:
    edit(course / "course.yaml", "  pass_mark: 60\n", "  pass_mark: 60\n  quotas: {写法: 3}\n")
    assert found(course) == [
        (
            "courses/demo/course.yaml",
            line_of(course / "course.yaml", "quotas"),
            ContentCode.QUOTA_SHORT,
        )
    ]


def test_lessons_far_from_their_minutes_and_the_course_far_from_its_hours(course: Path) -> None:
    with (course / FIRST).open("a", encoding="utf-8") as stream:
        stream.write("\n" + "长文字。" * 600 + "\n")  # 1,800 字: six minutes at 300 a minute
    edit(course / SECOND, "minutes: 5", "minutes: 50")
    edit(course / "course.yaml", "hours: 0.2", "hours: 3")
    assert sorted(found(course)) == [
        (
            "courses/demo/course.yaml",
            line_of(course / "course.yaml", "hours:"),
            ContentCode.HOURS_FAR_FROM_MINUTES,
        ),
        (f"courses/demo/{FIRST}", 5, ContentCode.LESSON_LONGER_THAN_MINUTES),
        (f"courses/demo/{SECOND}", 4, ContentCode.LESSON_SHORTER_THAN_MINUTES),
    ]


def test_the_command_line_names_the_severity_and_fails_only_on_errors(course: Path, capsys) -> None:
    root = course.parent.parent
    (course / "notes.txt").write_text("草稿", encoding="utf-8")
    assert main(["validate", str(root)]) == 0  # a warning alone
    out, err = capsys.readouterr()
    assert out == f"{course / 'notes.txt'}: 警告: " + (
        "课程文件夹里的 notes.txt 没有被 course.yaml 或任何课时用到：课程包会把它带给每位学员；不需要就删除\n"
    )
    assert "发现 0 个错误、1 个警告" in err
    assert main(["validate", "--json", str(root)]) == 0
    [warning] = json.loads(capsys.readouterr().out)["problems"]
    assert warning == {
        "path": str(course / "notes.txt"),
        "line": None,
        "severity": "warning",
        "code": "file_unused",
        "args": {"file": "notes.txt"},
        "message": out.split(": 警告: ")[1].strip(),
    }
    # A lesson that cannot be read is an error; what it might use is not called unused.
    edit(course / FIRST, "minutes: 5", "minutes: 五")
    assert main(["validate", "--json", str(root)]) == 1
    listing = json.loads(capsys.readouterr().out)
    assert [(p["line"], p["severity"], p["code"]) for p in listing["problems"]] == [
        (5, "error", "field_not_integer")
    ]
    assert main(["validate", str(root)]) == 1
    assert f"{course / FIRST}:5: 错误: " in capsys.readouterr().out
