"""administration: staff accounts, learner identifiers and PINs, settings, audit log, assignments,
学时 targets, certificates

Learners gain a roster identifier (unique when given), an optional phone number, an optional PIN
hash, and the failed-sign-in counters staff accounts also have.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _guard_columns() -> list[sa.Column]:
    return [
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("retry_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: on SQLite a batch recreates `learners`, and dropping the
    # old table would cascade to every record that points at a learner.
    op.add_column("learners", sa.Column("identifier", sa.String(length=64), nullable=True))
    op.add_column("learners", sa.Column("phone", sa.String(length=32), nullable=True))
    op.add_column("learners", sa.Column("pin_hash", sa.String(length=200), nullable=True))
    for column in _guard_columns():
        op.add_column("learners", column)
    op.create_index("ix_learners_identifier", "learners", ["identifier"], unique=True)

    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(length=100), nullable=False, unique=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        *_guard_columns(),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("course_id", sa.String(length=80), nullable=False, index=True),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "hour_targets",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.UniqueConstraint("year", "tier", "department"),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "learner_id",
            sa.Uuid(),
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("course_id", sa.String(length=80), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("signature", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False, unique=True),
    )


def downgrade() -> None:
    for table in ("certificates", "hour_targets", "assignments", "audit_log", "settings"):
        op.drop_table(table)
    op.drop_table("staff_accounts")
    op.drop_index("ix_learners_identifier", table_name="learners")
    for name in ("locked", "retry_after", "failed_sign_ins", "pin_hash", "phone", "identifier"):
        op.drop_column("learners", name)  # SQLite 3.35+ drops a column in place
