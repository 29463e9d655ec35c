"""The one place where message codes become sentences, for the window and the command line alike.

Templates are Chinese (the source language) with `{name}` placeholders; they are marked with
`QT_TRANSLATE_NOOP` so `pyside6-lupdate` puts them in the .ts, and `describe` looks each one up in
the installed translation at the moment it is shown.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTranslator

from literacy_app.catalogue.administration import ADMINISTRATION_TEMPLATES
from literacy_app.catalogue.authoring import AUTHORING_TEMPLATES
from literacy_app.catalogue.content import CONTENT_TEMPLATES
from literacy_app.catalogue.packages import PACKAGE_TEMPLATES
from literacy_app.catalogue.question_import import IMPORT_TEMPLATES
from literacy_app.catalogue.services import SERVICE_TEMPLATES
from literacy_app.messages import Message

CONTEXT = "Messages"
TEMPLATES: dict[StrEnum, str] = {
    **CONTENT_TEMPLATES,
    **SERVICE_TEMPLATES,
    **ADMINISTRATION_TEMPLATES,
    **AUTHORING_TEMPLATES,
    **PACKAGE_TEMPLATES,
    **IMPORT_TEMPLATES,
}
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "ui" / "i18n"
SOURCE_LANGUAGE = "zh_CN"


def describe(message: Message) -> str:
    """The message as a sentence in the current language."""
    template = TEMPLATES[message.code]
    return QCoreApplication.translate(CONTEXT, template).format(**message.args)


class Located(Protocol):
    """A problem in a file: a content problem, a roster row's."""

    @property
    def path(self) -> Path: ...
    @property
    def line(self) -> int | None: ...
    @property
    def message(self) -> Message: ...


def describe_problem(problem: Located) -> str:
    """A problem in a file as one line: `path:line: sentence` (or `path: sentence` for the file)."""
    where = f"{problem.path}:{problem.line}" if problem.line is not None else str(problem.path)
    return f"{where}: {describe(problem.message)}"


class Graded(Located, Protocol):
    """A located problem that also says whether it is an error or a warning."""

    @property
    def severity(self) -> StrEnum: ...


def describe_checked(problem: Graded) -> str:
    """A content problem as `path:line: 错误: sentence` or `… 警告: …`, for the validator's output."""
    where = f"{problem.path}:{problem.line}" if problem.line is not None else str(problem.path)
    severity = describe(Message(problem.severity))
    return f"{where}: {severity}: {describe(problem.message)}"


def install_language(language: str) -> QTranslator | None:
    """For the command line: translate messages into `language` (a QtCore application, no window).

    Returns the installed translator, or None for the source language or a missing translation.
    """
    if language == SOURCE_LANGUAGE:
        return None
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translator = QTranslator(app)
    if not translator.load(f"literacy_app_{language}", str(TRANSLATIONS_DIR)):
        return None
    app.installTranslator(translator)
    return translator
