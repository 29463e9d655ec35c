"""Builders of hostile content files for the hardening tests: each writes one broken course, lesson,
bank or drill under a content root and says which problem (file, line, code) it must produce."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..conftest import REPO

SOURCE_COURSE = REPO / "courses" / "public-info-discernment"
FIRST_LESSON = "01-sift.md"


@dataclass(frozen=True)
class Expected:
    """The problem a hostile file must produce: where, and with which content code."""

    path: Path
    line: int
    code: str
    span: int = 0  # the problem may stand up to this many lines further down (deep nesting)


Builder = Callable[[Path, str], Expected]


def copy_course(root: Path, name: str) -> Path:
    """A copy of a shipped course under `root/courses/name`, with its own id."""
    folder = root / "courses" / name
    shutil.copytree(SOURCE_COURSE, folder)
    course_yaml = folder / "course.yaml"
    text = course_yaml.read_text(encoding="utf-8")
    course_yaml.write_text(re.sub(r"(?m)^id: .*$", f"id: {name}", text), encoding="utf-8")
    return folder


def line_number(text: str, pattern: str) -> int:
    """The 1-based line of the first line matching `pattern`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if re.search(pattern, line))


def edit_course(change: Callable[[str], str], at: str, code: str, span: int = 0) -> Builder:
    """A course whose course.yaml is changed by `change`; the problem is on the line matching `at`."""

    def build(root: Path, name: str) -> Expected:
        path = copy_course(root, name) / "course.yaml"
        text = change(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        return Expected(path, line_number(text, at), code, span)

    return build


def edit_lesson(change: Callable[[str], str], at: str, code: str, span: int = 0) -> Builder:
    """A course whose first lesson is changed by `change`; the problem is on the line matching `at`."""

    def build(root: Path, name: str) -> Expected:
        path = copy_course(root, name) / "lessons" / FIRST_LESSON
        text = change(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        return Expected(path, line_number(text, at), code, span)

    return build


BANK = """\
id: {name}
title: 测试题库
questions:
  - id: {name}-1
    type: single
    stem: 哪一项是先核实再转发？
    options:
      A: 先查来源
      B: 马上转发
    answer: A
    explanation: 先查来源。
    points: 1
  - id: {name}-2
    type: fill
    stem: SIFT 的第一步是{{{{1}}}}。
    blanks:
      - [停一停, 停]
    explanation: 先停一停。
"""


def edit_bank(change: Callable[[str], str], at: str, code: str, span: int = 0) -> Builder:
    """A small bank changed by `change`; the problem is on the line matching `at`."""

    def build(root: Path, name: str) -> Expected:
        path = root / "quizzes" / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = change(BANK.format(name=name))
        path.write_text(text, encoding="utf-8")
        return Expected(path, line_number(text, at), code, span)

    return build


def chain_drill(name: str, stages: int, loop_back: bool = False) -> str:
    """A drill whose stages follow one another in a chain `s0 → s1 → …`, ending in an ending stage.

    With `loop_back` the last stage is an ordinary stage leading back to the first instead. Each
    stage is one line, the shortest YAML that passes, since parsing dominates a long chain's check.
    """
    scores = "{timeliness: 1, accuracy: 1, transparency: 0, empathy: 0, compliance: 0}"
    lines = [
        f"id: {name}",
        "title: 长链推演",
        "tiers: [public]",
        "summary: 一条很长的推演链。",
        "minutes: 30",
        "fictional: 全部为虚构。",
        "start: s0",
        "stages:",
    ]
    reveal = "reveal: [{kind: post, source: 网友, text: 帖子}]"
    for n in range(stages):
        last = n == stages - 1
        if last and not loop_back:
            lines.append(f"  - {{id: s{n}, title: 终, ending: true, {reveal}}}")
            continue
        following = "s0" if last else f"s{n + 1}"
        choices = ", ".join(
            f"{{id: {c}, text: 续, next: {following}, scores: {scores}, feedback: 好}}"
            for c in "ab"
        )
        lines.append(f"  - {{id: s{n}, title: 步, {reveal}, choices: [{choices}], best: 续}}")
    return "\n".join(lines) + "\n"


def edit_drill(change: Callable[[str], str], at: str, code: str, span: int = 0) -> Builder:
    """A three-stage drill changed by `change`; the problem is on the line matching `at`."""

    def build(root: Path, name: str) -> Expected:
        path = root / "scenarios" / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = change(chain_drill(name, 3))
        path.write_text(text, encoding="utf-8")
        return Expected(path, line_number(text, at), code, span)

    return build


def alias_bomb(indent: str = "") -> str:
    """'Billion laughs': ten levels of ten aliases, 10^10 strings once expanded."""
    lines = [f"{indent}lol0: &a0 [" + ", ".join(["lol"] * 10) + "]"]
    lines += [
        f"{indent}lol{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, 10)
    ]
    return "\n".join(lines) + "\n"


def flow_nest(depth: int) -> str:
    return "[" * depth + "]" * depth


def block_nest(depth: int, indent: int = 0) -> str:
    """`depth` mappings inside each other, one per line, starting at `indent` spaces."""
    return "".join(f"{' ' * (indent + 2 * n)}k:\n" for n in range(depth - 1)) + (
        " " * (indent + 2 * (depth - 1)) + "k: v\n"
    )


def after_first_line(text: str, insert: str) -> str:
    """`insert` just after the lesson's opening `---`, at the top of its front matter."""
    head, rest = text.split("\n", 1)
    return f"{head}\n{insert}{rest}"


def replace_line(pattern: str, new: str) -> Callable[[str], str]:
    return lambda text: re.sub(rf"(?m)^{pattern}.*$", new, text, count=1)


def append(extra: str) -> Callable[[str], str]:
    return lambda text: text + extra
