"""YAML reading that keeps line numbers, and translation of validation errors into located problems."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString

from literacy_app.content.model import QuestionType
from literacy_app.content.problems import ContentError, Problem

M = TypeVar("M", bound=BaseModel)


def read_text(path: Path) -> str:
    """Read a UTF-8 content file; undecodable bytes and unreadable files become a ContentError."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            [Problem(path, None, f"不是 UTF-8 编码的文本（第 {exc.start} 字节附近）")]
        ) from exc
    except OSError as exc:
        raise ContentError([Problem(path, None, f"无法读取文件：{exc.strerror}")]) from exc


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> Any:
    """Parse YAML 1.2 keeping positions; `line_offset` shifts lines for YAML embedded in a larger file."""
    yaml = YAML(typ="rt")
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark is not None else None
        what = exc.problem or exc.context or "无法解析"
        raise ContentError([Problem(path, line, f"YAML 语法错误：{what}")]) from exc
    except YAMLError as exc:
        raise ContentError([Problem(path, None, f"YAML 语法错误：{exc}")]) from exc


# Folding a `>` block joins its lines with a space, which Chinese text must not have.
_CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019]"
_FOLD_SPACE = re.compile(rf"(?<={_CJK}) (?={_CJK})")


def read_model(path: Path, model: type[M], what: str) -> tuple[M | None, Any, str, list[Problem]]:
    """Read a YAML file into `model`: the object (None on failure), the raw YAML, the text, problems."""
    try:
        text = read_text(path)
        raw = parse_yaml(text, path)
    except ContentError as exc:
        return None, None, "", exc.problems
    if not isinstance(raw, dict):
        return None, raw, text, [Problem(path, 1, f"{what}应为“键: 值”形式的映射")]
    try:
        return model.model_validate(to_plain(raw)), raw, text, []
    except ValidationError as exc:
        return None, raw, text, problems_from_validation(exc, raw, path)


def to_plain(data: Any) -> Any:
    """Strip ruamel's round-trip wrappers so validation sees ordinary Python values."""
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
    """Turn pydantic's errors into one Chinese, path:line problem each."""
    problems = []
    for item in error.errors():
        loc = tuple(item["loc"])
        field = getattr((item.get("ctx") or {}).get("error"), "field", None)
        if field is not None:
            loc += (field,)
        if item["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            loc += ("type",)
        line, names = _walk(data, loc, line_offset)
        problems.append(Problem(path, line, _describe(item, ".".join(names))))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.message))


def _describe(item: Mapping[str, Any], where: str) -> str:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if kind == "missing":
        return f"缺少必填字段“{where}”"
    if kind == "union_tag_invalid":
        values = [t.value for t in QuestionType]
        kinds = "、".join(values[:-1]) + " 或 " + values[-1]
        return f"“{where}”的取值“{ctx.get('tag')}”无效，应为 {kinds}"
    if kind == "union_tag_not_found":
        return f"缺少必填字段“{where}”"
    if kind == "extra_forbidden":
        return f"未知字段“{where}”，请检查拼写"
    if kind in {"literal_error", "enum"}:
        expected = (
            str(ctx.get("expected", ""))
            .replace("'", "")
            .replace(" or ", " 或 ")
            .replace(", ", "、")
        )
        return f"“{where}”的取值“{item.get('input')}”无效，应为 {expected}"
    if kind in {"string_type"}:
        return f"“{where}”应为文字"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"“{where}”应为整数"
    if kind in {"float_type", "float_parsing"}:
        return f"“{where}”应为数字"
    if kind in {"list_type", "tuple_type"}:
        return f"“{where}”应为列表（每项以“- ”开头）"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return f"“{where}”应为“键: 值”形式的映射"
    if kind in {"greater_than", "greater_than_equal"}:
        bound = ctx.get("gt", ctx.get("ge"))
        return f"“{where}”应大于{'等于' if 'ge' in ctx else ''} {bound}"
    if kind in {"less_than", "less_than_equal"}:
        bound = ctx.get("lt", ctx.get("le"))
        return f"“{where}”应小于{'等于' if 'le' in ctx else ''} {bound}"
    if kind == "string_pattern_mismatch":
        return f"“{where}”只能使用小写英文字母、数字和连字符（-）"
    if kind in {"too_short", "string_too_short"}:
        return f"“{where}”不能为空"
    if kind == "value_error":
        return str(ctx.get("error", item["msg"]))
    return f"“{where}”：{item['msg']}"
