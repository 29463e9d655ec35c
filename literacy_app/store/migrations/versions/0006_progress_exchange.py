"""progress exchange: when records last changed, reading time per source installation, learners
matched across installations, progress files received and held

Records that travel gain `updated_at` (set on every change, so an export can take only what changed
since the last one); existing rows get the time they were last known to change.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# table -> the column whose value stands in for "last changed" on rows made before this revision
_CHANGED = {
    "learners": "last_active_at",
    "lesson_progress": "coalesce(completed_at, started_at)",
    "quiz_attempts": "coalesce(submitted_at, started_at)",
    "review_cards": "coalesce(last_reviewed_at, added_at)",
    "scenario_runs": "coalesce(finished_at, started_at)",
    "certificates": "issued_at",
    "assignments": "created_at",
}


def upgrade() -> None:
    for table, source in _CHANGED.items():
        # Plain ADD COLUMN (nullable), not a batch copy: recreating `learners` on SQLite would
        # cascade-delete every record that points at a learner.
        op.add_column(table, sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        op.execute(f"update {table} set updated_at = {source}")
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"])
    op.create_table(
        "reading_contributions",
        sa.Column("learner_id", sa.Uuid(), sa.ForeignKey("learners.id", ondelete="CASCADE")),
        sa.Column("course_id", sa.String(length=80)),
        sa.Column("lesson_id", sa.String(length=80)),
        sa.Column("installation_id", sa.String(length=40)),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("learner_id", "course_id", "lesson_id", "installation_id"),
    )
    op.create_table(
        "learner_links",
        sa.Column("source_learner_id", sa.Uuid(), primary_key=True),
        sa.Column(
            "learner_id",
            sa.Uuid(),
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
    )
    op.create_table(
        "progress_files_held",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("stored_as", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False, unique=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("installation_id", sa.String(length=40), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "learner_clashes",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "held_id",
            sa.Uuid(),
            sa.ForeignKey("progress_files_held.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("source_learner_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("identifier", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("existing_learner_id", sa.Uuid(), nullable=False),
        sa.UniqueConstraint("held_id", "source_learner_id"),
    )
    op.create_table(
        "progress_imports",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("sha256", sa.String(length=64), nullable=False, index=True),
        sa.Column("installation_id", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.Uuid(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("progress_imports")
    op.drop_table("learner_clashes")
    op.drop_table("progress_files_held")
    op.drop_table("learner_links")
    op.drop_table("reading_contributions")
    for table in _CHANGED:
        op.drop_index(f"ix_{table}_updated_at", table)
        op.drop_column(table, "updated_at")
