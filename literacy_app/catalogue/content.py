"""Sentences for the content layer's problem codes (course files, banks, drills)."""

from __future__ import annotations

from enum import StrEnum

CONTENT_TEMPLATES: dict[StrEnum, str] = {}
