"""Lesson Markdown to safe HTML: nothing scripted, nothing remote, images only from the course folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from literacy_app.content.files import IMAGE_LIMIT, Refused, usable_file
from literacy_app.content.model import Course, Lesson

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


def render_lesson(lesson: Lesson, course: Course) -> RenderedLesson:
    return render_markdown(lesson.body, lesson.path.parent, course.folder)


def render_markdown(text: str, base_dir: Path, allowed_root: Path) -> RenderedLesson:
    """Render Markdown and sanitise it; image sources become absolute paths under `allowed_root`."""
    # Imported on the first lesson opened, not at start-up: the learning path renders no Markdown.
    import markdown
    import nh3
    from markdown.extensions.toc import slugify_unicode

    converter = markdown.Markdown(
        extensions=["toc", "tables", "fenced_code", "sane_lists"],
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
            # Only jumps inside the lesson: a lesson never sends the reader anywhere else.
            return value if value.startswith("#") else None
        return value

    safe = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes={"file"},
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
