"""Lessons that pass validation open quickly: the validator renders each one within a budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from literacy_app.catalogue import describe
from literacy_app.content.codes import ContentCode
from literacy_app.content.courses import read_lesson
from literacy_app.content.library import load_library
from literacy_app.content.problems import ContentError, errors_among
from literacy_app.content.render import (
    MAX_DEPTH,
    MAX_LESSON_CHARS,
    RENDER_SECONDS,
    render_lesson,
    render_markdown,
)


def first_lesson(content: Path) -> Path:
    folder = sorted((content / "courses").iterdir())[0]
    return sorted((folder / "lessons").glob("*.md"))[0]


def append(lesson: Path, text: str) -> int:
    """Add `text` after the lesson's body; returns the file line it starts on."""
    old = lesson.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    lesson.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def nested_list(depth: int) -> str:
    return "".join("    " * level + "- 条目\n" for level in range(depth))


def lesson_problems(content: Path, lesson: Path) -> list[tuple[int | None, ContentCode, str]]:
    library = load_library([content])
    assert lesson.parent.parent.name in {u.folder.name for u in library.unavailable}
    assert len(library.courses) >= 1  # the other courses stay available
    return [
        (p.line, p.code, describe(p.message))
        for p in errors_among(library.problems)
        if p.path == lesson
    ]


def test_a_list_nested_300_deep_is_a_problem_at_its_line(content: Path) -> None:
    lesson = first_lesson(content)
    start = append(lesson, nested_list(300))
    started = time.monotonic()
    found = lesson_problems(content, lesson)
    assert time.monotonic() - started < 5
    assert [(line, code) for line, code, _ in found] == [
        (start + MAX_DEPTH, ContentCode.LESSON_TOO_DEEP)
    ]
    assert str(MAX_DEPTH) in found[0][2]


def test_quotes_and_lists_nested_together_count_as_one_depth(content: Path) -> None:
    lesson = first_lesson(content)
    start = append(
        lesson, "> " * 15 + "- 条目\n" + "> " * 15 + "    - 更深\n" + "> " * 300 + "引用\n"
    )
    found = lesson_problems(content, lesson)
    assert [(line, code) for line, code, _ in found] == [(start + 2, ContentCode.LESSON_TOO_DEEP)]


def test_nesting_within_the_limit_and_deep_code_in_a_fence_render(tmp_path: Path) -> None:
    text = nested_list(MAX_DEPTH) + "\n```\n" + " " * 400 + "代码\n```\n"
    html = render_markdown(text, tmp_path, tmp_path).html
    assert html.count("<ul>") == MAX_DEPTH and "代码" in html


@pytest.mark.parametrize("unit", ["[", "![", "[[a]"])
def test_many_brackets_render_quickly(tmp_path: Path, unit: str) -> None:
    text = unit * (20_000 // len(unit))
    started = time.monotonic()
    html = render_markdown(text, tmp_path, tmp_path).html
    assert time.monotonic() - started < 2
    assert html.count("[") >= text.count("[") - text.count("[a]") - 10


def test_links_images_and_references_still_work(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"png")
    text = (
        "## 节\n\n[嵌套 [方括号] 的链接](#节) [引用][r] [r] ![图](a.png) ![引用图][p] [未闭合\n\n"
        "[r]: #节\n[p]: a.png\n"
    )
    html = render_markdown(text, tmp_path, tmp_path).html
    assert '<a href="#节">嵌套 [方括号] 的链接</a>' in html
    assert html.count('href="#节"') == 3
    assert html.count(f'src="{(tmp_path / "a.png").resolve().as_uri()}"') == 2
    assert "[未闭合" in html


def test_a_lesson_over_the_size_cap_is_refused_at_the_line_that_crosses_it(content: Path) -> None:
    lesson = first_lesson(content)
    start = append(lesson, ("一行正文。" * 19 + "\n") * (MAX_LESSON_CHARS // 96 + 10))
    body = read_lesson(lesson).body
    crossing = read_lesson(lesson).body_first_line + body[:MAX_LESSON_CHARS].count("\n")
    started = time.monotonic()
    found = lesson_problems(content, lesson)
    assert time.monotonic() - started < 5
    assert [(line, code) for line, code, _ in found] == [(crossing, ContentCode.LESSON_TOO_LARGE)]
    assert crossing > start


def test_a_render_over_its_time_budget_is_refused(content: Path) -> None:
    lesson_path = first_lesson(content)
    append(lesson_path, "[" * 5_000)
    library = load_library([content])
    course = next(c for c in library.courses if c.folder == lesson_path.parent.parent)
    lesson = next(item for item in course.lessons if item.path == lesson_path)
    with pytest.raises(ContentError) as caught:
        render_lesson(lesson, course, seconds=0.0)
    [found] = caught.value.problems
    assert (found.path, found.line, found.code) == (
        lesson_path,
        lesson.body_first_line,
        ContentCode.LESSON_TOO_SLOW,
    )


def test_a_lesson_that_renders_too_slowly_is_refused_within_the_budget(content: Path) -> None:
    # Unmatched `[` between links: each link makes a new string, so the scan starts over each time.
    lesson = first_lesson(content)
    append(lesson, "[ [a](#b) " * 8_000)
    started = time.monotonic()
    found = lesson_problems(content, lesson)
    assert time.monotonic() - started < RENDER_SECONDS + 4
    assert [code for _, code, _ in found] == [ContentCode.LESSON_TOO_SLOW]
