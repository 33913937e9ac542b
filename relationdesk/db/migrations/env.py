"""Alembic environment, configured in code: the caller hands us an open connection."""

import sqlmodel  # models and migration scripts use its column types
from alembic import context

from relationdesk.db import models

target_metadata = sqlmodel.SQLModel.metadata
assert models  # importing the models registers their tables on that metadata
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
