"""YAML reading that keeps line numbers, and translation of validation errors into located problems."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from literacy_app.content.codes import ContentCode
from literacy_app.content.files import YAML_LIMIT, Refused, read_limited, refusal_problem
from literacy_app.content.model import FieldError, QuestionType
from literacy_app.content.problems import ContentError, Problem, problem
from literacy_app.messages import Message

# ruamel.yaml is imported where files are parsed, not with this module: a start that finds the
# content cache current reads no YAML and should not pay for the parser.
if TYPE_CHECKING:
    from ruamel.yaml.error import MarkedYAMLError

M = TypeVar("M", bound=BaseModel)


def read_text(path: Path) -> str:
    """Read a UTF-8 bank or drill file as course files are read: a regular file, no link out of
    its folder, at most `YAML_LIMIT` bytes. Anything else, or undecodable bytes, is a ContentError."""
    try:
        data = read_limited(
            path, path.parent, YAML_LIMIT,
            missing=ContentCode.PATH_MISSING, outside=ContentCode.LINK_OUTSIDE,
        )  # fmt: skip
    except Refused as refused:
        raise ContentError([refusal_problem(path, None, refused, path.name)]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError([problem(path, None, ContentCode.NOT_UTF8, offset=exc.start)]) from exc


# No content file needs more than a dozen levels; the bound keeps ruamel's recursive composer (and
# everything after it that walks the data) far from Python's recursion limit.
MAX_DEPTH = 40


class _Refused(Exception):
    """Something content files may not contain, found at `mark` before it was built."""

    def __init__(self, mark: Any, code: ContentCode, **args: Any) -> None:
        super().__init__(code)
        self.mark = mark
        self.code = code
        self.args_ = args


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> Any:
    """Parse YAML 1.2 keeping positions; `line_offset` shifts lines for YAML embedded in a larger file.

    Anchors and aliases, keys that are not plain values and nesting past MAX_DEPTH are refused while
    the document is composed, before anything is expanded or built; any failure of the YAML library
    (not only its own errors) becomes a problem.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return _strict_yaml().load(text)
    except _Refused as exc:
        line = None if exc.mark is None else exc.mark.line + 1 + line_offset
        raise ContentError([problem(path, line, exc.code, **exc.args_)]) from exc
    except MarkedYAMLError as exc:
        line = _error_line(exc, text)
        line = None if line is None else line + line_offset
        detail = exc.problem or exc.context or type(exc).__name__
        raise ContentError([problem(path, line, ContentCode.YAML_SYNTAX, detail=detail)]) from exc
    except YAMLError as exc:
        raise ContentError([problem(path, None, ContentCode.YAML_SYNTAX, detail=str(exc))]) from exc
    except Exception as exc:  # the library's own bugs must cost one file, not the library
        detail = f"{type(exc).__name__}: {exc}"
        raise ContentError([problem(path, None, ContentCode.YAML_SYNTAX, detail=detail)]) from exc


def _strict_yaml() -> Any:
    """A round-trip YAML loader with the composer and constructor below."""
    from ruamel.yaml import YAML

    composer, constructor = _strict_classes()
    yaml = YAML(typ="rt")
    yaml.Composer = composer
    yaml.Constructor = constructor
    return yaml


@cache
def _strict_classes() -> tuple[Any, Any]:
    """The composer and constructor classes, made on first use so that ruamel loads only then."""
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import AliasEvent, ScalarEvent
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    class StrictComposer(Composer):
        """Refuses anchors, aliases, keys that are collections and deep nesting, event by event.

        An alias bomb is refused at its first anchor, so nothing is ever expanded.
        """

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.parser.peek_event()
            if isinstance(event, AliasEvent) or event.anchor is not None:
                raise _Refused(event.start_mark, ContentCode.YAML_ANCHOR)
            # A mapping's keys are composed with index None, its values with their key node.
            key = isinstance(parent, MappingNode) and index is None
            if key and not isinstance(event, ScalarEvent):
                raise _Refused(event.start_mark, ContentCode.YAML_KEY_NOT_TEXT)
            if self.depth >= MAX_DEPTH:
                raise _Refused(event.start_mark, ContentCode.YAML_TOO_DEEP, limit=MAX_DEPTH)
            return super().compose_node(parent, index)

    class StrictConstructor(RoundTripConstructor):
        """Turns a value its tag cannot make (`!!int abc`, `2024-13-45`) into a located refusal.

        ruamel lets Python's ValueError, KeyError … escape from its scalar constructors unmarked.
        """

        def construct_non_recursive_object(self, node: Any, tag: str | None = None) -> Any:
            try:
                return super().construct_non_recursive_object(node, tag)
            except (_Refused, YAMLError):
                raise
            except Exception as exc:
                value = node.value if isinstance(node, ScalarNode) else ""
                raise _Refused(
                    node.start_mark,
                    ContentCode.YAML_BAD_VALUE,
                    value=_shorten(str(value)),
                    tag=str(node.tag).replace("tag:yaml.org,2002:", "!!"),
                ) from exc

    return StrictComposer, StrictConstructor


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error_line(error: MarkedYAMLError, text: str) -> int | None:
    """The 1-based line a trainer should look at for a YAML syntax error.

    An unclosed bracket or quote is only noticed where the file ends; the context mark is where it
    was opened. A block mapping's context is the mapping's first line, though, so there the problem
    mark is nearer. Never a line past the last one with text.
    """
    ends_early = error.problem_mark is not None and error.problem_mark.index >= len(text.rstrip())
    opened = _unclosed_flow_line(text) if ends_early else None
    if opened is not None:
        return opened
    block = (error.context or "").startswith("while parsing a block")
    mark = error.problem_mark if block or error.context_mark is None else error.context_mark
    if mark is None:
        return None
    last = max((n for n, line in enumerate(text.splitlines(), 1) if line.strip()), default=1)
    return min(mark.line + 1, last)


def _unclosed_flow_line(text: str) -> int | None:
    """The 1-based line of the last `[` or `{` still open where the text ends, if any.

    ruamel reports an unclosed flow collection where the file runs out; its tokens still say where
    each bracket was opened.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.tokens import (
        FlowMappingEndToken,
        FlowMappingStartToken,
        FlowSequenceEndToken,
        FlowSequenceStartToken,
    )

    opened: list[int] = []
    try:
        for token in YAML(typ="rt").scan(text):
            if isinstance(token, FlowSequenceStartToken | FlowMappingStartToken):
                opened.append(token.start_mark.line + 1)
            elif isinstance(token, FlowSequenceEndToken | FlowMappingEndToken) and opened:
                opened.pop()
    except Exception:
        pass  # the tokens up to the error, whatever it is, are what count
    return opened[-1] if opened else None


# Folding a `>` block joins its lines with a space, which Chinese text must not have.
_CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019]"
_FOLD_SPACE = re.compile(rf"(?<={_CJK}) (?={_CJK})")


def read_model(
    path: Path, model: type[M], not_mapping: ContentCode
) -> tuple[M | None, Any, str, list[Problem]]:
    """Read a YAML file into `model`: the object (None on failure), the raw YAML, the text, problems.

    `not_mapping` is the code to report when the file is not a mapping at its top.
    """
    try:
        text = read_text(path)
        raw = parse_yaml(text, path)
    except ContentError as exc:
        return None, None, "", exc.problems
    if not isinstance(raw, dict):
        return None, raw, text, [problem(path, 1, not_mapping)]
    try:
        return model.model_validate(to_plain(raw)), raw, text, []
    except ValidationError as exc:
        return None, raw, text, problems_from_validation(exc, raw, path)


def to_plain(data: Any) -> Any:
    """Strip ruamel's round-trip wrappers so validation sees ordinary Python values."""
    from ruamel.yaml.scalarstring import FoldedScalarString

    if isinstance(data, Mapping):
        return {to_plain(k): to_plain(v) for k, v in data.items()}
    if isinstance(data, Sequence) and not isinstance(data, str):
        return [to_plain(v) for v in data]
    if isinstance(data, bool) or data is None:
        return data
    if isinstance(data, int):
        return int(data)
    if isinstance(data, float):
        return float(data)
    if isinstance(data, FoldedScalarString):
        return _FOLD_SPACE.sub("", str(data))
    if isinstance(data, str):
        return str(data)
    return data


def line_of(data: Any, loc: Sequence[Any], line_offset: int = 0) -> int | None:
    """The 1-based line of the deepest part of `loc` that exists in the parsed YAML `data`."""
    return _walk(data, loc, line_offset)[0]


def _walk(data: Any, loc: Sequence[Any], line_offset: int = 0) -> tuple[int | None, list[str]]:
    """Follow `loc` through the YAML: the deepest line reached and the field names passed.

    Parts of `loc` that are not in the file (a union's branch name, say) are pydantic's: skipped.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    line = data.lc.line + 1 if isinstance(data, CommentedMap | CommentedSeq) else None
    names: list[str] = []
    node = data
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            names.append(str(part))
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
    if (
        loc
        and isinstance(loc[-1], str)
        and (not names or names[-1] != loc[-1])
        and loc[-1] != "[key]"
    ):
        names.append(loc[-1])  # a missing field is named though it is not in the file
    return (None if line is None else line + line_offset), names


def problems_from_validation(
    error: ValidationError, data: Any, path: Path, line_offset: int = 0
) -> list[Problem]:
    """Turn pydantic's errors into one path:line problem each, with a code a trainer can act on."""
    problems: dict[tuple, Problem] = {}
    for item in error.errors():
        loc = tuple(item["loc"])
        error_ = (item.get("ctx") or {}).get("error")
        if isinstance(error_, FieldError) and error_.field is not None:
            loc += (error_.field,)
        if item["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            loc += ("type",)
        line, names = _walk(data, loc, line_offset)
        found = Problem(path, line, _message(item, ".".join(names)))
        problems.setdefault(found.sort_key, found)
    return [problems[key] for key in sorted(problems)]


_SIMPLE: dict[str, ContentCode] = {
    "missing": ContentCode.FIELD_MISSING,
    "union_tag_not_found": ContentCode.FIELD_MISSING,
    "extra_forbidden": ContentCode.FIELD_UNKNOWN,
    "string_type": ContentCode.FIELD_NOT_TEXT,
    "int_type": ContentCode.FIELD_NOT_INTEGER,
    "int_parsing": ContentCode.FIELD_NOT_INTEGER,
    "int_from_float": ContentCode.FIELD_NOT_INTEGER,
    "float_type": ContentCode.FIELD_NOT_NUMBER,
    "float_parsing": ContentCode.FIELD_NOT_NUMBER,
    "list_type": ContentCode.FIELD_NOT_LIST,
    "tuple_type": ContentCode.FIELD_NOT_LIST,
    "dict_type": ContentCode.FIELD_NOT_MAPPING,
    "model_type": ContentCode.FIELD_NOT_MAPPING,
    "model_attributes_type": ContentCode.FIELD_NOT_MAPPING,
    "string_pattern_mismatch": ContentCode.FIELD_BAD_ID,
    "too_short": ContentCode.FIELD_EMPTY,
    "finite_number": ContentCode.FIELD_NOT_FINITE,
    "string_too_short": ContentCode.FIELD_EMPTY,
}
_BOUNDS: dict[str, tuple[str, ContentCode]] = {
    "greater_than": ("gt", ContentCode.FIELD_ABOVE),
    "greater_than_equal": ("ge", ContentCode.FIELD_AT_LEAST),
    "less_than": ("lt", ContentCode.FIELD_BELOW),
    "less_than_equal": ("le", ContentCode.FIELD_AT_MOST),
}


def _message(item: Mapping[str, Any], where: str) -> Message:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if kind in _SIMPLE:
        return Message.of(_SIMPLE[kind], field=where)
    if kind in _BOUNDS:
        name, code = _BOUNDS[kind]
        return Message.of(code, field=where, bound=str(ctx.get(name)))
    if kind == "union_tag_invalid":
        return Message.of(
            ContentCode.FIELD_CHOICE,
            field=where,
            value=str(ctx.get("tag")),
            expected=", ".join(t.value for t in QuestionType),
        )
    if kind in {"literal_error", "enum"}:
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return Message.of(
            ContentCode.FIELD_CHOICE, field=where, value=str(item.get("input")), expected=expected
        )
    if kind == "value_error" and isinstance(ctx.get("error"), FieldError):
        return ctx["error"].message
    return Message.of(ContentCode.FIELD_INVALID, field=where, detail=str(item["msg"]))
