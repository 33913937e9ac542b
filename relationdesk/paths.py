"""Where RelationDesk keeps its data. Environment variables override, for tests and portable use.

The data folder holds what customers confided: it is the user's alone. The folder and
every folder in it are 0700, every file 0600 (the process umask is 077 and the places
that make files also chmod them), and `keep_private` repairs an older folder at start-up.
"""

import contextlib
import os
import stat
import sys
from pathlib import Path

from relationdesk import APP_NAME

DATA_DIR_ENV = "RELATIONDESK_DATA_DIR"
DATABASE_URL_ENV = "RELATIONDESK_DATABASE_URL"
DATABASE_FILE_NAME = "relationdesk.sqlite3"
PRIVATE_UMASK = 0o077
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


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
    return private_folder(folder, parents=True)


def private_folder(folder: Path, parents: bool = False) -> Path:
    """`folder`, made 0700 if it is new (parents, if made, get the umask's modes)."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=parents)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return folder
    folder.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode goes through the umask
    return folder


def make_private(*paths: Path) -> None:
    """chmod files that were just made (a database, its -wal, a backup) to 0600; missing
    ones are skipped."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.chmod(PRIVATE_FILE_MODE)


def keep_private() -> int:
    """At process start, before any file is made: umask 077, then the data folder and
    everything in it without group or other permissions. Returns how many modes were fixed."""
    os.umask(PRIVATE_UMASK)
    if os.name != "posix":
        return 0  # Windows: the profile's folders are private by their ACLs
    try:
        folder = data_dir()
    except OSError:
        return 0  # not a folder, or not ours: the command that needs it says so
    fixed = 0
    if _strip_others(folder, PRIVATE_FOLDER_MODE):
        fixed += 1
    for root, folders, files in os.walk(folder):  # never follows links to folders
        for name in folders + files:
            fixed += _strip_others(Path(root) / name)
    return fixed


def _strip_others(path: Path, exactly: int | None = None) -> bool:
    """Take group and other permissions off `path` (a link is left alone: chmod would
    change what it points to, maybe outside the folder). True if its mode changed."""
    try:
        found = os.lstat(path).st_mode
        mode = stat.S_IMODE(found)
        wanted = exactly if exactly is not None else mode & ~PRIVATE_UMASK
        if stat.S_ISLNK(found) or mode == wanted:
            return False
        os.chmod(path, wanted)  # not a link (Linux has no lchmod to make sure of it)
    except OSError:
        return False  # not ours, or gone: nothing to repair here
    return True


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
    return private_folder(data_dir() / "logs")


def backups_dir(database_file: Path) -> Path:
    """Backups live next to the database they protect."""
    return private_folder(database_file.parent / "backups")
