"""The application's core object: storage opened and migrated, content loaded, services wired."""

from __future__ import annotations

import logging
import os
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.content.library import Library
from literacy_app.content.overlay import overlay
from literacy_app.services.accounts import AccountService
from literacy_app.services.assessment import AssessmentService
from literacy_app.services.assignments import AssignmentService
from literacy_app.services.audit import AuditService
from literacy_app.services.certificates import CertificateService
from literacy_app.services.config import AppConfig
from literacy_app.services.course_packages import CoursePackageService, installed_folders
from literacy_app.services.data_dir import prepare_data_dir, probe_folder
from literacy_app.services.errors import DatabaseUnusable, ServiceCode
from literacy_app.services.installation import InstallationService
from literacy_app.services.learners import LearnerService
from literacy_app.services.learning import LearningService
from literacy_app.services.library_cache import load_library_cached
from literacy_app.services.review import ReviewService
from literacy_app.services.scenarios import ScenarioService
from literacy_app.store.database import (
    DatabaseStateError,
    LoginRefused,
    NewerSchema,
    NotADatabase,
    ReadOnlyDatabase,
    ServerUnreachable,
    UnversionedSchema,
    check_schema,
    database_location,
    open_engine,
    session_factory,
    upgrade_schema,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from literacy_app.services.progress_exchange import ProgressExchangeService
    from literacy_app.services.reporting import ReportingService
    from literacy_app.services.reports import ReportService
    from literacy_app.services.roster import RosterService

__all__ = ["Academy", "Library"]  # the interface names the library's type through its core

log = logging.getLogger(__name__)


class Academy:
    """Opens the database (creating or upgrading it) and holds the content library."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        prepare_data_dir(config.data_dir)
        self.engine = open_engine(config.db_url)
        try:
            _check_database_file(self.engine)
            upgrade_schema(self.engine)
        except DatabaseStateError as error:
            self.engine.dispose()
            raise _refusal(error, database_location(self.engine)) from error
        self._sessions = sessions = session_factory(self.engine)
        self._library: Library | None = None
        self._shipped: Library | None = None
        self._set_aside: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self.accounts = AccountService(sessions)
        self.learners = LearnerService(sessions)
        self.learning = LearningService(sessions, self.library)
        self.assessment = AssessmentService(sessions, self.library)
        self.review = ReviewService(sessions, self.library, self.assessment)
        self.scenarios = ScenarioService(sessions, self.library)
        self.audit = AuditService(sessions)
        # The key is read or made on first use, so start-up never pays for it.
        self.installation = InstallationService(config.data_dir, sessions)
        self.certificates = CertificateService(sessions, self.learning, self.installation)
        self.assignments = AssignmentService(sessions, self.library)
        self.packages = CoursePackageService(
            config.library_dir,
            config.data_dir / "cache" / "packages",
            sessions,
            self.shipped_library,
            lambda: (self.library(), self._set_aside),
            self.reload_library,
        )

    # What only administrators use is made on first use: a learner's start does not import it.
    @cached_property
    def roster(self) -> RosterService:
        from literacy_app.services.roster import RosterService

        return RosterService(self._sessions)

    @cached_property
    def progress(self) -> ProgressExchangeService:
        from literacy_app.services.progress_exchange import ProgressExchangeService

        return ProgressExchangeService(self._sessions, self.installation, self.config.data_dir)

    @cached_property
    def reporting(self) -> ReportingService:
        from literacy_app.services.reporting import ReportingService

        return ReportingService(self._sessions, self.library, self.assessment, self.scenarios)

    @cached_property
    def reports(self) -> ReportService:
        from literacy_app.services.reports import ReportService

        return ReportService(
            self._sessions,
            self.library,
            self.reporting.course_rows,
            self.installation.installation_id,
        )

    def library(self) -> Library:
        """The content library, read on first use (from the cache when no file has changed): the
        shipped content with the installed course packages laid over it (`content.overlay`)."""
        with self._lock:
            if self._library is None:
                cache = self.config.data_dir / "cache"
                self._shipped = load_library_cached(
                    self.config.content_paths, cache / "library.pickle"
                )
                installed = [
                    load_library_cached([folder], self.packages.cache_file(folder))
                    for folder in installed_folders(self.packages.library_dir)
                ]
                overlaid = overlay(self._shipped, installed)
                self._library, self._set_aside = overlaid.library, overlaid.set_aside
                log.info(
                    "content: %d courses usable, %d unavailable, %d banks, %d installed",
                    len(self._library.courses), len(self._library.unavailable),
                    len(self._library.banks), len(installed),
                )  # fmt: skip
            return self._library

    def shipped_library(self) -> Library:
        """The content without the installed packages (what an installed course is compared with)."""
        self.library()
        assert self._shipped is not None
        return self._shipped

    def reload_library(self) -> None:
        """Read the content again on next use: a course package was installed or removed."""
        with self._lock:
            self._library = None

    def close(self) -> None:
        self.engine.dispose()


def check_data_dir(config: AppConfig) -> None:
    """Raise what a start on this data directory and database would refuse, changing nothing.

    For the self-test: a missing folder is fine if it could be created, a missing database file if
    the folder could hold one; an existing database is opened, checked and probed for writing in a
    transaction that is rolled back.
    """
    existing = config.data_dir
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        if not existing.is_dir():
            raise NotADirectoryError(existing)
        probe_folder(existing)
    except OSError as error:
        raise DatabaseUnusable(ServiceCode.DATA_DIR_UNUSABLE, path=str(config.data_dir)) from error
    engine = open_engine(config.db_url)
    location = database_location(engine)
    try:
        if engine.dialect.name == "sqlite" and not Path(location).exists():
            return  # a start would create it; connecting now would leave an empty file behind
        _check_database_file(engine)
        check_schema(engine)
    except DatabaseStateError as error:
        raise _refusal(error, location) from error
    finally:
        engine.dispose()


def _check_database_file(engine: Engine) -> None:
    """A SQLite file that is a folder or may not be written is refused before SQLite opens it,
    which would otherwise leave journal files next to it."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    path = Path(engine.url.database)
    if path.is_dir():
        raise NotADatabase("is a directory")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnlyDatabase(str(path))


def _refusal(error: DatabaseStateError, location: str) -> DatabaseUnusable:
    if isinstance(error, ReadOnlyDatabase):
        return DatabaseUnusable(ServiceCode.DATABASE_READ_ONLY, path=location)
    if isinstance(error, NewerSchema):
        return DatabaseUnusable(ServiceCode.DATABASE_NEWER, path=location, revision=error.revision)
    if isinstance(error, UnversionedSchema):
        return DatabaseUnusable(
            ServiceCode.DATABASE_UNVERSIONED, path=location, tables=", ".join(error.tables)
        )
    if isinstance(error, ServerUnreachable):
        return DatabaseUnusable(
            ServiceCode.DATABASE_SERVER_UNREACHABLE, path=location, detail=error.detail
        )
    if isinstance(error, LoginRefused):
        return DatabaseUnusable(
            ServiceCode.DATABASE_LOGIN_REFUSED, path=location, detail=error.detail
        )
    assert isinstance(error, NotADatabase)
    return DatabaseUnusable(ServiceCode.DATABASE_UNREADABLE, path=location, detail=error.detail)
