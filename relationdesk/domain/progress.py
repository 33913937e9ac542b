"""How long work reports progress and is stopped, the same everywhere (docs/architecture.md,
"Background work"). Pure Python: the CSV reader and planner in domain/ use it, the
services and the window's operation helper too."""

from collections.abc import Callable

# `on_progress(done, total)` answers False to stop; total is 0 while unknown.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user stopped the work: what it writes is rolled back or never written (each
    subclass says which). Told apart from a failure: never logged as an error."""
