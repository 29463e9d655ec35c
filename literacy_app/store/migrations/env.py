"""Alembic environment: runs against the connection the application hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from literacy_app.store.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # `alembic` on the command line, for writing new migrations
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("Set sqlalchemy.url in the Alembic configuration to run migrations.")
    with create_engine(url).connect() as conn:
        _run(conn)
