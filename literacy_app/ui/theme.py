"""The look: the one style sheet, the lesson CSS, icons from the shipped SVG set, the font."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from literacy_app.services.config import assets_dir

ACCENT = "#a32020"
MUTED = "#6b6f76"
SUCCESS = "#1e6b34"

# The first installed of these carries the Chinese text: Windows, macOS, then Kylin/UOS and Debian.
_FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                  "Source Han Sans SC", "WenQuanYi Micro Hei", "Sans Serif"]  # fmt: skip


def apply_theme(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setPixelSize(14)
    app.setFont(font)
    app.setStyle("Fusion")
    sheet = (assets_dir() / "style.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet.replace("@ICONS@", (assets_dir() / "icons").as_posix()))


@cache
def lesson_css() -> str:
    return (assets_dir() / "lesson.css").read_text(encoding="utf-8")


@cache
def icon(name: str, color: str = MUTED, size: int = 20) -> QIcon:
    """An icon from assets/icons, drawn in `color` (the SVGs use currentColor)."""
    svg = (assets_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode()))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
