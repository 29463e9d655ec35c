"""Every content code has a sentence, and each sentence's placeholders are exactly the arguments the
code is built with wherever the content layer builds it."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from literacy_app.catalogue import describe
from literacy_app.catalogue.content import CONTENT_TEMPLATES
from literacy_app.content.codes import ContentCode, Severity
from literacy_app.messages import Message

CONTENT = Path(__file__).resolve().parents[2] / "literacy_app" / "content"
CLI = CONTENT.parent / "cli.py"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def built_with() -> dict[ContentCode, list[tuple[str, set[str]]]]:
    """Each place a `ContentCode.X` is passed to a call, with the keyword arguments given there."""
    found: dict[ContentCode, list[tuple[str, set[str]]]] = {}
    for path in [*sorted(CONTENT.glob("*.py")), CLI]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for arg in node.args:
                if (
                    isinstance(arg, ast.Attribute)
                    and isinstance(arg.value, ast.Name)
                    and arg.value.id == "ContentCode"
                ):
                    names = {k.arg for k in node.keywords if k.arg}
                    where = f"{path.name}:{node.lineno}"
                    found.setdefault(ContentCode[arg.attr], []).append((where, names))
    return found


def test_every_code_and_severity_has_a_template() -> None:
    assert set(CONTENT_TEMPLATES) == set(ContentCode) | set(Severity)


@pytest.mark.parametrize("code", list(ContentCode), ids=str)
def test_each_template_takes_the_arguments_its_code_is_built_with(code: ContentCode) -> None:
    template = CONTENT_TEMPLATES[code]
    sites = built_with().get(code, [])
    if not sites:
        # Codes chosen from a table (pydantic's error kinds) carry the field name, perhaps a bound.
        assert placeholders(template) <= {"field", "bound"}, template
    for where, names in sites:
        assert names == placeholders(template), where
    sample = {name: "x" for name in placeholders(template)}
    assert describe(Message(code, sample))
