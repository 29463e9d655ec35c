"""Starting the window: the Qt application, translations, theme, logging and the self-test."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from literacy_app import __version__
from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.services.app_log import log_to_data_dir
from literacy_app.services.config import AppConfig
from literacy_app.ui.settings import APPLICATION, ORGANISATION, Settings
from literacy_app.ui.start_snapshot import StartSnapshot, read_snapshot, write_snapshot

if TYPE_CHECKING:
    from literacy_app.services.academy import Academy
    from literacy_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).with_name("i18n")
DEFAULT_LANGUAGE = "zh_CN"
ENV_LANGUAGE = "LITERACY_APP_LANG"
_translators: list[QTranslator] = []
LOCK_NAME = "literacy-app.lock"


def create_application(language: str | None = None) -> QApplication:
    """The QApplication with translations and theme; the source strings are Chinese (zh_CN).

    The language is the one asked for (`--lang`, then the environment), else the one chosen in
    the window last time, else Chinese.
    """
    from literacy_app.ui.errors import install_exception_hook
    from literacy_app.ui.garbage import GuiThreadCollector
    from literacy_app.ui.theme import apply_theme

    existing = QApplication.instance()
    # A QCoreApplication left by a command-line run in this process cannot show a window.
    assert existing is None or isinstance(existing, QApplication)
    app = existing or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("政务新媒体素养学堂")
    app.setApplicationVersion(__version__)
    chosen = language or os.environ.get(ENV_LANGUAGE) or Settings().language or DEFAULT_LANGUAGE
    install_translations(app, chosen)
    apply_theme(app)
    install_exception_hook()
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    return app


def install_translations(app: QApplication, language: str) -> None:
    app.setProperty("language", language)  # what the window's language menu shows as current
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

    log_to_data_dir(config, console_fallback=True)
    app = create_application(language)
    lock = hold_data_dir(config)
    if lock is None:
        return 1
    try:
        window = MainWindow(academy_opener(config), read_snapshot(config))
        window.show()
        window.start()
        code = app.exec()
        academy, failed = window.academy, window.open_error is not None
        next_start = _next_start_snapshot(window)
        del window
        shut_down(app)
        if academy is not None:
            academy.close()
            # Once the database files are as the next start will find them. A window closed
            # before its core opened wrote nothing, and the snapshot it was given still holds.
            write_snapshot(config, next_start)
    finally:
        lock.unlock()
    return 1 if failed else code


def _next_start_snapshot(window: MainWindow) -> StartSnapshot | None:
    try:
        return window.next_start_snapshot()
    except Exception:  # closing must never fail for it: the next start is only slower
        log.warning("could not take the start snapshot", exc_info=True)
        return None


def hold_data_dir(config: AppConfig) -> QLockFile | None:
    """Make the data directory ready and lock it for this copy of the program while it runs.

    Two copies on one directory raced to create the database and overwrote each other's answers;
    the second one is told which folder is in use and goes no further. Returns None when a dialog
    has said why the program cannot start.
    """
    from literacy_app.catalogue import describe
    from literacy_app.services.data_dir import prepare_data_dir
    from literacy_app.services.errors import DatabaseUnusable, ServiceCode
    from literacy_app.ui.prompts import inform

    try:
        prepare_data_dir(config.data_dir)
        lock = QLockFile(str(config.data_dir / LOCK_NAME))
        # Never stale by age (a copy may run for days); a lock whose process is gone is taken over.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            in_use = lock.error() == QLockFile.LockError.LockFailedError
            code = ServiceCode.DATA_DIR_IN_USE if in_use else ServiceCode.DATA_DIR_UNUSABLE
            raise DatabaseUnusable(code, path=str(config.data_dir))
    except DatabaseUnusable as error:
        log.error("cannot start on %s: %s", config.data_dir, error.message.code)
        inform(
            None,
            QMessageBox.Icon.Critical,
            QApplication.translate("Startup", "无法启动"),
            describe(error.message),
        )
        return None
    return lock


def academy_opener(config: AppConfig) -> Callable[[], Academy]:
    """How the window opens the core on the worker; the import itself is most of the cost."""

    def open_academy() -> Academy:
        from literacy_app.services.academy import Academy

        return Academy(config)

    return open_academy


def shut_down(app: QApplication) -> None:
    """Release Qt objects held by Python before the interpreter exits, in an order Qt survives."""
    from literacy_app.ui.tasks import cancel_background_work, wait_for_background_work
    from literacy_app.ui.theme import icon

    cancel_background_work()
    wait_for_background_work()
    icon.cache_clear()  # cached pixmaps must not outlive the application
    _translators.clear()
    app.shutdown()


def run_self_test(config: AppConfig, language: str | None = None) -> int:
    """Check the data directory and database the program was given, changing nothing in them;
    then open the main window offscreen on a throw-away database, walk the pages, report and exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from literacy_app.catalogue import describe
    from literacy_app.services.academy import Academy, check_data_dir
    from literacy_app.services.errors import DatabaseUnusable
    from literacy_app.ui.main_window import MainWindow

    app = create_application(language)
    try:
        check_data_dir(config)
    except DatabaseUnusable as error:
        print(f"self-test: FAILED, {describe(error.message)}", file=sys.stderr)
        shut_down(app)
        return 1
    with tempfile.TemporaryDirectory(prefix="literacy-self-test-") as scratch:
        config = replace(
            config, data_dir=Path(scratch), db_url=f"sqlite:///{Path(scratch) / 'self-test.db'}"
        )
        # The walk would otherwise leave its window size and page in the user's settings.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        academy = Academy(config)
        try:
            return _walk(academy, MainWindow)
        finally:
            academy.close()
            shut_down(app)


def _walk(academy: Academy, window_class) -> int:
    from literacy_app.content.model import Tier

    library = academy.library()
    errors = [p for p in library.problems if p.is_error]  # warnings leave the content usable
    if errors:
        from literacy_app.catalogue import describe_problem

        for problem in errors:
            print(describe_problem(problem), file=sys.stderr)
        return _failed(
            QT_TRANSLATE_NOOP("SelfTest", "课程内容有 {count} 个问题"), count=len(errors)
        )
    if not library.courses:
        places = ", ".join(map(str, academy.config.content_paths))
        return _failed(QT_TRANSLATE_NOOP("SelfTest", "在 {places} 中没有找到课程"), places=places)
    academy.learners.create("自检", "", Tier.LEADER)
    # Without an administrator the window would stop at the set-up dialog.
    academy.accounts.create_first_administrator("自检", "self-test-password")
    window = window_class(lambda: academy)
    window.show()
    outcome: list[bool] = []
    loop = QEventLoop()

    def finished() -> None:
        outcome.append(True)
        loop.quit()

    window.ready.connect(finished)
    QTimer.singleShot(30_000, loop.quit)
    window.start()
    loop.exec()
    if not outcome:
        return _failed(QT_TRANSLATE_NOOP("SelfTest", "主窗口没有载入完成"))
    course = library.courses[0]
    window.show_course(course.id)
    # The lesson renders on the worker; the page says when it shows the lesson or why it cannot.
    window.lesson_page.shown.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show_lesson(course.id, course.lessons[0].id)
    loop.exec()
    if (
        window.stack.currentWidget() is not window.lesson_page
        or window.lesson_page.view is None
        or not window.lesson_page.browser.toPlainText()
    ):
        print(window.lesson_page.browser.toPlainText(), file=sys.stderr)
        return _failed(QT_TRANSLATE_NOOP("SelfTest", "第一课没有打开"))
    window.close()
    if not _admin_overview_opens(academy, loop):
        return _failed(QT_TRANSLATE_NOOP("SelfTest", "管理概览没有打开"))
    print(
        f"self-test: OK, {len(library.courses)} courses, {len(library.banks)} banks, version {__version__}"
    )
    return 0


def _admin_overview_opens(academy: Academy, loop: QEventLoop) -> bool:
    """The administrator's overview computes its figures and draws its charts (pyqtgraph, numpy:
    what a bundle could leave out)."""
    from literacy_app.ui.admin.area import AdminArea

    area = AdminArea(academy)
    area.show()

    def check() -> None:
        if area.dashboard_tab.figures is not None:
            loop.quit()

    poll = QTimer(area)
    poll.timeout.connect(check)
    poll.start(50)
    QTimer.singleShot(30_000, loop.quit)
    area.show_for(academy.accounts.sign_in("自检", "self-test-password"), "自检")
    loop.exec()
    poll.stop()
    shown = area.dashboard_tab.figures is not None
    area.close()
    return shown


def _failed(reason: str, **args: object) -> int:
    # Scripts read the `self-test: OK` / `self-test: FAILED` prefix (and the OK line's counts, which
    # stay English for them); only a failure's reason is a sentence, so only it is translated.
    sentence = QApplication.translate("SelfTest", reason).format(**args)
    print(f"self-test: FAILED, {sentence}", file=sys.stderr)
    return 1
