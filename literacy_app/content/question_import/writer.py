"""Writing converted questions as a bank file, in the block style the shipped banks use."""

from __future__ import annotations

import io
import re
from typing import Any

_TOP_LEVEL_ITEM = re.compile(r"\n  - id: ")


def bank_yaml(bank_id: str, title: str, questions: tuple[dict[str, Any], ...]) -> str:
    """The bank as YAML text: questions separated by a blank line, short lists on one line."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    def node(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            mapping = CommentedMap()
            for name, item in value.items():
                mapping[str(name)] = node(item, str(name))
            return mapping
        if isinstance(value, list | tuple):
            items = CommentedSeq(node(item) for item in value)
            # Tags, a blank's answers and a matching pair read best as `[a, b]`.
            if key in {"tags", "answer", None} and all(isinstance(i, str) for i in value):
                items.fa.set_flow_style()
            return items
        if isinstance(value, str) and "\n" in value:
            return LiteralScalarString(value)
        if isinstance(value, str):
            return str(value)  # a StrEnum (the question type) as its plain text
        return value

    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # Chinese text has no spaces to wrap at; keep each value on its line
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(node({"id": bank_id, "title": title, "questions": list(questions)}), out)
    text = _TOP_LEVEL_ITEM.sub("\n\n  - id: ", out.getvalue())
    return text.replace("questions:\n\n", "questions:\n", 1)
