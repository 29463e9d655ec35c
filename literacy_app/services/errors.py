"""Errors that services raise for the user to read, and the codes they carry.

A service never writes a sentence: each error holds a `Message` with a `ServiceCode` and its
arguments, and the window and the command line turn it into words through `literacy_app.catalogue`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from literacy_app.messages import Message


class ServiceCode(StrEnum):
    # who is acting
    NOT_YOURS = "not_yours"
    ROLE_REQUIRED = "role_required"
    # staff accounts, signing in
    ADMINISTRATOR_EXISTS = "administrator_exists"
    WRONG_PASSWORD = "wrong_password"
    SIGN_IN_TOO_SOON = "sign_in_too_soon"
    ACCOUNT_LOCKED = "account_locked"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_TOO_LONG = "password_too_long"
    # learners
    LEARNER_NOT_FOUND = "learner_not_found"
    NAME_REQUIRED = "name_required"
    NAME_TOO_LONG = "name_too_long"
    DEPARTMENT_TOO_LONG = "department_too_long"
    TIER_REQUIRED = "tier_required"
    # courses and lessons
    COURSE_UNAVAILABLE = "course_unavailable"
    LESSON_GONE = "lesson_gone"
    # quizzes
    NO_FINAL_QUIZ = "no_final_quiz"
    NO_PRACTICE = "no_practice"
    ATTEMPTS_USED_UP = "attempts_used_up"
    DRAW_FAILED = "draw_failed"
    QUESTION_GONE = "question_gone"
    QUESTION_NOT_IN_ATTEMPT = "question_not_in_attempt"
    ATTEMPT_NOT_FOUND = "attempt_not_found"
    ATTEMPT_SUBMITTED = "attempt_submitted"
    ATTEMPT_STOPPED = "attempt_stopped"
    TIME_UP = "time_up"
    NOTHING_ANSWERED = "nothing_answered"
    RESULT_NOT_FOUND = "result_not_found"
    # review and daily practice
    NOTHING_DUE = "nothing_due"
    NOTHING_TO_PRACTISE = "nothing_to_practise"
    # scenario drills
    SCENARIO_UNAVAILABLE = "scenario_unavailable"
    RUN_NOT_FOUND = "run_not_found"
    RUN_FINISHED = "run_finished"
    RUN_NOT_FINISHED = "run_not_finished"
    RUN_STOPPED = "run_stopped"
    CHOICE_REQUIRED = "choice_required"
    CHOICE_GONE = "choice_gone"
    # reports
    REPORT_ROWS_WRITTEN = "report_rows_written"
    REPORT_FOLDER_MISSING = "report_folder_missing"
    REPORT_NOT_WRITTEN = "report_not_written"
    NO_CHINESE_FONT = "no_chinese_font"
    # the data directory and the database, checked at start-up
    DATA_DIR_UNUSABLE = "data_dir_unusable"
    DATA_DIR_IN_USE = "data_dir_in_use"
    DATABASE_READ_ONLY = "database_read_only"
    DATABASE_UNREADABLE = "database_unreadable"
    DATABASE_NEWER = "database_newer"
    DATABASE_UNVERSIONED = "database_unversioned"


class ServiceError(Exception):
    """A use case could not be carried out; `message` says why, as a code with arguments."""

    def __init__(self, code: ServiceCode, **args: Any) -> None:
        self.code = code
        self.message = Message.of(code, **args)
        super().__init__(str(self.message))


class UserInputError(ServiceError, ValueError):
    """What the user gave cannot be used."""


class NotAvailable(ServiceError, LookupError):
    """A course, lesson or attempt the user asked for is not (or no longer) there."""


class Refused(ServiceError, PermissionError):
    """The acting user may not do this: another learner's record, or a role they do not hold."""


class DatabaseUnusable(ServiceError, OSError):
    """The data directory or the database cannot be used; nothing in it was changed."""
