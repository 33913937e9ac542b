"""The one set of exit codes every command-line command ends with."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # refused or failed; nothing was written
    USAGE = 2  # argparse's own code: the command must be given differently
    DATABASE_UNAVAILABLE = 3  # cannot be opened or written (permissions, not a database…)
    DATABASE_BUSY = 4  # another program holds it: try again when it is done
    DISK_FULL = 5  # no space left: free some, then try again
    CLEANUP_PENDING = 6  # erased, but a reader keeps the old pages: finished at the next open
