"""Choosing the reader for a file and converting it: the entry point of `question_import`."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.question_import.aiken import read_aiken
from literacy_app.content.question_import.excel import read_excel
from literacy_app.content.question_import.gift import read_gift
from literacy_app.content.question_import.result import (
    ImportProblem,
    ImportResult,
    QuestionFormat,
    finish,
    slug,
    valid_id,
)
from literacy_app.content.question_import.writer import bank_yaml

__all__ = [
    "ImportProblem",
    "ImportResult",
    "QuestionFormat",
    "bank_yaml",
    "format_for",
    "import_questions",
    "slug",
    "valid_id",
]  # what the service needs, from one place

_BY_SUFFIX = {
    ".xlsx": QuestionFormat.EXCEL,
    ".xls": QuestionFormat.EXCEL,  # refused by the reader, with a message saying what to do
    ".xlsm": QuestionFormat.EXCEL,
    ".et": QuestionFormat.EXCEL,
    ".gift": QuestionFormat.GIFT,
}
_READERS = {
    QuestionFormat.EXCEL: read_excel,
    QuestionFormat.GIFT: read_gift,
    QuestionFormat.AIKEN: read_aiken,
}


def format_for(path: Path, given: QuestionFormat | None = None) -> QuestionFormat | None:
    """The format asked for, else the one the extension names; a .txt needs to be told."""
    return given or _BY_SUFFIX.get(path.suffix.lower())


def import_questions(path: Path, fmt: QuestionFormat, id_prefix: str) -> ImportResult:
    """Read `path` as `fmt`; questions without an id of their own get `id_prefix`-001, -002, …"""
    return finish(path, fmt, _READERS[fmt](path), id_prefix)
