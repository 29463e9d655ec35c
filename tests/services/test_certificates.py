"""Certificates: issued only for a completed course of one's own, saved as a PDF that carries its
signed data, and checked from the file or the code; edited, foreign and broken files are told apart."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pypdf import PdfReader
from sqlalchemy import update

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.certificates import (
    CertificateView,
    Verdict,
    canonical_bytes,
    code_for,
)
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.store.models import Certificate

from ..engine_content import RIGHT, write_engine_content

COURSE = "engine-course"


@dataclass
class Setting:
    academy: Academy
    learner: Actor


def complete_course(academy: Academy, learner: Actor) -> None:
    academy.learning.record_reading(learner, COURSE, "only", 60, completed=True)
    attempt = academy.assessment.start_final(learner, COURSE)
    for view in attempt.answerable():
        if view.question_id in RIGHT:
            academy.assessment.record_answer(
                learner, attempt.attempt_id, view.question_id, RIGHT[view.question_id]
            )
    assert academy.assessment.submit(learner, attempt.attempt_id).passed


@pytest.fixture
def setting(tmp_path, make_academy) -> Setting:
    academy = make_academy(write_engine_content(tmp_path / "content"))
    _, learner = academy.learners.create("张明明", "某省/某市/某县/县融媒体中心", Tier.OPERATOR)
    return Setting(academy, learner)


@pytest.fixture
def issued(setting) -> tuple[Setting, CertificateView]:
    complete_course(setting.academy, setting.learner)
    return setting, setting.academy.certificates.issue(setting.learner, COURSE)


@pytest.fixture
def saved(issued, tmp_path) -> tuple[Setting, CertificateView, Path]:
    setting, certificate = issued
    path = tmp_path / "结业证书.pdf"
    setting.academy.certificates.save_pdf(setting.learner, certificate.id, path)
    return setting, certificate, path


def embedded_payload(path: Path) -> dict:
    return json.loads(PdfReader(path).attachments["certificate.json"][0])


def test_a_certificate_is_issued_only_once_the_course_is_completed(setting) -> None:
    academy, learner = setting.academy, setting.learner
    with pytest.raises(Refused) as caught:
        academy.certificates.issue(learner, COURSE)
    assert caught.value.code is ServiceCode.COURSE_NOT_COMPLETED
    assert caught.value.message.args == {"course": "引擎测试课程"}
    academy.learning.record_reading(learner, COURSE, "only", 60, completed=True)
    with pytest.raises(Refused):  # lessons read, final quiz not yet passed
        academy.certificates.issue(learner, COURSE)
    assert academy.certificates.mine(learner) == []


def test_the_certificate_states_the_record_and_is_issued_once(issued) -> None:
    setting, certificate = issued
    academy = setting.academy
    fields = certificate.fields
    assert (fields.learner_name, fields.department, fields.identifier) == (
        "张明明",
        "某省/某市/某县/县融媒体中心",
        "",
    )
    assert (fields.course_id, fields.course_title, fields.hours, fields.score) == (
        COURSE,
        "引擎测试课程",
        1.0,
        100.0,
    )
    assert fields.completed_on == date.today()
    assert fields.installation_id == academy.installation.installation_id()
    assert fields.certificate_id == str(certificate.id)
    assert certificate.fingerprint == academy.installation.fingerprint()
    assert len(certificate.code) == 19 and certificate.code.count("-") == 3
    assert academy.certificates.issue(setting.learner, COURSE) == certificate
    assert academy.certificates.mine(setting.learner) == [certificate]


def test_a_certificate_is_for_its_own_learner_only(issued, tmp_path) -> None:
    setting, certificate = issued
    academy = setting.academy
    _, other = academy.learners.create("李华", "", Tier.OPERATOR)
    with pytest.raises(Refused) as caught:
        academy.certificates.save_pdf(other, certificate.id, tmp_path / "x.pdf")
    assert caught.value.code is ServiceCode.NOT_YOURS
    assert academy.certificates.mine(other) == []
    with pytest.raises(Refused):  # the other learner has not completed the course
        academy.certificates.issue(other, COURSE)
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    with pytest.raises(Refused) as caught:
        academy.certificates.issue(admin, COURSE)
    assert caught.value.code is ServiceCode.ROLE_REQUIRED
    with pytest.raises(Refused):
        academy.certificates.save_pdf(admin, certificate.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_file_and_the_code_both_check_as_genuine(saved) -> None:
    setting, certificate, path = saved
    academy = setting.academy
    by_file = academy.certificates.verify(str(path))
    assert by_file.verdict is Verdict.GENUINE
    assert by_file.message.code is ServiceCode.CERTIFICATE_GENUINE_HERE
    assert by_file.fields == certificate.fields and by_file.code == certificate.code
    assert by_file.fingerprint == academy.installation.fingerprint()
    # Typed from the paper: lower case, spaces instead of hyphens, O for 0.
    typed = certificate.code.lower().replace("-", " ").replace("0", "o")
    by_code = academy.certificates.verify(typed)
    assert by_code.verdict is Verdict.GENUINE and by_code.fields == certificate.fields


def test_the_pdf_is_one_page_with_the_text_an_embedded_font_and_a_standard_attachment(
    saved,
) -> None:
    _, certificate, path = saved
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert sorted((round(width), round(height))) == [595, 842]  # A4
    payload = embedded_payload(path)
    assert payload["code"] == certificate.code
    assert payload["fields"]["learner_name"] == "张明明"
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils are not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("结", "张明明", "引擎测试课程", certificate.code, certificate.fingerprint):
        assert expected in text, text
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column


def test_editing_a_byte_of_the_embedded_data_is_caught(saved, tmp_path) -> None:
    setting, _, path = saved
    data = path.read_bytes()
    assert data.count(b'"hours": 1.0') == 1  # the signed JSON lies in the file as it is
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(data.replace(b'"hours": 1.0', b'"hours": 9.0'))
    check = setting.academy.certificates.verify(edited)
    assert check.verdict is Verdict.TAMPERED and check.fields is None
    assert check.message.code is ServiceCode.CERTIFICATE_TAMPERED


def rewrite_payload(path: Path, target: Path, change) -> None:
    """A copy of the certificate whose embedded JSON was replaced by `change(payload)`, of the
    same length (so the file's structure still holds)."""
    data = path.read_bytes()
    original = json.dumps(embedded_payload(path), indent=1).encode()
    assert original in data
    replaced = json.dumps(change(embedded_payload(path)), indent=1).encode()
    replaced = replaced.ljust(len(original)) if len(replaced) <= len(original) else replaced
    assert len(replaced) == len(original), "the test's change must not lengthen the JSON"
    target.write_bytes(data.replace(original, replaced))


def resigned(payload: dict, key: Ed25519PrivateKey, **changes) -> dict:
    fields = {**payload["fields"], **changes}
    signature = key.sign(canonical_bytes(fields))
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {
        **payload,
        "fields": fields,
        "signature": base64.b64encode(signature).decode(),
        "public_key": base64.b64encode(public).decode(),
        "code": code_for(signature),
    }


def test_a_certificate_re_signed_with_another_key_names_that_key(saved, tmp_path) -> None:
    setting, _, path = saved
    academy = setting.academy
    forger = Ed25519PrivateKey.generate()
    forged = tmp_path / "forged.pdf"
    rewrite_payload(path, forged, lambda p: resigned(p, forger, hours=9.0))
    check = academy.certificates.verify(forged)
    assert check.verdict is Verdict.UNKNOWN_ISSUER
    assert check.fingerprint != academy.installation.fingerprint()
    assert check.message.args == {"fingerprint": check.fingerprint}
    # Trusted once an administrator has compared the fingerprint and added the key.
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    public = forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    academy.installation.trust(admin, base64.b64encode(public).decode(), "外县融媒体中心")
    trusted = academy.certificates.verify(forged)
    assert trusted.verdict is Verdict.GENUINE and trusted.fields.hours == 9.0
    assert trusted.message.args == {"issuer": "外县融媒体中心"}


def test_a_code_changed_to_match_another_certificate_is_caught(saved, tmp_path) -> None:
    setting, _, path = saved
    edited = tmp_path / "code.pdf"
    rewrite_payload(path, edited, lambda p: {**p, "code": "0000-0000-0000-0000"})
    assert setting.academy.certificates.verify(edited).verdict is Verdict.TAMPERED


def test_a_certificate_of_another_installation_is_an_unknown_issuer(
    saved, tmp_path, monkeypatch
) -> None:
    setting, _, path = saved
    monkeypatch.setenv("LITERACY_APP_DATA_DIR", str(tmp_path / "elsewhere"))
    from literacy_app.services.config import AppConfig

    elsewhere = Academy(AppConfig.resolve(tmp_path / "elsewhere", None, None))
    try:
        check = elsewhere.certificates.verify(path)
        assert check.verdict is Verdict.UNKNOWN_ISSUER
        assert check.fingerprint == setting.academy.installation.fingerprint()
        assert check.fields is not None and check.fields.learner_name == "张明明"
        code = elsewhere.certificates.verify(check.code)
        assert code.verdict is Verdict.NOT_FOUND
        assert code.message.code is ServiceCode.CERTIFICATE_CODE_UNKNOWN
    finally:
        elsewhere.close()


def test_truncated_files_are_refused_without_a_traceback(saved, tmp_path) -> None:
    setting, _, path = saved
    data = path.read_bytes()
    start = data.index(b"/Type /EmbeddedFile")
    end = data.index(b"endstream", start)
    for cut in [0, 5, 600, start - 100, start + 40, start + 200, end - 20]:
        broken = tmp_path / f"cut-{cut}.pdf"
        broken.write_bytes(data[:cut])
        check = setting.academy.certificates.verify(broken)
        assert check.verdict in {Verdict.NOT_A_CERTIFICATE, Verdict.TAMPERED}, (cut, check)
        assert check.message.args["path"] == str(broken)
    # Cut after the embedded data, the signature still holds: the signed data is what counts.
    tail = tmp_path / "tail.pdf"
    tail.write_bytes(data[: end + 20])
    assert setting.academy.certificates.verify(tail).verdict is Verdict.GENUINE


def test_files_that_are_not_certificates_say_why(setting, tmp_path) -> None:
    certificates = setting.academy.certificates
    text = tmp_path / "notes.txt"
    text.write_text("你好", encoding="utf-8")
    assert certificates.verify(text).message.code is ServiceCode.CERTIFICATE_FILE_NOT_PDF
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    assert certificates.verify(plain).message.code is ServiceCode.CERTIFICATE_FILE_NO_PAYLOAD
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.write(b"%PDF-1.4\n")
        file.truncate(21 * 1024 * 1024)  # sparse: no disk is spent
    check = certificates.verify(huge)
    assert check.message.code is ServiceCode.CERTIFICATE_FILE_TOO_LARGE
    assert check.verdict is Verdict.NOT_A_CERTIFICATE
    missing = certificates.verify(tmp_path / "gone.pdf")
    assert missing.message.code is ServiceCode.CERTIFICATE_FILE_UNREADABLE
    nonsense = certificates.verify("这不是文件也不是验证码")
    assert nonsense.verdict is Verdict.NOT_FOUND
    assert nonsense.message.code is ServiceCode.CERTIFICATE_NOT_RECOGNISED


def test_a_damaged_payload_is_refused(saved, tmp_path) -> None:
    setting, _, path = saved
    data = path.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data.replace(b'"signature"', b'"signaturX"'))
    check = setting.academy.certificates.verify(broken)
    assert check.verdict is Verdict.TAMPERED
    assert check.message.code is ServiceCode.CERTIFICATE_PAYLOAD_DAMAGED
    garbled = tmp_path / "garbled.pdf"
    garbled.write_bytes(data.replace(b'"fields": {', b'"fields": ['))
    assert setting.academy.certificates.verify(garbled).verdict is Verdict.TAMPERED


def test_a_stored_certificate_edited_in_the_database_fails_its_code_check(issued) -> None:
    setting, certificate = issued
    academy = setting.academy
    edited = {**certificate.fields.as_json(), "hours": 40.0}
    with academy.engine.begin() as connection:
        connection.execute(
            update(Certificate).where(Certificate.id == certificate.id).values(fields=edited)
        )
    check = academy.certificates.verify(certificate.code)
    assert check.verdict is Verdict.TAMPERED and check.fields is None


def test_saving_where_no_file_can_be_written_says_so_and_leaves_nothing(issued, tmp_path) -> None:
    setting, certificate = issued
    target = tmp_path / "no-such-folder" / "证书.pdf"
    with pytest.raises(UserInputError) as caught:
        setting.academy.certificates.save_pdf(setting.learner, certificate.id, target)
    assert caught.value.code is ServiceCode.CERTIFICATE_NOT_SAVED
    assert caught.value.message.args["path"] == str(target)


def test_without_a_chinese_font_no_pdf_is_made(issued, tmp_path, monkeypatch) -> None:
    setting, certificate = issued
    monkeypatch.setattr("literacy_app.services.certificates.find_chinese_font", lambda: None)
    with pytest.raises(NotAvailable) as caught:
        setting.academy.certificates.save_pdf(setting.learner, certificate.id, tmp_path / "c.pdf")
    assert caught.value.code is ServiceCode.NO_CHINESE_FONT
    assert list(tmp_path.glob("*.pdf")) == []
