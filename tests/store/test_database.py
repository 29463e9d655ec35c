"""The schema comes from Alembic migrations; SQLite runs in WAL mode with foreign keys enforced."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from literacy_app.store.database import open_engine, session_factory, upgrade_schema
from literacy_app.store.models import Base, LessonProgress


@pytest.fixture
def engine(tmp_path: Path):
    engine = open_engine(f"sqlite:///{tmp_path / 'test.db'}")
    upgrade_schema(engine)
    yield engine
    engine.dispose()


def test_migrations_create_every_table_the_models_declare(engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    with engine.connect() as connection:
        assert (
            connection.execute(text("select version_num from alembic_version")).scalar() == "0001"
        )


def test_upgrading_twice_changes_nothing(engine) -> None:
    before = set(inspect(engine).get_table_names())
    upgrade_schema(engine)
    assert set(inspect(engine).get_table_names()) == before


def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine) -> None:
    with engine.connect() as connection:
        assert connection.execute(text("pragma journal_mode")).scalar() == "wal"
        assert connection.execute(text("pragma foreign_keys")).scalar() == 1


def test_a_record_for_a_missing_learner_is_refused(engine) -> None:
    import uuid

    sessions = session_factory(engine)
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(
            LessonProgress(learner_id=uuid.uuid4(), course_id="c", lesson_id="l", content_hash="h")
        )
