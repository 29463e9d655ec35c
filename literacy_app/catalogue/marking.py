"""`QT_TRANSLATE_NOOP` typed as what it is, for the catalogue's template tables.

PySide6's stubs declare it as returning `object`; at run time it returns its source text unchanged,
so the tables of templates can be typed as `str`. `pyside6-lupdate` finds the calls by this name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _qt_translate_noop

QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", _qt_translate_noop)
