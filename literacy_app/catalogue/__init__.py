"""The one place where message codes become sentences, for the window and the command line alike.

Templates are Chinese (the source language) with `{name}` placeholders; they are marked with
`QT_TRANSLATE_NOOP` so `pyside6-lupdate` puts them in the .ts, and `describe` looks each one up in
the installed translation at the moment it is shown.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from literacy_app.catalogue.content import CONTENT_TEMPLATES
from literacy_app.catalogue.services import SERVICE_TEMPLATES
from literacy_app.messages import Message

CONTEXT = "Messages"
TEMPLATES: dict[StrEnum, str] = {**CONTENT_TEMPLATES, **SERVICE_TEMPLATES}


def describe(message: Message) -> str:
    """The message as a sentence in the current language."""
    template = TEMPLATES[message.code]
    return QCoreApplication.translate(CONTEXT, template).format(**message.args)
