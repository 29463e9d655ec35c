"""The rules for a learner's record as an administrator gives it, one implementation for a roster
row and for the add/edit form: name, identifier (工号), department path, tier, optional phone."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_

from literacy_app.content.model import Tier
from literacy_app.services.admin_codes import RosterCode
from literacy_app.services.errors import ServiceCode, UserInputError
from literacy_app.services.learners import DEPARTMENT_LIMIT, NAME_LIMIT
from literacy_app.store.models import Learner

IDENTIFIER_LIMIT = 64
SEPARATOR = "/"
# A full-width slash is what a Chinese input method types; both mean the same level break.
_SEPARATORS = re.compile(r"[/／]")
_SPACES = re.compile(r"\s+")
# Mainland mobile numbers: 11 digits starting 13–19; written with spaces, dashes or a +86 prefix.
_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_DECORATION = re.compile(r"[\s\-()（）]")

# The roster's 类别 column takes the tier's Chinese name or its code.
TIER_NAMES: dict[str, Tier] = {
    "领导干部": Tier.LEADER,
    "政务运营团队": Tier.OPERATOR,
    "公众": Tier.PUBLIC,
    **{tier.value: tier for tier in Tier},
}


@dataclass(frozen=True)
class LearnerFields:
    """A learner's record as checked: every text trimmed, the department a clean path."""

    name: str
    identifier: str
    department: str
    tier: Tier
    phone: str | None


def cell_text(value: object) -> str:
    """A spreadsheet cell as text. Whole numbers (a 工号 or phone typed into a number cell) lose
    the ".0" Excel gives them; anything else that is not text is refused by the caller."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise UserInputError(RosterCode.VALUE_NOT_TEXT)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise UserInputError(RosterCode.VALUE_NOT_TEXT)
    if isinstance(value, datetime | date):
        raise UserInputError(RosterCode.VALUE_NOT_TEXT)
    return check_printable(str(value)).strip()


def check_printable(text: str) -> str:
    """Refuse invisible control characters (a NUL, an escape) that a damaged or crafted file can
    carry; line breaks and tabs are spacing and are left to each field's own tidying."""
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        raise UserInputError(RosterCode.CONTROL_CHARACTER)
    return text


def check_name(name: str) -> str:
    name = _SPACES.sub(" ", check_printable(name)).strip()
    if not name:
        raise UserInputError(RosterCode.NAME_MISSING)
    if len(name) > NAME_LIMIT:
        raise UserInputError(RosterCode.NAME_TOO_LONG, limit=NAME_LIMIT)
    return name


def check_identifier(identifier: str) -> str:
    identifier = check_printable(identifier).strip()
    if not identifier:
        raise UserInputError(RosterCode.IDENTIFIER_REQUIRED)
    if len(identifier) > IDENTIFIER_LIMIT:
        raise UserInputError(RosterCode.IDENTIFIER_TOO_LONG, limit=IDENTIFIER_LIMIT)
    return identifier


def normalise_department(text: str) -> str:
    """ "某省 / 某市/ 县融媒体中心" → "某省/某市/县融媒体中心"; an empty level ("某省//某县", a
    leading or trailing slash) is refused, since figures roll up level by level."""
    if not check_printable(text).strip():
        raise UserInputError(RosterCode.DEPARTMENT_REQUIRED)
    levels = [_SPACES.sub(" ", level).strip() for level in _SEPARATORS.split(text)]
    if any(not level for level in levels):
        raise UserInputError(RosterCode.DEPARTMENT_EMPTY_SEGMENT, department=text.strip())
    path = SEPARATOR.join(levels)
    if len(path) > DEPARTMENT_LIMIT:
        raise UserInputError(ServiceCode.DEPARTMENT_TOO_LONG, limit=DEPARTMENT_LIMIT)
    return path


def check_tier(text: str) -> Tier:
    tier = TIER_NAMES.get(text.strip()) or TIER_NAMES.get(text.strip().lower())
    if tier is None:
        raise UserInputError(RosterCode.TIER_UNKNOWN, value=text.strip())
    return tier


def check_phone(text: str) -> str | None:
    """A mainland mobile number as its 11 digits, or None when none is given."""
    digits = _PHONE_DECORATION.sub("", text)
    if not digits:
        return None
    for prefix in ("+86", "0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11:
            digits = digits[len(prefix) :]
            break
    if not _MOBILE.fullmatch(digits):
        raise UserInputError(RosterCode.PHONE_INVALID, value=text.strip())
    return digits


def check_fields(
    name: str, identifier: str, department: str, tier: Tier | str, phone: str | None
) -> LearnerFields:
    """Every field checked; the first problem is raised as a `UserInputError`."""
    return LearnerFields(
        name=check_name(name),
        identifier=check_identifier(identifier),
        department=normalise_department(department),
        tier=tier if isinstance(tier, Tier) else check_tier(tier),
        phone=check_phone(phone or ""),
    )


def in_department(path: str) -> ColumnElement[bool]:
    """Learners of the department `path` and of every unit below it (not "某县2" under "某县")."""
    return or_(
        Learner.department == path,
        Learner.department.startswith(path + SEPARATOR, autoescape=True),
    )
