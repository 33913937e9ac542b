"""One module per command (or family of commands); importing this package registers
them all, in the order `relationdesk --help` lists them (MODULES)."""

from importlib import import_module

MODULES = (
    "gui",
    "demo",
    "maintenance",  # backup, restore, check
    "report",
    "importing",  # import csv (import_csv), import vcard (import_vcard)
    "export",
    "privacy",  # personal-data, erase
    "merge",
    "team",
    "selftest",
)

for _module in MODULES:
    import_module(f"{__name__}.{_module}")
