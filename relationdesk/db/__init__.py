"""Storage: SQLite connections, SQLModel tables, queries and Alembic migrations."""
