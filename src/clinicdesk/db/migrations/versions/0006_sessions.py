"""Treatment sessions, the products and batches they used, adverse events, amendments.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FINAL = "a final record is never rewritten: amend it"
# The columns of treatment_sessions a final row keeps as they are. The one update allowed
# on a final row is ON DELETE SET NULL emptying plan_treatment_id when the plan treatment
# it counted towards is removed from its plan.
_KEPT = (
    "id",
    "client_id",
    "family",
    "service_code",
    "performed_at",
    "practitioner",
    "status",
    "signed_off_at",
    "notes",
    "created_at",
    "updated_at",
)


def _session_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["session_id"],
        ["treatment_sessions.id"],
        name=f"fk_{table}_session_id_treatment_sessions",
        ondelete="CASCADE",
    )


def _trigger(name: str, when: str, table: str, condition: str, message: str) -> None:
    op.execute(
        f"CREATE TRIGGER {name} {when} ON {table} {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _session_triggers() -> None:
    unchanged = " AND ".join(f"NEW.{column} IS OLD.{column}" for column in _KEPT)
    _trigger(
        "treatment_sessions_no_update",
        "BEFORE UPDATE",
        "treatment_sessions",
        f"WHEN OLD.status = 'final' AND NOT (NEW.plan_treatment_id IS NULL AND {unchanged})",
        _FINAL,
    )
    # Deleting the client (erasure) deletes the client row first, then its sessions.
    _trigger(
        "treatment_sessions_no_delete",
        "BEFORE DELETE",
        "treatment_sessions",
        "WHEN OLD.status = 'final' "
        "AND EXISTS (SELECT 1 FROM clients WHERE clients.id = OLD.client_id)",
        "a final session is never deleted",
    )
    final_session = (
        "(SELECT status FROM treatment_sessions WHERE treatment_sessions.id = {row}.session_id)"
        " = 'final'"
    )
    for event, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD")):
        _trigger(
            f"session_products_no_{event}",
            f"BEFORE {event.upper()}",
            "session_products",
            f"WHEN {final_session.format(row=row)}",
            "the products of a final session are never changed: amend the session",
        )
    if_session_exists = (
        "WHEN EXISTS (SELECT 1 FROM treatment_sessions "
        "WHERE treatment_sessions.id = OLD.session_id)"
    )
    for table in ("adverse_events", "session_amendments"):
        _trigger(f"{table}_no_update", "BEFORE UPDATE", table, "", "kept as recorded")
        _trigger(
            f"{table}_no_delete", "BEFORE DELETE", table, if_session_exists, "kept as recorded"
        )


def upgrade() -> None:
    op.create_table(
        "treatment_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("plan_treatment_id", sa.Integer(), nullable=True),
        sa.Column("family", sa.String(64), nullable=False),
        sa.Column("service_code", sa.String(64), nullable=True),
        sa.Column("performed_at", sa.DateTime(), nullable=False),
        sa.Column("practitioner", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("signed_off_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_treatment_sessions_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_treatment_id"],
            ["plan_treatments.id"],
            name="fk_treatment_sessions_plan_treatment_id_plan_treatments",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_treatment_sessions"),
    )
    op.create_index(
        "ix_treatment_sessions_client_performed",
        "treatment_sessions",
        ["client_id", "performed_at"],
    )
    op.create_index(
        "ix_treatment_sessions_plan_treatment_id", "treatment_sessions", ["plan_treatment_id"]
    )
    op.create_table(
        "session_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Numeric(12, 3, asdecimal=True), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("area", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _session_fk("session_products"),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["product_batches.id"],
            name="fk_session_products_batch_id_product_batches",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_session_products"),
    )
    op.create_index("ix_session_products_session_id", "session_products", ["session_id"])
    op.create_index("ix_session_products_batch_id", "session_products", ["batch_id"])
    op.create_table(
        "adverse_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        _session_fk("adverse_events"),
        sa.PrimaryKeyConstraint("id", name="pk_adverse_events"),
    )
    op.create_index("ix_adverse_events_session_id", "adverse_events", ["session_id"])
    op.create_table(
        "session_amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        _session_fk("session_amendments"),
        sa.PrimaryKeyConstraint("id", name="pk_session_amendments"),
    )
    op.create_index("ix_session_amendments_session_id", "session_amendments", ["session_id"])
    _session_triggers()


def downgrade() -> None:
    # Dropping a table drops its triggers. Children first: deleting rows is not needed.
    for table in ("session_amendments", "adverse_events", "session_products", "treatment_sessions"):
        op.drop_table(table)
