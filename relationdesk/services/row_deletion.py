"""Deleting one record inside a caller's transaction: it must exist, and it leaves a
tombstone without content so a future sync between laptops and a server can converge."""

from typing import TypeVar

from sqlmodel import Session, SQLModel

from relationdesk.db.models import Tombstone
from relationdesk.services.errors import NotFound

RowT = TypeVar("RowT", bound=SQLModel)


def existing(session: Session, model: type[RowT], row_id: str) -> RowT:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(row_id)
    return row


def delete_with_tombstone(session: Session, row: SQLModel) -> None:
    row_id = str(row.id)  # type: ignore[attr-defined]  # every table's key is "id"
    session.add(Tombstone(table_name=str(row.__tablename__), row_id=row_id))
    session.delete(row)
