"""Engine and session set-up, and bringing the schema up to date with Alembic."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision. Knowing it here lets a current database open with one query
# instead of loading Alembic's script machinery (a tenth of a second at every start); a test checks
# it against Alembic's own idea of the head, so a new migration cannot forget to move it.
HEAD_REVISION = "0003"


def open_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, enforced foreign keys and a busy timeout."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # WAL with NORMAL sync survives a killed process; only an OS crash may lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def schema_revision(engine: Engine) -> str | None:
    """The revision the database is at (one query), or None if Alembic has not touched it yet."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("select version_num from alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no such table: SQLite, PostgreSQL
        return None


def upgrade_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration; a current one is only checked."""
    if schema_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database schema upgraded to head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
