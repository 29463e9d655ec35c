"""Shared fixtures: every test gets its own data directory; Qt runs offscreen.

Tests of the store, the services and the reports that open an academy run twice, on SQLite and on
PostgreSQL (`database_backend`); see tests/postgres.py for where the server comes from.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig, install_root

from . import postgres
from .postgres import PostgresServer

REPO = install_root()
SHIPPED = (REPO / "courses", REPO / "quizzes", REPO / "scenarios")
TESTS = Path(__file__).parent
# Where the database is what is being tested; elsewhere (the window, the command line) SQLite
# stands for both.
ON_BOTH_BACKENDS = (TESTS / "store", TESTS / "services", TESTS / "test_cli_report.py")
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: tests SQLite itself (WAL, its file, its permissions); not run on PostgreSQL",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_backend" not in metafunc.fixturenames:
        return
    path = metafunc.definition.path
    both = any(path == place or place in path.parents for place in ON_BOTH_BACKENDS)
    if both and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("database_backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = postgres.server_url()
    if url is None:
        message = f"no PostgreSQL server: set {postgres.ENV_SERVER} to run these cases"
        if postgres.required():
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="module")
def database_backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": where this test's academies keep their records."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(database_backend: str, request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The URL of this test's own database; None for the default SQLite file in the data folder."""
    if database_backend == "sqlite":
        yield None
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.database()
    yield url.render_as_string(hide_password=False)
    server.drop(url)


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
def empty_database_url(
    database_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A database no migration has run on: a new SQLite file, or a new PostgreSQL database."""
    if database_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.database(migrated=False)
    yield url.render_as_string(hide_password=False)
    server.drop(url)


@pytest.fixture
def make_academy(data_dir: Path, database_url: str | None):
    """Academies on this test's database (every one made in a test shares it, as two windows on
    one machine or two clients of one server would)."""
    opened: list[Academy] = []

    def make(*content_paths: Path) -> Academy:
        paths = [str(p) for p in content_paths] if content_paths else None
        academy = Academy(AppConfig.resolve(data_dir, database_url, paths))
        opened.append(academy)
        return academy

    yield make
    for academy in opened:
        academy.close()


@pytest.fixture
def academy(make_academy) -> Academy:
    """An academy on a fresh database with the shipped content."""
    return make_academy()
