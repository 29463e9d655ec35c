"""Every service code has a sentence, in Chinese and in English, with the values it names."""

from __future__ import annotations

import re

import pytest

from literacy_app.catalogue import TEMPLATES, describe
from literacy_app.messages import Message
from literacy_app.services.admin_codes import AssignmentCode, RosterCode
from literacy_app.services.errors import ServiceCode, UserInputError

CODES = [*ServiceCode, *RosterCode, *AssignmentCode]


def test_every_service_code_has_a_template() -> None:
    assert [code for code in CODES if code not in TEMPLATES] == []
    # A StrEnum member hashes as its value: two codes sharing one would share a sentence.
    assert len({str(code) for code in CODES}) == len(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_template_reads_in_both_languages(qapp, code) -> None:
    from literacy_app.ui.app import create_application

    names = re.findall(r"\{(\w+)\}", TEMPLATES[code])
    message = Message.of(code, **{name: f"<{name}>" for name in names})
    try:
        for language in ("zh_CN", "en"):
            create_application(language)
            text = describe(message)
            assert all(f"<{name}>" in text for name in names), text
            chinese = bool(re.search(r"[\u4e00-\u9fff]", text))
            assert chinese is (language == "zh_CN"), text
    finally:
        create_application("zh_CN")


def test_an_error_says_what_and_with_which_values(academy) -> None:
    with pytest.raises(UserInputError) as caught:
        academy.learners.create("甲" * 101, "", "leader")
    assert caught.value.code is ServiceCode.NAME_TOO_LONG
    assert describe(caught.value.message) == "姓名最多 100 个字。"
