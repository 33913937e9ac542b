"""One module per command (or family of commands); importing this package registers
them all, in the order `relationdesk --help` lists them: the order of the imports below.
Plain imports, so PyInstaller finds every command module for the bundle."""

# isort: off
from relationdesk.cli.commands import (  # noqa: F401  (imported to register)
    gui,
    demo,
    maintenance,  # backup, restore, check
    report,
    importing,  # import csv (import_csv.py), import vcard (import_vcard.py)
    export,
    privacy,  # personal-data, erase
    merge,
    team,
    sync,
    selftest,
)

# isort: on
