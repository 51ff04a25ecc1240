"""Products used in treatments and their batches (lots) with expiry.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("family", sa.String(64), nullable=True),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("usual_max", sa.Numeric(12, 3, asdecimal=True), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_products"),
    )
    op.create_table(
        "product_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot", sa.String(100), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name="fk_product_batches_product_id_products"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_product_batches"),
        sa.UniqueConstraint("product_id", "lot", name="uq_product_batches_lot"),
    )
    op.create_index("ix_product_batches_product_id", "product_batches", ["product_id"])


def downgrade() -> None:
    op.drop_table("product_batches")
    op.drop_table("products")
