"""Engine and session set-up, and bringing the schema up to date with Alembic.

A start either brings the database to the newest schema in one transaction or changes nothing:
a database this program cannot use (not a database, written by a newer version, tables with no
migration record, or one it may not write) is refused with a typed error before anything is written.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision. Knowing it here lets a current database open with one query
# instead of loading Alembic's script machinery (a tenth of a second at every start); a test checks
# it against Alembic's own idea of the head, so a new migration cannot forget to move it.
HEAD_REVISION = "0006"
VERSION_TABLE = "alembic_version"
# An execution option: on SQLite the transaction begins with the write lock taken (see
# `_begin_sqlite`); schema changes, and writes that depend on what the transaction read first.
WRITE_TRANSACTION = "literacy_write_transaction"
# Asks for the right to write without writing: SQLite and PostgreSQL both refuse an UPDATE on a
# database or table the connection may only read, even when no row matches.
_WRITE_PROBE = text(f"update {VERSION_TABLE} set version_num = version_num where 1 = 0")
_WAL_SWITCH_WAIT_SECONDS = 5.0
# A server that does not answer is reported after this long instead of libpq's default of forever.
_CONNECT_TIMEOUT_SECONDS = 10
# Clients of one server starting a new version at the same moment migrate one after the other: the
# first takes this transaction-level advisory lock, the others wait, then find the schema current.
_MIGRATION_LOCK_KEY = 0x4C495445524143  # "LITERAC"


class DatabaseStateError(Exception):
    """The database is in a state this program will not open; nothing was written to it."""


class NotADatabase(DatabaseStateError):
    """The file cannot be read as a database (truncated, overwritten, a folder); `detail` says how."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class ReadOnlyDatabase(DatabaseStateError):
    """The database (or the folder SQLite needs for its journal) may be read but not written."""


class NewerSchema(DatabaseStateError):
    """The database was made by a newer version of the program, at a revision this one lacks."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class ServerUnreachable(DatabaseStateError):
    """No connection to the database server (down, wrong address, a firewall); `detail` says how."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class LoginRefused(DatabaseStateError):
    """The server answered but refused the role, its password or the database named in the URL."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class UnversionedSchema(DatabaseStateError):
    """The database has tables but no migration record: not ours, or damaged; never guess."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


def open_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, enforced foreign keys, a busy timeout and real
    transactions around schema changes; a server gets a connect timeout and a pool that replaces
    connections the server (or a network device) has closed in the meantime."""
    if make_url(url).get_backend_name() != "sqlite":
        # The reports bind times as naive UTC (as SQLite stores them); a server whose time zone is
        # local (Asia/Shanghai, say) would read those as local times and shift every date filter.
        connect_args = {"connect_timeout": _CONNECT_TIMEOUT_SECONDS, "options": "-c timezone=UTC"}
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL is not set here: switching a file to it rewrites its header, and a database that is
    # then refused must be left byte for byte as it was. `upgrade_schema` sets it once accepted.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # WAL with NORMAL sync survives a killed process; only an OS crash may lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    # Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE, so a CREATE
    # TABLE ran on its own and a failed migration left half a schema (an empty alembic_version)
    # behind. Schema work asks for a real transaction, IMMEDIATE so that it takes the write lock
    # at once and a second program migrating the same new database waits instead of failing.
    # Ordinary work keeps the module's behaviour: its reads take no snapshot that a later write
    # would find stale, so two windows writing at once wait for each other (busy_timeout). Work
    # that decides what to write from what it read (an answer to an attempt still open) asks for
    # the lock first too, else another window could change what it read before it writes.
    if connection.get_execution_options().get(WRITE_TRANSACTION, False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def database_location(engine: Engine) -> str:
    """What to call the database in a message: the SQLite file, or the URL without its password."""
    if engine.dialect.name == "sqlite" and engine.url.database:
        return engine.url.database
    return engine.url.render_as_string(hide_password=True)


def schema_revision(engine: Engine) -> str | None:
    """The revision the database is at (one query), or None if Alembic has not touched it yet."""
    try:
        connection = engine.connect()
    except DatabaseError as error:
        raise _connection_error(engine, error) from error
    try:
        with connection:
            return connection.execute(text(f"select version_num from {VERSION_TABLE}")).scalar()
    except (OperationalError, ProgrammingError) as error:
        if _is_missing_table(error):
            return None
        raise _state_error(error) from error
    except DatabaseError as error:
        raise _state_error(error) from error


def upgrade_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration, all or nothing; a current database
    is only checked, including that it may be written."""
    revision = schema_revision(engine)
    try:
        if revision == HEAD_REVISION:
            with engine.connect() as connection, connection.begin() as transaction:
                connection.execute(_WRITE_PROBE)
                transaction.rollback()
        else:
            _migrate(engine)
            log.info("database schema upgraded to head")
        if engine.dialect.name == "sqlite":
            _use_wal(engine)
    except DatabaseError as error:
        raise _state_error(error) from error


def _use_wal(engine: Engine) -> None:
    # Persistent in the file, so every later connection runs in WAL mode. Switching needs the
    # file to itself and SQLite does not wait for that (busy_timeout does not apply), so a second
    # program still checking the schema it just found current is waited for here, briefly.
    deadline = time.monotonic() + _WAL_SWITCH_WAIT_SECONDS
    while True:
        try:
            with engine.connect() as connection:
                mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
                if mode != "wal":
                    connection.exec_driver_sql("PRAGMA journal_mode=WAL")
                return
        except OperationalError as error:
            if "locked" not in str(error.orig) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def check_schema(engine: Engine) -> None:
    """Raise what a start would refuse, writing nothing: the self-test's look at a database."""
    revision = schema_revision(engine)
    try:
        schema = engine.execution_options(**{WRITE_TRANSACTION: True})
        with schema.connect() as connection, connection.begin() as transaction:
            _refuse_unusable(connection, revision)
            if revision is not None:
                connection.execute(_WRITE_PROBE)
            else:  # nothing to update yet: ask to write by creating a table that is rolled back
                connection.execute(text("create table literacy_write_probe (id integer)"))
            transaction.rollback()
    except DatabaseError as error:
        raise _state_error(error) from error


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    schema = engine.execution_options(**{WRITE_TRANSACTION: True})
    with schema.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("select pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        # Read again inside the transaction (and the lock): another program may have migrated in
        # the meantime.
        revision = (
            connection.execute(text(f"select version_num from {VERSION_TABLE}")).scalar()
            if inspect(connection).has_table(VERSION_TABLE)
            else None
        )
        if revision == HEAD_REVISION:
            return
        _refuse_unusable(connection, revision)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _refuse_unusable(connection: Connection, revision: str | None) -> None:
    if revision is None:
        tables = sorted(set(inspect(connection).get_table_names()) - {VERSION_TABLE})
        if tables:
            raise UnversionedSchema(tables)
    elif revision != HEAD_REVISION and not _known_revision(revision):
        raise NewerSchema(revision)


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def _is_missing_table(error: DatabaseError) -> bool:
    return "no such table" in str(error.orig) or "does not exist" in str(error.orig)


def _connection_error(engine: Engine, error: DatabaseError) -> DatabaseStateError:
    if engine.dialect.name == "sqlite":
        return _state_error(error)
    detail = str(error.orig).strip()
    # libpq gives no error code for a failed connection, only its message; these are its words
    # for a server that answered and said no.
    refusals = ("authentication failed", "password", "does not exist", "no pg_hba.conf entry")
    if any(words in detail for words in refusals):
        return LoginRefused(detail)
    return ServerUnreachable(detail)


def _state_error(error: DatabaseError) -> DatabaseStateError:
    detail = str(error.orig)
    if "readonly" in detail or "read-only" in detail or "permission denied" in detail.lower():
        return ReadOnlyDatabase(detail)
    return NotADatabase(detail)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
