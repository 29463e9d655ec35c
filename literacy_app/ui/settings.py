"""What the window remembers between runs: reading font size, window geometry, language, last page.

An INI file in the user's configuration folder (`~/.config/literacy-app/literacy-app.ini` on Linux,
`%APPDATA%\\literacy-app\\literacy-app.ini` on Windows), readable and easy to delete; tests point
`QSettings.setPath` at a temporary folder. Learners' records live in the database, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "literacy-app"
APPLICATION = "literacy-app"

_FONT_SIZE = "reader/font_size"
_GEOMETRY = "window/geometry"
_LANGUAGE = "window/language"
_SECTION = "window/last_section"
_REPORT_FOLDER = "reports/last_folder"


class Settings:
    """Typed access to the settings file; a missing or unreadable value reads as None."""

    def __init__(self) -> None:
        self._store = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def font_size(self) -> int | None:
        text = self._text(_FONT_SIZE)
        return int(text) if text is not None and text.isdigit() else None

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._store.setValue(_FONT_SIZE, str(size))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, state: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, state)

    @property
    def language(self) -> str | None:
        return self._text(_LANGUAGE)

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue(_LANGUAGE, code)

    @property
    def last_section(self) -> str | None:
        return self._text(_SECTION)

    @last_section.setter
    def last_section(self, key: str) -> None:
        self._store.setValue(_SECTION, key)

    @property
    def report_folder(self) -> str | None:
        """The folder an administrator last saved a report or 学时证明 in."""
        return self._text(_REPORT_FOLDER)

    @report_folder.setter
    def report_folder(self, folder: str) -> None:
        self._store.setValue(_REPORT_FOLDER, folder)

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes them a moment later)."""
        self._store.sync()
