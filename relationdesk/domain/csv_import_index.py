"""Compact lookups for planning a large import: a text key's 64-bit hash to a number, in
two flat arrays (about 24-48 bytes an entry instead of ~200 for a dict of strings), so a
million-row file's plan costs a few bytes per byte of the file.

Two keys can share a hash (about one chance in 10^7 for a million keys): whoever needs
certainty checks the key again where it has it (the import re-reads the rows and checks
each customer's name, see csv_import_plan.planned_customers).
"""

from array import array

from relationdesk.domain.text import fold

_EMPTY = 0


def _hash(key: str) -> int:
    found = hash(key)
    return found if found != _EMPTY else 1


class HashIndex:
    """A text key's hash → a non-negative number below 2**31 (a line, a position);
    open addressing with linear probing, grown at two thirds full."""

    __slots__ = ("_keys", "_mask", "_used", "_values")

    def __init__(self, slots: int = 1024) -> None:
        self._keys = array("q", bytes(8 * slots))
        self._values = array("i", bytes(4 * slots))
        self._mask = slots - 1
        self._used = 0

    def __len__(self) -> int:
        return self._used

    def _slot(self, hashed: int) -> int:
        keys, mask = self._keys, self._mask
        slot = hashed & mask
        while keys[slot] != _EMPTY and keys[slot] != hashed:
            slot = (slot + 1) & mask
        return slot

    def get(self, key: str) -> int | None:
        hashed = _hash(key)
        slot = self._slot(hashed)
        return self._values[slot] if self._keys[slot] == hashed else None

    def setdefault(self, key: str, value: int) -> int:
        """The number kept for `key`, `value` when there was none."""
        hashed = _hash(key)
        slot = self._slot(hashed)
        if self._keys[slot] == hashed:
            return self._values[slot]
        self._keys[slot] = hashed
        self._values[slot] = value
        self._used += 1
        if 3 * self._used >= 2 * len(self._keys):
            self._grow()
        return value

    def _grow(self) -> None:
        keys, values = self._keys, self._values
        slots = 2 * len(keys)
        self._keys = array("q", bytes(8 * slots))
        self._values = array("i", bytes(4 * slots))
        self._mask = slots - 1
        for hashed, value in zip(keys, values, strict=True):
            if hashed != _EMPTY:
                slot = self._slot(hashed)
                self._keys[slot] = hashed
                self._values[slot] = value


class People:
    """Who is among each customer's people, by folded name and by e-mail: one lookup for
    the whole file (keyed "customer, person"), so a customer with 100,000 rows is checked
    in linear time and a file of a million customers holds no lookup per customer.
    Numbers only (earlier lines); the database's people, few, go in DatabasePeople."""

    __slots__ = ("by_email", "by_name")

    def __init__(self) -> None:
        self.by_name = HashIndex()
        self.by_email = HashIndex()

    def add(self, customer: str, name: str, email: str, line: int) -> None:
        self.by_name.setdefault(f"{customer}\x1f{fold(name)}", line)
        mail = email.strip().casefold()
        if mail:
            self.by_email.setdefault(f"{customer}\x1f{mail}", line)

    def find(self, customer: str, name: str, email: str) -> int | None:
        """The earlier line with the same folded name, or the same e-mail (case aside), at
        this customer; None when the person is new."""
        found = self.by_name.get(f"{customer}\x1f{fold(name)}")
        mail = email.strip().casefold()
        if found is not None or not mail:
            return found
        return self.by_email.get(f"{customer}\x1f{mail}")


class DatabasePeople:
    """The same lookup for the people already in the database (their ids), kept exactly:
    they are as many as the database holds, not as the file."""

    __slots__ = ("by_email", "by_name")

    def __init__(self) -> None:
        self.by_name: dict[str, str] = {}
        self.by_email: dict[str, str] = {}

    def add(self, customer: str, name: str, email: str, found: str) -> None:
        self.by_name.setdefault(f"{customer}\x1f{fold(name)}", found)
        mail = email.strip().casefold()
        if mail:
            self.by_email.setdefault(f"{customer}\x1f{mail}", found)

    def find(self, customer: str, name: str, email: str) -> str | None:
        found = self.by_name.get(f"{customer}\x1f{fold(name)}")
        mail = email.strip().casefold()
        if found is not None or not mail:
            return found
        return self.by_email.get(f"{customer}\x1f{mail}")
