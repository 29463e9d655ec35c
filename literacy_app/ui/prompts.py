"""Message boxes and yes/no questions, in one place so tests can answer them.

Their text often carries course titles, names and paths, so it is always plain text: Qt's static
helpers (`QMessageBox.warning`, `question`, ...) guess the format and would show a title such as
`<a href=...>` as a clickable link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    *,
    informative: str = "",
) -> QMessageBox:
    """A box that shows `text` (and the smaller `informative` paragraph) as plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # Qt applies it to the informative text too
    if informative:
        box.setInformativeText(informative)
    # Qt lets its message labels open links in the browser; plain text has none, and no label of
    # this offline program may ever open one.
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
    return box


def inform(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    message_box(parent, icon, title, text).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_fingerprint(parent: QWidget, key: str, title: str, question: str) -> bool:
    """Show the fingerprint of the public key `key` (`%1` in `question`) for the person to compare
    with its owner, and whether they confirmed it; a key that is not one says so and is refused."""
    # Imported here: ui.errors builds its dialogs on this module.
    from literacy_app.services.errors import ServiceError
    from literacy_app.services.installation import fingerprint_of
    from literacy_app.ui.errors import show_error

    try:
        fingerprint = fingerprint_of(key)
    except ServiceError as error:
        show_error(parent, error)
        return False
    return confirm(parent, title, question.replace("%1", fingerprint))
