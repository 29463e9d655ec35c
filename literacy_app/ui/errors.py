"""The one place where errors become messages, and the hook that catches anything unexpected."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from literacy_app.catalogue import describe
from literacy_app.services.errors import ServiceError
from literacy_app.ui.prompts import inform, message_box

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: their own mistakes plainly, anything else with its details."""
    if isinstance(error, ServiceError):
        inform(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Errors", "无法完成"),
            describe(error.message),
        )
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = message_box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "程序出错"),
        QCoreApplication.translate(
            "Errors", "发生了意外错误，刚才的操作没有完成。已保存的学习记录不受影响。"
        ),
        informative=QCoreApplication.translate(
            "Errors", "如果问题反复出现，请把下面的详细信息发给培训管理员。"
        ),
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def install_exception_hook() -> None:
    """Show any exception that escapes a Qt slot instead of losing it, and write it to the log."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), error)
        else:
            log.error("unexpected error", exc_info=(kind, error, tb))

    sys.excepthook = hook
