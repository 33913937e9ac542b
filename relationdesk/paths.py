"""Where RelationDesk keeps its data. Environment variables override, for tests and portable use."""

import os
import sys
from pathlib import Path

from relationdesk import APP_NAME

DATA_DIR_ENV = "RELATIONDESK_DATA_DIR"
DATABASE_URL_ENV = "RELATIONDESK_DATABASE_URL"
DATABASE_FILE_NAME = "relationdesk.sqlite3"


def package_dir() -> Path:
    """Where the package's own files are (migrations, translations, icons).

    Inside a PyInstaller bundle the modules live in an archive, and the data files the
    spec adds sit under sys._MEIPASS; otherwise they are next to this module.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "relationdesk"
    return Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder for the database, settings, logs and backups (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override).expanduser()
    else:
        import platformdirs

        folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_url() -> str:
    override = os.environ.get(DATABASE_URL_ENV)
    if override:
        return override
    return f"sqlite:///{data_dir() / DATABASE_FILE_NAME}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite:/// URL, or None for other databases and in-memory ones."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(exist_ok=True)
    return folder


def backups_dir(database_file: Path) -> Path:
    """Backups live next to the database they protect."""
    folder = database_file.parent / "backups"
    folder.mkdir(exist_ok=True)
    return folder
