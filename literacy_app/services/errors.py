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
    ACCOUNT_NOT_FOUND = "account_not_found"
    ACCOUNT_NAME_TAKEN = "account_name_taken"
    STAFF_ROLE_INVALID = "staff_role_invalid"
    CANNOT_REMOVE_SELF = "cannot_remove_self"
    LAST_ADMINISTRATOR = "last_administrator"
    # learners' PINs
    PIN_NEEDED = "pin_needed"
    WRONG_PIN = "wrong_pin"
    LEARNER_LOCKED = "learner_locked"
    PIN_TOO_SHORT = "pin_too_short"
    PIN_TOO_LONG = "pin_too_long"
    PIN_CANNOT_BE_REMOVED = "pin_cannot_be_removed"
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
    # the installation's signing key, trusted installations, certificates
    INSTALLATION_KEY_UNREADABLE = "installation_key_unreadable"
    PUBLIC_KEY_INVALID = "public_key_invalid"
    PUBLIC_KEY_IS_OWN = "public_key_is_own"
    INSTALLATION_ALREADY_TRUSTED = "installation_already_trusted"
    TRUSTED_INSTALLATION_NOT_FOUND = "trusted_installation_not_found"
    TRUST_LABEL_REQUIRED = "trust_label_required"
    TRUST_LABEL_TOO_LONG = "trust_label_too_long"
    COURSE_NOT_COMPLETED = "course_not_completed"
    CERTIFICATE_NOT_FOUND = "certificate_not_found"
    CERTIFICATE_NOT_SAVED = "certificate_not_saved"
    # what checking a certificate found (results, not errors)
    CERTIFICATE_GENUINE_HERE = "certificate_genuine_here"
    CERTIFICATE_GENUINE_TRUSTED = "certificate_genuine_trusted"
    CERTIFICATE_TAMPERED = "certificate_tampered"
    CERTIFICATE_UNKNOWN_ISSUER = "certificate_unknown_issuer"
    CERTIFICATE_CODE_UNKNOWN = "certificate_code_unknown"
    CERTIFICATE_NOT_RECOGNISED = "certificate_not_recognised"
    CERTIFICATE_FILE_UNREADABLE = "certificate_file_unreadable"
    CERTIFICATE_FILE_TOO_LARGE = "certificate_file_too_large"
    CERTIFICATE_FILE_NOT_PDF = "certificate_file_not_pdf"
    CERTIFICATE_FILE_NO_PAYLOAD = "certificate_file_no_payload"
    CERTIFICATE_PAYLOAD_DAMAGED = "certificate_payload_damaged"
    # progress files carried between installations
    PROGRESS_FILE_UNREADABLE = "progress_file_unreadable"
    PROGRESS_FILE_TOO_LARGE = "progress_file_too_large"
    PROGRESS_FILE_NOT_ONE = "progress_file_not_one"
    PROGRESS_FILE_DAMAGED = "progress_file_damaged"
    PROGRESS_FILE_NEWER = "progress_file_newer"
    PROGRESS_FILE_SIGNATURE_BAD = "progress_file_signature_bad"
    PROGRESS_FILE_HEADER_INVALID = "progress_file_header_invalid"
    PROGRESS_FILE_HASH_MISMATCH = "progress_file_hash_mismatch"
    PROGRESS_RECORD_INVALID = "progress_record_invalid"
    PROGRESS_LEARNER_UNKNOWN = "progress_learner_unknown"
    PROGRESS_FILE_UNTRUSTED = "progress_file_untrusted"
    PROGRESS_FILE_HELD = "progress_file_held"
    PROGRESS_FILE_NOT_WRITTEN = "progress_file_not_written"
    PROGRESS_NO_FILES = "progress_no_files"
    PROGRESS_HELD_NOT_FOUND = "progress_held_not_found"
    PROGRESS_CLASH_NOT_FOUND = "progress_clash_not_found"
    PROGRESS_IMPORTING = "progress_importing"
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
    DATABASE_SERVER_UNREACHABLE = "database_server_unreachable"
    DATABASE_LOGIN_REFUSED = "database_login_refused"


class ServiceError(Exception):
    """A use case could not be carried out; `message` says why, as a code with arguments."""

    def __init__(self, code: StrEnum, **args: Any) -> None:
        # Most codes are `ServiceCode`s; administration's parts own theirs (`admin_codes.py`).
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
