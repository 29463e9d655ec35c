"""Where the program's log goes: a rotating file in the data directory.

The log is for whoever looks after the installation; people read the translated messages the
window and the commands show. So the commands never print log records: a warning a service logs
(a refused progress file, an unreadable roster) goes to the file, or nowhere when the command runs
without a data directory (`keygen`, `pack`, `validate` do not make one).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from literacy_app.services.config import AppConfig

log = logging.getLogger(__name__)

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The handler installed last: a second call (tests run many commands in one process) replaces it
# instead of stacking handlers on files of data directories long gone.
_installed: list[logging.Handler] = []


def log_to_data_dir(config: AppConfig, *, console_fallback: bool) -> None:
    """Send every record of INFO and above to `<data dir>/logs/literacy-app.log`.

    The window (`console_fallback`) makes the folder, and logs to the console where it cannot be
    written (the dialog that explains why comes later and must not be preceded by a traceback);
    a command writes the file only when the data directory already exists, and otherwise drops
    the records.
    """
    handler: logging.Handler
    failure: OSError | None = None
    if not console_fallback and not config.data_dir.is_dir():
        handler = logging.NullHandler()
    else:
        try:
            config.log_dir.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                config.log_dir / "literacy-app.log",
                maxBytes=1_000_000,
                backupCount=3,
                encoding="utf-8",
            )
        except OSError as error:
            handler = logging.StreamHandler() if console_fallback else logging.NullHandler()
            failure = error
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    while _installed:
        previous = _installed.pop()
        root.removeHandler(previous)
        previous.close()
    root.addHandler(handler)
    _installed.append(handler)
    root.setLevel(logging.INFO)
    if failure is not None:
        log.warning("cannot write the log in %s: %s", config.log_dir, failure)
