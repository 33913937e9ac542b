"""A throw-away PostgreSQL cluster in a temporary folder, for the team tests and the
sync bench: password authentication over TCP (SCRAM), as on a real team server.

initdb refuses root (which CI is): as root the cluster runs as the `postgres` system
user, through `runuser`. No fsync: nothing here outlives the process.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-admin-password"


class NoPostgreSQL(Exception):
    """No initdb / pg_ctl on this machine."""


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int

    def url(self, user: str, password: str, dbname: str) -> str:
        return f"postgresql://{user}:{password}@{self.host}:{self.port}/{dbname}"


def bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: list[str]) -> None:
    """Run a PostgreSQL tool; a failure raises with what it said."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        log = Path(command[command.index("-l") + 1]) if "-l" in command else None
        detail = log.read_text() if log and log.exists() else ""
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{detail}")


@contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    binaries = bin_dir()
    if binaries is None:
        raise NoPostgreSQL("no PostgreSQL binaries (initdb, pg_ctl) found")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", SUPERUSER, "--"] if as_root else []
    # As root, somewhere the postgres user can reach whatever TMPDIR says.
    top = Path(tempfile.mkdtemp(prefix="relationdesk-pg-", dir="/tmp" if as_root else None))
    data = top / "data"
    data.mkdir()
    password_file = top / "pw"
    password_file.write_text(SUPERUSER_PASSWORD)
    if as_root:
        for path in (top, data, password_file):
            shutil.chown(path, SUPERUSER)
    port = _free_port()
    pg_ctl = [*prefix, str(binaries / "pg_ctl"), "-D", str(data)]
    try:
        _run([*prefix, str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER,
              f"--pwfile={password_file}", "--auth-host=scram-sha-256",
              "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        options = (f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={top} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        _run([*pg_ctl, "-o", options, "-l", str(top / "log"), "-w", "start"])
        yield Cluster("127.0.0.1", port)
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(top, ignore_errors=True)
