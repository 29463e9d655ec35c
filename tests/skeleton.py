"""The example course `new-course` writes, made from this checkout's templates.

The program finds its templates in the installed copy; tests point it at the checkout they run
from, so a change to the templates is tested before it is installed (tests/test_install.py checks
that the wheel carries them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.services import authoring

ASSETS = Path(__file__).resolve().parents[1] / "assets"


@pytest.fixture
def skeleton_templates(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(authoring, "assets_dir", lambda: ASSETS)
    return ASSETS / "templates" / authoring.SKELETON


def new_course(root: Path, course_id: str = "demo", title: str | None = None) -> Path:
    """A fresh example course in `root` (a content root); returns its course folder."""
    return authoring.create_course(root, course_id, title).course_folder
