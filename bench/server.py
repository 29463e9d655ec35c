"""A database of its own on a PostgreSQL server for a benchmark, dropped afterwards.

The server is `--server URL` or the environment's `LITERACY_APP_BENCH_POSTGRES_URL` (falling back
to the tests' `LITERACY_APP_TEST_POSTGRES_URL`): a role that may create databases, e.g.
`postgresql+psycopg://postgres@/postgres?host=/tmp/pg&port=5433`.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

ENVIRONMENT = ("LITERACY_APP_BENCH_POSTGRES_URL", "LITERACY_APP_TEST_POSTGRES_URL")


def add_server_option(parser: argparse.ArgumentParser) -> None:
    default = next((os.environ[name] for name in ENVIRONMENT if os.environ.get(name)), None)
    parser.add_argument(
        "--server", default=default, required=default is None,
        help=f"a PostgreSQL URL whose role may create databases (or {ENVIRONMENT[0]})",
    )  # fmt: skip


@contextmanager
def server_database(server: str, name: str) -> Iterator[str]:
    """The URL of a new, empty database `name` on the server; dropped when the block ends."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'drop database if exists "{name}" with (force)')
        connection.exec_driver_sql(f'create database "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'drop database if exists "{name}" with (force)')
        admin.dispose()
