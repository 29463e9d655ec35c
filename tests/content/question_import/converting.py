"""Helpers for the converter tests: run a conversion, read its messages, and load what it wrote
with the program's own loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from literacy_app.catalogue import describe_problem
from literacy_app.content.library import load_library
from literacy_app.content.model import Bank
from literacy_app.content.question_import.convert import (
    ImportResult,
    QuestionFormat,
    bank_yaml,
    import_questions,
)


def convert(path: Path, fmt: str, prefix: str = "q") -> ImportResult:
    return import_questions(path, QuestionFormat(fmt), prefix)


def problems(result: ImportResult) -> list[str]:
    return [describe_problem(problem) for problem in result.problems]


def notes(result: ImportResult) -> list[str]:
    return [describe_problem(note) for note in result.notes]


def loaded(result: ImportResult, folder: Path, bank_id: str = "imported") -> Bank:
    """The converted questions written as a bank and read back as the library reads banks; the
    library must find nothing wrong with it."""
    path = folder / f"{bank_id}.yaml"
    path.write_text(bank_yaml(bank_id, "导入的题库", result.questions), encoding="utf-8")
    library = load_library([path])
    assert library.problems == (), [str(p) for p in library.problems]
    return library.banks[bank_id]


def by_id(bank: Bank) -> dict[str, Any]:
    return {question.id: question for question in bank.questions}
