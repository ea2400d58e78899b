"""Give before you ask: the favours ledger (given / received, by kind), the balance shown
on a contact, and the people the user has only ever asked from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import FAVOR_DIRECTIONS, FAVOR_KINDS, db
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, display_name
from desktop.text import Translatable, fill


class FavourText(Translatable):
    """Translation context of favours: refusals."""


KIND_LABELS: dict[str, str] = {
    "referral": "Referral",
    "introduction": "Introduction",
    "advice": "Advice",
    "help": "Help",
    "gift": "Gift",
}

# The one definition of the ledger (issue 11): the detail pane, the briefing and the
# "Only ever asked" list all read these rows, so they always agree. A favour counts for its
# contact in its direction; an introduction the user made (made or met) counts as given to
# each of the two people introduced; one a contact made for the user (the user is one of
# the two people) counts as received from that contact. A proposed or declined
# introduction is not a favour yet.
_ME = "(SELECT id FROM contact WHERE is_me = 1 ORDER BY id LIMIT 1)"
_DONE = "status IN ('made', 'met')"
LEDGER_ROWS_SQL = (
    "SELECT contact_id, direction = 'given' AS given, direction = 'received' AS received "
    "FROM favor "
    f"UNION ALL SELECT person_a_id, 1, 0 FROM introduction WHERE introducer_id = {_ME} "
    f"AND {_DONE} "
    f"UNION ALL SELECT person_b_id, 1, 0 FROM introduction WHERE introducer_id = {_ME} "
    f"AND {_DONE} "
    f"UNION ALL SELECT introducer_id, 0, 1 FROM introduction WHERE {_DONE} "
    f"AND introducer_id IS NOT NULL AND introducer_id != {_ME} "
    f"AND (person_a_id = {_ME} OR person_b_id = {_ME})"
)
# The list filter for "Only ever asked": received something, never gave anything.
ONLY_ASKED_SQL = (
    f"SELECT contact_id FROM ({LEDGER_ROWS_SQL}) GROUP BY contact_id "
    "HAVING sum(given) = 0 AND sum(received) > 0"
)


@dataclass(frozen=True)
class FavorEntry:
    """One line of the ledger. ``introduction_id`` is set (and ``id`` is 0) for an
    introduction counted as a favour: it is edited in the introductions section, not
    deleted from the ledger. ``happened_on`` is None for an introduction with no date."""

    id: int
    contact_id: ContactId
    direction: str  # "given" | "received"
    kind: str
    description: str
    happened_on: dt.date | None
    introduction_id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class FavorLedger:
    entries: tuple[FavorEntry, ...]  # newest first (undated introductions last)
    given: int
    received: int
    by_kind: tuple[tuple[str, int, int], ...]  # kind, given, received (kinds present)

    @property
    def balance_text(self) -> str:
        """ "you gave 4, received 1" (empty when there is nothing in the ledger)."""
        if not self.entries:
            return ""
        return f"you gave {self.given}, received {self.received}"

    @property
    def owed(self) -> int:
        """How many more favours they did for the user than the other way round."""
        return max(0, self.received - self.given)

    @property
    def only_asked(self) -> bool:
        return self.received > 0 and self.given == 0

    def last(self, direction: str) -> FavorEntry | None:
        """The newest entry in *direction* ("given" / "received")."""
        return next((e for e in self.entries if e.direction == direction), None)


def _day(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _row(r: tuple[object, ...]) -> FavorEntry:
    return FavorEntry(
        id=int(r[0]),  # type: ignore[call-overload]
        contact_id=ContactId(int(r[1])),  # type: ignore[call-overload]
        direction=str(r[2]), kind=str(r[3]), description=str(r[4] or ""),
        happened_on=_day(r[5]),
    )


def _introduction_entries(cid: int) -> list[FavorEntry]:
    """The introductions that count in *cid*'s ledger, as entries (see LEDGER_ROWS_SQL)."""
    entries = []
    # Three index lookups from the contact's side: never a scan of the user's own
    # introductions, of which there may be thousands.
    select = (
        "SELECT i.id, i.introducer_id, i.person_a_id, i.person_b_id, i.introduced_on, "
        "       ca.full_name, ca.organization, cb.full_name, cb.organization, m.id "
        "FROM introduction i JOIN contact m ON m.id = " + _ME + " "
        "JOIN contact ca ON ca.id = i.person_a_id JOIN contact cb ON cb.id = i.person_b_id "
        f"WHERE i.{_DONE} AND "
    )
    # "+" keeps SQLite from reading them through the introducer's index (all of the
    # user's introductions, thousands: 0.1 s per detail pane on 100,000 contacts).
    for iid, by, a, _b, on, a_name, a_org, b_name, b_org, me in db.execute_sql(
        select + "i.person_a_id = ?1 AND +i.introducer_id = m.id UNION ALL "
        + select + "i.person_b_id = ?1 AND +i.introducer_id = m.id UNION ALL "
        + select + "i.introducer_id = ?1 AND (i.person_a_id = m.id OR i.person_b_id = m.id)",
        (cid,),
    ):
        if by == me:
            other = (b_name, b_org) if a == cid else (a_name, a_org)
            direction, text = "given", f"You introduced them to {display_name(*other)}"
        else:
            other = (b_name, b_org) if a == me else (a_name, a_org)
            direction, text = "received", f"They introduced you to {display_name(*other)}"
        entries.append(FavorEntry(0, ContactId(cid), direction, "introduction", text,
                                  _day(on), introduction_id=int(iid)))
    return entries


def ledger(contact_id: ContactId) -> FavorLedger:
    """Everything given and received with this contact, favours and introductions alike,
    newest first, with the counts of ``balances`` (the same rows)."""
    entries = [
        _row(tuple(r))
        for r in db.execute_sql(
            "SELECT id, contact_id, direction, kind, description, happened_on FROM favor "
            "WHERE contact_id = ?",
            (int(contact_id),),
        )
    ]
    entries += _introduction_entries(int(contact_id))
    entries.sort(key=lambda e: (e.happened_on or dt.date.min, e.id, e.introduction_id or 0),
                 reverse=True)
    kinds: dict[str, list[int]] = {}
    for e in entries:
        pair = kinds.setdefault(e.kind, [0, 0])
        pair[0 if e.direction == "given" else 1] += 1
    order = {k: n for n, k in enumerate(FAVOR_KINDS)}
    by_kind = tuple(sorted(((k, g, r) for k, (g, r) in kinds.items()),
                           key=lambda t: order.get(t[0], 99)))
    given, received = balances([contact_id]).get(contact_id, (0, 0))
    return FavorLedger(tuple(entries), given, received, by_kind)


def balances(ids: list[ContactId]) -> dict[ContactId, tuple[int, int]]:
    """(given, received) per contact, for those with anything in the ledger."""
    result: dict[ContactId, tuple[int, int]] = {}
    id_list = [int(i) for i in ids]
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        for cid, given, received in db.execute_sql(
            f"SELECT contact_id, sum(given), sum(received) FROM ({LEDGER_ROWS_SQL}) "
            f"WHERE contact_id IN ({','.join('?' * len(chunk))}) GROUP BY contact_id",
            chunk,
        ):
            result[ContactId(cid)] = (int(given), int(received))
    return result


def only_asked_ids() -> list[ContactId]:
    """People the user has only ever received favours from, by name."""
    return [ContactId(r[0]) for r in db.execute_sql(
        f"SELECT c.id FROM contact c WHERE c.is_me = 0 AND c.id IN ({ONLY_ASKED_SQL}) "
        "ORDER BY c.sort_key")]


def add_favor(
    contact_id: ContactId, direction: str, kind: str, description: str,
    happened_on: dt.date, favor_id: int | None = None,
) -> tuple[int, Changes]:
    """Record a favour. *favor_id* puts one back under its old id (redo)."""
    if direction not in FAVOR_DIRECTIONS:
        raise ServiceError(FavourText.tr("a favour is either given or received"))
    if kind not in FAVOR_KINDS:
        raise ServiceError(fill(FavourText.tr("kind must be one of %1"), ", ".join(FAVOR_KINDS)))
    text = " ".join(description.split())
    if len(text) > 500:
        raise ServiceError(FavourText.tr("a favour's description is at most 500 characters"))
    if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (int(contact_id),)).fetchone() is None:
        raise ServiceError(FavourText.tr("that contact no longer exists"))
    cursor = db.execute_sql(
        "INSERT INTO favor (id, contact_id, direction, kind, description, happened_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (favor_id, int(contact_id), direction, kind, text, happened_on.isoformat()),
    )
    return int(cursor.lastrowid or 0), Changes(contacts=frozenset({contact_id}))


def get_favor(favor_id: int) -> FavorEntry | None:
    row = db.execute_sql(
        "SELECT id, contact_id, direction, kind, description, happened_on FROM favor "
        "WHERE id = ?", (favor_id,)).fetchone()
    return _row(tuple(row)) if row else None


def delete_favor(favor_id: int) -> tuple[FavorEntry, Changes]:
    entry = get_favor(favor_id)
    if entry is None:
        raise ServiceError(FavourText.tr("that favour no longer exists"))
    db.execute_sql("DELETE FROM favor WHERE id = ?", (favor_id,))
    return entry, Changes(contacts=frozenset({entry.contact_id}))


def restore_favor(entry: FavorEntry) -> Changes:
    if entry.introduction_id is not None:
        raise ServiceError(FavourText.tr(
            "an introduction is restored from the introductions section"))
    _, changes = add_favor(entry.contact_id, entry.direction, entry.kind, entry.description,
                           entry.happened_on or dt.date.today(), favor_id=entry.id)
    return changes
