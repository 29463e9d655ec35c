"""Scenario drills: a valid file loads; broken graphs and scores are reported with their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.scenarios import read_scenario

from ..conftest import REPO

DRILL = """\
id: mini-drill
title: 小推演
tiers: [public]
summary: 一个用来测试的推演。
minutes: 5
fictional: 本推演全部为虚构。
start: first
stages:
  - id: first
    title: 第一步
    time_limit: 60
    reveal:
      - kind: post
        source: 网友（虚构）
        text: 一条帖子。
    choices:
      - id: good
        text: 先核实。
        next: calm
        scores: {timeliness: 1, accuracy: 2, transparency: 1, empathy: 0, compliance: 1}
        feedback: 核实是对的。
      - id: bad
        text: 直接转发。
        next: storm
        scores: {timeliness: 1, accuracy: -2, transparency: 0, empathy: 0, compliance: -1}
        feedback: 没有核实。
    on_timeout:
      next: storm
      scores: {timeliness: -2, accuracy: 0, transparency: 0, empathy: 0, compliance: 0}
      feedback: 错过了时机。
    best: 先核实再行动。
  - id: calm
    title: 平稳
    ending: true
    reveal:
      - kind: news
        source: 媒体（虚构）
        text: 一切平稳。
  - id: storm
    title: 风波
    ending: true
    reveal:
      - kind: comments
        source: 评论区（虚构）
        text: 质疑不断。
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scenarios" / "mini-drill.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_drill_loads(tmp_path: Path) -> None:
    source = read_scenario(write(tmp_path, DRILL))
    assert source.problems == () and source.scenario.spec.stage("first").time_limit == 60


@pytest.mark.parametrize("path", sorted((REPO / "scenarios").glob("*.yaml")), ids=lambda p: p.stem)
def test_the_shipped_drills_are_valid(path: Path) -> None:
    assert read_scenario(path).problems == ()


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("        next: calm\n", "        next: nowhere\n"), 19, "去向的阶段“nowhere”不存在"),
        (
            (
                "        scores: {timeliness: 1, accuracy: 2, transparency: 1, empathy: 0, compliance: 1}",
                "        scores: {timeliness: 1, accuracy: 2}",
            ),
            20,
            "缺少维度 transparency, empathy, compliance",
        ),
        (
            (
                "        scores: {timeliness: 1, accuracy: 2, transparency: 1, empathy: 0, compliance: 1}",
                "        scores: {timeliness: 3, accuracy: 2, transparency: 1, empathy: 0, compliance: 1}",
            ),
            20,
            "应小于等于 2",
        ),
        (("    best: 先核实再行动。\n", ""), 9, "缺少 best"),
        (("start: first", "start: zero"), 7, "起始阶段“zero”不存在"),
        (
            ("      - kind: post", "      - kind: tweet"),
            13,
            "post, comments, call, instruction, notice, news",
        ),
    ],
)
def test_broken_drills_are_reported_with_lines(tmp_path: Path, change, line, words) -> None:
    source = read_scenario(write(tmp_path, DRILL.replace(*change)))
    assert source.scenario is None
    assert any(p.line == line and words in describe(p.message) for p in source.problems), [
        describe_problem(p) for p in source.problems
    ]


def test_a_time_limit_without_a_timeout_outcome(tmp_path: Path) -> None:
    start = DRILL.index("    on_timeout:")
    end = DRILL.index("    best:")
    [problem] = read_scenario(write(tmp_path, DRILL[:start] + DRILL[end:])).problems
    assert problem.line == 11 and "没有 on_timeout" in describe(problem.message)


def test_unreachable_stages_and_dead_ends(tmp_path: Path) -> None:
    orphan = (
        DRILL
        + """\
  - id: orphan
    title: 孤立
    ending: true
    reveal:
      - kind: notice
        source: 通报（虚构）
        text: 没人到得了这里。
"""
    )
    [problem] = read_scenario(write(tmp_path, orphan)).problems
    assert "“orphan”从起始阶段无法到达" in describe(problem.message) and problem.line == 46
    dead_end = DRILL.replace(
        "  - id: calm\n    title: 平稳\n    ending: true\n", "  - id: calm\n    title: 平稳\n"
    )
    problems = read_scenario(write(tmp_path, dead_end)).problems
    assert any(
        "应有 2 到 4 个选项" in describe(p.message) and "ending: true" in describe(p.message)
        for p in problems
    )


def test_loops_are_refused(tmp_path: Path) -> None:
    looping = DRILL.replace(
        "        next: storm\n        scores: {timeliness: 1, accuracy: -2",
        "        next: first\n        scores: {timeliness: 1, accuracy: -2",
    )
    [problem] = read_scenario(write(tmp_path, looping)).problems
    assert "形成循环" in describe(problem.message) and problem.line == 9
