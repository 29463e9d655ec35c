"""The content layer's problem codes; their sentences are in `literacy_app.catalogue.content`."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """How much a problem matters: an error makes its file unusable; a warning is advice."""

    ERROR = "error"
    WARNING = "warning"


class ContentCode(StrEnum):
    # Reading files
    PATH_MISSING = "path_missing"
    NOT_CONTENT_FILE = "not_content_file"
    NOT_UTF8 = "not_utf8"
    YAML_SYNTAX = "yaml_syntax"
    YAML_ANCHOR = "yaml_anchor"
    YAML_KEY_NOT_TEXT = "yaml_key_not_text"
    YAML_BAD_VALUE = "yaml_bad_value"
    YAML_TOO_DEEP = "yaml_too_deep"
    READ_FAILED = "read_failed"
    COURSE_NOT_MAPPING = "course_not_mapping"
    BANK_NOT_MAPPING = "bank_not_mapping"
    SCENARIO_NOT_MAPPING = "scenario_not_mapping"
    FRONT_MATTER_NOT_MAPPING = "front_matter_not_mapping"
    FRONT_MATTER_MISSING = "front_matter_missing"
    FRONT_MATTER_UNCLOSED = "front_matter_unclosed"

    # Fields (pydantic's errors, in the trainer's words)
    FIELD_MISSING = "field_missing"
    FIELD_UNKNOWN = "field_unknown"
    FIELD_CHOICE = "field_choice"
    FIELD_NOT_TEXT = "field_not_text"
    FIELD_NOT_INTEGER = "field_not_integer"
    FIELD_NOT_NUMBER = "field_not_number"
    FIELD_NOT_FINITE = "field_not_finite"
    FIELD_NOT_LIST = "field_not_list"
    FIELD_NOT_MAPPING = "field_not_mapping"
    FIELD_ABOVE = "field_above"
    FIELD_AT_LEAST = "field_at_least"
    FIELD_BELOW = "field_below"
    FIELD_AT_MOST = "field_at_most"
    FIELD_BAD_ID = "field_bad_id"
    FIELD_EMPTY = "field_empty"
    FIELD_INVALID = "field_invalid"

    # Questions
    CHOICE_TOO_FEW_OPTIONS = "choice_too_few_options"
    SINGLE_ANSWER_NOT_LETTER = "single_answer_not_letter"
    MULTIPLE_ANSWER_NOT_LIST = "multiple_answer_not_list"
    ANSWER_NOT_AN_OPTION = "answer_not_an_option"
    TRUE_FALSE_HAS_OPTIONS = "true_false_has_options"
    TRUE_FALSE_NOT_BOOLEAN = "true_false_not_boolean"
    FILL_MARKERS = "fill_markers"
    ORDERING_REPEATS = "ordering_repeats"
    MATCHING_LEFT_REPEATS = "matching_left_repeats"
    MATCHING_RIGHT_REPEATS = "matching_right_repeats"

    # Course folders and lessons
    LESSON_LISTED_TWICE = "lesson_listed_twice"
    LESSON_FILE_MISSING = "lesson_file_missing"
    LESSON_NOT_LISTED = "lesson_not_listed"
    LESSON_ID_REPEATED = "lesson_id_repeated"
    IMAGE_REMOTE = "image_remote"
    IMAGE_OUTSIDE = "image_outside"
    IMAGE_MISSING = "image_missing"
    PATH_INVALID = "path_invalid"
    FILE_NOT_REGULAR = "file_not_regular"
    FILE_TOO_LARGE = "file_too_large"
    FILE_UNREADABLE = "file_unreadable"
    LINK_OUTSIDE = "link_outside"
    LESSON_TOO_LARGE = "lesson_too_large"
    LESSON_TOO_DEEP = "lesson_too_deep"
    LESSON_TOO_SLOW = "lesson_too_slow"
    LESSON_NOT_RENDERED = "lesson_not_rendered"

    # Checks across files
    COURSE_ID_REPEATED = "course_id_repeated"
    BANK_ID_REPEATED = "bank_id_repeated"
    QUESTION_ID_REPEATED = "question_id_repeated"
    SCENARIO_ID_REPEATED = "scenario_id_repeated"
    BANK_NOT_FOUND = "bank_not_found"
    PRACTICE_WITHOUT_BANKS = "practice_without_banks"
    QUOTA_SHORT = "quota_short"
    QUOTAS_SHARE_SHORT = "quotas_share_short"
    QUOTAS_OVER_TOTAL = "quotas_over_total"
    DRAW_SHORT = "draw_short"
    DRAW_SHORT_FILTERED = "draw_short_filtered"
    EXPLANATION_CITES_LETTER = "explanation_cites_letter"

    # Scenario drills
    STAGE_ID_REPEATED = "stage_id_repeated"
    START_NOT_FOUND = "start_not_found"
    ENDING_CONTINUES = "ending_continues"
    CHOICE_COUNT = "choice_count"
    STAGE_WITHOUT_BEST = "stage_without_best"
    TIME_LIMIT_WITHOUT_TIMEOUT = "time_limit_without_timeout"
    CHOICE_ID_REPEATED = "choice_id_repeated"
    NEXT_NOT_FOUND = "next_not_found"
    SCORES_MISSING_DIMENSIONS = "scores_missing_dimensions"
    SCORES_UNKNOWN_DIMENSIONS = "scores_unknown_dimensions"
    STAGE_LOOP = "stage_loop"
    STAGE_UNREACHABLE = "stage_unreachable"
    CONDITION_EMPTY = "condition_empty"
    FLAG_NEVER_SET = "flag_never_set"
    BRANCH_LAST_CONDITIONAL = "branch_last_conditional"
    BRANCH_UNCONDITIONAL_EARLY = "branch_unconditional_early"
    REVEAL_ALL_CONDITIONAL = "reveal_all_conditional"
    GRADE_NOT_ENDING = "grade_not_ending"

    # Advice: the course works, but something in it is probably not what the trainer meant
    IMAGE_LARGE_FILE = "image_large_file"
    IMAGE_LARGE_PIXELS = "image_large_pixels"
    FILE_UNUSED = "file_unused"
    LINK_NO_LESSON = "link_no_lesson"
    LINK_NO_HEADING = "link_no_heading"
    LINK_NOT_OPENED = "link_not_opened"
    BANK_NOT_DRAWN = "bank_not_drawn"
    QUESTION_NOT_DRAWN = "question_not_drawn"
    LESSON_LONGER_THAN_MINUTES = "lesson_longer_than_minutes"
    LESSON_SHORTER_THAN_MINUTES = "lesson_shorter_than_minutes"
    HOURS_FAR_FROM_MINUTES = "hours_far_from_minutes"

    # Results
    LIBRARY_CHECKED = "library_checked"


# Every other code is an error. One list, so the validator, the window and the command line agree.
WARNINGS = frozenset(
    {
        ContentCode.IMAGE_LARGE_FILE,
        ContentCode.IMAGE_LARGE_PIXELS,
        ContentCode.FILE_UNUSED,
        ContentCode.LINK_NO_LESSON,
        ContentCode.LINK_NO_HEADING,
        ContentCode.LINK_NOT_OPENED,
        ContentCode.BANK_NOT_DRAWN,
        ContentCode.QUESTION_NOT_DRAWN,
        ContentCode.LESSON_LONGER_THAN_MINUTES,
        ContentCode.LESSON_SHORTER_THAN_MINUTES,
        ContentCode.HOURS_FAR_FROM_MINUTES,
    }
)
