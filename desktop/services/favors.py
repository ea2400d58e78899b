"""Give before you ask: the favours ledger (given / received, by kind), the balance shown
on a contact, and the people the user has only ever asked from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import FAVOR_DIRECTIONS, FAVOR_KINDS, db
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId

KIND_LABELS: dict[str, str] = {
    "referral": "Referral",
    "introduction": "Introduction",
    "advice": "Advice",
    "help": "Help",
    "gift": "Gift",
}
# The list filter for "Only ever asked": received something, never gave anything.
ONLY_ASKED_SQL = (
    "SELECT contact_id FROM favor GROUP BY contact_id "
    "HAVING sum(direction = 'given') = 0 AND sum(direction = 'received') > 0"
)


@dataclass(frozen=True)
class FavorEntry:
    id: int
    contact_id: ContactId
    direction: str  # "given" | "received"
    kind: str
    description: str
    happened_on: dt.date

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class FavorLedger:
    entries: tuple[FavorEntry, ...]  # newest first
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


def _row(r: tuple[object, ...]) -> FavorEntry:
    on = r[5]
    return FavorEntry(
        id=int(r[0]),  # type: ignore[call-overload]
        contact_id=ContactId(int(r[1])),  # type: ignore[call-overload]
        direction=str(r[2]), kind=str(r[3]), description=str(r[4] or ""),
        happened_on=on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10]),
    )


def ledger(contact_id: ContactId) -> FavorLedger:
    entries = tuple(
        _row(tuple(r))
        for r in db.execute_sql(
            "SELECT id, contact_id, direction, kind, description, happened_on FROM favor "
            "WHERE contact_id = ? ORDER BY happened_on DESC, id DESC",
            (int(contact_id),),
        )
    )
    kinds: dict[str, list[int]] = {}
    for e in entries:
        pair = kinds.setdefault(e.kind, [0, 0])
        pair[0 if e.direction == "given" else 1] += 1
    order = {k: n for n, k in enumerate(FAVOR_KINDS)}
    by_kind = tuple(sorted(((k, g, r) for k, (g, r) in kinds.items()),
                           key=lambda t: order.get(t[0], 99)))
    given = sum(1 for e in entries if e.direction == "given")
    return FavorLedger(entries, given, len(entries) - given, by_kind)


def balances(ids: list[ContactId]) -> dict[ContactId, tuple[int, int]]:
    """(given, received) per contact, for those with any favour."""
    result: dict[ContactId, tuple[int, int]] = {}
    id_list = [int(i) for i in ids]
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        for cid, given, received in db.execute_sql(
            "SELECT contact_id, sum(direction = 'given'), sum(direction = 'received') "
            f"FROM favor WHERE contact_id IN ({','.join('?' * len(chunk))}) GROUP BY contact_id",
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
        raise ServiceError("a favour is either given or received")
    if kind not in FAVOR_KINDS:
        raise ServiceError(f"kind must be one of {', '.join(FAVOR_KINDS)}")
    text = " ".join(description.split())
    if len(text) > 500:
        raise ServiceError("a favour's description is at most 500 characters")
    if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (int(contact_id),)).fetchone() is None:
        raise ServiceError("that contact no longer exists")
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
        raise ServiceError("that favour no longer exists")
    db.execute_sql("DELETE FROM favor WHERE id = ?", (favor_id,))
    return entry, Changes(contacts=frozenset({entry.contact_id}))


def restore_favor(entry: FavorEntry) -> Changes:
    _, changes = add_favor(entry.contact_id, entry.direction, entry.kind, entry.description,
                           entry.happened_on, favor_id=entry.id)
    return changes
