"""`make bench`, the sync (issue "Team server"): a throw-away PostgreSQL cluster (the team
tests' one) holding the bench database, owned by one salesperson.

- sync_initial_s: a fresh laptop joins (password check, full pull, derived data
  recomputed for every customer) until its window could open on the data.
- sync_incremental_s: 100 customers edited on that laptop, pushed by its sync, then
  pulled by a second laptop's sync.

Both are reported next to B, the bare-window time of the same run; goals: initial
<= 200 B, incremental <= 1 B. Skipped, saying so, where PostgreSQL is not installed.

`python bench/sync_bench.py [CUSTOMERS]` runs it alone on a smaller sample portfolio.
"""

import shutil
import sys
import tempfile
import time
from pathlib import Path

from relationdesk.db.connection import open_file

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

EDITED = 100


def _load_server(source: Path, url: str, member_id: str) -> None:
    """Copy the bench database's synced tables into the server (COPY, triggers off: the
    change log is not needed for a first pull, which reads the tables)."""
    import psycopg

    from relationdesk.team.tables import SYNCED_TABLES

    local = open_file(source)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")
        for table in SYNCED_TABLES:
            cur.execute("SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = %s", (table,))
            on_server = {row[0] for row in cur.fetchall()}
            extra = {"customer": "owner_id", "disclosure": "recorded_by"}.get(table)
            names = [r[1] for r in local.execute(f"PRAGMA table_info({table})")
                     if r[1] in on_server and r[1] != extra]
            columns = ", ".join(names + ([extra] if extra else []))
            with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in local.execute(f"SELECT {', '.join(names)} FROM {table}"):
                    copy.write_row((*row, member_id) if extra else row)
        cur.execute("ANALYZE")
    local.close()


def _laptop(folder: Path):  # type: ignore[no-untyped-def]
    from relationdesk.db.schema import open_database

    folder.mkdir(parents=True, exist_ok=True)
    return open_database(f"sqlite:///{folder / 'relationdesk.sqlite3'}")


def measure_sync(source: Path) -> dict[str, float]:
    """The two figures (empty when PostgreSQL is not installed)."""
    import keyring
    import psycopg
    from keyring.backend import KeyringBackend

    from relationdesk.domain.customers import CustomerFields
    from relationdesk.services import customer_editing
    from relationdesk.team import members
    from relationdesk.team.server import init_team
    from relationdesk.team.sync import join, run_sync
    from tests.team.cluster import SUPERUSER, SUPERUSER_PASSWORD, NoPostgreSQL, throwaway_cluster

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's base class has no types
            self.kept: dict[str, str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get(username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[username] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop(username, None)

    keyring.set_keyring(Memory())
    folder = Path(tempfile.mkdtemp(prefix="relationdesk-sync-bench-"))
    try:
        with throwaway_cluster() as cluster:
            admin = cluster.url(SUPERUSER, SUPERUSER_PASSWORD, "postgres")
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            admin = cluster.url(SUPERUSER, SUPERUSER_PASSWORD, "bench")
            init_team(admin, "Bench")
            joining = members.add_member(admin, "anna", manager=False)
            assert joining.password is not None
            with psycopg.connect(admin) as conn:
                member_id = conn.execute("SELECT id FROM team_member").fetchone()[0]  # type: ignore[index]
            started = time.perf_counter()
            _load_server(source, admin, member_id)
            print(f"  server loaded in {time.perf_counter() - started:.1f} s", flush=True)

            first = _laptop(folder / "first")
            started = time.perf_counter()
            join(first, joining.server, joining.password)
            initial = time.perf_counter() - started
            print(f"  joined in {initial:.1f} s", flush=True)
            (folder / "second").mkdir()
            copy = open_file(folder / "second" / "relationdesk.sqlite3")
            first.reader.backup(copy)  # another laptop of the same member, already synced
            copy.execute("UPDATE sync_state SET replica_id = 'secondlaptop'")
            copy.commit()
            copy.close()
            second = _laptop(folder / "second")
            ids = [r[0] for r in first.reader.execute(
                f"SELECT id FROM customer ORDER BY id LIMIT {EDITED}")]
            for customer_id in ids:
                customer_editing.update_customer(first, customer_id, CustomerFields(
                    name=f"Edited {customer_id[:8]}", notes="changed for the bench"))
            started = time.perf_counter()
            pushed = run_sync(first)
            pulled = run_sync(second)
            incremental = time.perf_counter() - started
            assert pushed.pushed == EDITED and pulled.pulled >= EDITED, (pushed, pulled)
            first.close()
            second.close()
    except NoPostgreSQL as missing:
        print(f"  sync: skipped ({missing})")
        return {}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"sync_initial_s": initial, "sync_incremental_s": incremental}


def rows(figures: dict[str, float]) -> list[tuple[str, str, str, str]]:
    """The lines of bench.py's table, each next to B (the bare window)."""
    if "sync_initial_s" not in figures:
        return []
    bare = figures.get("bare_window_s", 0.0) or float("nan")
    return [
        ("sync: join, first pull", f"{figures['sync_initial_s']:.1f} s",
         f"{figures['sync_initial_s'] / bare:.0f} B", "<= 200 B"),
        (f"sync: {EDITED} rows pushed + pulled", f"{figures['sync_incremental_s']:.2f} s",
         f"{figures['sync_incremental_s'] / bare:.1f} B", "<= 1 B"),
    ]


if __name__ == "__main__":
    from relationdesk.db.schema import open_database
    from relationdesk.services.samples import sample_portfolio

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    scratch = Path(tempfile.mkdtemp(prefix="relationdesk-sync-source-"))
    db = open_database(f"sqlite:///{scratch / 'source.sqlite3'}")
    sample_portfolio.load(db, count, 2026, 3, 10)
    db.close()
    figures = measure_sync(scratch / "source.sqlite3")
    shutil.rmtree(scratch, ignore_errors=True)
    print({k: round(v, 3) for k, v in figures.items()})
