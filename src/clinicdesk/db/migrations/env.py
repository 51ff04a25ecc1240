"""Alembic environment: always run from code, on the connection ClinicDesk opened."""

from alembic import context

from clinicdesk.db import models  # noqa: F401 - registers every table on Base.metadata
from clinicdesk.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
