"""Codes for what converting a question bank found; their sentences are in `catalogue.content`."""

from __future__ import annotations

from enum import StrEnum


class ImportCode(StrEnum):
    # The file as a whole
    FILE_MISSING = "import_file_missing"
    FILE_TOO_LARGE = "import_file_too_large"
    FORMAT_UNKNOWN = "import_format_unknown"
    OLD_EXCEL = "import_old_excel"
    MACRO_EXCEL = "import_macro_excel"
    XLSX_UNREADABLE = "import_xlsx_unreadable"
    TEXT_ENCODING = "import_text_encoding"
    HEADERS_MISSING = "import_headers_missing"
    HEADER_TWICE = "import_header_twice"
    TOO_MANY_QUESTIONS = "import_too_many_questions"
    NO_QUESTIONS = "import_no_questions"

    # A row (Excel) or a question (GIFT, Aiken)
    TYPE_MISSING = "import_type_missing"
    TYPE_UNKNOWN = "import_type_unknown"
    CELL_EMPTY = "import_cell_empty"
    CELL_TOO_LONG = "import_cell_too_long"
    OPTION_GAP = "import_option_gap"
    OPTIONS_REPEAT = "import_options_repeat"
    TOO_FEW_OPTIONS = "import_too_few_options"
    TOO_MANY_OPTIONS = "import_too_many_options"
    ANSWER_UNREADABLE = "import_answer_unreadable"
    ANSWER_NOT_OPTION = "import_answer_not_option"
    SINGLE_MANY_ANSWERS = "import_single_many_answers"
    MULTIPLE_ONE_ANSWER = "import_multiple_one_answer"
    TRUE_FALSE_ANSWER = "import_true_false_answer"
    BLANKS_MISSING = "import_blanks_missing"
    BLANKS_COUNT = "import_blanks_count"
    ORDER_NOT_PERMUTATION = "import_order_not_permutation"
    PAIR_UNREADABLE = "import_pair_unreadable"
    POINTS_INVALID = "import_points_invalid"
    DIFFICULTY_UNKNOWN = "import_difficulty_unknown"
    ID_INVALID = "import_id_invalid"
    ID_REPEATED = "import_id_repeated"
    CASE_NOT_FOUND = "import_case_not_found"
    CASE_REPEATED = "import_case_repeated"
    CASE_EMPTY = "import_case_empty"
    CASE_INCOMPLETE = "import_case_incomplete"
    GIFT_UNCLOSED = "import_gift_unclosed"
    GIFT_STRAY_CLOSE = "import_gift_stray_close"
    GIFT_NO_ANSWERS = "import_gift_no_answers"
    GIFT_TWO_BLOCKS = "import_gift_two_blocks"
    GIFT_UNREADABLE = "import_gift_unreadable"
    GIFT_ESSAY = "import_gift_essay"
    GIFT_NUMERIC_RANGE = "import_gift_numeric_range"
    GIFT_NUMBER_INVALID = "import_gift_number_invalid"
    GIFT_NO_RIGHT_ANSWER = "import_gift_no_right_answer"
    GIFT_WEIGHT_INVALID = "import_gift_weight_invalid"
    AIKEN_NO_ANSWER = "import_aiken_no_answer"
    AIKEN_NO_OPTIONS = "import_aiken_no_options"
    AIKEN_OPTION_ORDER = "import_aiken_option_order"

    # Converted, with a change the trainer should know of (a note, not a rejection)
    NOTE_EXPLANATION_MADE = "import_note_explanation_made"
    NOTE_PARTIAL_CREDIT = "import_note_partial_credit"
    NOTE_FEEDBACK_DROPPED = "import_note_feedback_dropped"
    NOTE_HTML = "import_note_html"

    # Results
    CONVERTED = "import_converted"
    SKIPPED = "import_skipped"
    NOTHING_WRITTEN = "import_nothing_written"
    OUTPUT_EXISTS = "import_output_exists"
    OUTPUT_FAILED = "import_output_failed"
