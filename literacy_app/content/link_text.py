"""Python-Markdown's link and image patterns, with the text between `[` and `]` found in one pass.

Markdown's own `getText` scans from a `[` to its matching `]`, or to the end of the paragraph when
there is none, and runs again from every later `[`: a paragraph of 20,000 unmatched `[` took over
30 s. Here one scan records where every `[` it passes closes (or that it never does), so each later
question about the same text is a lookup. Imported only when a lesson is rendered.
"""

from __future__ import annotations

import re
import time

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)

_BRACKET = re.compile(r"[\[\]]")


class _Brackets:
    """Where each `[` of the text being parsed closes, keyed by the index just after the `[`."""

    def __init__(self, deadline: float | None, too_slow: type[Exception]) -> None:
        self._deadline = deadline
        self._too_slow = too_slow
        self._text: str | None = None
        self._close: dict[int, int | None] = {}

    def text_from(self, data: str, index: int) -> tuple[str, int, bool]:
        """What Markdown's `getText` returns: the text up to the matching `]`, the index after it,
        and whether there was one (if not, the rest of `data` and its length)."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise self._too_slow
        # Each replaced link makes a new string; results for an older one no longer apply.
        if data is not self._text:
            self._text = data
            self._close = {}
        close = self._close[index] if index in self._close else self._scan(data, index)
        if close is None:
            return data[index:], len(data), False
        return data[index:close], close + 1, True

    def _scan(self, data: str, index: int) -> int | None:
        opened = [index]
        for bracket in _BRACKET.finditer(data, index):
            if bracket.group() == "[":
                opened.append(bracket.end())
                continue
            start = opened.pop()
            self._close[start] = bracket.start()
            if not opened:
                return bracket.start()
        for start in opened:  # these never close: the same answer from wherever they are asked
            self._close[start] = None
        return None


class _OnePass:
    brackets: _Brackets

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        return self.brackets.text_from(data, index)


class _Reference(_OnePass, ReferenceInlineProcessor):
    pass


class _Link(_OnePass, LinkInlineProcessor):
    pass


class _ImageLink(_OnePass, ImageInlineProcessor):
    pass


class _ImageReference(_OnePass, ImageReferenceInlineProcessor):
    pass


class _ShortReference(_OnePass, ShortReferenceInlineProcessor):
    pass


class _ShortImageReference(_OnePass, ShortImageReferenceInlineProcessor):
    pass


# Markdown's own names, patterns and priorities (`markdown.inlinepatterns.build_inlinepatterns`).
_REPLACED: tuple[tuple[str, type[_OnePass], str, int], ...] = (
    ("reference", _Reference, REFERENCE_RE, 170),
    ("link", _Link, LINK_RE, 160),
    ("image_link", _ImageLink, IMAGE_LINK_RE, 150),
    ("image_reference", _ImageReference, IMAGE_REFERENCE_RE, 140),
    ("short_reference", _ShortReference, REFERENCE_RE, 130),
    ("short_image_ref", _ShortImageReference, IMAGE_REFERENCE_RE, 125),
)


class OnePassLinks(Extension):
    """Replaces the link and image patterns; past `deadline` (monotonic), raises `too_slow`."""

    def __init__(self, deadline: float | None, too_slow: type[Exception]) -> None:
        super().__init__()
        self._brackets = _Brackets(deadline, too_slow)

    def extendMarkdown(self, md: Markdown) -> None:
        for name, kind, pattern, priority in _REPLACED:
            processor = kind(pattern, md)  # type: ignore[call-arg]
            processor.brackets = self._brackets
            md.inlinePatterns.register(processor, name, priority)  # type: ignore[arg-type]
