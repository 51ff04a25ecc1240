"""Clinical photos, and the keys of the encrypted blob store that holds their images.

`photos` ids are AUTOINCREMENT: a photo's blobs are named by its id, and an id never
given twice means a blob left behind by an interrupted erasure can never be taken for a
later photo's. A client with photos cannot be deleted until they are erased (RESTRICT),
so erasing a client cannot leave images behind. `blob_keys` rows are never changed or
deleted: every blob sealed with a key would be lost with it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KEY_TRIGGERS = {
    "blob_keys_no_update": "BEFORE UPDATE",
    "blob_keys_no_delete": "BEFORE DELETE",
}


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("view", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("consent_scope", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("alignment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_photos_client_id_clients",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name="fk_photos_session_id_treatment_sessions",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_photos_client_area_view", "photos", ["client_id", "area", "view"])
    op.create_index("ix_photos_client_hash", "photos", ["client_id", "content_hash"])
    op.create_index("ix_photos_session_id", "photos", ["session_id"])
    op.create_table(
        "blob_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_blob_keys"),
    )
    for name, when in _KEY_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {when} ON blob_keys "
            "BEGIN SELECT RAISE(ABORT, 'a blob key is never changed or deleted'); END"
        )


def downgrade() -> None:
    for name in _KEY_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("blob_keys")
    op.drop_index("ix_photos_session_id", table_name="photos")
    op.drop_index("ix_photos_client_hash", table_name="photos")
    op.drop_index("ix_photos_client_area_view", table_name="photos")
    op.drop_table("photos")
