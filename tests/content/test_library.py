"""Checks across files: duplicate ids, quiz rules against banks, unavailable courses."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from literacy_app.catalogue import describe
from literacy_app.content.library import discover, load_library

from ..conftest import SHIPPED


def test_the_shipped_content_is_clean() -> None:
    library = load_library(SHIPPED)
    assert library.problems == ()
    assert library.unavailable == ()
    assert len(library.courses) >= 3
    assert set(library.banks) >= {
        c.spec.final_quiz.banks[0] for c in library.courses if c.spec.final_quiz
    }


def test_a_content_root_is_searched_for_courses_and_quizzes(content: Path) -> None:
    found = discover([content])
    assert found.problems == []
    assert {f.name for f in found.folders} == {p.name for p in (content / "courses").iterdir()}
    assert {b.name for b in found.banks} == {p.name for p in (content / "quizzes").glob("*.yaml")}
    assert {s.name for s in found.scenarios} == {
        p.name for p in (content / "scenarios").glob("*.yaml")
    }


def test_a_missing_path_is_a_problem(tmp_path: Path) -> None:
    library = load_library([tmp_path / "nowhere"])
    assert [describe(p.message) for p in library.problems] == ["路径不存在"]


def first_course(content: Path) -> Path:
    return sorted((content / "courses").iterdir())[0]


def test_a_quiz_rule_naming_an_unknown_bank(content: Path) -> None:
    folder = first_course(content)
    course_yaml = folder / "course.yaml"
    text = course_yaml.read_text(encoding="utf-8")
    bank_line = next(i for i, line in enumerate(text.splitlines(), 1) if "banks:" in line)
    course_yaml.write_text(text.replace("banks: [", "banks: [no-such-bank, "), encoding="utf-8")
    library = load_library([content])
    assert any(
        p.path == course_yaml
        and p.line == bank_line
        and "“no-such-bank”不存在" in describe(p.message)
        for p in library.problems
    ), library.problems
    assert folder.name in {u.folder.name for u in library.unavailable}
    assert (
        len(library.courses) == len(list((content / "courses").iterdir())) - 1
    )  # the others still work


def test_a_draw_larger_than_the_bank(content: Path) -> None:
    course_yaml = first_course(content) / "course.yaml"
    text = course_yaml.read_text(encoding="utf-8")
    questions_line = next(
        i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith("questions:")
    )
    course_yaml.write_text(
        re.sub(r"(?m)^  questions: \d+$", "  questions: 500", text), encoding="utf-8"
    )
    problems = [p for p in load_library([content]).problems if p.path == course_yaml]
    assert len(problems) == 1
    assert problems[0].line == questions_line
    assert "要抽 500 题" in describe(problems[0].message)


def test_duplicate_course_ids(content: Path) -> None:
    original = first_course(content)
    shutil.copytree(original, content / "courses" / "zz-copy")
    library = load_library([content])
    [problem] = library.problems
    assert problem.path == content / "courses" / "zz-copy" / "course.yaml"
    assert (
        problem.line == 1
        and "课程标识" in describe(problem.message)
        and "重复" in describe(problem.message)
    )
    assert [u.folder.name for u in library.unavailable] == ["zz-copy"]


def test_duplicate_question_ids_across_banks(content: Path) -> None:
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    text = bank.read_text(encoding="utf-8")
    (content / "quizzes" / "zz-extra.yaml").write_text(
        text.replace(f"id: {bank.stem}\n", "id: zz-extra\n", 1), encoding="utf-8"
    )
    library = load_library([content])
    assert library.problems
    assert all(
        p.path.name == "zz-extra.yaml" and "题目标识" in describe(p.message)
        for p in library.problems
    )
    first_line = next(
        i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith("- id:")
    )
    assert library.problems[0].line == first_line
    assert f"{bank}:{first_line}" in describe(library.problems[0].message)
    assert "zz-extra" not in library.banks and bank.stem in library.banks


def test_a_broken_bank_makes_its_course_unavailable_but_not_the_others(content: Path) -> None:
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    bank.write_text("id: [broken\n", encoding="utf-8")
    library = load_library([content])
    users = [c for c in library.unavailable if "不存在或有错误" in describe(c.problems[0].message)]
    assert users
    assert library.courses
