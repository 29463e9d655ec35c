"""A current database opens with one query (and a write probe) and no Alembic; an old or new one
is migrated."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from literacy_app.store import database
from literacy_app.store.database import (
    HEAD_REVISION,
    MIGRATIONS,
    open_engine,
    schema_revision,
    upgrade_schema,
)

# SQLite's own files, locks and journal; tests/store/test_server.py covers PostgreSQL.
pytestmark = pytest.mark.sqlite_only


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@pytest.fixture
def upgrades(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every `alembic.command.upgrade` and still runs it."""
    from alembic import command

    calls: list[str] = []
    real = command.upgrade

    def spy(config, revision, **kwargs):
        calls.append(revision)
        return real(config, revision, **kwargs)

    monkeypatch.setattr(command, "upgrade", spy)
    return calls


def test_the_known_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]


def test_a_new_database_is_created_by_alembic(tmp_path: Path, upgrades) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert schema_revision(engine) is None
    upgrade_schema(engine)
    assert upgrades == ["head"]
    assert schema_revision(engine) == HEAD_REVISION
    assert "learners" in inspect(engine).get_table_names()
    engine.dispose()


def test_a_current_database_opens_without_running_alembic(
    tmp_path: Path, upgrades, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    engine = open_engine(url)
    upgrade_schema(engine)
    engine.dispose()
    upgrades.clear()
    # In a fresh process Alembic would not even be imported: make importing it fail.
    for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "alembic", None)

    engine = open_engine(url)
    statements: list[str] = []
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    upgrade_schema(engine)
    assert upgrades == []
    # One query for the revision, one that asks for the right to write without writing, and a
    # look at the journal mode (already WAL in the file, so it is not switched again).
    assert statements == [
        "select version_num from alembic_version",
        "update alembic_version set version_num = version_num where 1 = 0",
        "PRAGMA journal_mode",
    ]
    engine.dispose()


def test_an_old_database_is_still_upgraded(tmp_path: Path, upgrades) -> None:
    from alembic import command

    engine = open_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    upgrades.clear()
    assert schema_revision(engine) == "0001"
    upgrade_schema(engine)
    assert upgrades == ["head"]
    assert schema_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("quiz_attempts")}
        assert "kind" in columns
        assert connection.execute(text("select count(*) from alembic_version")).scalar() == 1
    engine.dispose()


def test_the_store_module_does_not_import_alembic_at_import_time() -> None:
    import subprocess

    code = "import sys, literacy_app.store.database; print('alembic' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False", database.__file__
