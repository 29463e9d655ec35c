"""The tables that hold people and their learning records."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import overload

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    return datetime.now(UTC)


@overload
def as_utc(moment: datetime) -> datetime: ...
@overload
def as_utc(moment: datetime | None) -> datetime | None: ...
def as_utc(moment: datetime | None) -> datetime | None:
    """Every stored time is UTC, but SQLite hands it back without a zone: put the zone back."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def recorded_utc(moment: datetime | None, column: str) -> datetime:
    """A time the record's status promises is set (a completed attempt's `submitted_at`, a finished
    run's `finished_at`), in UTC. Missing, the record is corrupt: say which column, don't go on."""
    if moment is None:
        raise ValueError(f"{column} is empty on a record whose status says it is set")
    return as_utc(moment)


class Base(DeclarativeBase):
    pass


class Changed:
    """When the row last changed here (made, updated, or merged in from a progress file): an
    incremental export takes the rows changed since the last one."""

    updated_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now, index=True
    )


class RecordStatus(StrEnum):
    """Where a quiz attempt or a drill run stands.

    A record whose course or drill changed under it while it was open cannot be shown again as it
    was; it is closed as `STOPPED_CONTENT_CHANGED` with everything the learner gave kept, and it
    neither resumes nor counts.
    """

    OPEN = "open"
    COMPLETED = "completed"
    STOPPED_CONTENT_CHANGED = "stopped_content_changed"


class SignInGuard:
    """Columns that slow down and lock out guessing, shared by staff accounts and learner PINs."""

    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    # No sign-in is tried before this moment (the growing delay after failures).
    retry_after: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set after too many failures; only an administrator lifts it.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


# The `last_active_at` of a learner an administrator added (singly or from a roster) who has not
# studied yet: such a profile is never the one a start opens by itself.
NEVER_ACTIVE = datetime(2000, 1, 1, tzinfo=UTC)


class Learner(Changed, SignInGuard, Base):
    """A learner profile on this installation.

    `department` is a path of units separated by "/" (某省/某市/某县/县融媒体中心), so figures roll up
    level by level. `identifier` (工号 or another ID the organisation uses) is what a re-imported
    roster matches people by; `phone` is kept only when a roster gives it.
    """

    __tablename__ = "learners"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(200), default="")
    tier: Mapped[str] = mapped_column(String(20))
    identifier: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    # argon2id hash of the learner's PIN or password, when they protect their profile.
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_active_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class StaffAccount(SignInGuard, Base):
    """An administrator or trainer who signs in with a name and password (argon2id hash)."""

    __tablename__ = "staff_accounts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Setting(Base):
    """An installation-wide choice made by an administrator (whether learners need a PIN, …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class AuditEntry(Base):
    """One administrative action: who did what, when, to whom. Written in the action's transaction."""

    __tablename__ = "audit_log"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class AssignmentTarget(StrEnum):
    TIER = "tier"
    DEPARTMENT = "department"  # the department path and every unit below it
    LEARNER = "learner"


class Assignment(Changed, Base):
    """A course an administrator assigned to a tier, a department or one learner, due on a date."""

    __tablename__ = "assignments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    course_id: Mapped[str] = mapped_column(String(80), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    # The tier's value, the department path, or the learner's id as text.
    target: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class HourTarget(Base):
    """The 学时 a tier (optionally only within one department path) should earn in a year."""

    __tablename__ = "hour_targets"
    __table_args__ = (UniqueConstraint("year", "tier", "department"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    year: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(20))
    department: Mapped[str] = mapped_column(String(200), default="")  # "" means every department
    hours: Mapped[float] = mapped_column(Float)


class Certificate(Changed, Base):
    """A course certificate as issued: the signed fields, the signature and its short code."""

    __tablename__ = "certificates"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    course_id: Mapped[str] = mapped_column(String(80))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    fields: Mapped[dict] = mapped_column(JSON)
    signature: Mapped[str] = mapped_column(String(200))  # base64 Ed25519 signature
    public_key: Mapped[str] = mapped_column(String(100))  # base64 raw Ed25519 key that signed
    code: Mapped[str] = mapped_column(String(20), unique=True)


class TrustedInstallation(Base):
    """Another installation whose signing key an administrator trusts (its certificates count as
    genuine here). This installation's own key is always trusted and never listed."""

    __tablename__ = "trusted_installations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(100))  # the label the administrator gave it
    public_key: Mapped[str] = mapped_column(String(100), unique=True)  # base64 raw Ed25519 key
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    added_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class LessonProgress(Changed, Base):
    """A learner's reading of one lesson: when it was opened and finished, and active reading time."""

    __tablename__ = "lesson_progress"
    __table_args__ = (UniqueConstraint("learner_id", "course_id", "lesson_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    course_id: Mapped[str] = mapped_column(String(80))
    lesson_id: Mapped[str] = mapped_column(String(80))
    content_hash: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)


class QuizAttempt(Changed, Base):
    """One sitting of a quiz (a course's final quiz, a lesson's practice, or the daily practice).

    The drawn questions, the seed that ordered them and the rules in force are kept, so the attempt
    can be resumed and reviewed exactly as it was shown even if the course changes later.
    """

    __tablename__ = "quiz_attempts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="final")
    course_id: Mapped[str] = mapped_column(String(80))
    lesson_id: Mapped[str | None] = mapped_column(String(80))
    content_hash: Mapped[str] = mapped_column(String(64))
    seed: Mapped[int] = mapped_column(Integer)
    question_ids: Mapped[list[str]] = mapped_column(JSON)
    rules: Mapped[dict] = mapped_column(JSON, default=dict)
    pass_mark: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    deadline: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    earned: Mapped[float | None] = mapped_column(Float)
    possible: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None]
    status: Mapped[str] = mapped_column(String(30), default=RecordStatus.OPEN.value)

    answers: Mapped[list[AttemptAnswer]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="AttemptAnswer.answered_at"
    )


class AttemptAnswer(Base):
    """A learner's current answer to one question of an attempt, saved the moment it is given."""

    __tablename__ = "attempt_answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    attempt_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("quiz_attempts.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(80))
    response: Mapped[object] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    attempt: Mapped[QuizAttempt] = relationship(back_populates="answers")


class ReviewCard(Changed, Base):
    """A question the learner got wrong, scheduled for review with FSRS (the card's state as JSON)."""

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("learner_id", "question_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(80))
    course_id: Mapped[str | None] = mapped_column(String(80))
    card: Mapped[dict] = mapped_column(JSON)
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ScenarioRun(Changed, Base):
    """One run through a scenario drill: each decision as it was made, and the scores."""

    __tablename__ = "scenario_runs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    scenario_id: Mapped[str] = mapped_column(String(80))
    content_hash: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    steps: Mapped[list] = mapped_column(JSON, default=list)
    stage_id: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(30), default=RecordStatus.OPEN.value)


class ReadingContribution(Base):
    """Reading time another installation reported for a lesson: the most it ever reported, so a
    file read twice (or an older one read later) adds nothing. The lesson's `active_seconds` is the
    time read here plus these."""

    __tablename__ = "reading_contributions"

    learner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    course_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    lesson_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    seconds: Mapped[int] = mapped_column(Integer)


class LearnerLink(Base):
    """An administrator's decision about a learner from another installation whose identifier
    clashed with one here: their records go to `learner_id` (the person here, or a separate one)."""

    __tablename__ = "learner_links"

    source_learner_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    learner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class HeldReason(StrEnum):
    UNKNOWN_INSTALLATION = "unknown_installation"  # waits for an administrator to approve the key
    CLASH = "clash"  # merged except the learners whose identifier clashed


class HeldProgressFile(Base):
    """A progress file kept in the data directory until an administrator decides about it."""

    __tablename__ = "progress_files_held"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    file_name: Mapped[str] = mapped_column(String(255))  # as it was called when received
    stored_as: Mapped[str] = mapped_column(String(255))  # its name in the held folder
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    reason: Mapped[str] = mapped_column(String(30))
    installation_id: Mapped[str] = mapped_column(String(40))
    public_key: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    clashes: Mapped[list[LearnerClash]] = relationship(
        back_populates="held", cascade="all, delete-orphan", passive_deletes=True
    )


class LearnerClash(Base):
    """A learner in a held file whose identifier (工号) belongs to someone here with another name."""

    __tablename__ = "learner_clashes"
    __table_args__ = (UniqueConstraint("held_id", "source_learner_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    held_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("progress_files_held.id", ondelete="CASCADE"), index=True
    )
    source_learner_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    name: Mapped[str] = mapped_column(String(100))
    identifier: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(200))
    tier: Mapped[str] = mapped_column(String(20))
    existing_learner_id: Mapped[uuid.UUID] = mapped_column(Uuid)

    held: Mapped[HeldProgressFile] = relationship(back_populates="clashes")


class ProgressImport(Base):
    """A progress file merged here: which, from where, by whom, and what it brought."""

    __tablename__ = "progress_imports"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    installation_id: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    imported_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
