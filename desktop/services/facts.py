"""Pinned facts about a person (issue 15): family, pets, goals, what they care about. A
handful of short lines the user wants in front of them before every conversation, shown
at the top of the detail pane and of the briefing.

Rapport-only, like interactions and follow-ups: never written to a vCard nor synced.
This module is the only writer of ``contact_fact``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import FACT_KINDS, db
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId
from desktop.text import Translatable, fill


class FactText(Translatable):
    """Translation context of pinned facts: refusals."""


KIND_LABELS: dict[str, str] = {
    "family": "Family",
    "pets": "Pets",
    "goals": "Goals",
    "cares": "Cares about",
    "other": "Note",
}
MAX_FACT = 300
MAX_FACTS = 50


@dataclass(frozen=True)
class Fact:
    id: int
    contact_id: ContactId
    kind: str
    text: str
    position: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


def _clean(kind: str, text: str) -> str:
    if kind not in FACT_KINDS:
        raise ServiceError(fill(FactText.tr("kind must be one of %1"), ", ".join(FACT_KINDS)))
    value = " ".join(text.split())
    if not value:
        raise ServiceError(FactText.tr("write the fact, e.g. “two kids, Maya and Leo”"))
    if len(value) > MAX_FACT:
        raise ServiceError(FactText.tr("a pinned fact is at most %n characters", "", MAX_FACT))
    return value


def facts(contact_id: ContactId) -> tuple[Fact, ...]:
    """The contact's pinned facts, in the order the user pinned them."""
    return tuple(
        Fact(int(r[0]), ContactId(int(r[1])), str(r[2]), str(r[3]), int(r[4]))
        for r in db.execute_sql(
            "SELECT id, contact_id, kind, text, position FROM contact_fact "
            "WHERE contact_id = ? ORDER BY position, id", (int(contact_id),))
    )


def get_fact(fact_id: int) -> Fact | None:
    row = db.execute_sql("SELECT id, contact_id, kind, text, position FROM contact_fact "
                         "WHERE id = ?", (int(fact_id),)).fetchone()
    return Fact(int(row[0]), ContactId(int(row[1])), str(row[2]), str(row[3]),
                int(row[4])) if row else None


def add_fact(contact_id: ContactId, kind: str, text: str, fact_id: int | None = None,
             position: int | None = None) -> tuple[int, Changes]:
    """Pin a fact (last in the list). *fact_id*/*position* put one back as it was (redo)."""
    value = _clean(kind, text)
    if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (int(contact_id),)).fetchone() is None:
        raise ServiceError(FactText.tr("that contact no longer exists"))
    count, last = db.execute_sql(
        "SELECT count(*), coalesce(max(position), -1) FROM contact_fact WHERE contact_id = ?",
        (int(contact_id),)).fetchone()
    if fact_id is None and int(count) >= MAX_FACTS:
        raise ServiceError(FactText.tr(
            "at most %n pinned facts per person: keep the ones that matter", "", MAX_FACTS))
    cursor = db.execute_sql(
        "INSERT INTO contact_fact (id, contact_id, kind, text, position) VALUES (?, ?, ?, ?, ?)",
        (fact_id, int(contact_id), kind, value,
         int(last) + 1 if position is None else position))
    return int(cursor.lastrowid or 0), Changes(contacts=frozenset({contact_id}))


def update_fact(fact_id: int, kind: str, text: str) -> Changes:
    value = _clean(kind, text)
    fact = get_fact(fact_id)
    if fact is None:
        raise ServiceError(FactText.tr("that fact no longer exists"))
    db.execute_sql("UPDATE contact_fact SET kind = ?, text = ? WHERE id = ?",
                   (kind, value, int(fact_id)))
    return Changes(contacts=frozenset({fact.contact_id}))


def delete_fact(fact_id: int) -> tuple[Fact, Changes]:
    fact = get_fact(fact_id)
    if fact is None:
        raise ServiceError(FactText.tr("that fact no longer exists"))
    db.execute_sql("DELETE FROM contact_fact WHERE id = ?", (int(fact_id),))
    return fact, Changes(contacts=frozenset({fact.contact_id}))


def restore_fact(fact: Fact) -> Changes:
    """Put a deleted fact back with its id and place (undo)."""
    _, changes = add_fact(fact.contact_id, fact.kind, fact.text, fact.id, fact.position)
    return changes
