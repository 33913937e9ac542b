"""Two records that turn out to be the same customer or person: what the kept one takes
from the other. Pure rules, shared by the merge and by the importers.

- A field the kept record leaves empty takes the other's value; a filled one stays as it
  is (the salesperson chose which record to keep). Notes are never lost: the other's are
  appended after a separator line, unless the kept notes already contain them.
- A contact's buying role "other" is the form's default, so it counts as empty.
- The figures go with their currency: with economics on both sides the currencies must
  match (or one be unset); with economics on one side only, that side's currency wins.
- Economics periods: a period of the other customer with exactly the same dates as one of
  the kept customer's is added to it (revenue, costs and orders summed; product lines the
  larger of the two, since the same lines may be counted in both); one that overlaps a
  kept period only in part (a month inside a quarter) is refused, because how to split
  its figures is the salesperson's call; every other period simply moves.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from relationdesk.domain.economics import overlapping
from relationdesk.domain.validation import FieldError, Problem

NOTES_SEPARATOR = "\n\n---\n\n"
CUSTOMER_FILL_FIELDS: tuple[str, ...] = ("industry", "city", "country", "owner", "currency")
CONTACT_FILL_FIELDS: tuple[str, ...] = (
    "job_title",
    "buying_role",
    "email",
    "phone",
    "mobile",
    "preferred_language",
)
# Values a form writes when the user chose nothing: they count as empty.
UNSET_VALUES: Mapping[str, str] = {"buying_role": "other"}


def merged_notes(kept: str, other: str) -> str:
    """The kept notes, then the other's after a separator line (nothing is dropped)."""
    kept, other = kept.strip(), other.strip()
    if not other or other in kept:
        return kept
    if not kept:
        return other
    return f"{kept}{NOTES_SEPARATOR}{other}"


def _is_empty(name: str, value: object) -> bool:
    text = str(value or "").strip()
    return not text or UNSET_VALUES.get(name) == text


def fill_empty_fields(
    existing: Mapping[str, object],
    incoming: Mapping[str, object],
    fields: Iterable[str] = CUSTOMER_FILL_FIELDS,
    notes_field: str | None = "notes",
) -> dict[str, object]:
    """The changes that complete `existing` with `incoming` (only the fields that change).

    For importers too: `fill_empty_fields(asdict(existing_fields), asdict(imported_fields),
    CONTACT_FILL_FIELDS)` says what an imported duplicate adds to the record already there.
    """
    changes: dict[str, object] = {}
    for name in fields:
        mine, theirs = existing.get(name), incoming.get(name)
        if _is_empty(name, mine) and not _is_empty(name, theirs):
            changes[name] = theirs
    if notes_field is not None:
        kept = str(existing.get(notes_field) or "")
        notes = merged_notes(kept, str(incoming.get(notes_field) or ""))
        if notes != kept:
            changes[notes_field] = notes
    return changes


def conflicting_fields(
    existing: Mapping[str, object],
    incoming: Mapping[str, object],
    fields: Iterable[str] = CUSTOMER_FILL_FIELDS,
) -> list[str]:
    """Fields filled differently on both sides: the kept value stays, the other's is not
    taken (the merge dialog says so)."""
    return [
        name
        for name in fields
        if not _is_empty(name, existing.get(name))
        and not _is_empty(name, incoming.get(name))
        and str(existing.get(name)).strip().casefold() != str(incoming.get(name)).strip().casefold()
    ]


def merged_currency(
    kept: str, kept_has_figures: bool, other: str, other_has_figures: bool
) -> str | None:
    """The kept customer's currency after the merge; None when both sides hold figures in
    different currencies (amounts cannot be added up across currencies)."""
    if not kept or not other or kept == other:
        return kept or other
    if kept_has_figures and other_has_figures:
        return None
    return other if other_has_figures else kept


@dataclass(frozen=True)
class PeriodAmounts:
    """One economics period as the merge sees it (amounts in minor units)."""

    id: str
    starts_on: date
    ends_on: date
    revenue: int = 0
    care_cost: int = 0
    assistance_cost: int = 0
    other_cost: int = 0
    orders: int = 0
    product_lines: int = 0
    note: str = ""


@dataclass(frozen=True)
class PeriodPlan:
    moved: tuple[str, ...]  # the other's periods that move as they are
    combined: tuple[PeriodAmounts, ...]  # kept periods with the other's figures added
    absorbed: tuple[str, ...]  # the other's periods added into a kept one (then deleted)
    clashes: tuple[tuple[PeriodAmounts, PeriodAmounts], ...]  # (kept, other) partly shared

    @property
    def errors(self) -> list[FieldError]:
        return [FieldError("periods", Problem.MERGE_PERIODS_CLASH)] if self.clashes else []


def add_periods(kept: PeriodAmounts, other: PeriodAmounts) -> PeriodAmounts:
    """Two records of the same period of the same company, as one."""
    note = kept.note.strip()
    extra = other.note.strip()
    if extra and extra not in note:
        note = f"{note}; {extra}" if note else extra
    return replace(
        kept,
        revenue=kept.revenue + other.revenue,
        care_cost=kept.care_cost + other.care_cost,
        assistance_cost=kept.assistance_cost + other.assistance_cost,
        other_cost=kept.other_cost + other.other_cost,
        orders=kept.orders + other.orders,
        product_lines=max(kept.product_lines, other.product_lines),
        note=note,
    )


def plan_periods(kept: Sequence[PeriodAmounts], other: Sequence[PeriodAmounts]) -> PeriodPlan:
    """What happens to each of the other customer's periods (see the module's rules)."""
    by_dates = {(p.starts_on, p.ends_on): p for p in kept}
    moved: list[str] = []
    absorbed: list[str] = []
    combined: dict[str, PeriodAmounts] = {}
    clashes: list[tuple[PeriodAmounts, PeriodAmounts]] = []
    for period in other:
        twin = by_dates.get((period.starts_on, period.ends_on))
        if twin is not None:
            combined[twin.id] = add_periods(combined.get(twin.id, twin), period)
            absorbed.append(period.id)
            continue
        spans = [(p.starts_on, p.ends_on) for p in kept]
        shared = overlapping(period.starts_on, period.ends_on, spans)
        if shared is not None:
            clashes.append((by_dates[shared], period))
        else:
            moved.append(period.id)
    return PeriodPlan(tuple(moved), tuple(combined.values()), tuple(absorbed), tuple(clashes))


def same_record_errors(keep_id: str, other_id: str) -> list[FieldError]:
    """A record cannot be merged into itself."""
    return [FieldError("other", Problem.SAME_RECORD)] if keep_id == other_id else []
