"""Initial schema: practice settings, staff, clients with search, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_practice_settings"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("preferred_name", sa.String(200)),
        sa.Column("date_of_birth", sa.Date()),
        sa.Column("sex", sa.String(16)),
        sa.Column("gender", sa.String(100)),
        sa.Column("phone", sa.String(50)),
        sa.Column("phone_e164", sa.String(20)),
        sa.Column("email", sa.String(254)),
        sa.Column("address_line1", sa.String(200)),
        sa.Column("address_line2", sa.String(200)),
        sa.Column("postal_code", sa.String(20)),
        sa.Column("city", sa.String(100)),
        sa.Column("country", sa.String(2)),
        sa.Column("preferred_language", sa.String(10)),
        sa.Column("referral_source", sa.String(100)),
        sa.Column("referred_by_id", sa.Integer()),
        sa.Column("marketing_consent", sa.Boolean(), nullable=False),
        sa.Column("marketing_consent_at", sa.DateTime()),
        sa.Column("notes", sa.Text()),
        sa.Column("sort_name", sa.String(401), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["clients.id"],
            name="fk_clients_referred_by_id_clients",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_clients"),
    )
    op.create_index("ix_clients_sort_name", "clients", ["sort_name"])
    op.create_index("ix_clients_date_of_birth", "clients", ["date_of_birth"])
    op.create_index("ix_clients_updated_at", "clients", ["updated_at"])
    op.create_table(
        "client_search_keys",
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_client_search_keys_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "client_id", name="pk_client_search_keys"),
    )
    # (client_id, key): covers both "this client's keys" and "does this client have a key
    # starting with ..." without touching the table.
    op.create_index("ix_client_search_keys_client_id", "client_search_keys", ["client_id", "key"])
    # Substring search of three characters or more, over folded text (see client_search.py).
    op.execute("CREATE VIRTUAL TABLE client_search USING fts5(document, tokenize = 'trigram')")
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity_type", sa.String(32)),
        sa.Column("entity_id", sa.Integer()),
        sa.Column("client_id", sa.Integer()),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_action", "audit_log", ["action"])
    op.create_index("ix_audit_log_client_id", "audit_log", ["client_id"])
    # Append-only, enforced by the database itself and not only by the services.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
