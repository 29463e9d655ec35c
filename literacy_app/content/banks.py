"""Reading one question bank file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from literacy_app.content.model import Bank, BankSpec
from literacy_app.content.problems import ContentError, Problem
from literacy_app.content.yaml_source import (
    parse_yaml,
    problems_from_validation,
    read_text,
    to_plain,
)


@dataclass(frozen=True)
class BankSource:
    """A bank file as read: the bank (None when it could not be built), the raw YAML, problems."""

    path: Path
    bank: Bank | None
    raw: Any
    problems: tuple[Problem, ...]


def read_bank(path: Path) -> BankSource:
    """Read and check one bank file; every problem found is returned, none is raised."""
    try:
        text = read_text(path)
        raw = parse_yaml(text, path)
    except ContentError as exc:
        return BankSource(path, None, None, tuple(exc.problems))
    if not isinstance(raw, dict):
        return BankSource(path, None, raw, (Problem(path, 1, "题库文件应为“键: 值”形式的映射"),))
    try:
        spec = BankSpec.model_validate(to_plain(raw))
    except ValidationError as exc:
        return BankSource(path, None, raw, tuple(problems_from_validation(exc, raw, path)))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return BankSource(path, Bank(spec, path, digest), raw, ())
