"""What a use case can refuse, importable without SQLModel (views use these to react)."""

from relationdesk.domain.validation import FieldError


class ValidationFailed(Exception):
    """Nothing was written: the fields have the problems listed."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.problem}" for e in errors))
        self.errors = errors


class NotFound(Exception):
    """The row was deleted meanwhile (another window, an import, a restore)."""
