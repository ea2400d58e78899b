"""Plain data that crosses the service boundary: frozen dataclasses and ids, never ORM rows."""

from __future__ import annotations

import datetime as dt
import heapq
import marshal
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import Any, NewType, cast

from desktop.text import display_text

ContactId = NewType("ContactId", int)
TagId = NewType("TagId", int)


# Runs sorted at a time when ids come in another order (``_in_order``): each sort is one C
# call, which keeps the interpreter lock (~1 ms for this many).
SORTED_AT_A_TIME = 2048


def _in_order(firsts: array[int], lasts: array[int]) -> Iterator[tuple[int, int]]:
    """The runs (first, last) in ascending order, from runs in any order, without one C
    call over them all: the whole book selected in the list's order (by name) is 300,000
    runs of one id, and sorting them at once kept the interpreter lock 0.3 s in a worker
    setting their stage, the window frozen meanwhile (issue 18). Dense ids (a big part of
    the book) are marked in a byte per id and read back run by run; others are sorted
    ``SORTED_AT_A_TIME`` at a time and merged (``heapq.merge`` is Python: the lock passes
    between its items)."""
    if not firsts:
        return iter(())
    low, high = min(firsts), max(lasts)
    if high - low < 16 * len(firsts) + 4096:
        return _marked_runs(firsts, lasts, low, high)
    pairs = list(zip(firsts, lasts, strict=True))
    parts = [sorted(pairs[at:at + SORTED_AT_A_TIME])
             for at in range(0, len(pairs), SORTED_AT_A_TIME)]
    return heapq.merge(*parts)


def _marked_runs(firsts: array[int], lasts: array[int], low: int, high: int
                 ) -> Iterator[tuple[int, int]]:
    marks = bytearray(high - low + 1)
    for first, last in zip(firsts, lasts, strict=True):
        if first == last:
            marks[first - low] = 1
        else:
            marks[first - low:last - low + 1] = b"\x01" * (last - first + 1)
    at = marks.find(1)
    while at != -1:
        end = marks.find(0, at)
        if end == -1:
            end = len(marks)
        yield low + at, low + end - 1
        at = marks.find(1, end)


class IdRuns(Set[ContactId]):
    """A set of contact ids kept as runs of consecutive ids (issue 18): a book's ids are
    mostly consecutive, so the 300,000 contacts a whole-book action changed are a few
    runs, where a ``frozenset`` of them was 16 MB of table and 8 MB of int objects. Made
    from ids in any order (ascending costs least); answers ``in`` by bisection.

    Private state: ``_firsts`` / ``_lasts`` the runs' first and last ids (inclusive),
    ascending and apart (a gap between any two runs); ``_len`` how many ids in all."""

    __slots__ = ("_firsts", "_lasts", "_len")

    def __init__(self, ids: Iterable[int] = ()) -> None:
        firsts, lasts = array("q"), array("q")
        ordered = True
        for raw in ids:
            cid = int(raw)
            if lasts and lasts[-1] + 1 >= cid >= firsts[-1]:
                if cid > lasts[-1]:
                    lasts[-1] = cid
                continue
            if lasts and cid < firsts[-1]:
                ordered = False
            firsts.append(cid)
            lasts.append(cid)
        if not ordered:
            firsts, lasts = self._merged(_in_order(firsts, lasts))
        self._firsts, self._lasts = firsts, lasts
        self._len = sum(lasts) - sum(firsts) + len(firsts)

    @staticmethod
    def _merged(runs: Iterable[tuple[int, int]]) -> tuple[array[int], array[int]]:
        """Runs sorted by their first id, overlapping or touching ones joined."""
        firsts, lasts = array("q"), array("q")
        for first, last in runs:
            if lasts and first <= lasts[-1] + 1:
                if last > lasts[-1]:
                    lasts[-1] = last
            else:
                firsts.append(first)
                lasts.append(last)
        return firsts, lasts

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> IdRuns:  # type: ignore[override]
        return cls(it)

    @classmethod
    def from_flat(cls, flat: Sequence[int]) -> IdRuns:
        """The ids of ``flat()``'s list (``[first, length, ...]``). Its runs as they are,
        sorted and joined where they touch: no object per run (a stage's contacts in a
        demo book are 67,000 short runs of 100,000: 0.3 s as an ``IdRuns`` each)."""
        out = cls()
        out._firsts, out._lasts = cls._merged(sorted(
            (int(first), int(first) + int(length) - 1)
            for first, length in zip(flat[0::2], flat[1::2], strict=False)
            if int(length) > 0))
        out._len = sum(out._lasts) - sum(out._firsts) + len(out._firsts)
        return out

    @classmethod
    def of(cls, ids: Iterable[int]) -> IdRuns:
        """*ids* as runs (itself if it is)."""
        return ids if isinstance(ids, IdRuns) else cls(ids)

    def runs(self) -> Iterator[tuple[int, int]]:
        """The runs as (first id, last id) pairs, ascending."""
        return zip(self._firsts, self._lasts, strict=True)

    def flat(self) -> list[int]:
        """``[first, length, first, length, ...]``: the history's ``runs``."""
        out: list[int] = []
        for first, last in self.runs():
            out += (first, last - first + 1)
        return out

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, int):
            return False
        at = bisect_right(self._firsts, item) - 1
        return at >= 0 and item <= self._lasts[at]

    def __iter__(self) -> Iterator[ContactId]:
        for first, last in self.runs():
            yield from cast(Iterator[ContactId], iter(range(first, last + 1)))

    def __len__(self) -> int:
        return self._len

    @classmethod
    def union(cls, parts: Iterable[AbstractIds]) -> IdRuns:
        """The union of *parts*, by their runs: one sort of the runs, no step per id of
        a part that is ``IdRuns`` already."""
        out = cls()
        out._firsts, out._lasts = cls._merged(sorted(
            run for part in parts for run in cls.of(part).runs()))
        out._len = sum(out._lasts) - sum(out._firsts) + len(out._firsts)
        return out

    def __or__(self, other: Set[Any]) -> IdRuns:
        return IdRuns.union((self, other))

    __ror__ = __or__

    def __and__(self, other: Iterable[Any]) -> IdRuns:
        # Views ask about the few contacts they show: each of theirs looked up here.
        return IdRuns(c for c in other if c in self)

    __rand__ = __and__

    def __hash__(self) -> int:
        return self._hash()

    def __repr__(self) -> str:
        return f"IdRuns({list(self.runs())!r})"


AbstractIds = Set[ContactId]


@dataclass(frozen=True)
class Changes:
    """What one operation changed; each view refreshes only what it shows.

    ``change_sets`` are the contact store's change sets the operation recorded, in order
    (``history.undo`` takes them back)."""

    contacts: AbstractIds = frozenset()
    contacts_added_or_removed: bool = False
    tags: bool = False
    graph: bool = False
    followups: bool = False
    interactions: bool = False
    focus: bool = False  # this week's focus (the sidebar's list and count)
    day: bool = False  # a new day began: what is due, "today", "tomorrow" moved with it
    change_sets: tuple[int, ...] = ()

    def __or__(self, other: Changes) -> Changes:
        # A side without contacts leaves the other's set as it is: a copy of 300,000 ids
        # is 16 MB, and a bulk write's changes are folded many times (issue 18). ``IdRuns``
        # on either side unites by runs.
        mine, theirs = self.contacts, other.contacts
        return Changes(
            contacts=mine | theirs if mine and theirs else mine or theirs,
            contacts_added_or_removed=self.contacts_added_or_removed
            or other.contacts_added_or_removed,
            tags=self.tags or other.tags,
            graph=self.graph or other.graph,
            followups=self.followups or other.followups,
            interactions=self.interactions or other.interactions,
            focus=self.focus or other.focus,
            day=self.day or other.day,
            change_sets=self.change_sets + other.change_sets,
        )


@dataclass(frozen=True)
class LabeledValue:
    """An email, phone or URL with its kind ("work", "cell"...) and free label.

    ``meta`` is what the vCard said about the value that these fields do not hold (item
    group, source property such as IMPP, unknown parameters): opaque to the UI, carried
    through an edit so that export writes the value back as it came (issue 11)."""

    value: str
    kind: str = ""
    label: str | None = None
    pref: bool = False
    meta: str | None = None


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""
    kind: str = ""
    label: str | None = None
    pref: bool = False
    meta: str | None = None  # as LabeledValue.meta: the card's item group and parameters

    def one_line(self) -> str:
        parts = [self.po_box, self.extended, self.street, self.locality, self.region,
                 self.postal_code, self.country]
        return ", ".join(p.replace("\n", ", ") for p in parts if p)

    def is_empty(self) -> bool:
        return not self.one_line()


@dataclass(frozen=True)
class TagRef:
    id: TagId
    name: str
    colour: str = ""
    category: str = "interest"


@dataclass(frozen=True)
class ContactFields:
    """Everything a user edits on a contact (the detail pane's form, and undo's memory)."""

    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD"
    anniversary: str | None = None
    note: str | None = None
    how_we_met: str = ""
    met_on: dt.date | None = None
    stage: str = "connected"
    keep_in_touch_days: int | None = None
    emails: tuple[LabeledValue, ...] = ()
    phones: tuple[LabeledValue, ...] = ()
    addresses: tuple[PostalAddress, ...] = ()
    urls: tuple[LabeledValue, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactDetail:
    id: ContactId
    uid: str | None
    fields: ContactFields
    is_me: bool
    tags: tuple[TagRef, ...]
    has_photo: bool
    last_interaction_at: dt.datetime | None
    next_followup_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def display_name(self) -> str:
        return display_name(self.fields.full_name, self.fields.organization)


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: ContactId
    full_name: str
    organization: str
    title: str
    stage: str
    tags: tuple[str, ...]
    last_interaction_at: dt.datetime | None
    next_followup_on: dt.date | None
    is_me: bool

    @property
    def display_name(self) -> str:
        return display_name(self.full_name, self.organization)


@dataclass(frozen=True)
class TagInfo:
    id: TagId
    name: str
    colour: str
    category: str
    count: int
    keep_in_touch_days: int | None = None


@dataclass(frozen=True)
class KeptRows:
    """Rows of one table as stored, packed: ``marshal`` (the values SQLite gives, exactly:
    ints, floats, text, bytes, None), then ``zlib``. Issue 18: what hung off 100,000
    deleted contacts, kept for the undo as tuples, was 200 MB until the undo; packed, a
    few MB."""

    table: str
    columns: tuple[str, ...]
    packed: bytes

    @classmethod
    def pack(cls, table: str, columns: Sequence[str], rows: Sequence[tuple[object, ...]]
             ) -> KeptRows:
        return cls(table, tuple(columns), zlib.compress(marshal.dumps(list(rows)), 1))

    def rows(self) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = marshal.loads(zlib.decompress(self.packed))
        return rows


@dataclass(frozen=True)
class ContactSnapshot:
    """What ``delete_contacts`` took away: the store's change sets that keep the contacts
    themselves (``history.undo`` brings them back) and the rows outside their card that
    hung off them (interactions they took part in, follow-ups, favours...), a table's
    rows in one or more packs, in the order they go back."""

    tables: tuple[KeptRows, ...] = ()
    contact_ids: AbstractIds = frozenset()
    change_sets: tuple[int, ...] = ()


def display_name(full_name: str, organization: str = "") -> str:
    """What every view calls a contact: the name, else the organisation, else a
    placeholder -- as ``display_text`` makes it safe to show (no controls, no bidi
    overrides, right-to-left text isolated; issue 13)."""
    name = full_name.strip()
    if name:
        return display_text(name)
    if organization.strip():
        return display_text(organization.strip())
    return "(no name)"
