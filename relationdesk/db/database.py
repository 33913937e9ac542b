"""One application database: a cheap stdlib reader for the GUI, SQLModel for writes.

Why two paths: importing SQLAlchemy costs ~0.35 s, more than the whole budget for the
first paint of the window. The lists and the search read through `reader` (stdlib
sqlite3, milliseconds to import); everything that writes goes through `write()`, a
SQLModel session whose import is deferred until the first write.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.db.connection import connect

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader: sqlite3.Connection = connect(path)
        self._engine: Engine | None = None

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            self._engine = _create_engine(self.path)
        return self._engine

    @contextmanager
    def write(self) -> Iterator["Session"]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        from sqlmodel import Session

        with Session(self.engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.reader.close()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _create_engine(path: Path) -> "Engine":
    from sqlalchemy import create_engine, event

    from relationdesk.db import driver

    # hide_parameters: an error's text never carries row values (notes, names) into a
    # message or a log; the SQL statement alone says enough.
    # module: SQLAlchemy wraps the driver's own errors (SQLCipher's, not sqlite3's).
    engine = create_engine(
        "sqlite://",
        module=driver.dbapi,
        creator=lambda: connect(path, same_thread=False),
        hide_parameters=True,
    )

    # pysqlite's own transaction handling starts transactions late; begin explicitly,
    # IMMEDIATE so a write never fails half-way on a lock upgrade.
    @event.listens_for(engine, "begin")
    def _begin(conn: "Connection") -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
