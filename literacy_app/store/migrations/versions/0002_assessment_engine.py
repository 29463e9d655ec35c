"""assessment engine: attempt kinds, deadlines, rules, partial credit, review cards, scenario runs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 11:09:30.243591
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_cards",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("learner_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("course_id", sa.String(length=80), nullable=True),
        sa.Column("card", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["learner_id"], ["learners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("learner_id", "question_id"),
    )
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_cards_due"), ["due"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_review_cards_learner_id"), ["learner_id"], unique=False
        )

    op.create_table(
        "scenario_runs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("learner_id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.String(length=80), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("stage_id", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["learners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("scenario_runs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scenario_runs_learner_id"), ["learner_id"], unique=False
        )

    with op.batch_alter_table("attempt_answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit", sa.Float(), nullable=True))

    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        # Attempts made before this revision were all final quizzes under the default rules.
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="final")
        )
        batch_op.add_column(sa.Column("lesson_id", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("rules", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("deadline", sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column(
            "earned", existing_type=sa.INTEGER(), type_=sa.Float(), existing_nullable=True
        )


def downgrade() -> None:
    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        batch_op.alter_column(
            "earned", existing_type=sa.Float(), type_=sa.INTEGER(), existing_nullable=True
        )
        batch_op.drop_column("deadline")
        batch_op.drop_column("rules")
        batch_op.drop_column("lesson_id")
        batch_op.drop_column("kind")

    with op.batch_alter_table("attempt_answers", schema=None) as batch_op:
        batch_op.drop_column("credit")

    with op.batch_alter_table("scenario_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_runs_learner_id"))

    op.drop_table("scenario_runs")
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_cards_learner_id"))
        batch_op.drop_index(batch_op.f("ix_review_cards_due"))

    op.drop_table("review_cards")
