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
            connection.execute(text("select version_num from alembic_version")).scalar() == "0002"
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


def test_records_made_before_an_upgrade_survive_it(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from literacy_app.store.database import MIGRATIONS

    engine = open_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "insert into learners values ('00000000000000000000000000000001', '老学员', '', 'leader', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        connection.execute(text(
            "insert into quiz_attempts (id, learner_id, course_id, content_hash, seed, question_ids, pass_mark, "
            "started_at, submitted_at, earned, possible, passed) values ('00000000000000000000000000000002', "
            "'00000000000000000000000000000001', 'c', 'h', 1, '[\"q\"]', 60, '2026-01-01 00:00:00', "
            "'2026-01-01 00:10:00', 1, 1, 1)"
        ))  # fmt: skip
    upgrade_schema(engine)
    with engine.connect() as connection:
        row = connection.execute(text("select kind, rules, earned from quiz_attempts")).one()
    assert row.kind == "final" and row.rules == "{}" and row.earned == 1.0
    engine.dispose()
