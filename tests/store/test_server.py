"""A shared PostgreSQL server: a server that cannot be reached or refuses the login is named in a
plain message (never with the password); clients starting a new version at once migrate one after
the other; the self-test's look at a server database changes nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import DateTime, inspect, literal, select

from literacy_app.catalogue import describe
from literacy_app.services.academy import Academy, check_data_dir
from literacy_app.services.config import AppConfig
from literacy_app.services.errors import DatabaseUnusable, ServiceCode
from literacy_app.store.database import HEAD_REVISION, open_engine, schema_revision

from ..postgres import PostgresServer

PASSWORD = "s3cret-Passw0rd"
# The clients run this checkout's program (`python -c` puts the working folder first on sys.path).
CHECKOUT = Path(__file__).parents[2]


def refusal(data_dir: Path, url: str) -> DatabaseUnusable:
    """What a start and the self-test both say about `url`; they must agree."""
    with pytest.raises(DatabaseUnusable) as started:
        Academy(AppConfig.resolve(data_dir, url, None))
    with pytest.raises(DatabaseUnusable) as checked:
        check_data_dir(AppConfig.resolve(data_dir, url, None))
    assert started.value.message == checked.value.message
    return started.value


def test_a_server_that_cannot_be_reached_is_named_without_its_password(
    data_dir: Path, tmp_path: Path
) -> None:
    # A socket folder with no server in it fails at once, as a host that is down would.
    url = f"postgresql+psycopg://clerk:{PASSWORD}@/literacy?host={tmp_path}&port=5999"
    error = refusal(data_dir, url)
    assert error.code is ServiceCode.DATABASE_SERVER_UNREACHABLE
    sentence = describe(error.message)
    assert "无法连接数据库服务器" in sentence and "clerk" in sentence and "5999" in sentence
    assert PASSWORD not in sentence


def test_a_login_the_server_refuses_is_named_without_its_password(
    data_dir: Path, postgres_server: PostgresServer
) -> None:
    url = postgres_server.url.set(username="nobody_here", password=PASSWORD)
    error = refusal(data_dir, url.render_as_string(hide_password=False))
    assert error.code is ServiceCode.DATABASE_LOGIN_REFUSED
    sentence = describe(error.message)
    assert "拒绝了登录" in sentence and "nobody_here" in sentence
    assert PASSWORD not in sentence


def test_a_database_missing_on_the_server_is_a_refused_login_not_an_empty_database(
    data_dir: Path, postgres_server: PostgresServer
) -> None:
    url = postgres_server.url.set(database="literacy_no_such_database")
    error = refusal(data_dir, url.render_as_string(hide_password=False))
    assert error.code is ServiceCode.DATABASE_LOGIN_REFUSED
    assert "literacy_no_such_database" in describe(error.message)


def test_the_self_test_looks_at_an_empty_server_database_and_creates_nothing(
    data_dir: Path, postgres_server: PostgresServer
) -> None:
    url = postgres_server.database(migrated=False)
    try:
        check_data_dir(AppConfig.resolve(data_dir, url.render_as_string(hide_password=False), None))
        engine = open_engine(url.render_as_string(hide_password=False))
        assert inspect(engine).get_table_names() == []
        engine.dispose()
    finally:
        postgres_server.drop(url)


FIRST_START = """
import sys, time
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
while time.time() < float(sys.argv[3]):  # all start together
    time.sleep(0.01)
Academy(AppConfig.resolve(sys.argv[1], sys.argv[2], None)).close()
"""


def test_clients_starting_at_once_on_a_new_database_migrate_it_once(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    url = postgres_server.database(migrated=False)
    address = url.render_as_string(hide_password=False)
    at = str(time.time() + 3.0)  # after every interpreter has imported the program
    try:
        clients = [
            subprocess.Popen(
                [sys.executable, "-c", FIRST_START, str(tmp_path / str(n)), address, at],
                cwd=CHECKOUT,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(4)
        ]
        errors = [client.communicate(timeout=120)[1] for client in clients]
        assert [client.returncode for client in clients] == [0] * 4, errors
        academy = Academy(AppConfig.resolve(tmp_path / "later", address, None))
        try:
            assert schema_revision(academy.engine) == HEAD_REVISION
            academy.learners.create("学员", "", "public")
            assert [p.name for p in academy.learners.all()] == ["学员"]
        finally:
            academy.close()
    finally:
        postgres_server.drop(url)


def test_times_compare_in_utc_on_a_server_set_to_local_time(
    data_dir: Path, postgres_server: PostgresServer
) -> None:
    """Times are kept and compared in UTC whatever time zone the server's administrator chose."""
    url = postgres_server.database()
    try:
        with postgres_server.admin() as connection:
            connection.exec_driver_sql(
                f"alter database \"{url.database}\" set timezone to 'Asia/Shanghai'"
            )
        academy = Academy(
            AppConfig.resolve(data_dir, url.render_as_string(hide_password=False), None)
        )
        try:
            moment = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
            with academy.engine.connect() as connection:
                # A naive UTC time (what the reports bind) equals the same moment with its zone.
                same = connection.execute(
                    select(
                        literal(moment, DateTime(timezone=True))
                        == literal(moment.replace(tzinfo=None))
                    )
                ).scalar_one()
            assert same is True
        finally:
            academy.close()
    finally:
        postgres_server.drop(url)
