"""Codes for what the trainer's tools (new-course, preview) tell a trainer.

Kept apart from `ServiceCode` so the authoring part owns its codes; the values are prefixed so
that no two codes of any enum share a value (a `StrEnum` member hashes as its value).
"""

from __future__ import annotations

from enum import StrEnum


class AuthoringCode(StrEnum):
    TARGET_NOT_EMPTY = "authoring_target_not_empty"
    TARGET_NOT_FOLDER = "authoring_target_not_folder"
    TARGET_NOT_WRITABLE = "authoring_target_not_writable"
    COURSE_ID_INVALID = "authoring_course_id_invalid"
    TITLE_INVALID = "authoring_title_invalid"
    SKELETON_MISSING = "authoring_skeleton_missing"
    COURSE_CREATED = "authoring_course_created"
    NOT_A_COURSE = "authoring_not_a_course"
    SEVERAL_COURSES = "authoring_several_courses"
