"""Run by a test as a separate process: open the window, start a timed quiz, answer two questions,
say READY, and wait to be killed with SIGKILL."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.ui.app import create_application
from literacy_app.ui.main_window import MainWindow
from tests.ui.drive import choose, fill


def main() -> None:
    data_dir, content = sys.argv[1], sys.argv[2]
    app = create_application()
    academy = Academy(AppConfig.resolve(data_dir, None, [content]))
    academy.learners.create("被中断的学员", "", Tier.LEADER)
    academy.accounts.create_first_administrator("管理员", "password-123")  # no set-up dialog
    window = MainWindow(lambda: academy)
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.start()
    loop.exec()
    window.start_quiz("engine-course")
    page = window.quiz_page
    for card in page.cards:
        editor = next(iter(card.editors.values()))
        if card.question.question_id == "eng-single":
            choose(editor, "B")
        elif card.question.question_id == "eng-fill":
            fill(editor, "5", "24")
    print("READY", page.attempt.attempt_id, flush=True)
    app.exec()


if __name__ == "__main__":
    main()
