"""The command line for the installation's key, trusting installations and checking certificates."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from literacy_app.cli import main
from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

from .engine_content import write_engine_content
from .services.test_certificates import COURSE, complete_course


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def other_key() -> str:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


@pytest.fixture
def certificate_file(tmp_path, data_dir) -> tuple[Path, str]:
    """A certificate saved from this data directory, and its code."""
    academy = Academy(
        AppConfig.resolve(data_dir, None, [str(write_engine_content(tmp_path / "c"))])
    )
    try:
        _, learner = academy.learners.create("张明明", "某县融媒体中心", Tier.PUBLIC)
        complete_course(academy, learner)
        certificate = academy.certificates.issue(learner, COURSE)
        path = tmp_path / "结业证书.pdf"
        academy.certificates.save_pdf(learner, certificate.id, path)
        academy.accounts.create_first_administrator("管理员", "password-123")
    finally:
        academy.close()
    return path, certificate.code


def test_the_installation_key_is_public_and_stable(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "installation-key")
    assert code == 0
    lines = dict(line.split("：", 1) for line in out.splitlines())
    assert set(lines) == {"安装编号", "公钥指纹", "公钥"}
    code, again, _ = run(monkeypatch, capsys, "installation-key", "--json")
    shown = json.loads(again)
    assert code == 0 and shown == {
        "installation_id": lines["安装编号"],
        "fingerprint": lines["公钥指纹"],
        "public_key": lines["公钥"],
    }


def test_verify_certificate_exits_0_for_a_genuine_file_and_code(
    certificate_file, monkeypatch, capsys
) -> None:
    path, certificate_code = certificate_file
    code, out, _ = run(monkeypatch, capsys, "verify-certificate", str(path))
    assert code == 0
    assert out.startswith("证书真实：由本机签发")
    assert "姓名：张明明" in out and "学时：1" in out and f"验证码：{certificate_code}" in out
    code, out, _ = run(monkeypatch, capsys, "verify-certificate", certificate_code, "--json")
    result = json.loads(out)
    assert code == 0 and result["verdict"] == "genuine"
    assert result["fields"]["learner_name"] == "张明明" and result["code"] == certificate_code


def test_verify_certificate_exits_1_for_edited_unknown_and_broken_input(
    certificate_file, tmp_path, monkeypatch, capsys
) -> None:
    path, _ = certificate_file
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(path.read_bytes().replace(b'"hours": 1.0', b'"hours": 8.0'))
    code, out, _ = run(monkeypatch, capsys, "verify-certificate", str(edited))
    assert code == 1 and out.startswith("证书已被改动") and "姓名" not in out
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(path.read_bytes()[:500])
    code, out, err = run(monkeypatch, capsys, "verify-certificate", str(truncated))
    assert code == 1 and "没有结业证书的签名数据" in out and "Traceback" not in err
    code, out, _ = run(monkeypatch, capsys, "verify-certificate", "ABCD-EFGH-JKMN-PQRS")
    assert code == 1 and "本机没有验证码为 ABCD-EFGH-JKMN-PQRS 的证书" in out
    # Another installation does not know the key until an administrator trusts it.
    elsewhere = str(tmp_path / "elsewhere")
    code, out, _ = run(
        monkeypatch, capsys, "--data-dir", elsewhere, "verify-certificate", str(path)
    )
    assert code == 1 and out.startswith("签名完好，但签发证书的安装不在本机的信任列表中")


def test_trusting_another_installation_needs_an_administrator(
    certificate_file, tmp_path, monkeypatch, capsys
) -> None:
    path, _ = certificate_file
    _, out, _ = run(monkeypatch, capsys, "installation-key", "--json")
    issuing = json.loads(out)
    elsewhere = str(tmp_path / "elsewhere")
    run(monkeypatch, capsys, "--data-dir", elsewhere, "create-admin", "审核员", "--password-stdin",
        stdin="password-456\n")  # fmt: skip
    trust = ["--data-dir", elsewhere, "trust-installation", issuing["public_key"], "--name", "某县"]
    code, _, err = run(
        monkeypatch, capsys, *trust, "--admin", "审核员", "--password-stdin", stdin="wrong-pass\n"
    )
    assert code == 1 and "用户名或密码不正确" in err
    code, out, _ = run(
        monkeypatch, capsys, "--data-dir", elsewhere, "verify-certificate", str(path)
    )
    assert code == 1  # nothing was trusted by the refused command
    code, out, _ = run(
        monkeypatch, capsys, *trust, "--admin", "审核员", "--password-stdin", stdin="password-456\n"
    )
    assert code == 0 and out.strip() == f"已信任安装“某县”（公钥指纹 {issuing['fingerprint']}）。"
    code, out, _ = run(
        monkeypatch, capsys, "--data-dir", elsewhere, "verify-certificate", str(path)
    )
    assert code == 0 and out.startswith("证书真实：由受信任的安装“某县”签发")
    bad = ["--data-dir", elsewhere, "trust-installation", "not-a-key", "--name", "乙"]
    code, _, err = run(
        monkeypatch, capsys, *bad, "--admin", "审核员", "--password-stdin", stdin="password-456\n"
    )
    assert code == 1 and "这不是有效的安装公钥" in err


def test_trust_installation_without_the_admin_option_is_wrong_usage(monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run(monkeypatch, capsys, "trust-installation", other_key(), "--name", "甲")
    assert caught.value.code == 2
