"""Quiz rules checked against the banks: draws that cannot be made, letters that shuffling breaks,
and the fill-in markers."""

from __future__ import annotations

from pathlib import Path

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.banks import read_bank
from literacy_app.content.library import load_library
from literacy_app.content.problems import errors_among

from ..engine_content import BANK, write_engine_content


def problems(root: Path, rules: str) -> list[str]:
    write_engine_content(root, rules)
    return [describe_problem(p) for p in errors_among(load_library([root]).problems)]


def test_the_engine_content_is_clean(tmp_path: Path) -> None:
    assert problems(tmp_path, "  questions: 7\n  pass_mark: 60") == []


def test_a_quota_larger_than_its_tag(tmp_path: Path) -> None:
    found = problems(tmp_path, "  questions: 5\n  pass_mark: 60\n  quotas: {甲组: 3}")
    assert (
        len(found) == 1 and "course.yaml:12: 标签“甲组”要抽 3 题，但符合条件的只有 2 题" in found[0]
    )


def test_quotas_above_the_draw_and_filters_that_leave_too_few(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        "  questions: 3\n  pass_mark: 60\n  difficulty: [hard]\n  quotas: {甲组: 1, 乙组: 1, 丙组: 2}",
    )
    assert any("配额合计 4 题，超过了要抽的 3 题" in p for p in found)
    assert any("要抽 3 题，但符合筛选条件的只有 1 题" in p for p in found)


def test_shuffled_options_need_explanations_that_cite_no_letters(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_engine_content(root, "  questions: 7\n  pass_mark: 60\n  shuffle_options: true")
    bank = root / "quizzes" / "engine-bank.yaml"
    bank.write_text(BANK.replace("乙是正确的，因为", "选B，因为"), encoding="utf-8")
    [problem] = errors_among(load_library([root]).problems)
    assert problem.line == 12 and "题目“eng-single”的解析引用了选项字母" in describe(
        problem.message
    )


def test_practice_rules_are_checked_in_the_lesson(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_engine_content(root)
    lesson = root / "courses" / "engine-course" / "lessons" / "01-only.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("questions: 2", "questions: 9"), encoding="utf-8"
    )
    [problem] = errors_among(load_library([root]).problems)
    assert problem.path == lesson and problem.line == 6 and "要抽 9 题" in describe(problem.message)


def test_fill_markers_must_match_the_blanks(tmp_path: Path) -> None:
    path = tmp_path / "engine-bank.yaml"
    path.write_text(BANK.replace("{{2}} 小时内举行发布会", "小时内举行发布会"), encoding="utf-8")
    [problem] = read_bank(path).problems
    assert problem.line == 29 and "题干应依次标出 2 个空" in describe(problem.message)


def test_ordering_and_matching_items_must_be_distinct(tmp_path: Path) -> None:
    path = tmp_path / "engine-bank.yaml"
    path.write_text(
        BANK.replace("[内容生产, 多级审核, 精准发布, 舆情响应]", "[内容生产, 内容生产, 精准发布]"),
        encoding="utf-8",
    )
    assert "排序题的各项不能重复" in describe(read_bank(path).problems[0].message)
