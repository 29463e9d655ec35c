"""Reading course folders and lessons: typed objects out, path:line problems for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.banks import read_bank
from literacy_app.content.codes import ContentCode
from literacy_app.content.courses import read_course, read_lesson
from literacy_app.content.model import Requirement, Tier
from literacy_app.content.problems import ContentError

COURSE_YAML = """\
id: demo-course
title: 演示课程
summary: >-
  第一行
  第二行
version: 1.0
hours: 1.5
tiers:
  leader: required
  public: elective
lessons:
  - 01-first.md
final_quiz:
  banks: [demo-bank]
  questions: 2
  pass_mark: 60
"""

LESSON = """\
---
id: first
title: 第一课
minutes: 10
objectives:
  - 说出一个要点
---

## 小标题

正文。
"""


def make_course(
    root: Path, course_yaml: str = COURSE_YAML, lessons: dict[str, str] | None = None
) -> Path:
    folder = root / "demo-course"
    (folder / "lessons").mkdir(parents=True)
    (folder / "course.yaml").write_text(course_yaml, encoding="utf-8")
    for name, text in (lessons or {"01-first.md": LESSON}).items():
        (folder / "lessons" / name).write_text(text, encoding="utf-8")
    return folder


def messages(source) -> list[str]:
    return [describe_problem(p) for p in source.problems]


def test_a_valid_course_becomes_a_typed_object(tmp_path: Path) -> None:
    source = read_course(make_course(tmp_path))
    assert source.problems == ()
    course = source.course
    assert course.id == "demo-course"
    assert course.spec.version == "1.0"  # a number in YAML, text to the trainer
    assert course.spec.summary == "第一行第二行"  # folded Chinese lines join without a space
    assert course.spec.tiers == {
        Tier.LEADER: Requirement.REQUIRED,
        Tier.PUBLIC: Requirement.ELECTIVE,
    }
    assert [lesson.title for lesson in course.lessons] == ["第一课"]
    assert course.lessons[0].meta.objectives == ("说出一个要点",)
    assert course.lessons[0].body_first_line == 8
    assert len(course.content_hash) == 64


def test_the_content_hash_changes_when_a_lesson_changes(tmp_path: Path) -> None:
    folder = make_course(tmp_path)
    before = read_course(folder).course.content_hash
    (folder / "lessons" / "01-first.md").write_text(LESSON + "\n补充。\n", encoding="utf-8")
    assert read_course(folder).course.content_hash != before


def test_a_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    broken = COURSE_YAML.replace("hours: 1.5", "hours: [1.5")
    source = read_course(make_course(tmp_path, broken))
    assert source.course is None
    [problem] = source.problems
    assert problem.path.name == "course.yaml"
    assert problem.line == 7  # where the bracket was opened, not where the file ran out
    assert problem.code is ContentCode.YAML_SYNTAX
    assert "YAML 语法错误" in describe(problem.message)


def test_an_unclosed_bracket_at_the_end_points_to_where_it_began(tmp_path: Path) -> None:
    # 29 lines; the list opened on line 20 is never closed. ruamel notices on a line 30.
    lines = [f"key{n}: value {n}" for n in range(1, 20)]
    lines += ["tags: [first,"] + [f"  item{n}," for n in range(21, 30)]
    path = tmp_path / "bank.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").splitlines()) == 29
    [problem] = read_bank(path).problems
    assert (problem.line, problem.code) == (20, ContentCode.YAML_SYNTAX)


def test_an_unclosed_quote_points_to_where_it_began(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text('id: x\ntitle: "没有结束\nquestions: []\n\n', encoding="utf-8")
    [problem] = read_bank(path).problems
    assert problem.line == 2


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("hours: 1.5", "hourz: 1.5"), 7, "未知字段“hourz”"),
        (("  public: elective", "  citizen: elective"), 10, "citizen"),
        (("  leader: required", "  leader: compulsory"), 9, "required, elective"),
        (("id: demo-course", "id: Demo Course"), 1, "小写英文字母"),
        (("  questions: 2", "  questions: 0"), 15, "questions"),
    ],
)
def test_field_problems_point_at_the_field(tmp_path: Path, change, line, words) -> None:
    source = read_course(make_course(tmp_path, COURSE_YAML.replace(*change)))
    assert any(p.line == line and words in describe(p.message) for p in source.problems), messages(
        source
    )


def test_a_missing_field_is_reported(tmp_path: Path) -> None:
    source = read_course(make_course(tmp_path, COURSE_YAML.replace("title: 演示课程\n", "")))
    assert any("缺少必填字段“title”" in describe(p.message) for p in source.problems)


def test_listed_lesson_missing_and_unlisted_lesson_are_both_reported(tmp_path: Path) -> None:
    course_yaml = COURSE_YAML.replace("  - 01-first.md", "  - 01-first.md\n  - 02-gone.md")
    folder = make_course(
        tmp_path,
        course_yaml,
        {"01-first.md": LESSON, "03-stray.md": LESSON.replace("first", "stray")},
    )
    found = messages(read_course(folder))
    assert any(":13: 找不到课时文件 lessons/02-gone.md" in m for m in found), found
    assert any(":11: 课时文件 lessons/03-stray.md 未列入 lessons" in m for m in found), found


def test_duplicate_lesson_ids_in_one_course(tmp_path: Path) -> None:
    course_yaml = COURSE_YAML.replace("  - 01-first.md", "  - 01-first.md\n  - 02-again.md")
    folder = make_course(tmp_path, course_yaml, {"01-first.md": LESSON, "02-again.md": LESSON})
    found = messages(read_course(folder))
    assert any("02-again.md:2: 课时标识“first”与 01-first.md 重复" in m for m in found), found


def test_lesson_front_matter_problems_carry_file_lines(tmp_path: Path) -> None:
    lesson = LESSON.replace("minutes: 10", "minutes: 十分钟")
    folder = make_course(tmp_path, lessons={"01-first.md": lesson})
    found = messages(read_course(folder))
    assert any(m.endswith("01-first.md:4: “minutes”应为整数") for m in found), found


def test_a_lesson_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("## 只有正文\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_lesson(path)
    assert caught.value.problems[0].line == 1


def test_images_must_exist_inside_the_course(tmp_path: Path) -> None:
    body = (
        LESSON
        + "\n![图一](../assets/missing.png)\n\n![远程](https://example.com/a.png)\n\n![外面](../../x.png)\n"
    )
    folder = make_course(tmp_path, lessons={"01-first.md": body})
    (tmp_path / "x.png").write_bytes(b"png")
    found = messages(read_course(folder))
    assert any(":13: 找不到图片“../assets/missing.png”" in m for m in found), found
    assert any(":15: 图片“https://example.com/a.png”不是课程文件夹中的文件" in m for m in found), (
        found
    )
    assert any(":17: 图片“../../x.png”位于课程文件夹之外" in m for m in found), found


def test_an_existing_image_is_fine(tmp_path: Path) -> None:
    folder = make_course(tmp_path, lessons={"01-first.md": LESSON + "\n![图](../assets/a.png)\n"})
    (folder / "assets").mkdir()
    (folder / "assets" / "a.png").write_bytes(b"png")
    assert read_course(folder).problems == ()


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    folder = make_course(tmp_path)
    (folder / "course.yaml").write_bytes("id: 课程".encode("gbk"))
    [problem] = read_course(folder).problems
    assert "UTF-8" in describe(problem.message)
