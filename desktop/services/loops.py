"""Loops that close (issue 15): what the user records closes what was waiting for it.

- A proposed introduction the user is to make gets a *chase* reminder (a promise-type
  follow-up linked to it, ``follow_up.introduction_id``); marking the introduction made,
  met or declined closes it (:func:`close_chase`).
- Recording an introduction or a favour given finds the open promises it may keep
  (:func:`promises_kept_by_introduction`, :func:`promises_kept_by_favour`): the UI and the
  command line offer to mark them done.

No Qt here; nothing is closed without the caller asking.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models import db
from desktop.services import followups
from desktop.services.followups import FollowUpItem
from desktop.services.reasons import Reason, made, reason_text
from desktop.services.types import Changes, ContactId, display_name

CHASE_DAYS = 7  # a proposed introduction is due to be made within a week
_INTRO_WORDS = ("introduc", "intro ", "intro.", "put you in touch", "put them in touch",
                "connect", "meet ")
_FAVOUR_WORDS: dict[str, tuple[str, ...]] = {
    "referral": ("refer", "recommend", "referral"),
    "introduction": _INTRO_WORDS,
    "advice": ("advice", "advise", "tip", "feedback", "review", "look at"),
    "help": ("help", "hand", "support"),
    "gift": ("gift", "send", "book", "present"),
}
_WORD = re.compile(r"[a-z0-9]{4,}")


@dataclass(frozen=True)
class PromiseMatch:
    """An open promise the recorded introduction or favour may keep; ``likely``: its
    text says so (the offer ticks it already)."""

    item: FollowUpItem
    score: int

    @property
    def likely(self) -> bool:
        return self.score > 0


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _open_promises(contact_ids: Sequence[ContactId]) -> list[FollowUpItem]:
    """Open promise and manual follow-ups of these people (not keep-in-touch, not the
    chase reminders, which close by themselves)."""
    items: list[FollowUpItem] = []
    for cid in dict.fromkeys(contact_ids):
        items += [i for i in followups.open_followups(cid)
                  if i.origin in ("promise", "manual") and not _is_chase(i)]
    return items


def _is_chase(item: FollowUpItem) -> bool:
    if item.id is None:
        return False
    row = db.execute_sql("SELECT introduction_id FROM follow_up WHERE id = ?",
                         (item.id,)).fetchone()
    return bool(row and row[0] is not None)


def _names(cid: ContactId) -> list[str]:
    row = db.execute_sql("SELECT full_name, given_name, organization FROM contact WHERE id = ?",
                         (int(cid),)).fetchone()
    if row is None:
        return []
    full, given, org = (str(x or "") for x in row)
    words = [full, given, full.split()[0] if full.split() else "", org]
    return [_fold(w) for w in words if len(w) >= 2]


def promises_kept_by_introduction(person_a: ContactId, person_b: ContactId
                                  ) -> list[PromiseMatch]:
    """Open promises to A or B, those about introducing them to each other first."""
    found = []
    for item in _open_promises([person_a, person_b]):
        text = _fold(f" {reason_text(item.reason)} ")
        other = person_b if item.contact_id == person_a else person_a
        score = 0
        if any(w in text for w in _INTRO_WORDS):
            score += 2
        if any(n and n in text for n in _names(other)):
            score += 3
        found.append(PromiseMatch(item, score if score >= 2 else 0))
    return sorted(found, key=lambda m: (-m.score, m.item.on))


def promises_kept_by_favour(contact_id: ContactId, kind: str, description: str
                            ) -> list[PromiseMatch]:
    """Open promises to this person, those the favour's kind or words match first."""
    words = set(_WORD.findall(_fold(description)))
    found = []
    for item in _open_promises([contact_id]):
        text = _fold(f" {reason_text(item.reason)} ")
        score = 2 if any(w in text for w in _FAVOUR_WORDS.get(kind, ())) else 0
        score += 2 * len(words & set(_WORD.findall(text)))
        found.append(PromiseMatch(item, score))
    return sorted(found, key=lambda m: (-m.score, m.item.on))


# --- chase reminders of proposed introductions ----------------------------------------

def chase_reason(person_a: ContactId, person_b: ContactId) -> Reason:
    """"Introduce Ana to Bo", composed when shown (``reasons.reason_text``)."""
    names = {}
    for cid in (person_a, person_b):
        row = db.execute_sql("SELECT full_name, organization FROM contact WHERE id = ?",
                             (int(cid),)).fetchone()
        names[cid] = display_name(str(row[0] or ""), str(row[1] or "")) if row else "someone"
    return made("chase", a=names[person_a], b=names[person_b])


def add_chase(introduction_id: int, today: dt.date | None = None) -> tuple[int, Changes]:
    """The reminder to make a proposed introduction: for its first person, due in
    ``CHASE_DAYS`` days."""
    row = db.execute_sql("SELECT person_a_id, person_b_id FROM introduction WHERE id = ?",
                         (int(introduction_id),)).fetchone()
    a, b = ContactId(int(row[0])), ContactId(int(row[1]))
    due = (today or dt.date.today()) + dt.timedelta(days=CHASE_DAYS)
    return followups.add_followup(a, due, chase_reason(a, b), "promise",
                                  introduction_id=int(introduction_id))


def chase_reminders(introduction_id: int, open_only: bool = True) -> list[FollowUpItem]:
    ids = [int(r[0]) for r in db.execute_sql(
        "SELECT id FROM follow_up WHERE introduction_id = ?"
        + (" AND done = 0" if open_only else "") + " ORDER BY id", (int(introduction_id),))]
    return [item for item in (followups.get_followup(i) for i in ids) if item is not None]


def close_chase(introduction_id: int, when: dt.datetime | None = None) -> Changes:
    """The introduction was made (or met, or declined): its chase reminder is done."""
    items = chase_reminders(introduction_id)
    return followups.mark_done_many(items, when) if items else Changes()
