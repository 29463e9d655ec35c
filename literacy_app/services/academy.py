"""The application's core object: storage opened and migrated, content loaded, services wired."""

from __future__ import annotations

import logging
import threading

from literacy_app.content.library import Library
from literacy_app.services.assessment import AssessmentService
from literacy_app.services.config import AppConfig
from literacy_app.services.learners import LearnerService
from literacy_app.services.learning import LearningService
from literacy_app.services.library_cache import load_library_cached
from literacy_app.services.review import ReviewService
from literacy_app.services.scenarios import ScenarioService
from literacy_app.store.database import open_engine, session_factory, upgrade_schema

__all__ = ["Academy", "Library"]  # the interface names the library's type through its core

log = logging.getLogger(__name__)


class Academy:
    """Opens the database (creating or upgrading it) and holds the content library."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine = open_engine(config.db_url)
        upgrade_schema(self.engine)
        sessions = session_factory(self.engine)
        self._library: Library | None = None
        self._lock = threading.Lock()
        self.learners = LearnerService(sessions)
        self.learning = LearningService(sessions, self.library)
        self.assessment = AssessmentService(sessions, self.library)
        self.review = ReviewService(sessions, self.library, self.assessment)
        self.scenarios = ScenarioService(sessions, self.library)

    def library(self) -> Library:
        """The content library, read on first use (from the cache when no file has changed)."""
        with self._lock:
            if self._library is None:
                self._library = load_library_cached(
                    self.config.content_paths, self.config.data_dir / "cache" / "library.pickle"
                )
                log.info(
                    "content: %d courses usable, %d unavailable, %d banks",
                    len(self._library.courses), len(self._library.unavailable), len(self._library.banks),
                )  # fmt: skip
            return self._library

    def close(self) -> None:
        self.engine.dispose()
