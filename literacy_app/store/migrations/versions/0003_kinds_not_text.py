"""records store kinds, not text; attempts and runs get a status; unread answer columns go

Attempts of the daily practice and review sessions kept their Chinese title in `rules["title"]`;
their `kind` already says what they are, so the title is dropped. Attempts and drill runs get a
`status` (open, completed, or stopped because the content changed under them), filled in from
their submitted/finished time. `attempt_answers.credit` and `.correct` were written and never read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Titles the application wrote before this revision, put back only by a downgrade.
_OLD_TITLES = {"daily": "每日练习", "review": "错题复习"}

attempts = sa.table(
    "quiz_attempts",
    sa.column("id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("rules", sa.JSON()),
    sa.column("submitted_at", sa.DateTime(timezone=True)),
    sa.column("status", sa.String()),
)
runs = sa.table(
    "scenario_runs",
    sa.column("finished_at", sa.DateTime(timezone=True)),
    sa.column("status", sa.String()),
)


def _rules(value: object) -> dict[str, object]:
    if isinstance(value, str):  # some drivers hand JSON back undecoded
        value = json.loads(value or "{}")
    return dict(value) if isinstance(value, dict) else {}


def upgrade() -> None:
    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=30), nullable=False, server_default="open")
        )
    with op.batch_alter_table("scenario_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=30), nullable=False, server_default="open")
        )
    op.execute(
        attempts.update().where(attempts.c.submitted_at.is_not(None)).values(status="completed")
    )
    op.execute(runs.update().where(runs.c.finished_at.is_not(None)).values(status="completed"))

    connection = op.get_bind()
    for row in connection.execute(sa.select(attempts.c.id, attempts.c.rules)).all():
        rules = _rules(row.rules)
        if "title" in rules:
            del rules["title"]
            connection.execute(attempts.update().where(attempts.c.id == row.id).values(rules=rules))

    with op.batch_alter_table("attempt_answers", schema=None) as batch_op:
        batch_op.drop_column("credit")
        batch_op.drop_column("correct")


def downgrade() -> None:
    with op.batch_alter_table("attempt_answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("correct", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("credit", sa.Float(), nullable=True))

    connection = op.get_bind()
    for row in connection.execute(
        sa.select(attempts.c.id, attempts.c.kind, attempts.c.rules).where(
            attempts.c.kind.in_(list(_OLD_TITLES))
        )
    ).all():
        rules = {**_rules(row.rules), "title": _OLD_TITLES[row.kind]}
        connection.execute(attempts.update().where(attempts.c.id == row.id).values(rules=rules))

    with op.batch_alter_table("scenario_runs", schema=None) as batch_op:
        batch_op.drop_column("status")
    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        batch_op.drop_column("status")
