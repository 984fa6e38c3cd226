"""Alembic environment: always driven programmatically by kam.store.migrate with a live connection."""

from __future__ import annotations

from alembic import context

import kam.model  # noqa: F401  (registers every table)
from kam.model.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through kam.store.migrate (kam init), not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: autogenerate batch operations there.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    user_module_prefix="kam.model.base.",
)
context.run_migrations()
