"""A small drill with flags, a conditional reveal and a branching `next`, for the engine's tests."""

from __future__ import annotations

from pathlib import Path

BRANCHING = """\
id: branch-drill
title: 分支推演
tiers: [public]
summary: 一个用来测试标记和分支的推演。
minutes: 5
fictional: 本推演全部为虚构。
start: first
stages:
  - id: first
    title: 第一步
    reveal:
      - kind: post
        source: 网友（虚构）
        text: 一条帖子。
    choices:
      - id: verify
        text: 先核实。
        next: second
        scores: {timeliness: 2, accuracy: 2, transparency: 1, empathy: 1, compliance: 2}
        feedback: 核实是对的。
      - id: forward
        text: 直接转发。
        next: second
        sets: [forwarded]
        scores: {timeliness: 0, accuracy: -2, transparency: 0, empathy: 0, compliance: -2}
        feedback: 没有核实就转发。
      - id: ignore
        text: 不去管它。
        next: second
        scores: {timeliness: -1, accuracy: 0, transparency: 0, empathy: -1, compliance: 0}
        feedback: 错过了时机。
      - id: mock
        text: 嘲讽发帖人。
        next: second
        sets: [mocked]
        scores: {timeliness: 0, accuracy: 0, transparency: 0, empathy: -2, compliance: -1}
        feedback: 伤了人。
    best: 先核实再行动。
  - id: second
    title: 第二步
    reveal:
      - kind: comments
        source: 群聊（虚构）
        text: 大家在讨论。
      - kind: comments
        source: 群聊（虚构）
        text: 有人问你为什么转发。
        when: {any: [forwarded]}
    choices:
      - id: correct
        text: 公开更正。
        next:
          - when: {any: [forwarded, mocked]}
            to: mixed
          - to: calm
        scores: {timeliness: 2, accuracy: 2, transparency: 2, empathy: 1, compliance: 1}
        feedback: 公开更正是对的。
      - id: silent
        text: 不出声。
        next: mixed
        scores: {timeliness: -1, accuracy: 0, transparency: -2, empathy: 0, compliance: 0}
        feedback: 沉默让误会继续。
    best: 公开更正。
  - id: calm
    title: 平稳
    ending: true
    grade: best
    reveal:
      - kind: news
        source: 媒体（虚构）
        text: 一切平稳。
  - id: mixed
    title: 余波
    ending: true
    grade: mixed
    reveal:
      - kind: comments
        source: 评论区（虚构）
        text: 还有人在传。
      - kind: comments
        source: 评论区（虚构）
        text: 你转出去的那条还在流传。
        when: {any: [forwarded]}
"""


def write_branching(root: Path, text: str = BRANCHING) -> Path:
    """A content root whose only drill is `text`; returns the root."""
    (root / "scenarios").mkdir(parents=True, exist_ok=True)
    (root / "scenarios" / "branch-drill.yaml").write_text(text, encoding="utf-8")
    return root
