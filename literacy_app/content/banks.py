"""Reading one question bank file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from literacy_app.content.codes import ContentCode
from literacy_app.content.model import Bank, BankSpec
from literacy_app.content.problems import Problem
from literacy_app.content.yaml_source import read_model


@dataclass(frozen=True)
class BankSource:
    """A bank file as read: the bank (None when it could not be built), the raw YAML, problems."""

    path: Path
    bank: Bank | None
    raw: Any
    problems: tuple[Problem, ...]


def read_bank(path: Path) -> BankSource:
    """Read and check one bank file; every problem found is returned, none is raised."""
    spec, raw, text, problems = read_model(path, BankSpec, ContentCode.BANK_NOT_MAPPING)
    if spec is None:
        return BankSource(path, None, raw, tuple(problems))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return BankSource(path, Bank(spec, path, digest), raw, ())
