"""The schema comes from Alembic migrations, on SQLite and on PostgreSQL; SQLite runs in WAL mode
with foreign keys enforced."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from literacy_app.store.database import (
    HEAD_REVISION,
    open_engine,
    session_factory,
    upgrade_schema,
)
from literacy_app.store.models import Base, LessonProgress


@pytest.fixture
def empty_engine(empty_database_url: str):
    """An engine on a database no migration has touched yet."""
    engine = open_engine(empty_database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(empty_engine):
    upgrade_schema(empty_engine)
    return empty_engine


def as_json(value: object, engine) -> object:
    """A JSON column read with plain SQL: text on SQLite, already decoded on PostgreSQL."""
    return json.loads(value) if engine.dialect.name == "sqlite" else value


def test_migrations_create_every_table_the_models_declare(engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    with engine.connect() as connection:
        assert (
            connection.execute(text("select version_num from alembic_version")).scalar()
            == HEAD_REVISION
        )


def test_the_migrated_schema_is_the_one_the_models_declare(engine) -> None:
    # Alembic's own comparison: a column, type, nullability or index the models have and the
    # migrations forgot (or the other way round) is listed here.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrading_twice_changes_nothing(engine) -> None:
    before = set(inspect(engine).get_table_names())
    upgrade_schema(engine)
    assert set(inspect(engine).get_table_names()) == before


@pytest.mark.sqlite_only
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


def test_records_made_before_an_upgrade_survive_it(empty_engine) -> None:
    from alembic import command
    from alembic.config import Config

    from literacy_app.store.database import MIGRATIONS

    engine = empty_engine
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
            "'2026-01-01 00:10:00', 1, 1, true)"
        ))  # fmt: skip
    upgrade_schema(engine)
    with engine.connect() as connection:
        row = connection.execute(text("select kind, rules, earned from quiz_attempts")).one()
    assert row.kind == "final" and as_json(row.rules, engine) == {} and row.earned == 1.0


def test_records_made_before_0003_keep_their_kind_and_lose_the_stored_title(empty_engine) -> None:
    from alembic import command
    from alembic.config import Config

    from literacy_app.store.database import MIGRATIONS

    engine = empty_engine
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    learner = "00000000000000000000000000000001"
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text(
            f"insert into learners values ('{learner}', '老学员', '', 'public', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        ))  # fmt: skip
        attempt = (
            "insert into quiz_attempts (id, learner_id, kind, course_id, content_hash, seed, question_ids, "
            "rules, pass_mark, started_at, submitted_at, earned, possible, passed) values "
            "(:id, :learner, :kind, '', '', 1, '[\"q\"]', :rules, 60, '2026-01-01 00:00:00', :submitted, 1, 1, true)"
        )
        connection.execute(text(attempt), [
            {"id": "0" * 31 + "2", "learner": learner, "kind": "daily", "submitted": "2026-01-01 00:10:00",
             "rules": '{"review": "explanations", "title": "每日练习"}'},
            {"id": "0" * 31 + "3", "learner": learner, "kind": "review", "submitted": None,
             "rules": '{"review": "explanations", "title": "错题复习"}'},
        ])  # fmt: skip
        connection.execute(text(
            "insert into attempt_answers (id, attempt_id, question_id, response, correct, credit, answered_at) "
            "values ('00000000000000000000000000000004', '00000000000000000000000000000003', 'q', '\"A\"', false, 0.0, "
            "'2026-01-01 00:05:00')"
        ))  # fmt: skip
        connection.execute(text(
            "insert into scenario_runs (id, learner_id, scenario_id, content_hash, started_at, finished_at, steps, "
            f"stage_id) values ('00000000000000000000000000000005', '{learner}', 's', 'h', '2026-01-01 00:00:00', "
            "'2026-01-01 00:20:00', '[]', 'end')"
        ))  # fmt: skip
    upgrade_schema(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text("select kind, rules, status from quiz_attempts order by id")
        ).all()
        answer = connection.execute(text("select * from attempt_answers")).mappings().one()
        run_status = connection.execute(text("select status from scenario_runs")).scalar()
    assert [(row.kind, as_json(row.rules, engine), row.status) for row in rows] == [
        ("daily", {"review": "explanations"}, "completed"),
        ("review", {"review": "explanations"}, "open"),
    ]
    assert (
        as_json(answer["response"], engine) == "A"
        and "credit" not in answer
        and "correct" not in answer
    )
    assert run_status == "completed"
