"""Convergence: three laptops (two of a salesperson, one of a manager) work offline with
random creates, edits, deletes, merges, erasures, lifecycle moves and meetings with
disclosures, and sync in random orders. After everyone syncs twice, every laptop holds
exactly what its member may read on the server (its synced tables hash the same), and
what is derived equals a fresh recomputation."""

import itertools
import os
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.services import customer_editing, erasure, lifecycle, meeting_log, merging
from tests.team.conftest import Cluster, fresh_database
from tests.team.laptops import Laptop, laptop_content, make_team, open_laptop, server_content

WORDS = ("Alfa", "Beta", "Gamma", "Delta", "Ștefan")
KINDS = ("customer", "edit", "delete", "contact", "edit_contact", "erase", "meeting",
         "lifecycle", "merge", "sync", "sync")
_databases = itertools.count()


def _pick(laptop: Laptop, table: str, index: int) -> str | None:
    ids = [r[0] for r in laptop.db.reader.execute(f"SELECT id FROM {table} ORDER BY id")]
    return ids[index % len(ids)] if ids else None


def _act(laptop: Laptop, kind: str, index: int, word: str) -> None:
    db = laptop.db
    customer = _pick(laptop, "customer", index)
    contact = _pick(laptop, "contact", index)
    if kind == "customer" or customer is None:
        customer_editing.create_customer(db, CustomerFields(name=word, city=word))
    elif kind == "edit":
        customer_editing.update_customer(db, customer, CustomerFields(name=word, notes=word * 2))
    elif kind == "delete":
        customer_editing.delete_customer(db, customer)
    elif kind == "contact" or contact is None:
        customer_editing.create_contact(db, customer, ContactFields(full_name=f"{word} Pop"))
    elif kind == "edit_contact":
        customer_editing.update_contact(db, contact, ContactFields(full_name="Ion Pop",
                                                                   notes=word))
    elif kind == "erase":
        erasure.erase_contact(db, contact)
    elif kind == "meeting":
        owner = db.reader.execute("SELECT customer_id FROM contact WHERE id = ?",
                                  [contact]).fetchone()[0]
        disclosure = DisclosureFields(Side.CUSTOMER, DisclosureDomain.PERSONAL, "family",
                                      Depth.CORE, text=word, sensitive=index % 2 == 0,
                                      contact_id=contact)
        meeting_log.save_meeting(db, MeetingFields(
            owner, datetime(2026, 11, 1 + index, 10), summary=word, attendee_ids=(contact,),
            disclosures=[disclosure]))
    elif kind == "lifecycle":
        stage = list(LifecycleStage)[index % len(LifecycleStage)]
        lifecycle.set_lifecycle_stage(db, customer, stage, date(2026, 10, 1 + index))
    elif kind == "merge":
        other = _pick(laptop, "customer", index + 1)
        if other is not None and other != customer:
            merging.merge_customers(db, customer, other)


def _derived(laptop: Laptop) -> list[tuple[object, ...]]:
    """(Scores decay with time: a recomputation seconds later differs in far decimals.)"""
    return laptop.db.reader.execute(
        "SELECT id, suggested_stage, lifecycle_stage, last_meeting_at, next_follow_up_at, "
        "round(health_score, 3), master_warning FROM customer ORDER BY id").fetchall()


def _recomputed(laptop: Laptop) -> list[tuple[object, ...]]:
    from relationdesk.db.models import Customer
    from relationdesk.services.lifecycle import refresh_cached_stage
    from relationdesk.services.meeting_log import refresh_customer_summary

    with laptop.db.write() as session:
        for customer in session.exec(__import__("sqlmodel").select(Customer)).all():
            refresh_customer_summary(session, customer)
            refresh_cached_stage(session, customer)
    return _derived(laptop)


# No shrinking: each example runs a server and three laptops; a failure prints its steps.
@settings(max_examples=int(os.environ.get("RELATIONDESK_CONVERGENCE_EXAMPLES", "5")),
          deadline=None,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from(KINDS), st.integers(0, 7),
                          st.sampled_from(WORDS)), min_size=4, max_size=12))
def test_every_laptop_converges_with_the_server(
        pg_cluster: Cluster, tmp_path_factory: object, steps: list[tuple[int, str, int, str]]
) -> None:
    with fresh_database(pg_cluster, f"t_convergence_{next(_databases)}") as server:
        anna, mara = make_team(server, "anna", "mara", managers=("mara",))
        folder = Path(tmp_path_factory.mktemp("laptops"))  # type: ignore[attr-defined]
        laptops = [open_laptop(folder / str(i), member)
                   for i, member in enumerate((anna, anna, mara))]
        try:
            for laptop in laptops:
                laptop.join()
            for which, kind, index, word in steps:
                if kind == "sync":
                    laptops[which].sync()
                else:
                    _act(laptops[which], kind, index, word)
            for laptop in laptops * 2:
                laptop.sync()
            for laptop in laptops:
                assert laptop_content(laptop) == server_content(server, laptop.member, laptop)
                assert _derived(laptop) == _recomputed(laptop)
            assert laptop_content(laptops[0]) == laptop_content(laptops[1])
        finally:
            for laptop in laptops:
                laptop.close()
