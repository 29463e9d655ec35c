"""The certificate in the window: saved from a completed course, checked and trusted by an
administrator."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from PySide6.QtWidgets import QLabel

from literacy_app.content.model import Tier
from literacy_app.services.certificates import Verdict
from literacy_app.ui.admin.area import AdminArea
from literacy_app.ui.pages.course import CoursePage

from ..engine_content import write_engine_content
from ..services.test_certificates import COURSE, complete_course


@pytest.fixture
def engine_academy(tmp_path, make_academy):
    academy = make_academy(write_engine_content(tmp_path / "content"))
    _, learner = academy.learners.create("张明明", "某县融媒体中心", Tier.PUBLIC)
    return academy, learner


def test_the_save_button_appears_only_once_the_course_is_completed(
    app, qtbot, engine_academy, tmp_path, monkeypatch, message_boxes
) -> None:
    academy, learner = engine_academy
    page = CoursePage(academy)
    qtbot.addWidget(page)
    page.show_course(learner, COURSE)
    assert page.certificate_box.isHidden()
    complete_course(academy, learner)
    page.show_course(learner, COURSE)
    assert not page.certificate_box.isHidden()
    assert page.certificate_button.text() == "保存结业证书……"

    suggested: list[str] = []
    target = tmp_path / "证书"

    def choose(name: str) -> Path:
        suggested.append(name)
        return target.with_suffix(".pdf")

    monkeypatch.setattr(page, "choose_certificate_path", choose)
    page.certificate_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    assert suggested == ["结业证书_引擎测试课程_张明明.pdf"]
    code = academy.certificates.mine(learner)[0].code
    assert message_boxes.pop() == (
        f"结业证书已保存 结业证书已保存到“{target.with_suffix('.pdf')}”。\n验证码：{code}"
    )
    assert academy.certificates.verify(target.with_suffix(".pdf")).verdict is Verdict.GENUINE


def test_cancelling_the_file_chooser_saves_nothing(
    app, qtbot, engine_academy, tmp_path, monkeypatch
) -> None:
    academy, learner = engine_academy
    complete_course(academy, learner)
    page = CoursePage(academy)
    qtbot.addWidget(page)
    page.show_course(learner, COURSE)
    monkeypatch.setattr(page, "choose_certificate_path", lambda name: None)
    page.certificate_button.click()
    assert list(tmp_path.rglob("*.pdf")) == []


def test_an_administrator_checks_a_code_and_a_file(
    app, qtbot, engine_academy, tmp_path, monkeypatch
) -> None:
    academy, learner = engine_academy
    complete_course(academy, learner)
    certificate = academy.certificates.issue(learner, COURSE)
    path = tmp_path / "c.pdf"
    academy.certificates.save_pdf(learner, certificate.id, path)
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.show_for(admin, "管理员")
    tab = area.certificate_tab
    assert area.tabs.tabText(area.tabs.indexOf(tab)) == "证书查验"
    assert not tab.empty.isHidden() and tab.result.isHidden()
    tab.code_input.setText(certificate.code.lower())
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.last_check is not None)
    assert tab.last_check.verdict is Verdict.GENUINE and tab.result.isVisibleTo(tab)
    shown = [w.text() for w in tab.result.findChildren(QLabel)]
    assert "真实" in shown and "张明明" in shown and certificate.code in shown
    assert any(text.startswith("证书真实：由本机签发") for text in shown)

    edited = tmp_path / "edited.pdf"
    edited.write_bytes(path.read_bytes().replace(b'"hours": 1.0', b'"hours": 7.0'))
    monkeypatch.setattr(tab, "choose_file", lambda: edited)
    tab.last_check = None
    tab.file_button.click()
    qtbot.waitUntil(lambda: tab.last_check is not None)
    assert tab.last_check.verdict is Verdict.TAMPERED


def test_an_administrator_adds_and_removes_a_trusted_installation(
    app, qtbot, engine_academy, monkeypatch, message_boxes
) -> None:
    academy, _ = engine_academy
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.show_for(admin, "管理员")
    tab = area.trust_tab
    area.tabs.setCurrentWidget(tab)
    assert tab.own_fingerprint.text() == academy.installation.fingerprint()
    assert tab.own_key.text() == academy.installation.public_key_b64()
    assert tab.table.isHidden() and not tab.empty.isHidden()

    questions: list[str] = []
    # The fingerprint is asked about through ui.prompts; removing asks in the tab itself.
    for asking in ("literacy_app.ui.prompts", "literacy_app.ui.admin.trusted_installations"):
        monkeypatch.setattr(
            f"{asking}.confirm", lambda parent, title, text: questions.append(text) or True
        )
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = base64.b64encode(raw).decode()
    tab.key_input.setText(key)
    tab.name_input.setText("外县融媒体中心")
    tab.add_button.click()
    fingerprint = academy.installation.trusted(admin)[0].fingerprint
    assert fingerprint in questions[0]
    assert tab.model.rows[0].name == "外县融媒体中心" and not tab.table.isHidden()
    assert tab.key_input.text() == ""

    tab.key_input.setText("not a key")
    tab.name_input.setText("乙")
    tab.add_button.click()
    assert "这不是有效的安装公钥" in message_boxes.pop()

    tab.table.selectRow(0)
    tab.remove_button.click()
    assert "外县融媒体中心" in questions[-1]
    assert academy.installation.trusted(admin) == [] and tab.table.isHidden()
