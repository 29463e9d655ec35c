"""A database the program cannot use is refused before anything is written; a start that fails
changes nothing; two programs creating the same new database do not trip over each other."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from literacy_app.store.database import (
    HEAD_REVISION,
    NewerSchema,
    NotADatabase,
    UnversionedSchema,
    check_schema,
    open_engine,
    schema_revision,
    upgrade_schema,
)

# SQLite's own files, locks and journal; tests/store/test_server.py covers PostgreSQL.
pytestmark = pytest.mark.sqlite_only


def current_database(path: Path) -> Path:
    engine = open_engine(f"sqlite:///{path}")
    upgrade_schema(engine)
    engine.dispose()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and its bytes: what "untouched" means."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def refuse(path: Path, expected: type[Exception]) -> Exception:
    before = snapshot(path.parent)
    for attempt in (upgrade_schema, check_schema):
        engine = open_engine(f"sqlite:///{path}")
        with pytest.raises(expected) as raised:
            attempt(engine)
        engine.dispose()
        assert snapshot(path.parent) == before, attempt.__name__
    return raised.value


def test_tables_without_a_migration_record_are_refused_and_left_as_they_were(
    tmp_path: Path,
) -> None:
    path = tmp_path / "foreign.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table learners (id integer primary key, name text)")
        connection.execute("insert into learners values (1, '别人的数据')")
    connection.close()
    error = refuse(path, UnversionedSchema)
    assert error.tables == ["learners"]
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("select name from sqlite_master")]
    connection.close()
    assert tables == ["learners"]


def test_an_empty_migration_record_left_by_an_old_failed_start_is_not_in_the_way(
    tmp_path: Path,
) -> None:
    path = tmp_path / "empty-record.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table alembic_version (version_num varchar(32) primary key)")
    connection.close()
    engine = open_engine(f"sqlite:///{path}")
    upgrade_schema(engine)
    assert schema_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_a_migration_that_fails_half_way_leaves_no_table_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    real = command.upgrade

    def upgrade_then_fail(config, revision, **kwargs):
        real(config, revision, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    engine = open_engine(f"sqlite:///{tmp_path / 'new.db'}")
    with pytest.raises(RuntimeError):
        upgrade_schema(engine)
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = current_database(tmp_path / "newer.db")
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = '0042'")
    connection.close()
    assert refuse(path, NewerSchema).revision == "0042"


def test_a_truncated_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = current_database(tmp_path / "truncated.db")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    refuse(path, NotADatabase)


def test_random_bytes_are_refused_and_left_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(64 * 1024))
    assert "not a database" in refuse(path, NotADatabase).detail


def test_checking_a_current_database_writes_nothing(tmp_path: Path) -> None:
    path = current_database(tmp_path / "current.db")
    before = snapshot(tmp_path)
    engine = open_engine(f"sqlite:///{path}")
    check_schema(engine)
    engine.dispose()
    assert snapshot(tmp_path) == before


def test_checking_an_empty_database_file_leaves_it_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    engine = open_engine(f"sqlite:///{path}")
    check_schema(engine)
    engine.dispose()
    assert inspect(open_engine(f"sqlite:///{path}")).get_table_names() == []


def test_two_programs_creating_the_same_new_database_both_succeed(tmp_path: Path) -> None:
    for trial in range(5):
        url = f"sqlite:///{tmp_path / f'race-{trial}.db'}"
        start = threading.Barrier(2)
        failures: list[BaseException] = []

        def open_it(
            url: str = url,
            start: threading.Barrier = start,
            failures: list[BaseException] = failures,
        ) -> None:
            engine = open_engine(url)
            try:
                start.wait()
                upgrade_schema(engine)
            except BaseException as error:
                failures.append(error)
            finally:
                engine.dispose()

        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == [], f"trial {trial}"
        engine = open_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("select count(*) from alembic_version")).scalar() == 1
        engine.dispose()
