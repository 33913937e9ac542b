"""The SQLite driver behind every connection: SQLCipher's build of SQLite (`sqlcipher3`).

Without a key it reads and writes plain SQLite files exactly as the stdlib `sqlite3`
does; with one it encrypts every page. Its exceptions are its own classes, not
sqlite3's, so code that catches database errors imports them from here, never from
sqlite3 (an `except sqlite3.Error` would let every real error through).
"""

import sqlcipher3.dbapi2 as dbapi  # re-exported: the module itself, for connect() and SQLAlchemy

__all__ = [
    "Connection",
    "DatabaseError",
    "Error",
    "IntegrityError",
    "InterfaceError",
    "OperationalError",
    "ProgrammingError",
    "dbapi",
]

Error = dbapi.Error
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
IntegrityError = dbapi.IntegrityError
ProgrammingError = dbapi.ProgrammingError
InterfaceError = dbapi.InterfaceError
Connection = dbapi.Connection
