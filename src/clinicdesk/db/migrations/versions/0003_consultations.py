"""Consultations and their amendments, draft treatment plans, kiosk intake submissions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _client_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["client_id"], ["clients.id"], name=f"fk_{table}_client_id_clients", ondelete="CASCADE"
    )


def _never_updated(table: str, when: str = "") -> None:
    op.execute(
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} {when} "
        "BEGIN SELECT RAISE(ABORT, 'a final record is never rewritten: amend it'); END"
    )


def upgrade() -> None:
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("practitioner", sa.String(200), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _client_fk("consultations"),
        sa.PrimaryKeyConstraint("id", name="pk_consultations"),
    )
    op.create_index("ix_consultations_client_id", "consultations", ["client_id"])
    _never_updated("consultations", "WHEN OLD.status = 'final'")
    op.create_table(
        "consultation_amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name="fk_consultation_amendments_consultation_id_consultations",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consultation_amendments"),
    )
    op.create_index(
        "ix_consultation_amendments_consultation_id",
        "consultation_amendments",
        ["consultation_id"],
    )
    _never_updated("consultation_amendments")
    op.create_table(
        "treatment_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("expectation", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _client_fk("treatment_plans"),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name="fk_treatment_plans_consultation_id_consultations",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_treatment_plans"),
    )
    op.create_index("ix_treatment_plans_client_id", "treatment_plans", ["client_id"])
    op.create_table(
        "plan_treatments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(64), nullable=False),
        sa.Column("service_code", sa.String(64), nullable=True),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["treatment_plans.id"],
            name="fk_plan_treatments_plan_id_treatment_plans",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_treatments"),
    )
    op.create_index("ix_plan_treatments_plan_id", "plan_treatments", ["plan_id"])
    op.create_table(
        "intake_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.String(200), nullable=True),
        _client_fk("intake_submissions"),
        sa.PrimaryKeyConstraint("id", name="pk_intake_submissions"),
    )
    op.create_index("ix_intake_submissions_client_id", "intake_submissions", ["client_id"])


def downgrade() -> None:
    for table in (
        "intake_submissions",
        "plan_treatments",
        "treatment_plans",
        "consultation_amendments",
        "consultations",
    ):
        op.drop_table(table)
