"""The contact log of follow-ups (recalls), and where a session's products went on the chart.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("session_products", sa.Column("chart", sa.Text(), nullable=True))
    op.create_table(
        "recall_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("recall_id", sa.String(64), nullable=False),
        sa.Column("treated_on", sa.Date(), nullable=False),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_recall_contacts_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_recall_contacts"),
    )
    op.create_index(
        "ix_recall_contacts_client_contacted", "recall_contacts", ["client_id", "contacted_at"]
    )
    op.execute(
        "CREATE TRIGGER recall_contacts_no_update BEFORE UPDATE ON recall_contacts "
        "BEGIN SELECT RAISE(ABORT, 'kept as recorded'); END"
    )
    # Erasing a client deletes the client row first, then its contacts.
    op.execute(
        "CREATE TRIGGER recall_contacts_no_delete BEFORE DELETE ON recall_contacts "
        "WHEN EXISTS (SELECT 1 FROM clients WHERE clients.id = OLD.client_id) "
        "BEGIN SELECT RAISE(ABORT, 'kept as recorded'); END"
    )


def downgrade() -> None:
    op.drop_table("recall_contacts")
    op.drop_column("session_products", "chart")
