"""Lesson Markdown to safe HTML: nothing scripted, nothing remote, images only from the course folder.

Rendering keeps to a budget, and the validator renders every lesson with it, so a lesson that
passes validation opens in well under a second: a size cap, a nesting cap checked before Markdown
sees the text (Python-Markdown parses nested lists and quotes recursively and runs out of stack
near 300 levels), link text found in one pass per paragraph (Markdown's own scan runs from every
`[` to the paragraph's end: 20,000 unmatched `[` took over 30 s), and a time limit as a last resort.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from literacy_app.content.codes import ContentCode
from literacy_app.content.files import IMAGE_LIMIT, Refused, usable_file
from literacy_app.content.model import Course, Lesson
from literacy_app.content.problems import ContentError, Problem, problem

log = logging.getLogger(__name__)

# The longest shipped lesson is about 3,000 characters; 100,000 renders in about a third of a second.
MAX_LESSON_CHARS = 100_000
# Levels of list and quote nesting together; real lessons use two or three.
MAX_DEPTH = 20
# What the validator allows one lesson's rendering; shipped lessons take milliseconds.
RENDER_SECONDS = 1.0

_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li",
    "strong", "em", "b", "i", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
    "img", "a", "del", "sup", "sub",
}  # fmt: skip
_ATTRIBUTES = {
    "img": {"src", "alt", "title"},
    "a": {"href", "title"},
    "th": {"align"},
    "td": {"align"},
    **{f"h{n}": {"id"} for n in range(1, 7)},
}


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str


@dataclass(frozen=True)
class RenderedLesson:
    html: str
    headings: tuple[Heading, ...]


class _TooSlow(Exception):
    """Rendering ran past its deadline."""


def render_lesson(
    lesson: Lesson, course: Course, *, seconds: float | None = None
) -> RenderedLesson:
    """Render a lesson; raises ContentError naming the line when it is over budget or unrenderable.

    With `seconds`, rendering that runs longer is refused (the validator passes RENDER_SECONDS).
    """
    over = _over_budget(lesson)
    if over is not None:
        raise ContentError([over])
    try:
        return render_markdown(
            lesson.body,
            lesson.path.parent,
            course.folder,
            seconds=seconds,
            lessons=lesson_files(lesson, course),
        )
    except _TooSlow:
        slow = problem(
            lesson.path, lesson.body_first_line, ContentCode.LESSON_TOO_SLOW, seconds=seconds
        )
        raise ContentError([slow]) from None
    except Exception as error:  # whatever Markdown makes of odd text, the trainer gets a problem
        log.warning("lesson %s could not be rendered", lesson.path, exc_info=True)
        failed = problem(
            lesson.path, lesson.body_first_line, ContentCode.LESSON_NOT_RENDERED, error=repr(error)
        )
        raise ContentError([failed]) from error


def check_lesson(
    lesson: Lesson, course: Course, seconds: float = RENDER_SECONDS
) -> tuple[list[Problem], RenderedLesson | None]:
    """For the validator: render the lesson as the reader will, within the budget.

    Returns the problems, and the rendering when there is one (its headings serve link checks).
    """
    started = time.monotonic()
    try:
        rendered = render_lesson(lesson, course, seconds=seconds)
    except ContentError as error:
        return error.problems, None
    # The deadline is only checked while link text is scanned; a slow render elsewhere shows here.
    if time.monotonic() - started > seconds:
        slow = problem(
            lesson.path, lesson.body_first_line, ContentCode.LESSON_TOO_SLOW, seconds=seconds
        )
        return [slow], None
    return [], rendered


LESSON_SCHEME = "lesson"


def lesson_files(lesson: Lesson, course: Course) -> dict[str, str]:
    """Each lesson of the course by the path a link in `lesson` would use for it, to its id."""
    return {
        Path(os.path.relpath(other.path, lesson.path.parent)).as_posix(): other.id
        for other in course.lessons
    }


def lesson_link(href: str, lessons: Mapping[str, str]) -> str | None:
    """`lesson:<id>` (with the `#heading`) for a link to another lesson, or None when it names none.

    The reader opens such a link as that lesson; the validator reports a link that names none.
    """
    target, _, fragment = href.partition("#")
    lesson_id = lessons.get(Path(os.path.normpath(unquote(target))).as_posix()) if target else None
    if lesson_id is None:
        return None
    return f"{LESSON_SCHEME}:{lesson_id}" + (f"#{fragment}" if fragment else "")


def _over_budget(lesson: Lesson) -> Problem | None:
    """The first place where the lesson is too long or nested too deeply to render."""
    body = lesson.body
    fence = ""
    # Nesting first, as the more telling problem; only as far as the size cap, to bound the work.
    for offset, text in enumerate(body[:MAX_LESSON_CHARS].split("\n")):
        # Fenced code is taken out before blocks are parsed, so its indentation nests nothing.
        opening = FENCE.match(text)
        if fence:
            if opening and opening.group(1).startswith(fence) and not text[opening.end() :].strip():
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        depth = _depth(text)
        if depth > MAX_DEPTH:
            line = lesson.body_first_line + offset
            return problem(lesson.path, line, ContentCode.LESSON_TOO_DEEP, limit=MAX_DEPTH)
    if len(body) > MAX_LESSON_CHARS:
        line = lesson.body_first_line + body.count("\n", 0, MAX_LESSON_CHARS)
        return problem(
            lesson.path, line, ContentCode.LESSON_TOO_LARGE, size=len(body), limit=MAX_LESSON_CHARS
        )
    return None


FENCE = re.compile(r"(`{3,}|~{3,})")
_QUOTES = re.compile(r"(?: {0,3}> ?)*")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d+[.)])(?:\s|$)")


def _depth(line: str) -> int:
    """How many lists and quotes a line sits in, as Python-Markdown counts them.

    Each `>` is a quote, each 4 columns of indentation a list level, and a list item's own marker one
    more.
    """
    quotes = _QUOTES.match(line)
    assert quotes is not None  # the pattern matches the empty string
    rest = line[quotes.end() :]
    stripped = rest.lstrip(" \t")
    indent = len(rest[: len(rest) - len(stripped)].expandtabs(4))
    item = 1 if _LIST_ITEM.match(stripped) else 0
    return quotes.group().count(">") + indent // 4 + item


def render_markdown(
    text: str,
    base_dir: Path,
    allowed_root: Path,
    *,
    seconds: float | None = None,
    lessons: Mapping[str, str] | None = None,
) -> RenderedLesson:
    """Render Markdown and sanitise it; image sources become absolute paths under `allowed_root`.

    Links to the files in `lessons` (relative path to lesson id) become `lesson:<id>` links; every
    other link but a jump inside the page is dropped. With `seconds`, raises `_TooSlow` once
    rendering has taken longer.
    """
    # Imported on the first lesson opened, not at start-up: the learning path renders no Markdown.
    import markdown
    import nh3
    from markdown.extensions.toc import slugify_unicode

    from literacy_app.content.link_text import OnePassLinks

    deadline = None if seconds is None else time.monotonic() + seconds
    converter = markdown.Markdown(
        extensions=["toc", "tables", "fenced_code", "sane_lists", OnePassLinks(deadline, _TooSlow)],
        extension_configs={
            "toc": {"slugify": slugify_unicode},
            "tables": {"use_align_attribute": True},
        },
    )
    html = converter.convert(text)
    root = allowed_root.resolve()

    def keep_attribute(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            return _local_image(value, base_dir, root)
        if tag == "a" and attribute == "href":
            # Jumps inside the lesson or to another of its course: never anywhere else.
            return value if value.startswith("#") else lesson_link(value, lessons or {})
        return value

    safe = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes={"file", LESSON_SCHEME},
        link_rel=None,
        strip_comments=True,
    )
    # The toc extension adds `toc_tokens` to the converter; types-Markdown does not declare it.
    headings = tuple(_flatten(converter.toc_tokens))  # type: ignore[attr-defined]
    return RenderedLesson(safe, headings)


def _local_image(src: str, base_dir: Path, root: Path) -> str | None:
    if "://" in src or src.startswith(("//", "data:", "javascript:")) or ":" in src.split("/")[0]:
        return None
    # The validator's check: a regular file inside the course folder, within the image size limit.
    try:
        target, _ = usable_file(base_dir / unquote(src), root, IMAGE_LIMIT)
    except Refused:
        return None
    return target.as_uri()


def _flatten(tokens: list[dict]) -> list[Heading]:
    result = []
    for token in tokens:
        result.append(Heading(int(token["level"]), str(token["name"]), str(token["id"])))
        result.extend(_flatten(token.get("children", [])))
    return result
