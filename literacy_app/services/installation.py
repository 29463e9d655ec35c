"""This installation's identity and the installations it trusts.

An installation is a data directory: it holds an Ed25519 key pair (the private key as a PEM file
only its owner may read) and an installation id, both made on first use and never replaced, since
everything signed with the key (certificates, later progress files) is checked against it. The
public key is shown as base64 and as a short fingerprint that two people can compare by phone.

Administrators keep a list of other installations whose keys they trust; the own key is always
trusted and never listed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import tempfile
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import (
    DatabaseUnusable,
    NotAvailable,
    ServiceCode,
    UserInputError,
)
from literacy_app.store.models import TrustedInstallation, as_utc

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# `cryptography` is imported where a key is used: loading it costs start-up a few hundredths of a
# second, and most runs never sign or check anything.

log = logging.getLogger(__name__)

FOLDER = "installation"
KEY_FILE = "private-key.pem"
ID_FILE = "installation-id"
LABEL_LIMIT = 100
RAW_KEY_BYTES = 32
# Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READS = {"O": "0", "I": "1", "L": "1"}


def crockford(data: bytes) -> str:
    """`data` in Crockford base32, five bits a character (the last one padded with zero bits)."""
    bits = int.from_bytes(data, "big")
    count = (len(data) * 8 + 4) // 5
    bits <<= count * 5 - len(data) * 8
    return "".join(CROCKFORD[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def crockford_normalised(text: str) -> str:
    """What a person typed, as the canonical characters: case, spaces, hyphens and the letters
    that look like digits (O, I, L) do not matter."""
    kept = (c for c in text.upper() if c not in " -\t")
    return "".join(_CROCKFORD_READS.get(c, c) for c in kept)


def grouped(text: str, size: int = 4) -> str:
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def raw_public_key(public_key_b64: str) -> bytes:
    """The 32 bytes of a base64 Ed25519 public key; UserInputError when it is not one."""
    cleaned = "".join(public_key_b64.split())
    try:
        raw = base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        raise UserInputError(ServiceCode.PUBLIC_KEY_INVALID) from None
    if len(raw) != RAW_KEY_BYTES:
        raise UserInputError(ServiceCode.PUBLIC_KEY_INVALID)
    return raw


def canonical_public_key(public_key_b64: str) -> str:
    return base64.b64encode(raw_public_key(public_key_b64)).decode("ascii")


def fingerprint_of(public_key_b64: str) -> str:
    """Five groups of four characters (100 bits of SHA-256 over the raw key), to compare by phone."""
    digest = hashlib.sha256(raw_public_key(public_key_b64)).digest()
    return grouped(crockford(digest)[:20])


def verify(public_key_b64: str, data: bytes, signature: bytes) -> bool:
    """True when `signature` is the key's Ed25519 signature of `data`; False for anything else,
    a malformed key or signature included."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(raw_public_key(public_key_b64))
        key.verify(signature, data)
    except (UserInputError, InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Issuer:
    """Who signed with a trusted key: this installation (`own`) or a listed one."""

    name: str  # "" for this installation
    fingerprint: str
    own: bool


@dataclass(frozen=True)
class TrustedView:
    id: uuid.UUID
    name: str
    public_key: str
    fingerprint: str
    added_at: datetime


@dataclass(frozen=True)
class _Identity:
    installation_id: str
    private_key: Ed25519PrivateKey
    public_key_b64: str


class InstallationService:
    """The installation's key and id (made on first use, not at start-up), and the trust list."""

    def __init__(self, data_dir: Path, sessions: sessionmaker[Session]) -> None:
        self.folder = data_dir / FOLDER
        self._sessions = sessions
        self._identity: _Identity | None = None
        self._lock = threading.Lock()

    # -- identity ----------------------------------------------------------------------------

    def installation_id(self) -> str:
        return self._ensure().installation_id

    def public_key_b64(self) -> str:
        return self._ensure().public_key_b64

    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key_b64())

    def sign(self, data: bytes) -> bytes:
        """The installation's Ed25519 signature of `data` (64 bytes)."""
        return self._ensure().private_key.sign(data)

    @staticmethod
    def verify(public_key_b64: str, data: bytes, signature: bytes) -> bool:
        return verify(public_key_b64, data, signature)

    def _ensure(self) -> _Identity:
        with self._lock:
            if self._identity is None:
                self._identity = self._load_or_make()
            return self._identity

    def _load_or_make(self) -> _Identity:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            key_path = self.folder / KEY_FILE
            if not key_path.exists():
                pem = Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
                _create_once(key_path, pem)
            _keep_private(key_path)
            id_path = self.folder / ID_FILE
            if not id_path.exists():
                _create_once(id_path, f"{uuid.uuid4()}\n".encode("ascii"))
            pem = key_path.read_bytes()
            installation_id = id_path.read_text(encoding="ascii").strip()
        except OSError as error:
            raise DatabaseUnusable(ServiceCode.DATA_DIR_UNUSABLE, path=str(self.folder)) from error
        try:
            key = serialization.load_pem_private_key(pem, password=None)
            uuid.UUID(installation_id)
        except (ValueError, TypeError, UnicodeDecodeError):
            key = None
        if not isinstance(key, Ed25519PrivateKey):
            # Never replaced: a new key would turn every certificate issued here into a forgery.
            raise DatabaseUnusable(ServiceCode.INSTALLATION_KEY_UNREADABLE, path=str(key_path))
        public = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        public_b64 = base64.b64encode(public).decode("ascii")
        log.info("installation %s, key fingerprint %s", installation_id, fingerprint_of(public_b64))
        return _Identity(installation_id, key, public_b64)

    # -- trust -------------------------------------------------------------------------------

    def issuer(self, public_key_b64: str) -> Issuer | None:
        """Who the key belongs to, if this installation trusts it; None for an unknown key.

        Public knowledge, like the key itself: checking a certificate needs no sign-in.
        """
        try:
            key = canonical_public_key(public_key_b64)
        except UserInputError:
            return None
        if key == self.public_key_b64():
            return Issuer("", fingerprint_of(key), own=True)
        with self._sessions() as session:
            row = _trusted_by_key(session, key)
            return Issuer(row.name, fingerprint_of(key), own=False) if row else None

    def trusted(self, actor: Actor) -> list[TrustedView]:
        """The installations trusted besides this one, by name; administrators only."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions() as session:
            rows = session.scalars(select(TrustedInstallation).order_by(TrustedInstallation.name))
            return [_view(row) for row in rows]

    def trust(self, actor: Actor, public_key_b64: str, name: str) -> TrustedView:
        """Trust another installation's key under the label `name`; administrators only."""
        require(actor, Role.ADMINISTRATOR)
        key = canonical_public_key(public_key_b64)
        name = name.strip()
        if not name:
            raise UserInputError(ServiceCode.TRUST_LABEL_REQUIRED)
        if len(name) > LABEL_LIMIT:
            raise UserInputError(ServiceCode.TRUST_LABEL_TOO_LONG, limit=LABEL_LIMIT)
        if key == self.public_key_b64():
            raise UserInputError(ServiceCode.PUBLIC_KEY_IS_OWN)
        try:
            with self._sessions.begin() as session:
                existing = _trusted_by_key(session, key)
                if existing is not None:
                    raise UserInputError(
                        ServiceCode.INSTALLATION_ALREADY_TRUSTED, name=existing.name
                    )
                row = TrustedInstallation(name=name, public_key=key, added_by=actor.user_id)
                session.add(row)
                session.flush()
                record_action(
                    session, actor, AuditAction.INSTALLATION_TRUSTED, name,
                    fingerprint=fingerprint_of(key),
                )  # fmt: skip
                return _view(row)
        except IntegrityError:  # added by another window between the check and the insert
            raise UserInputError(ServiceCode.INSTALLATION_ALREADY_TRUSTED, name=name) from None

    def distrust(self, actor: Actor, trusted_id: uuid.UUID) -> None:
        """Remove an installation from the trust list; administrators only."""
        require(actor, Role.ADMINISTRATOR)
        with self._sessions.begin() as session:
            row = session.get(TrustedInstallation, trusted_id)
            if row is None:
                raise NotAvailable(ServiceCode.TRUSTED_INSTALLATION_NOT_FOUND)
            record_action(
                session, actor, AuditAction.INSTALLATION_DISTRUSTED, row.name,
                fingerprint=fingerprint_of(row.public_key),
            )  # fmt: skip
            session.delete(row)


def _trusted_by_key(session: Session, key: str) -> TrustedInstallation | None:
    return session.scalars(
        select(TrustedInstallation).where(TrustedInstallation.public_key == key)
    ).one_or_none()


def _view(row: TrustedInstallation) -> TrustedView:
    return TrustedView(
        row.id, row.name, row.public_key, fingerprint_of(row.public_key), as_utc(row.added_at)
    )


def _create_once(path: Path, content: bytes) -> None:
    """Write `path` whole (owner-only) unless it already exists.

    Two processes starting at once (the window and a command) must end up with the same key: each
    writes a complete temporary file and hard-links it into place, which fails if the other got
    there first, so the file is never half-written nor replaced.
    """
    handle, temporary = tempfile.mkstemp(prefix=".new-", dir=path.parent)  # made with mode 0600
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links (FAT on a USB stick)
            if not path.exists():
                os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _keep_private(path: Path) -> None:
    # A copy restored from a backup may come back readable by everyone; the key must not be.
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
