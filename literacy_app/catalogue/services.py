"""Sentences for the services' codes (refusals, things not available, results)."""

from __future__ import annotations

from enum import StrEnum

SERVICE_TEMPLATES: dict[StrEnum, str] = {}
