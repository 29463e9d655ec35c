"""Scenario drills: a valid file loads; broken graphs and scores are reported with their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.scenarios import Condition, read_scenario

from ..conftest import REPO
from ..drills import BRANCHING, write_branching

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


def test_a_branching_drill_loads_and_its_next_follows_the_flags(tmp_path: Path) -> None:
    source = read_scenario(write_branching(tmp_path) / "scenarios" / "branch-drill.yaml")
    assert source.problems == ()
    spec = source.scenario.spec
    correct = spec.stage("second").choices[0]
    assert correct.target(frozenset()) == "calm"
    assert correct.target(frozenset({"mocked"})) == "mixed"
    assert correct.target(frozenset({"forwarded", "other"})) == "mixed"
    assert [r.text for r in spec.stage("second").shown(frozenset())] == ["大家在讨论。"]
    assert len(spec.stage("second").shown(frozenset({"forwarded"}))) == 2
    assert spec.stage("calm").grade == "best" and spec.stage("first").grade is None


def test_conditions_combine_any_all_and_none() -> None:
    condition = Condition.model_validate({"any": ["a", "b"], "all": ["c"], "none": ["d"]})
    assert condition.holds(frozenset({"a", "c"}))
    assert not condition.holds(frozenset({"c"}))  # none of `any`
    assert not condition.holds(frozenset({"b"}))  # `all` missing
    assert not condition.holds(frozenset({"a", "c", "d"}))  # `none` present


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("          - to: calm\n", "          - to: nowhere\n"), 55, "去向的阶段“nowhere”不存在"),
        (
            ("[forwarded, mocked]", "[forwarded, mockd]"),
            53,
            "标记“mockd”没有任何选项用 sets 设置过",
        ),
        (
            (
                "        when: {any: [forwarded]}\n    choices:",
                "        when: {any: [forwardd]}\n    choices:",
            ),
            48,
            "标记“forwardd”没有任何选项用 sets 设置过",
        ),
        (
            (
                "          - to: calm\n",
                "          - when: {all: [forwarded]}\n            to: calm\n",
            ),
            55,
            "最后一个不应写 when",
        ),
        (
            (
                "          - when: {any: [forwarded, mocked]}\n            to: mixed\n",
                "          - to: mixed\n",
            ),
            53,
            "只有最后一个可以不写 when",
        ),
        (("when: {any: [forwarded, mocked]}", "when: {}"), 53, "when 条件是空的"),
        (("    title: 第一步\n", "    title: 第一步\n    grade: best\n"), 11, "不应写 grade"),
        (
            (
                "        text: 还有人在传。\n",
                "        text: 还有人在传。\n        when: {any: [mocked]}\n",
            ),
            76,
            "至少要有一项不带条件",
        ),
        (("    grade: best\n", "    grade: great\n"), 67, "best, mixed, poor"),
        (("        sets: [mocked]\n", "        sets: [Mocked]\n"), 35, "sets"),
    ],
)
def test_broken_branches_and_flags_are_reported_with_lines(
    tmp_path: Path, change, line, words
) -> None:
    assert BRANCHING.count(change[0]) >= 1
    path = (
        write_branching(tmp_path, BRANCHING.replace(*change, 1)) / "scenarios" / "branch-drill.yaml"
    )
    source = read_scenario(path)
    assert source.scenario is None
    assert any(p.line == line and words in describe(p.message) for p in source.problems), [
        describe_problem(p) for p in source.problems
    ]


def test_a_loop_through_a_conditional_branch_is_refused(tmp_path: Path) -> None:
    looping = BRANCHING.replace("            to: mixed\n", "            to: first\n", 1)
    path = write_branching(tmp_path, looping) / "scenarios" / "branch-drill.yaml"
    [problem] = read_scenario(path).problems
    assert (
        "形成循环" in describe(problem.message) and problem.line == 39
    )  # the stage “second”, whose branch goes back
