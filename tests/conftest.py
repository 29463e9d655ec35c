"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig, install_root

REPO = install_root()
SHIPPED = (REPO / "courses", REPO / "quizzes", REPO / "scenarios")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's real data directory or database."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LITERACY_APP_DATA_DIR", str(folder))
    monkeypatch.delenv("LITERACY_APP_DB_URL", raising=False)
    monkeypatch.delenv("LITERACY_APP_CONTENT_DIR", raising=False)
    monkeypatch.delenv("LITERACY_APP_LANG", raising=False)
    return folder


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """No test reads or writes the user's real window settings (font size, geometry, language)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the shipped courses and banks, free to break."""
    root = tmp_path / "content"
    for source in SHIPPED:
        shutil.copytree(source, root / source.name)
    return root


@pytest.fixture
def make_academy(data_dir: Path):
    opened: list[Academy] = []

    def make(*content_paths: Path) -> Academy:
        paths = [str(p) for p in content_paths] if content_paths else None
        academy = Academy(AppConfig.resolve(data_dir, None, paths))
        opened.append(academy)
        return academy

    yield make
    for academy in opened:
        academy.close()


@pytest.fixture
def academy(make_academy) -> Academy:
    """An academy on a fresh database with the shipped content."""
    return make_academy()
