"""Course certificates: issued to a learner who completed a course, signed with the installation's
key, saved as a PDF that carries its own signed data, and checked by anyone.

The signed bytes are the certificate's fields as canonical JSON (sorted keys, no spaces, UTF-8);
the verification code is derived from the signature, so a code that matches proves nothing unless
the signature does too. Checking needs no sign-in: a certificate is shown to people who have no
account here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.exports.certificate_pdf import (
    CertificateSheet,
    embedded_files,
    write_certificate_pdf,
)
from literacy_app.exports.fonts import find_chinese_font
from literacy_app.messages import Message
from literacy_app.services.acting import Actor, Role, acting_learner, owned_record, require
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.errors import NotAvailable, Refused, ServiceCode, UserInputError
from literacy_app.services.installation import (
    CROCKFORD,
    InstallationService,
    canonical_public_key,
    crockford,
    crockford_normalised,
    fingerprint_of,
    grouped,
)
from literacy_app.services.learning import LearningService
from literacy_app.store import records
from literacy_app.store.models import Certificate, as_utc, utc_now

log = logging.getLogger(__name__)

# Names what the signed fields are, so a signature this key makes over something else (a progress
# file, later) can never pass for a certificate.
KIND = "literacy-app/certificate"
VERSION = 1
CODE_BYTES = 10  # 80 bits: 16 Crockford characters, XXXX-XXXX-XXXX-XXXX
FILE_LIMIT_MB = 20
PAYLOAD_LIMIT = 64 * 1024


class Verdict(StrEnum):
    GENUINE = "genuine"
    TAMPERED = "tampered"
    UNKNOWN_ISSUER = "unknown_issuer"
    NOT_FOUND = "not_found"
    NOT_A_CERTIFICATE = "not_a_certificate"


@dataclass(frozen=True)
class CertificateFields:
    """What a certificate states, as signed."""

    certificate_id: str
    learner_name: str
    department: str
    identifier: str  # "" when the learner has none
    course_id: str
    course_title: str
    hours: float
    score: float | None  # the counted final-quiz score; None for a course without a quiz
    completed_on: date
    issued_at: datetime  # UTC
    installation_id: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": KIND,
            "version": VERSION,
            "certificate_id": self.certificate_id,
            "learner_name": self.learner_name,
            "department": self.department,
            "identifier": self.identifier,
            "course_id": self.course_id,
            "course_title": self.course_title,
            "hours": self.hours,
            "score": self.score,
            "completed_on": self.completed_on.isoformat(),
            "issued_at": self.issued_at.isoformat(),
            "installation_id": self.installation_id,
        }

    @classmethod
    def from_json(cls, data: object) -> CertificateFields:
        """The fields of a payload; ValueError when it is not a certificate's fields."""
        if not isinstance(data, dict) or data.get("kind") != KIND or data.get("version") != VERSION:
            raise ValueError("not certificate fields")

        def text(key: str) -> str:
            value = data.get(key)
            if not isinstance(value, str):
                raise ValueError(key)
            return value

        def number(key: str) -> float:
            value = data.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(key)
            return float(value)

        issued_at = datetime.fromisoformat(text("issued_at"))
        return cls(
            certificate_id=text("certificate_id"),
            learner_name=text("learner_name"),
            department=text("department"),
            identifier=text("identifier"),
            course_id=text("course_id"),
            course_title=text("course_title"),
            hours=number("hours"),
            score=None if data.get("score") is None else number("score"),
            completed_on=date.fromisoformat(text("completed_on")),
            issued_at=as_utc(issued_at),
            installation_id=text("installation_id"),
        )


@dataclass(frozen=True)
class CertificateView:
    id: uuid.UUID
    code: str
    fields: CertificateFields
    fingerprint: str  # of the key that signed it


@dataclass(frozen=True)
class CertificateCheck:
    """What checking a certificate found, in a code for scripts and a message for people.

    `fields` are given when the signature holds (genuine, or signed by a key not trusted here),
    to be compared with the paper; never for a tampered certificate.
    """

    verdict: Verdict
    message: Message
    fields: CertificateFields | None = None
    code: str | None = None
    fingerprint: str | None = None  # the signing key's, when one was read

    @property
    def genuine(self) -> bool:
        return self.verdict is Verdict.GENUINE


def canonical_bytes(fields: object) -> bytes:
    """The signed form of the fields: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def code_for(signature: bytes) -> str:
    """The short verification code printed on the certificate, derived from its signature."""
    return grouped(crockford(hashlib.sha256(signature).digest()[:CODE_BYTES]))


def looks_like_code(text: str) -> bool:
    normal = crockford_normalised(text)
    return len(normal) == CODE_BYTES * 8 // 5 and all(c in CROCKFORD for c in normal)


class CertificateService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        learning: LearningService,
        installation: InstallationService,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._sessions = sessions
        self._learning = learning
        self._installation = installation
        self._clock = clock

    def issue(self, actor: Actor, course_id: str) -> CertificateView:
        """The learner's certificate for a course they completed; the same one when asked again."""
        outline = self._learning.outline(actor, course_id)  # the learner's own progress
        progress = outline.progress
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            existing = session.scalars(
                select(Certificate)
                .where(Certificate.learner_id == learner.id, Certificate.course_id == course_id)
                .order_by(Certificate.issued_at)
                .limit(1)
            ).first()
            if existing is not None:
                return _view(existing)
            if not progress.completed:
                raise Refused(ServiceCode.COURSE_NOT_COMPLETED, course=progress.title)
            lesson_ids = {lesson.lesson_id for lesson in outline.lessons}
            completed_at = _completed_at(session, learner.id, course_id, lesson_ids)
            certificate_id = uuid.uuid4()
            now = self._clock().replace(microsecond=0)
            fields = CertificateFields(
                certificate_id=str(certificate_id),
                learner_name=learner.name,
                department=learner.department,
                identifier=learner.identifier or "",
                course_id=course_id,
                course_title=progress.title,
                hours=float(progress.hours),
                score=None if progress.best_percent is None else round(progress.best_percent, 1),
                completed_on=(completed_at or now).astimezone().date(),
                issued_at=now,
                installation_id=self._installation.installation_id(),
            ).as_json()
            signature = self._installation.sign(canonical_bytes(fields))
            row = Certificate(
                id=certificate_id,
                learner_id=learner.id,
                course_id=course_id,
                issued_at=now,
                fields=fields,
                signature=base64.b64encode(signature).decode("ascii"),
                public_key=self._installation.public_key_b64(),
                code=code_for(signature),
            )
            session.add(row)
            session.flush()
            log.info("certificate %s issued for course %s", row.code, course_id)
            return _view(row)

    def mine(self, actor: Actor) -> list[CertificateView]:
        """The learner's certificates, newest first."""
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            rows = session.scalars(
                select(Certificate)
                .where(Certificate.learner_id == learner.id)
                .order_by(Certificate.issued_at.desc())
            )
            return [_view(row) for row in rows]

    def save_pdf(self, actor: Actor, certificate_id: uuid.UUID, path: Path) -> None:
        """Write the learner's own certificate to `path` as a one-page PDF carrying its signed
        data; the file appears only once complete."""
        require(actor, Role.LEARNER)
        with self._sessions() as session:
            row = owned_record(
                session, actor, Certificate, certificate_id, ServiceCode.CERTIFICATE_NOT_FOUND
            )
            view = _view(row)
            payload = {
                "format": KIND,
                "fields": row.fields,
                "signature": row.signature,
                "public_key": row.public_key,
                "code": row.code,
            }
        font = find_chinese_font()
        if font is None:
            raise NotAvailable(ServiceCode.NO_CHINESE_FONT)
        fields = view.fields
        sheet = CertificateSheet(
            learner_name=fields.learner_name,
            department=fields.department,
            identifier=fields.identifier,
            course_title=fields.course_title,
            hours=fields.hours,
            score=fields.score,
            completed_on=fields.completed_on,
            issued_at=fields.issued_at.astimezone(),
            code=view.code,
            fingerprint=view.fingerprint,
            installation_id=fields.installation_id,
            certificate_id=fields.certificate_id,
        )
        try:
            write_certificate_pdf(path, sheet, json.dumps(payload, indent=1).encode(), font)
        except OSError as error:
            raise UserInputError(
                ServiceCode.CERTIFICATE_NOT_SAVED,
                path=str(path),
                detail=error.strerror or type(error).__name__,
            ) from error

    def verify(self, file_or_code: str | Path) -> CertificateCheck:
        """Check a certificate PDF or a verification code; anyone may."""
        if isinstance(file_or_code, Path):
            return self._check_file(file_or_code)
        text = file_or_code.strip()
        try:
            is_file = Path(text).is_file()
        except (OSError, ValueError):  # a name no file system accepts
            is_file = False
        if is_file:
            return self._check_file(Path(text))
        if looks_like_code(text):
            return self._check_code(grouped(crockford_normalised(text)))
        return CertificateCheck(
            Verdict.NOT_FOUND, Message.of(ServiceCode.CERTIFICATE_NOT_RECOGNISED, text=text[:200])
        )

    def _check_code(self, code: str) -> CertificateCheck:
        with self._sessions() as session:
            row = session.scalars(select(Certificate).where(Certificate.code == code)).one_or_none()
            if row is None:
                return CertificateCheck(
                    Verdict.NOT_FOUND,
                    Message.of(ServiceCode.CERTIFICATE_CODE_UNKNOWN, verification=code),
                )
            stored = (row.fields, row.signature, row.public_key, row.code)
        return self._check_signed(*stored, damaged=_tampered())

    def _check_file(self, path: Path) -> CertificateCheck:
        def refusal(verdict: Verdict, code: ServiceCode, **args: Any) -> CertificateCheck:
            return CertificateCheck(verdict, Message.of(code, path=str(path), **args))

        try:
            if path.stat().st_size > FILE_LIMIT_MB * 1024 * 1024:
                return refusal(
                    Verdict.NOT_A_CERTIFICATE,
                    ServiceCode.CERTIFICATE_FILE_TOO_LARGE,
                    limit=FILE_LIMIT_MB,
                )
            data = path.read_bytes()
        except OSError as error:
            return refusal(
                Verdict.NOT_A_CERTIFICATE,
                ServiceCode.CERTIFICATE_FILE_UNREADABLE,
                detail=error.strerror or type(error).__name__,
            )
        if b"%PDF-" not in data[:1024]:
            return refusal(Verdict.NOT_A_CERTIFICATE, ServiceCode.CERTIFICATE_FILE_NOT_PDF)
        marker = KIND.encode()
        ours = [body for body in embedded_files(data, PAYLOAD_LIMIT) if marker in body]
        if not ours:
            return refusal(Verdict.NOT_A_CERTIFICATE, ServiceCode.CERTIFICATE_FILE_NO_PAYLOAD)
        damaged = refusal(Verdict.TAMPERED, ServiceCode.CERTIFICATE_PAYLOAD_DAMAGED)
        try:
            payload = json.loads(ours[0].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return damaged
        if not isinstance(payload, dict) or payload.get("format") != KIND:
            return damaged
        return self._check_signed(
            payload.get("fields"),
            payload.get("signature"),
            payload.get("public_key"),
            payload.get("code"),
            damaged=damaged,
        )

    def _check_signed(
        self,
        fields_json: object,
        signature_b64: object,
        public_key_b64: object,
        code: object,
        *,
        damaged: CertificateCheck,
    ) -> CertificateCheck:
        """The checks a file and a stored certificate share: the signature over the fields, the
        code derived from it, and whether the signing key is trusted here."""
        if not (isinstance(signature_b64, str) and isinstance(public_key_b64, str)):
            return damaged
        try:
            fields = CertificateFields.from_json(fields_json)
            signature = base64.b64decode(signature_b64, validate=True)
            key = canonical_public_key(public_key_b64)
            signed = canonical_bytes(fields_json)
        except (ValueError, TypeError, binascii.Error, UserInputError):
            return damaged
        if not self._installation.verify(key, signed, signature) or code != code_for(signature):
            return CertificateCheck(
                Verdict.TAMPERED,
                Message.of(ServiceCode.CERTIFICATE_TAMPERED),
                code=code if isinstance(code, str) else None,
            )
        fingerprint = fingerprint_of(key)

        def found(verdict: Verdict, message: Message) -> CertificateCheck:
            return CertificateCheck(verdict, message, fields, code_for(signature), fingerprint)

        issuer = self._installation.issuer(key)
        if issuer is None:
            return found(
                Verdict.UNKNOWN_ISSUER,
                Message.of(ServiceCode.CERTIFICATE_UNKNOWN_ISSUER, fingerprint=fingerprint),
            )
        if issuer.own:
            return found(Verdict.GENUINE, Message.of(ServiceCode.CERTIFICATE_GENUINE_HERE))
        return found(
            Verdict.GENUINE,
            Message.of(ServiceCode.CERTIFICATE_GENUINE_TRUSTED, issuer=issuer.name),
        )


def _tampered() -> CertificateCheck:
    return CertificateCheck(Verdict.TAMPERED, Message.of(ServiceCode.CERTIFICATE_TAMPERED))


def _view(row: Certificate) -> CertificateView:
    return CertificateView(
        row.id, row.code, CertificateFields.from_json(row.fields), fingerprint_of(row.public_key)
    )


def _completed_at(
    session: Session, learner_id: uuid.UUID, course_id: str, lesson_ids: set[str]
) -> datetime | None:
    """When the course's last requirement was met: the latest lesson finished, or the first
    passed final quiz if that came later."""
    moments = [
        as_utc(row.completed_at)
        for row in records.lesson_progress(session, learner_id, course_id)
        if row.completed_at is not None and row.lesson_id in lesson_ids
    ]
    passes = [
        as_utc(attempt.submitted_at)
        for attempt in records.attempts(session, learner_id, course_id, kind=AttemptKind.FINAL)
        if attempt.passed and attempt.submitted_at is not None
    ]
    if passes:
        moments.append(min(passes))
    return max(moments, default=None)
