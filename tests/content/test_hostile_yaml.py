"""Hostile YAML in a course, lesson front matter, bank or drill: alias bombs, unhashable keys, bad
tagged values, deep nesting, numbers the engine cannot use. Each ends in a `path:line` problem, the
file's course (or bank, or drill) is not offered, and every other course stays available."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from literacy_app.catalogue import describe_problem
from literacy_app.content.library import load_library
from literacy_app.content.scenarios import read_scenario

from ..conftest import SHIPPED
from .hostile import (
    Builder,
    Expected,
    after_first_line,
    alias_bomb,
    append,
    block_nest,
    chain_drill,
    edit_bank,
    edit_course,
    edit_drill,
    edit_lesson,
    flow_nest,
    replace_line,
)

SHIPPED_COURSES = len(load_library(SHIPPED).courses)

CASES: dict[str, Builder] = {
    # Anchors and aliases: refused where the first anchor stands, before anything is expanded.
    "bomb-course": edit_course(append(alias_bomb()), r"^lol0:", "yaml_anchor"),
    "bomb-lesson": edit_lesson(
        lambda t: after_first_line(t, alias_bomb()), r"^lol0:", "yaml_anchor"
    ),
    "bomb-bank": edit_bank(append(alias_bomb()), r"^lol0:", "yaml_anchor"),
    "bomb-drill": edit_drill(append(alias_bomb()), r"^lol0:", "yaml_anchor"),
    "one-anchor-course": edit_course(
        lambda t: re.sub(
            r"^version: (.*)$", r"version: &v \1\nsummary2: *v", t, count=1, flags=re.M
        ),
        r"^version:",
        "yaml_anchor",
    ),
    "alias-only-lesson": edit_lesson(
        lambda t: after_first_line(t, "x: *nowhere\n"), r"^x:", "yaml_anchor"
    ),
    # Keys that are not plain values.
    "flow-key-bank": edit_bank(
        replace_line("    stem: SIFT", "    stem: {{1}}"), r"stem: \{\{1", "yaml_key_not_text"
    ),
    "list-key-course": edit_course(
        lambda t: t.replace("  public: required", "  [a]: b"), r"^  \[a\]", "yaml_key_not_text"
    ),
    "complex-key-lesson": edit_lesson(
        lambda t: after_first_line(t, "? [a, b]\n: c\n"), r"^\? \[a", "yaml_key_not_text"
    ),
    # Values their tag (or their look) cannot make.
    "bad-int-course": edit_course(append("x: !!int abc\n"), r"^x:", "yaml_bad_value"),
    "bad-float-bank": edit_bank(
        replace_line("    points: 1", "    points: !!float abc"),
        r"points: !!float",
        "yaml_bad_value",
    ),
    "bad-bool-drill": edit_drill(append("x: !!bool maybe\n"), r"^x:", "yaml_bad_value"),
    "bad-date-lesson": edit_lesson(
        lambda t: after_first_line(t, "written: 2024-13-45\n"), r"^written:", "yaml_bad_value"
    ),
    # Nesting far deeper than any content file needs.
    "deep-flow-course": edit_course(
        append(f"deep: {flow_nest(1000)}\n"), r"^deep:", "yaml_too_deep"
    ),
    "deep-block-lesson": edit_lesson(
        lambda t: after_first_line(t, block_nest(500)), r"^k:", "yaml_too_deep", span=500
    ),
    "deep-flow-bank": edit_bank(
        replace_line("    stem: 哪一项", f"    stem: {flow_nest(800)}"),
        r"stem: \[\[",
        "yaml_too_deep",
    ),
    # Numbers the engine could not use.
    "huge-time-limit": edit_course(
        replace_line("  time_limit:", "  time_limit: 100000000000000000000"),
        r"time_limit:",
        "field_at_most",
    ),
    "infinite-hours": edit_course(
        replace_line("hours:", "hours: .inf"), r"^hours:", "field_not_finite"
    ),
    "nan-hours": edit_course(replace_line("hours:", "hours: .nan"), r"^hours:", "field_not_finite"),
    "huge-hours": edit_course(replace_line("hours:", "hours: 1e300"), r"^hours:", "field_at_most"),
    "huge-attempts": edit_course(
        replace_line("  max_attempts:", "  max_attempts: 1000000"),
        r"max_attempts:",
        "field_at_most",
    ),
    "huge-draw": edit_course(
        replace_line("  questions:", "  questions: 100000000000000000000"),
        r"^  questions:",
        "field_at_most",
    ),
    "huge-quota": edit_course(
        replace_line("    信息失序:", "    信息失序: 100000000000000000000"),
        r"信息失序:",
        "field_at_most",
    ),
    "huge-minutes": edit_lesson(
        replace_line("minutes:", "minutes: 100000000000000000000"), r"^minutes:", "field_at_most"
    ),
    "huge-points": edit_bank(
        replace_line("    points: 1", "    points: 100000000000000000000"),
        r"points:",
        "field_at_most",
    ),
    "huge-stage-time": edit_drill(
        lambda t: t.replace("id: s1, title: 步,", "id: s1, title: 步, time_limit: 10000000000,"),
        r"time_limit:",
        "field_at_most",
    ),
    "huge-drill-minutes": edit_drill(
        replace_line("minutes:", "minutes: 100000000000000000000"), r"^minutes:", "field_at_most"
    ),
}


def assert_reported(problems: tuple, expected: Expected) -> None:
    found = [p for p in problems if p.path == expected.path]
    lines = range(expected.line, expected.line + expected.span + 1)
    located = [p for p in found if p.line in lines and p.code == expected.code]
    assert located, (expected, [describe_problem(p) for p in found])
    assert describe_problem(located[0]).startswith(f"{expected.path}:{located[0].line}: ")


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_file_is_a_located_problem(tmp_path: Path, name: str) -> None:
    expected = CASES[name](tmp_path, name)
    library = load_library([tmp_path])
    assert_reported(library.problems, expected)
    assert not library.courses and not library.scenarios
    assert name not in library.banks


def test_every_other_course_stays_available_beside_all_of_them(tmp_path: Path) -> None:
    expected = [build(tmp_path, name) for name, build in CASES.items()]
    library = load_library([*SHIPPED, tmp_path])
    assert len(library.courses) == SHIPPED_COURSES
    assert {c.folder.name for c in library.unavailable} == {
        name for name, e in zip(CASES, expected, strict=True) if "courses" in e.path.parts
    }
    assert set(library.scenarios) == {p.stem for p in (SHIPPED[2]).glob("*.yaml")}
    for each in expected:
        assert_reported(library.problems, each)


def test_a_drill_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "scenarios" / "long.yaml"
    path.parent.mkdir()
    path.write_text(chain_drill("long", 1500), encoding="utf-8")  # about 500 KB
    [refused] = read_scenario(path).problems
    assert (refused.path, refused.code) == (path, "file_too_large")


def test_a_chain_of_1500_stages_is_walked_to_its_end(tmp_path: Path, monkeypatch) -> None:
    # Past the size limit, so the limit is lifted here: the walk itself must not recurse.
    monkeypatch.setattr("literacy_app.content.yaml_source.YAML_LIMIT", 1024 * 1024)
    # One file serves both checks, since parsing 1,500 stages is what takes the time: every stage
    # is reached (none reported unreachable) and the loop back from the last one is found.
    path = tmp_path / "scenarios" / "long-loop.yaml"
    path.parent.mkdir()
    text = chain_drill("long-loop", 1500, loop_back=True)
    path.write_text(text, encoding="utf-8")
    source = read_scenario(path)
    last = next(
        n for n, line in enumerate(text.splitlines(), 1) if line.startswith("  - {id: s1499,")
    )
    assert [(p.line, p.code) for p in source.problems] == [(last, "stage_loop")]
    assert source.scenario is None
