"""The installation's key and id, fingerprints, and the list of trusted installations."""

from __future__ import annotations

import base64
import os
import re
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from literacy_app.content.model import Tier
from literacy_app.services.audit import AuditAction
from literacy_app.services.errors import (
    DatabaseUnusable,
    NotAvailable,
    Refused,
    ServiceCode,
    UserInputError,
)
from literacy_app.services.installation import (
    ID_FILE,
    KEY_FILE,
    crockford,
    crockford_normalised,
    fingerprint_of,
)

FINGERPRINT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")


def other_key() -> str:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


@pytest.fixture
def admin(academy):
    return academy.accounts.create_first_administrator("管理员", "password-123")


def test_the_key_is_made_on_first_use_and_then_reused(make_academy, data_dir) -> None:
    first = make_academy()
    folder = data_dir / "installation"
    assert not folder.exists()  # opening the academy alone makes nothing
    key, fingerprint, installation = (
        first.installation.public_key_b64(),
        first.installation.fingerprint(),
        first.installation.installation_id(),
    )
    assert FINGERPRINT.match(fingerprint) and uuid.UUID(installation)
    assert len(base64.b64decode(key)) == 32
    pem = (folder / KEY_FILE).read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert (folder / KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temp left
    first.close()
    again = make_academy()
    assert again.installation.public_key_b64() == key
    assert again.installation.fingerprint() == fingerprint
    assert again.installation.installation_id() == installation
    assert (folder / KEY_FILE).read_bytes() == pem


def test_a_key_restored_readable_by_all_is_made_private_again(make_academy, data_dir) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    make_academy().installation.public_key_b64()
    path = data_dir / "installation" / KEY_FILE
    path.chmod(0o644)
    make_academy().installation.sign(b"x")
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_damaged_key_is_refused_and_never_replaced(make_academy, data_dir) -> None:
    make_academy().installation.public_key_b64()
    path = data_dir / "installation" / KEY_FILE
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n")
    with pytest.raises(DatabaseUnusable) as caught:
        make_academy().installation.sign(b"data")
    assert caught.value.code is ServiceCode.INSTALLATION_KEY_UNREADABLE
    assert caught.value.message.args["path"] == str(path)
    assert path.read_bytes() == b"-----BEGIN PRIVATE KEY-----\nbroken\n"


def test_a_damaged_id_is_refused(make_academy, data_dir) -> None:
    make_academy().installation.public_key_b64()
    (data_dir / "installation" / ID_FILE).write_text("not an id\n", encoding="ascii")
    with pytest.raises(DatabaseUnusable):
        make_academy().installation.installation_id()


def test_signatures_verify_only_for_the_same_data_and_key(academy) -> None:
    installation = academy.installation
    signature = installation.sign(b"certificate")
    key = installation.public_key_b64()
    assert installation.verify(key, b"certificate", signature)
    assert not installation.verify(key, b"certificatE", signature)
    assert not installation.verify(other_key(), b"certificate", signature)
    assert not installation.verify("not base64!", b"certificate", signature)
    assert not installation.verify(key, b"certificate", b"short")


def test_fingerprints_are_stable_and_read_aloud_without_ambiguity() -> None:
    key = base64.b64encode(bytes(range(32))).decode("ascii")
    # Fixed: a fingerprint read over the phone today must read the same after any upgrade.
    assert fingerprint_of(key) == "CC6W-TAB6-RGSP-D48J-AH4B"
    assert fingerprint_of(f"  {key[:20]}\n{key[20:]} ") == fingerprint_of(key)
    assert crockford(bytes([0xFF] * 5)) == "ZZZZZZZZ"
    assert crockford(b"f") == "CR"
    assert crockford_normalised("cc6w-tab6 rgsp-d48j-ah4b") == "CC6WTAB6RGSPD48JAH4B"
    assert crockford_normalised("OIL") == "011"


def test_administrators_trust_list_and_remove_installations(academy, admin) -> None:
    key = other_key()
    added = academy.installation.trust(admin, key, " 某县融媒体中心 ")
    assert added.name == "某县融媒体中心" and added.fingerprint == fingerprint_of(key)
    assert academy.installation.issuer(key).name == "某县融媒体中心"
    assert [t.name for t in academy.installation.trusted(admin)] == ["某县融媒体中心"]
    academy.installation.distrust(admin, added.id)
    assert academy.installation.trusted(admin) == []
    assert academy.installation.issuer(key) is None
    actions = [e.action for e in academy.audit.entries(admin)]
    assert actions[:2] == [AuditAction.INSTALLATION_DISTRUSTED, AuditAction.INSTALLATION_TRUSTED]
    entry = academy.audit.entries(admin)[0]
    assert entry.subject == "某县融媒体中心" and entry.details["fingerprint"] == added.fingerprint
    with pytest.raises(NotAvailable):
        academy.installation.distrust(admin, added.id)


def test_the_own_key_is_always_trusted_and_never_listed(academy, admin) -> None:
    own = academy.installation.public_key_b64()
    issuer = academy.installation.issuer(own)
    assert (
        issuer is not None
        and issuer.own
        and issuer.fingerprint == academy.installation.fingerprint()
    )
    with pytest.raises(UserInputError) as caught:
        academy.installation.trust(admin, own, "本机")
    assert caught.value.code is ServiceCode.PUBLIC_KEY_IS_OWN


@pytest.mark.parametrize(
    ("key", "name", "code"),
    [
        ("not a key", "甲", ServiceCode.PUBLIC_KEY_INVALID),
        (base64.b64encode(b"x" * 31).decode(), "甲", ServiceCode.PUBLIC_KEY_INVALID),
        (None, "  ", ServiceCode.TRUST_LABEL_REQUIRED),
        (None, "甲" * 101, ServiceCode.TRUST_LABEL_TOO_LONG),
    ],
)
def test_bad_keys_and_labels_are_refused(academy, admin, key, name, code) -> None:
    with pytest.raises(UserInputError) as caught:
        academy.installation.trust(admin, key or other_key(), name)
    assert caught.value.code is code
    assert academy.installation.trusted(admin) == []


def test_a_key_is_trusted_once(academy, admin) -> None:
    key = other_key()
    academy.installation.trust(admin, key, "甲单位")
    with pytest.raises(UserInputError) as caught:
        academy.installation.trust(admin, key, "乙单位")
    assert caught.value.code is ServiceCode.INSTALLATION_ALREADY_TRUSTED
    assert caught.value.message.args == {"name": "甲单位"}


def test_every_trust_method_refuses_a_learner(academy, admin) -> None:
    added = academy.installation.trust(admin, other_key(), "甲单位")
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    calls = [
        lambda: academy.installation.trusted(learner),
        lambda: academy.installation.trust(learner, other_key(), "乙单位"),
        lambda: academy.installation.distrust(learner, added.id),
    ]
    for call in calls:
        with pytest.raises(Refused) as caught:
            call()
        assert caught.value.code is ServiceCode.ROLE_REQUIRED
    assert [t.name for t in academy.installation.trusted(admin)] == ["甲单位"]
