"""History, treatment catalogue, patch tests and screening overrides.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _client_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["client_id"], ["clients.id"], name=f"fk_{table}_client_id_clients", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "treatment_families",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("requires_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_template", sa.String(64), nullable=False),
        sa.Column("photo_views", sa.Text(), nullable=False),
        sa.Column("patch_test", sa.Text(), nullable=False),
        sa.Column("aftercare", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_treatment_families"),
        sa.UniqueConstraint("code", name="uq_treatment_families_code"),
    )
    op.create_table(
        "treatment_services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("price_currency", sa.String(3), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["treatment_families.id"],
            name="fk_treatment_services_family_id_treatment_families",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_treatment_services"),
        sa.UniqueConstraint("code", name="uq_treatment_services_code"),
    )
    op.create_index("ix_treatment_services_family_id", "treatment_services", ["family_id"])
    op.create_table(
        "history_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("code", sa.String(64)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("started", sa.Date()),
        sa.Column("ended", sa.Date()),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        _client_fk("history_entries"),
        sa.PrimaryKeyConstraint("id", name="pk_history_entries"),
    )
    op.create_index(
        "ix_history_entries_client_id",
        "history_entries",
        ["client_id", "item_key", "recorded_at"],
    )
    # Versions are added, never rewritten: the history as known on a past day stays provable.
    op.execute(
        "CREATE TRIGGER history_entries_no_update BEFORE UPDATE ON history_entries "
        "BEGIN SELECT RAISE(ABORT, 'history is versioned: add a version instead'); END"
    )
    op.create_table(
        "history_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_by", sa.String(200), nullable=False),
        _client_fk("history_reviews"),
        sa.PrimaryKeyConstraint("id", name="pk_history_reviews"),
    )
    op.create_index("ix_history_reviews_client_id", "history_reviews", ["client_id"])
    op.create_table(
        "patch_tests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(64), nullable=False),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("batch", sa.String(100), nullable=False),
        sa.Column("site", sa.String(100), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime()),
        sa.Column("result", sa.String(16)),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        _client_fk("patch_tests"),
        sa.PrimaryKeyConstraint("id", name="pk_patch_tests"),
    )
    op.create_index("ix_patch_tests_client_id", "patch_tests", ["client_id"])
    op.create_table(
        "screening_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(64), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("context", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        _client_fk("screening_overrides"),
        sa.PrimaryKeyConstraint("id", name="pk_screening_overrides"),
    )
    op.create_index("ix_screening_overrides_client_id", "screening_overrides", ["client_id"])
    op.execute(
        "CREATE TRIGGER screening_overrides_no_update BEFORE UPDATE ON screening_overrides "
        "BEGIN SELECT RAISE(ABORT, 'overrides are a record: never rewritten'); END"
    )


def downgrade() -> None:
    for table in (
        "screening_overrides",
        "patch_tests",
        "history_reviews",
        "history_entries",
        "treatment_services",
        "treatment_families",
    ):
        op.drop_table(table)
