"""Reading question banks: every question type's answer is checked against its options."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.banks import read_bank
from literacy_app.content.model import Difficulty, QuestionType

BANK = """\
id: demo-bank
title: 演示题库
questions:
  - id: demo-001
    type: single
    stem: 单选题干？
    options:
      A: 甲
      B: 乙
      C: 丙
    answer: B
    explanation: 乙是对的，因为题干问的就是乙；甲看似相近但说的是另一回事。
    tags: [演示]
    difficulty: easy
  - id: demo-002
    type: multiple
    stem: 多选题干？
    options:
      A: 甲
      B: 乙
      C: 丙
    answer: [A, C]
    explanation: 甲和丙都符合题意；乙只符合一半，所以不选。
    points: 2
  - id: demo-003
    type: truefalse
    stem: 判断题干。
    answer: false
    explanation: 这个说法把两份文件的时限混在一起了，所以是错的。
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "demo-bank.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_bank(tmp_path: Path) -> None:
    source = read_bank(write(tmp_path, BANK))
    assert source.problems == ()
    single, multiple, true_false = source.bank.questions
    assert single.type is QuestionType.SINGLE and single.answer == "B"
    assert single.difficulty is Difficulty.EASY and single.points == 1
    assert multiple.answer == ("A", "C") and multiple.points == 2
    assert true_false.answer is False and true_false.options is None
    assert true_false.difficulty is Difficulty.MEDIUM  # the default


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("    answer: B\n", "    answer: F\n"), 11, "答案 F 不在选项 A, B, C 之中"),
        (("    answer: [A, C]", "    answer: [A, E]"), 22, "答案 E 不在选项"),
        (("    answer: [A, C]", "    answer: A"), 22, "多选题的 answer 应为至少两个选项字母的列表"),
        (("    answer: false", "    answer: 错"), 28, "判断题的 answer 应为 true"),
        (
            ("    type: single", "    type: essay"),
            5,
            "应为以下之一：single, multiple, truefalse, fill, ordering, matching, case",
        ),
        (("    difficulty: easy", "    difficulty: tricky"), 14, "easy, medium, hard"),
        (("  - id: demo-003", "  - id: demo_003"), 25, "小写英文字母"),
        (("    stem: 判断题干。\n", ""), 25, "缺少必填字段“questions.stem”"),
    ],
)
def test_question_problems_point_at_their_line(tmp_path: Path, change, line, words) -> None:
    source = read_bank(write(tmp_path, BANK.replace(*change)))
    assert source.bank is None
    assert any(p.line == line and words in describe(p.message) for p in source.problems), [
        describe_problem(p) for p in source.problems
    ]


def test_options_on_a_true_false_question(tmp_path: Path) -> None:
    text = BANK.replace(
        "    answer: false", "    options:\n      A: 对\n      B: 错\n    answer: false"
    )
    [problem] = read_bank(write(tmp_path, text)).problems
    assert problem.line == 28 and "判断题不需要 options" in describe(problem.message)


def test_a_bank_that_is_not_a_mapping(tmp_path: Path) -> None:
    [problem] = read_bank(write(tmp_path, "- 只是一个列表\n")).problems
    assert problem.line == 1 and "映射" in describe(problem.message)


def test_an_empty_bank_file(tmp_path: Path) -> None:
    [problem] = read_bank(write(tmp_path, "")).problems
    assert "映射" in describe(problem.message)
