"""The trainer's live preview of a course folder (`literacy-app preview`, and 课程管理's 预览)."""

from __future__ import annotations

from literacy_app.ui.preview.window import PreviewWindow

__all__ = ["PreviewWindow"]
