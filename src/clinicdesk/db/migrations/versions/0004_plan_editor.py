"""Treatment plan editor: timeline, price, first day, stop reason, planned sessions, changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("treatment_plans") as batch:
        batch.add_column(sa.Column("timeline", sa.Text(), nullable=False, server_default=""))
        # A price is both columns or neither: no price yet is not the same as free.
        batch.add_column(sa.Column("price_currency", sa.String(3), nullable=True))
        batch.add_column(sa.Column("price_minor", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("start_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("stop_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("agreed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "plan_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_treatment_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_treatment_id"],
            ["plan_treatments.id"],
            name="fk_plan_sessions_plan_treatment_id_plan_treatments",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_sessions"),
        sa.UniqueConstraint(
            "plan_treatment_id", "number", name="uq_plan_sessions_plan_treatment_id"
        ),
    )
    # The draft plans made before this revision get their sessions, with no date yet.
    op.execute(
        "INSERT INTO plan_sessions (plan_treatment_id, number, planned_on) "
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50) "
        "SELECT pt.id, n.x, NULL FROM plan_treatments AS pt JOIN n ON n.x <= pt.sessions "
        "ORDER BY pt.id, n.x"
    )
    op.create_table(
        "plan_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["treatment_plans.id"],
            name="fk_plan_changes_plan_id_treatment_plans",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_changes"),
    )
    op.create_index("ix_plan_changes_plan_id", "plan_changes", ["plan_id"])
    op.execute(
        "CREATE TRIGGER plan_changes_no_update BEFORE UPDATE ON plan_changes "
        "BEGIN SELECT RAISE(ABORT, 'a plan change is never rewritten'); END"
    )


def downgrade() -> None:
    op.drop_table("plan_changes")
    op.drop_table("plan_sessions")
    with op.batch_alter_table("treatment_plans") as batch:
        for column in (
            "agreed_at",
            "stop_reason",
            "start_on",
            "price_minor",
            "price_currency",
            "timeline",
        ):
            batch.drop_column(column)
