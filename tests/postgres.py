"""A PostgreSQL server for the tests: each test gets a database of its own, made in a moment by
copying a template the migrations already ran on.

The server is named by `LITERACY_APP_TEST_POSTGRES_URL` (a role that may create databases, e.g.
`postgresql+psycopg://postgres@/postgres?host=/tmp/pg&port=5433`). Without it the PostgreSQL cases
are skipped, unless `LITERACY_APP_REQUIRE_POSTGRES=1` (as `.ci/run` sets) makes that a failure.
"""

from __future__ import annotations

import itertools
import os

from sqlalchemy import URL, Connection, Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from literacy_app.store.database import open_engine, upgrade_schema

ENV_SERVER = "LITERACY_APP_TEST_POSTGRES_URL"
ENV_REQUIRED = "LITERACY_APP_REQUIRE_POSTGRES"


class PostgresServer:
    """Creates and drops the tests' databases; names carry the process id so that two test runs
    sharing one server never meet."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # CREATE and DROP DATABASE refuse to run inside a transaction.
        self._admin: Engine = create_engine(
            self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._prefix = f"literacy_test_{os.getpid()}"
        self._numbers = itertools.count()
        self._template: str | None = None
        with self._admin.connect() as connection:
            version = connection.execute(text("show server_version_num")).scalar_one()
            # From PostgreSQL 15 on, FILE_COPY copies the template's files instead of writing them
            # all through the WAL: several times faster for a database this small.
            self._strategy = " strategy file_copy" if int(version) >= 150000 else ""
            # Databases a killed earlier run of this same process id left behind.
            for (name,) in connection.execute(
                text("select datname from pg_database where datname like :prefix"),
                {"prefix": f"{self._prefix}%"},
            ):
                connection.exec_driver_sql(f'drop database "{name}" with (force)')

    def database(self, *, migrated: bool = True) -> URL:
        """A new database: at the newest schema (a copy of the template), or empty."""
        name = f"{self._prefix}_{next(self._numbers)}"
        template = self._migrated_template() if migrated else "template0"
        with self._admin.connect() as connection:
            connection.exec_driver_sql(
                f'create database "{name}" template "{template}"{self._strategy}'
            )
        return self.url.set(database=name)

    def admin(self) -> Connection:
        """A connection of the server's role outside any transaction (ALTER DATABASE, say)."""
        return self._admin.connect()

    def drop(self, url: URL) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'drop database if exists "{url.database}" with (force)')

    def close(self) -> None:
        if self._template is not None:
            self.drop(self.url.set(database=self._template))
        self._admin.dispose()

    def _migrated_template(self) -> str:
        if self._template is None:
            url = self.database(migrated=False)
            engine = open_engine(url.render_as_string(hide_password=False))
            upgrade_schema(engine)
            engine.dispose()  # a template may have no one connected while it is copied
            self._template = url.database
        return self._template


def server_url() -> str | None:
    return os.environ.get(ENV_SERVER) or None


def required() -> bool:
    return os.environ.get(ENV_REQUIRED, "") not in ("", "0")
