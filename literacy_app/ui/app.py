"""Starting the window: the Qt application, translations, theme, logging and the self-test."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import replace
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from literacy_app import __version__
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).with_name("i18n")
DEFAULT_LANGUAGE = "zh_CN"
ENV_LANGUAGE = "LITERACY_APP_LANG"
_translators: list[QTranslator] = []


def configure_logging(config: AppConfig) -> None:
    config.log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        config.log_dir / "literacy-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def create_application(language: str | None = None) -> QApplication:
    """The QApplication with translations and theme; the source strings are Chinese (zh_CN)."""
    from literacy_app.ui.errors import install_exception_hook
    from literacy_app.ui.garbage import GuiThreadCollector
    from literacy_app.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("literacy-app")
    app.setApplicationDisplayName("政务新媒体素养学堂")
    app.setApplicationVersion(__version__)
    install_translations(app, language or os.environ.get(ENV_LANGUAGE) or DEFAULT_LANGUAGE)
    apply_theme(app)
    install_exception_hook()
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    return app


def install_translations(app: QApplication, language: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(language))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = QTranslator(app)
    if language != DEFAULT_LANGUAGE and own.load(f"literacy_app_{language}", str(I18N_DIR)):
        _translators.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_translations):
        _translators.append(qt)
    for translator in _translators:
        app.installTranslator(translator)


def run_gui(config: AppConfig, language: str | None = None) -> int:
    from literacy_app.ui.main_window import MainWindow

    configure_logging(config)
    app = create_application(language)
    try:
        academy = Academy(config)
    except Exception as error:
        log.exception("could not open the database")
        QMessageBox.critical(
            None,
            app.translate("App", "无法打开数据库"),
            app.translate("App", "数据库 %1 无法打开或升级：\n%2")
            .replace("%1", config.db_url)
            .replace("%2", str(error)),
        )
        return 1
    window = MainWindow(academy)
    window.show()
    window.start()
    code = app.exec()
    del window
    academy.close()
    shut_down(app)
    return code


def shut_down(app: QApplication) -> None:
    """Release Qt objects held by Python before the interpreter exits, in an order Qt survives."""
    from literacy_app.ui.tasks import wait_for_background_work
    from literacy_app.ui.theme import icon

    wait_for_background_work()
    icon.cache_clear()  # cached pixmaps must not outlive the application
    _translators.clear()
    app.shutdown()


def run_self_test(config: AppConfig, language: str | None = None) -> int:
    """Open the main window offscreen on a throw-away database, walk the pages, report and exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from literacy_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="literacy-self-test-") as scratch:
        config = replace(
            config, data_dir=Path(scratch), db_url=f"sqlite:///{Path(scratch) / 'self-test.db'}"
        )
        app = create_application(language)
        academy = Academy(config)
        try:
            return _walk(academy, MainWindow)
        finally:
            academy.close()
            shut_down(app)


def _walk(academy: Academy, window_class) -> int:
    from literacy_app.content.model import Tier

    library = academy.library()
    if library.problems:
        from literacy_app.catalogue import describe_problem

        for problem in library.problems:
            print(describe_problem(problem), file=sys.stderr)
        print(f"self-test: FAILED, {len(library.problems)} content problems", file=sys.stderr)
        return 1
    if not library.courses:
        print(
            "self-test: FAILED, no courses found in "
            + ", ".join(map(str, academy.config.content_paths)),
            file=sys.stderr,
        )
        return 1
    academy.learners.create("自检", "", Tier.LEADER)
    window = window_class(academy)
    window.show()
    outcome: list[bool] = []
    loop = QEventLoop()
    window.ready.connect(lambda: (outcome.append(True), loop.quit()))
    QTimer.singleShot(30_000, loop.quit)
    window.start()
    loop.exec()
    if not outcome:
        print("self-test: FAILED, the main window did not finish loading", file=sys.stderr)
        return 1
    course = library.courses[0]
    window.show_course(course.id)
    window.show_lesson(course.id, course.lessons[0].id)
    if (
        window.stack.currentWidget() is not window.lesson_page
        or not window.lesson_page.browser.toPlainText()
    ):
        print("self-test: FAILED, the first lesson did not open", file=sys.stderr)
        return 1
    window.close()
    print(
        f"self-test: OK, {len(library.courses)} courses, {len(library.banks)} banks, version {__version__}"
    )
    return 0
