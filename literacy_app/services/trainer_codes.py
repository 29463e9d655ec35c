"""Codes for what installing, packing and signing keys tell a trainer.

Kept in a module of their own, as `admin_codes.py`, so that the catalogue names them without
loading the package service; values are prefixed so that no two codes of any enum share a value.
"""

from __future__ import annotations

from enum import StrEnum


class TrainerCode(StrEnum):
    """What installing, packing and keys tell a trainer. Prefixed, as every code enum's values."""

    PACKAGE_COURSE_INVALID = "trainer_package_course_invalid"
    PACKAGE_CONTENT_MISMATCH = "trainer_package_content_mismatch"
    DOWNGRADE = "trainer_downgrade"
    NOT_NEWER_THAN_SHIPPED = "trainer_not_newer_than_shipped"
    SIGNATURE_REQUIRED = "trainer_signature_required"
    SIGNER_NOT_TRUSTED = "trainer_signer_not_trusted"
    ID_TAKEN = "trainer_id_taken"
    NOT_INSTALLED = "trainer_not_installed"
    SHIPPED_NOT_REMOVABLE = "trainer_shipped_not_removable"
    INSTALL_FAILED = "trainer_install_failed"
    NOT_A_COURSE_FOLDER = "trainer_not_a_course_folder"
    COURSE_HAS_PROBLEMS = "trainer_course_has_problems"
    SCENARIO_NOT_FOUND = "trainer_scenario_not_found"
    PACKAGE_NOT_WRITTEN = "trainer_package_not_written"
    KEY_FILE_EXISTS = "trainer_key_file_exists"
    KEY_NOT_WRITTEN = "trainer_key_not_written"
    KEY_FILE_UNREADABLE = "trainer_key_file_unreadable"
    KEY_ALREADY_TRUSTED = "trainer_key_already_trusted"
    KEY_NOT_TRUSTED = "trainer_key_not_listed"
    KEY_LABEL_REQUIRED = "trainer_key_label_required"
