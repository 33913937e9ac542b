"""Crash safety: a writer killed at random moments loses nothing it acknowledged, and a
file with a damaged byte is refused, reported or harmless: never a crash, never a hang.

Both run their work in child processes: a killed writer must be a real process, and a
corrupt file that crashed or hung SQLite must fail a test, not take the test run down.
"""

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, Any

import pytest

from relationdesk.db import models
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log, scores
from relationdesk.services.db_check import check_database

REPO = Path(__file__).resolve().parents[2]
LANES = max(2, min(4, os.cpu_count() or 2))  # writers killed side by side

posix_only = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="kills with SIGKILL and forks writers: POSIX only"
)


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _single_file_copy(db: Database, target: Path) -> Path:
    """A consistent copy in one file, WAL content included: the SQLite backup API, then
    the rollback journal (no -wal beside it). No wal_checkpoint(TRUNCATE) first: right
    after a migration it waits out the busy timeout (a pooled connection still reads)."""
    destination = open_file(target)
    db.reader.backup(destination)
    destination.execute("PRAGMA journal_mode=DELETE")
    destination.close()
    return target


# --- killing a writer ----------------------------------------------------------------

# Starting Python and importing SQLAlchemy costs ~0.5 s, ten times a kill run. So one
# "zygote" per lane pays it once (and warms SQLAlchemy's statement cache with one save),
# then forks a fresh writer process for every run. The writer opens the database itself,
# exactly as the app does, and is the process that gets SIGKILL.
ZYGOTE = r"""
import os, sys, traceback
from datetime import datetime, timedelta
from relationdesk.db.schema import open_database
from relationdesk.domain.meetings import (
    Depth, DisclosureDomain, DisclosureFields, MeetingFields, Side)
from relationdesk.services.meeting_log import save_meeting

def fields(customer_id, number):
    return MeetingFields(
        customer_id=customer_id,
        started_at=datetime(2026, 1, 1) + timedelta(hours=number),
        summary=f"Meeting {number}",
        disclosures=[
            DisclosureFields(Side.US, DisclosureDomain.BUSINESS, "strategy", Depth.PERIPHERAL,
                             "Our plans"),
            DisclosureFields(Side.CUSTOMER, DisclosureDomain.PERSONAL, "family",
                             Depth.INTERMEDIATE, "Their daughter starts university"),
        ],
    )

def save_until_killed(path, customer_id):
    os.write(1, f"pid {os.getpid()}\n".encode())
    db = open_database(f"sqlite:///{path}")
    number = 0
    while True:
        meeting_id = save_meeting(db, fields(customer_id, number))
        os.write(1, f"id {meeting_id}\n".encode())  # acknowledged: save_meeting returned
        number += 1

warm_path, customer_id = sys.argv[1], sys.argv[2]
db = open_database(f"sqlite:///{warm_path}")
save_meeting(db, fields(customer_id, 0))
db.close()
os.write(1, b"ready\n")
writer = None
while line := sys.stdin.readline():
    if writer is not None:
        os.waitpid(writer, 0)  # reaped only now: its pid cannot be reused while killed
    writer = os.fork()
    if writer == 0:
        try:
            save_until_killed(line.strip(), customer_id)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(70)
    info = os.waitid(os.P_PID, writer, os.WEXITED | os.WNOWAIT)
    os.write(1, f"exit {info.si_code} {info.si_status}\n".encode())
"""


@dataclass(frozen=True)
class KillRun:
    path: Path
    acknowledged: tuple[str, ...]
    killed: bool
    exit_info: str


class Lane:
    """One zygote: runs one writer at a time, kills it after `delay` seconds."""

    def __init__(self, folder: Path, template: Path, customer_id: str) -> None:
        self.folder = folder
        folder.mkdir()
        self.template = template
        warm = shutil.copy(template, folder / "warm.sqlite3")
        self.errors = (folder / "stderr.txt").open("w+b")
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(warm), customer_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=_child_env(),
            start_new_session=True,  # one process group: the watchdog kills it whole
        )

    def wait_ready(self) -> None:
        assert self._line() == "ready", self.stderr()

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().decode().strip()

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read().decode(errors="replace")

    def run(self, number: int, delay: float) -> KillRun:
        path = Path(shutil.copy(self.template, self.folder / f"run-{number}.sqlite3"))
        stdin: IO[bytes] | None = self.process.stdin
        assert stdin is not None
        stdin.write(f"{path}\n".encode())
        stdin.flush()
        first = self._line()
        assert first.startswith("pid "), f"{first!r} {self.stderr()}"
        pid = int(first.split()[1])
        acknowledged: list[str] = []
        timer: threading.Timer | None = None
        while True:
            line = self._line()
            if line.startswith("id "):
                acknowledged.append(line[3:])
                if timer is None:
                    timer = threading.Timer(delay, os.kill, (pid, signal.SIGKILL))
                    timer.start()
            elif line.startswith("exit "):
                break
            else:
                raise AssertionError(f"unexpected {line!r} from the writer: {self.stderr()}")
        if timer is not None:
            timer.cancel()
            timer.join()
        code, status = (int(x) for x in line.split()[1:])
        killed = code == os.CLD_KILLED and status == signal.SIGKILL
        return KillRun(path, tuple(acknowledged), killed, line)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.errors.close()


def _verify(run: KillRun) -> int:
    """All acknowledged meetings there, none half-written; returns the unacknowledged ones
    found (at most the one whose commit completed just before the kill)."""
    assert run.killed, f"the writer died on its own ({run.exit_info})"
    conn = open_file(run.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], run.path
        disclosures = dict(
            conn.execute(
                "SELECT m.id, count(d.id) FROM meeting m"
                " LEFT JOIN disclosure d ON d.meeting_id = m.id GROUP BY m.id"
            ).fetchall()
        )
        lost = set(run.acknowledged) - disclosures.keys()
        assert not lost, f"{run.path}: acknowledged but lost {sorted(lost)}"
        half = {m: n for m, n in disclosures.items() if n != 2}
        assert not half, f"{run.path}: meetings without both disclosures {half}"
        unacknowledged = len(disclosures.keys() - set(run.acknowledged))
        assert unacknowledged <= 1, run.path
        # The customer's derived columns and the search index were saved in the same
        # transactions: the app's own checks find nothing either.
        assert check_database(conn, fix=False).findings == (), run.path
        return unacknowledged
    finally:
        conn.close()


@pytest.fixture
def kill_template(db: Database, tmp_path: Path) -> tuple[Path, str]:
    customer_id = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    return _single_file_copy(db, tmp_path / "template.sqlite3"), customer_id


@pytest.fixture
def lanes(kill_template: tuple[Path, str], tmp_path: Path) -> Iterator[list[Lane]]:
    template, customer_id = kill_template
    started: list[Lane] = []
    try:
        for number in range(LANES):  # the zygotes start up side by side
            started.append(Lane(tmp_path / f"lane-{number}", template, customer_id))
        for lane in started:
            lane.wait_ready()
        yield started
    finally:
        for lane in started:
            lane.close()


def _kill_runs(lanes: list[Lane], runs: int, seed: int) -> None:
    rng = random.Random(seed)
    delays = [rng.uniform(0.005, 0.1) for _ in range(runs)]
    def kill_all() -> None:
        for lane in lanes:
            os.killpg(lane.process.pid, signal.SIGKILL)

    watchdog = threading.Timer(60 + runs * 0.5, kill_all)
    watchdog.start()
    started = time.monotonic()

    def lane_work(index: int) -> list[tuple[int, int]]:
        lane = lanes[index]
        results = []
        for number in range(index, runs, len(lanes)):
            run = lane.run(number, delays[number])
            results.append((len(run.acknowledged), _verify(run)))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{run.path}{suffix}").unlink(missing_ok=True)
        return results

    try:
        with ThreadPoolExecutor(len(lanes)) as pool:
            results = [r for lane in pool.map(lane_work, range(len(lanes))) for r in lane]
    finally:
        watchdog.cancel()
    assert len(results) == runs
    acknowledged = sum(a for a, _ in results)
    committed_unacknowledged = sum(u for _, u in results)
    print(
        f"\nkill runs: {runs} in {time.monotonic() - started:.1f} s on {len(lanes)} lanes;"
        f" {acknowledged} acknowledged meetings all kept;"
        f" {committed_unacknowledged} runs also kept the meeting being acknowledged"
    )


@posix_only
def test_killed_writer_loses_nothing_it_acknowledged(lanes: list[Lane]) -> None:
    _kill_runs(lanes, runs=120, seed=2026)


@posix_only
@pytest.mark.slow
def test_killed_writer_loses_nothing_it_acknowledged_many(lanes: list[Lane]) -> None:
    _kill_runs(lanes, runs=500, seed=1848)


# --- damaged bytes -------------------------------------------------------------------

# Each shard runs in its own process: a hang is a timeout, a crash an exit code, and the
# shards use both cores. The outcome of every case is one JSON line.
CORRUPTION_CHILD = r"""
import hashlib, json, sqlite3, sys, time, traceback
from relationdesk.db import driver
from relationdesk.db.connection import open_file
from pathlib import Path
from relationdesk.db.errors import DatabaseOpenError
from relationdesk.db.schema import open_database
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from relationdesk.services.db_check import check_database

def content(conn):
    conn.text_factory = bytes  # damaged text is a difference, not an exception
    digest = hashlib.sha256()
    tables = [r[0].decode(errors="replace") for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in ["sqlite_master", *tables]:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            digest.update(repr(row).encode())
    return digest.hexdigest()

def outcome(path, data, pristine_content, codes):
    try:
        db = open_database(f"sqlite:///{path}")
    except DatabaseOpenError as error:
        untouched = path.read_bytes() == data
        return f"refused:{error.failure.value}" + ("" if untouched else ":modified")
    except Exception as error:
        where = traceback.extract_tb(error.__traceback__)[-1].name
        return f"crash:open:{where}:{type(error).__name__}:{error!r}"
    try:
        try:
            report = check_database(db.reader)
            codes.extend(f"{f.check}.{f.problem}" for f in report.findings)
        except driver.DatabaseError:
            return "check_raised"
        except Exception:
            return "crash:check:" + traceback.format_exc()
        try:
            directory = CustomerDirectory(db.reader)
            directory.page(CustomerQuery(), 0, 50)
            directory.page(CustomerQuery(search="a"), 0, 50)
        except driver.DatabaseError:
            if not report.findings:
                return "read_error"
            return ("fixed" if report.ok else "found") + ":read_error"
        except Exception as error:
            return f"crash:read:{'found' if report.findings else 'clean'}:{error!r}"
        if report.findings:
            if not report.ok:
                return "found"
            again = check_database(db.reader)
            return "fixed" if not again.findings else "fixed:second_run_found"
        try:
            same = content(db.reader) == pristine_content
        except (driver.DatabaseError, UnicodeDecodeError):  # see db_check.base.FILE_ERRORS
            return "deep_read_error"
        return "harmless" if same else "silent"
    finally:
        db.close()

pristine_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
pristine = pristine_path.read_bytes()
conn = open_file(pristine_path, mode="ro")
pristine_content = content(conn)
conn.close()
for number, offset, mask in json.loads((folder / "cases.json").read_text()):
    path = folder / f"case-{number}.sqlite3"
    data = bytearray(pristine)
    data[offset] ^= mask
    path.write_bytes(data)
    started = time.monotonic()
    codes = []
    try:
        result = outcome(path, bytes(data), pristine_content, codes)
    except Exception:
        result = "crash:other:" + traceback.format_exc()
    elapsed = time.monotonic() - started
    print(json.dumps([number, offset, mask, result, round(elapsed, 3), codes]), flush=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
"""

CASE_LIMIT_S = 10.0  # any single case slower than this counts as a hang


FROZEN = datetime(2026, 11, 23, 9, 30)


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz: tzinfo | None = None) -> "_FrozenClock":
        return cls.combine(FROZEN.date(), FROZEN.time(), tzinfo=tz)


@pytest.fixture
def pristine(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small real database: customers, contacts and meetings saved through the services,
    byte for byte the same on every run (ids and clock fixed), so a case number names
    the same damage every time."""
    ids = random.Random(2026)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=ids.getrandbits(128), version=4))
    monkeypatch.setattr(models, "datetime", _FrozenClock)
    monkeypatch.setattr(scores, "datetime", _FrozenClock)
    now = FROZEN
    for number in range(4):
        customer = editing.create_customer(
            db, CustomerFields(name=f"Client {number} Brașov", city="Brașov", notes="Fabrica")
        )
        contact = editing.create_contact(db, customer, ContactFields(full_name=f"Ana {number}"))
        for days in (3, 40):
            meeting_log.save_meeting(
                db,
                MeetingFields(
                    customer_id=customer,
                    started_at=now - timedelta(days=days),
                    summary="Vizită la fabrică",
                    next_steps="Trimitem oferta",
                    attendee_ids=(contact,),
                    disclosures=[
                        DisclosureFields(
                            Side.CUSTOMER,
                            DisclosureDomain.BUSINESS,
                            "future_plans",
                            Depth.CORE,
                            "Își dublează capacitatea",
                            True,
                            contact,
                        ),
                        DisclosureFields(
                            Side.US, DisclosureDomain.PERSONAL, "hobbies", Depth.PERIPHERAL
                        ),
                    ],
                    follow_up_due=now + timedelta(days=days),
                ),
            )
    return _single_file_copy(db, tmp_path / "pristine.sqlite3")


def _corrupt_copies(pristine: Path, folder: Path, count: int, seed: int, shards: int) -> None:
    size = pristine.stat().st_size
    rng = random.Random(seed)
    cases = [(n, rng.randrange(size), rng.randrange(1, 256)) for n in range(count)]
    started = time.monotonic()
    children = []
    for shard in range(shards):
        workdir = folder / f"shard-{shard}"
        workdir.mkdir()
        (workdir / "cases.json").write_text(json.dumps(cases[shard::shards]))
        child = subprocess.Popen(
            [sys.executable, "-c", CORRUPTION_CHILD, str(pristine), str(workdir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_child_env(),
        )
        children.append(child)
    lines: list[list[Any]] = []
    try:
        for shard, child in enumerate(children):
            try:
                out, err = child.communicate(timeout=60 + count * CASE_LIMIT_S / shards / 10)
            except subprocess.TimeoutExpired:
                child.kill()
                out, err = child.communicate()
                done = {json.loads(line)[0] for line in out.decode().splitlines()}
                hung = [c for c in cases[shard::shards] if c[0] not in done][:1]
                pytest.fail(f"hang: shard {shard} stopped answering at case {hung}")
            assert child.returncode == 0, f"shard {shard} died: {err.decode()[-3000:]}"
            lines.extend(json.loads(line) for line in out.decode().splitlines())
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert sorted(int(str(line[0])) for line in lines) == list(range(count))

    results = [str(line[3]) for line in lines]
    kinds = Counter(result.split(":", 1)[0] for result in results)
    crashes = [r for r in results if r.startswith("crash")]
    findings = Counter(str(code) for line in lines for code in set(line[5]))
    detected = count - kinds["harmless"] - kinds["silent"] - kinds["crash"]
    slowest = max(lines, key=lambda line: float(str(line[4])))
    print(
        f"\n{count} single-byte corruptions (seed {seed}) of a {size}-byte file"
        f" (sha256 {hashlib.sha256(pristine.read_bytes()).hexdigest()[:12]}) in"
        f" {time.monotonic() - started:.1f} s (slowest case {slowest[4]} s):"
        f" detected {detected} (refused at open {kinds['refused']}, reported by the check"
        f" {kinds['found'] + kinds['fixed']} of which fixed {kinds['fixed']}, read errors"
        f" {kinds['read_error'] + kinds['deep_read_error']}); harmless {kinds['harmless']};"
        f" silently changed values {kinds['silent']}; crashed {len(crashes)}"
        f"\nchecks that found something: {dict(sorted(findings.items()))}"
    )
    assert not crashes, crashes[:3]
    assert float(str(slowest[4])) < CASE_LIMIT_S, slowest
    # check_database reports damage, it does not raise it.
    assert kinds["check_raised"] == 0
    # What the app refuses it leaves exactly as it was (DatabaseOpenError's promise).
    assert not [r for r in results if r.endswith(":modified")]
    # A fix is a fix: the check run right after it finds nothing.
    assert "fixed:second_run_found" not in results
    assert detected > 0


def test_damaged_bytes_are_detected_or_harmless(pristine: Path, tmp_path: Path) -> None:
    _corrupt_copies(pristine, tmp_path, count=400, seed=7, shards=2)


@pytest.mark.slow
def test_damaged_bytes_are_detected_or_harmless_many(pristine: Path, tmp_path: Path) -> None:
    _corrupt_copies(pristine, tmp_path, count=2000, seed=11, shards=max(2, os.cpu_count() or 2))
