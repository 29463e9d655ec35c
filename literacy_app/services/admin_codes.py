"""Codes for what the roster, learner records and assignments tell an administrator.

Kept apart from `ServiceCode` so each part of administration owns its codes; the values are
prefixed so that no two codes of any enum share a value (a `StrEnum` member hashes as its value).
"""

from __future__ import annotations

from enum import StrEnum


class RosterCode(StrEnum):
    # a learner's fields, from a roster row or the add/edit form
    IDENTIFIER_REQUIRED = "roster_identifier_required"
    IDENTIFIER_TOO_LONG = "roster_identifier_too_long"
    IDENTIFIER_TAKEN = "roster_identifier_taken"
    DEPARTMENT_REQUIRED = "roster_department_required"
    DEPARTMENT_EMPTY_SEGMENT = "roster_department_empty_segment"
    TIER_UNKNOWN = "roster_tier_unknown"
    PHONE_INVALID = "roster_phone_invalid"
    VALUE_NOT_TEXT = "roster_value_not_text"
    CONTROL_CHARACTER = "roster_control_character"
    # a roster file as a whole
    FILE_MISSING = "roster_file_missing"
    FILE_TOO_LARGE = "roster_file_too_large"
    TOO_MANY_ROWS = "roster_too_many_rows"
    UNSUPPORTED_FORMAT = "roster_unsupported_format"
    OLD_EXCEL_FORMAT = "roster_old_excel_format"
    XLSX_UNREADABLE = "roster_xlsx_unreadable"
    CSV_ENCODING = "roster_csv_encoding"
    CSV_UNREADABLE = "roster_csv_unreadable"
    HEADERS_MISSING = "roster_headers_missing"
    HEADER_TWICE = "roster_header_twice"
    NO_ROWS = "roster_no_rows"
    # a roster row
    NAME_MISSING = "roster_name_missing"
    NAME_TOO_LONG = "roster_name_too_long"
    DUPLICATE_IDENTIFIER = "roster_duplicate_identifier"
    # the import as a whole
    HAS_PROBLEMS = "roster_has_problems"
    READING = "roster_reading"
    WRITING = "roster_writing"


class AssignmentCode(StrEnum):
    DUE_DATE_PAST = "assignment_due_date_past"
    NO_LEARNERS_CHOSEN = "assignment_no_learners_chosen"
    ASSIGNMENT_NOT_FOUND = "assignment_not_found"
    HOURS_OUT_OF_RANGE = "assignment_hours_out_of_range"
    YEAR_OUT_OF_RANGE = "assignment_year_out_of_range"
    HOUR_TARGET_NOT_FOUND = "assignment_hour_target_not_found"
