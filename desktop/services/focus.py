"""This week's focus: 2-3 people to deepen a relationship with, a reason for each drawn
from the relationship and one thing to do for them (issue 15's weekly rhythm).

Stored in ``FocusEntry`` for the week (Monday's date), so the sidebar's "This week's
focus", the calendar and the briefing show the same people all week. The app proposes
the week's people at its first start of the week (``propose_week`` is idempotent: once a
week has people, asking again returns them), never when a view happens to open.

Reasons come in three families, and the picks are spread over them when the candidates
allow it:

- **reconnect**: the keep-in-touch cadence is due (or overdue) this week;
- **deepen**: interests shared with the user's own profile, at a stage that can still
  grow (connected, acquainted, relationship; trusted is as far as it goes);
- **give**: a promise to keep, a proposed introduction to make, a favour owed (they did
  more for the user than the other way round), a birthday in the coming week.

Never proposed: the user's own profile, and anyone with a meeting already planned from
now to the end of next week (that 1-2-1 is already the thing to do). Someone who was in
last week's focus ranks lower, so the weeks rotate. Each person has a done tick.

Raw SQL on purpose: the proposal runs over 100,000 contacts in well under 200 ms
(bench/bench_meetings.py); each query reads an index or a small table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models import db
from desktop.services import search
from desktop.services.errors import ServiceError
from desktop.services.reasons import (
    FocusText,
    Reason,
    as_of,
    dated,
    decode,
    encode,
    family_heads,
    focus_action,
    focus_kind,
    when_parts,
)
from desktop.services.reasons import focus as focus_reason
from desktop.services.reasons import typed as typed_reason
from desktop.services.types import Changes, ContactId, display_name

FOCUS_SIZE = 3
ONE_THING_DAYS = 7  # "one thing I can do" expires after a week unless renewed
# Focus is for deepening: people in the middle of the road score a little higher.
_STAGE_BONUS = {"connected": 0, "acquainted": 8, "relationship": 10, "trusted": 5}
_NEXT_STAGE = {"connected": "acquainted", "acquainted": "relationship",
               "relationship": "trusted"}
FAMILY = {"reconnect": "reconnect", "reminder": "reconnect", "deepen": "deepen",
          "promise": "give", "introduction": "give", "favour": "give", "birthday": "give"}


@dataclass(frozen=True)
class FocusItem:
    contact_id: ContactId
    name: str
    reason: Reason  # shown through reasons.reason_text
    action: Reason  # the one thing to do: typed, or composed as the reason is
    # reconnect | reminder | deepen | promise | introduction | favour | birthday | chosen
    kind: str = "chosen"
    pinned: bool = False
    score: float = 0.0
    done: bool = False

    @property
    def family(self) -> str:
        """reconnect / deepen / give (chosen: picked by hand)."""
        return FAMILY.get(self.kind, self.kind)


@dataclass(frozen=True)
class WeekState:
    """The focus rows of one week (undo of pin / replace / done restores them exactly)."""

    week_start: dt.date
    rows: tuple[tuple[object, ...], ...]


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def one_thing_active(text: str, set_on: object, today: dt.date) -> str:
    """What the user typed as "one thing I can do", if it has not expired (a week after
    it was typed or renewed)."""
    day = _date(set_on)
    if not text.strip() or day is None or (today - day).days >= ONE_THING_DAYS:
        return ""
    return text.strip()


def _planned_people(now: dt.datetime, until: dt.date) -> set[int]:
    """Everyone with a meeting still planned from *now* to *until* (exclusive), or a
    planned one whose time passed in the last week (not held yet: it is on the list)."""
    since = now - dt.timedelta(days=7)
    return {int(r[0]) for r in db.execute_sql(
        "SELECT DISTINCT p.contact_id FROM interaction i "
        "JOIN interaction_participant p ON p.interaction_id = i.id "
        "WHERE i.status = 'planned' AND i.happened_at > ? AND i.happened_at < ?",
        (since.isoformat(sep=" "), until.isoformat()))}


def candidates(today: dt.date | None = None, now: dt.datetime | None = None,
               per_reason: int = 12) -> list[FocusItem]:
    """Everyone worth focusing on in *today*'s week, best first (one item per person)."""
    day = today or dt.date.today()
    moment = now or dt.datetime.combine(day, dt.datetime.now().time()).replace(microsecond=0)
    week = search.week_start(day)
    week_end = week + dt.timedelta(days=6)
    excluded = _planned_people(moment, week_end + dt.timedelta(days=8))
    me = _me()
    if me is not None:
        excluded.add(me)
    last_week = {int(r[0]) for r in db.execute_sql(
        "SELECT contact_id FROM focus_entry WHERE week_start = ?",
        ((week - dt.timedelta(days=7)).isoformat(),))}
    found: list[tuple[int, str, Reason, Reason, float]] = []

    def add(cid: int, kind: str, reason: Reason, action: Reason, score: float) -> None:
        if cid not in excluded:  # dated: read later in the week, told as of that day
            found.append((cid, kind, dated(reason, day), dated(action, day), score))

    # Reconnect: the keep-in-touch follow-up falls this week or is overdue (the partial
    # index on open follow-ups by effective day, walked oldest first).
    cadence_rows = db.execute_sql(
        "SELECT f.contact_id, coalesce(f.snoozed_until, f.due_on) AS d FROM follow_up f "
        "WHERE f.done = 0 AND coalesce(f.snoozed_until, f.due_on) <= ? "
        "AND f.origin = 'cadence' ORDER BY d LIMIT ?",
        (week_end.isoformat(), per_reason * 4)).fetchall()
    reconnect: dict[int, dt.date] = {}
    for cid, on in cadence_rows:
        if int(cid) not in excluded and int(cid) not in reconnect:
            reconnect[int(cid)] = _date(on) or day
    # Give: promises to keep (due this week or late), oldest first; reconnect: what the
    # user meant to do ("Remind me…").
    promise_rows = db.execute_sql(
        "SELECT f.contact_id, coalesce(f.snoozed_until, f.due_on) AS d, f.reason, "
        "f.reason_parts FROM follow_up f WHERE f.done = 0 "
        "AND coalesce(f.snoozed_until, f.due_on) <= ? AND f.origin = 'promise' "
        "ORDER BY d LIMIT ?",
        (week_end.isoformat(), per_reason * 4)).fetchall()
    reminder_rows = db.execute_sql(
        "SELECT f.contact_id, coalesce(f.snoozed_until, f.due_on) AS d, f.reason, "
        "f.reason_parts FROM follow_up f WHERE f.done = 0 "
        "AND coalesce(f.snoozed_until, f.due_on) <= ? AND f.origin = 'manual' "
        "ORDER BY d LIMIT ?",
        (week_end.isoformat(), per_reason * 4)).fetchall()
    # Give: favours owed.
    owed_rows = db.execute_sql(
        "SELECT contact_id, sum(direction = 'given') AS g, sum(direction = 'received') AS r "
        "FROM favor GROUP BY contact_id HAVING r > g ORDER BY r - g DESC, contact_id LIMIT ?",
        (per_reason * 2,)).fetchall()
    # Give: introductions the user proposed and has not made yet.
    intro_rows = db.execute_sql(
        "SELECT person_a_id, person_b_id FROM introduction WHERE status = 'proposed' "
        "AND introducer_id = ? ORDER BY introduced_on DESC LIMIT ?",
        (me if me is not None else -1, per_reason)).fetchall()
    # Give: a birthday in the coming week.
    window = [day + dt.timedelta(days=n) for n in range(8)]
    by_md = {f"{d.month:02d}-{d.day:02d}": d for d in window}
    for d in window:  # 29 February, celebrated on the 28th in common years
        if d.month == 2 and d.day == 28 and (d + dt.timedelta(days=1)).month == 3:
            by_md["02-29"] = d
    birthday_rows = db.execute_sql(
        f"SELECT id, birthday FROM contact WHERE birthday IS NOT NULL "
        f"AND substr(birthday, -5) IN ({','.join('?' * len(by_md))}) LIMIT ?",
        [*by_md, per_reason * 4]).fetchall()
    # Deepen: interests shared with the user's profile, most shared first.
    shared_rows = _most_shared(me, per_reason * 4) if me is not None else []

    wanted = ({*reconnect} | {int(r[0]) for r in promise_rows}
              | {int(r[0]) for r in reminder_rows} | {int(r[0]) for r in owed_rows}
              | {int(r[0]) for r in intro_rows} | {int(r[1]) for r in intro_rows}
              | {int(r[0]) for r in birthday_rows} | {c for c, _ in shared_rows}) - excluded
    people = _people(sorted(wanted), day, me)

    for cid, on in reconnect.items():
        info = people.get(cid)
        if info is None:
            continue
        late = (day - on).days
        cadence, last = info.cadence, info.last
        why = focus_reason("reconnect", every=cadence or None,
                           since=max(0, (day - last).days) if cadence and last else None)
        common = info.interest
        action = focus_action("get-in-touch", interest=common or None)
        add(cid, "reconnect", why, action, 50 + min(max(late, 0), 60) / 3 - (
            0 if late >= 0 else min(-late, 7)))
    for cid_raw, on, reason, parts in promise_rows:
        cid = int(cid_raw)
        due = _date(on) or day
        late = (day - due).days
        stored, what = _what(reason, parts)
        add(cid, "promise", focus_reason("promise", text=what, **when_parts(due, day)),
            focus_action("keep-promise", text=stored), 66 + min(max(late, 0), 30) / 2)
    for cid_raw, on, reason, parts in reminder_rows:
        due = _date(on) or day
        late = (day - due).days
        stored, what = _what(reason, parts)
        add(int(cid_raw), "reminder", focus_reason("reminder", text=what, **when_parts(due, day)),
            focus_action("reminder", text=stored), 52 + min(max(late, 0), 30) / 3)
    for a, b in intro_rows:
        other = people.get(int(b)) or _people([int(b)], day, me).get(int(b))
        other_name = other.name if other else None
        add(int(a), "introduction", focus_reason("introduction", name=other_name),
            focus_action("introduce", name=other_name), 58)
    for cid_raw, given, received in owed_rows:
        cid = int(cid_raw)
        info = people.get(cid)
        typed = info.one_thing if info else ""
        owed = int(received) - int(given)
        add(cid, "favour", focus_reason("favour", owed=owed, given=int(given),
                                        received=int(received)),
            typed_reason(typed) if typed else focus_action("return-favour"),
            48 + min(owed, 5) * 2)
    for cid_raw, birthday in birthday_rows:
        on = by_md[str(birthday)[-5:]]
        soon = (on - day).days
        add(int(cid_raw), "birthday",
            focus_reason("birthday", on=when_parts(on, day)["due"]),
            focus_action("birthday-message", on="today" if soon == 0 else on.weekday()),
            74 - soon)
    shared_names = _shared_names([c for c, _ in shared_rows], me)
    for cid, n in shared_rows:
        info = people.get(cid)
        if info is None:
            continue
        stage = info.stage
        shared = shared_names.get(cid, [])
        likes = shared[:3]  # as the user wrote them (a German noun keeps its capital)
        grow = _NEXT_STAGE.get(stage, "")
        why = focus_reason("deepen", shared=likes, stage=stage if grow else None,
                           grow=grow or None)
        action = (typed_reason(info.one_thing) if info.one_thing
                  else focus_action("talk-about", topic=shared[0])
                  if shared and stage != "connected"
                  else focus_action("share-about", topic=shared[0])
                  if shared else focus_action("invite"))
        add(cid, "deepen", why, action, 40 + 6 * min(n, 5))

    best: dict[int, FocusItem] = {}
    for cid, kind, reason, action, score in found:
        info = people.get(cid) or _people([cid], day, me).get(cid)
        if info is None:
            continue
        total = score + _STAGE_BONUS.get(info.stage, 0) - (20 if cid in last_week else 0)
        item = FocusItem(ContactId(cid), info.name, reason, action, kind, score=total)
        if cid not in best or item.score > best[cid].score:
            best[cid] = item
    return sorted(best.values(), key=lambda i: (-i.score, i.name.casefold()))


def _what(reason: object, parts: object) -> tuple[Reason | str, Reason | str]:
    """A follow-up's reason as the thing to do quotes it ("Keep your promise: Send the
    article") and as the focus reason does ("you promised to send the article"): typed
    text on one line (its first letter made small in the reason), or the reason Rapport
    wrote (a chase reminder), composed when the focus is shown."""
    stored = decode(reason, parts)
    if not stored.typed:
        return stored, stored
    text = " ".join(stored.text.split())
    return text, f"{text[:1].lower()}{text[1:]}"


def _typed_or(text: str, kind: str) -> Reason:
    """What the user typed as the one thing to do, else Rapport's suggestion *kind*."""
    return typed_reason(text) if text else focus_action(kind)


@dataclass(frozen=True)
class _Person:
    name: str
    stage: str
    last: dt.date | None  # last interaction
    one_thing: str  # typed and not expired
    cadence: int | None
    interest: str  # one interest shared with the user


def _me() -> int | None:
    # ORDER BY id: through the one-row index of migration 5, not a scan of every contact.
    row = db.execute_sql("SELECT id FROM contact WHERE is_me = 1 ORDER BY id LIMIT 1"
                         ).fetchone()
    return int(row[0]) if row else None


def _most_shared(me: int, limit: int) -> list[tuple[int, int]]:
    """(contact, interests shared with the user) of the people sharing the most, at a
    stage that can grow. Counted in Python over the tag index (the members of a few
    tags) rather than grouped in SQL: a GROUP BY over 40,000 memberships sorted them all."""
    my_tags = [int(r[0]) for r in db.execute_sql(
        "SELECT ct.tag_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND t.category = 'interest'", (me,))]
    if not my_tags:
        return []
    counts: Counter[int] = Counter()
    for tag_id in my_tags:
        counts.update(r[0] for r in db.execute_sql(
            "SELECT contact_id FROM contact_tag WHERE tag_id = ?", (tag_id,)))
    counts.pop(me, None)
    ranked = counts.most_common(limit * 3)
    if not ranked:
        return []
    ids = [c for c, _ in ranked]
    growing: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for cid, stage, last in db.execute_sql(
            # By id only ("+": not through the stage or "me" indexes, which SQLite
            # would otherwise walk end to end); the stage is checked here.
            "SELECT id, stage, coalesce(last_interaction_at, '') FROM contact "
            f"WHERE id IN ({','.join('?' * len(chunk))}) AND +is_me = 0", chunk):
            if stage in ("connected", "acquainted", "relationship"):
                growing[int(cid)] = (int(stage in ("acquainted", "relationship")), str(last))
    best = sorted((c for c in ids if c in growing),
                  key=lambda c: (-counts[c], -growing[c][0], _neg(growing[c][1])))
    return [(c, counts[c]) for c in best[:limit]]


def _neg(text: str) -> str:
    """A key that sorts ISO times newest first."""
    return "".join(chr(0x10FFFF - ord(ch)) for ch in text)


def _people(ids: Sequence[int], today: dt.date, me: int | None) -> dict[int, _Person]:
    """Name, stage, cadence, last interaction, typed one thing and a shared interest of
    a few people (one grouped read)."""
    out: dict[int, _Person] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        for row in db.execute_sql(
            "SELECT c.id, c.full_name, c.organization, c.stage, c.last_interaction_at, "
            "c.one_thing, c.one_thing_on, coalesce(c.keep_in_touch_days, (SELECT "
            "min(t.keep_in_touch_days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id = c.id AND t.keep_in_touch_days > 0)), (SELECT t.name FROM "
            "contact_tag a JOIN contact_tag b ON b.tag_id = a.tag_id AND b.contact_id = ? "
            "JOIN tag t ON t.id = a.tag_id AND t.category = 'interest' "
            "WHERE a.contact_id = c.id ORDER BY t.name COLLATE NOCASE LIMIT 1) "
            f"FROM contact c WHERE c.id IN ({','.join('?' * len(chunk))}) AND +c.is_me = 0",
            [me if me is not None else -1, *chunk],
        ):
            out[int(row[0])] = _Person(
                name=display_name(row[1] or "", row[2] or ""),
                stage=str(row[3] or "connected"),
                last=_date(row[4]),
                one_thing=one_thing_active(str(row[5] or ""), row[6], today),
                cadence=int(row[7]) if row[7] else None,
                interest=str(row[8] or ""),
            )
    return out


def _shared_names(ids: Sequence[int], me: int | None) -> dict[int, list[str]]:
    """The interests each of these people shares with the user's profile, by name."""
    if not ids or me is None:
        return {}
    out: dict[int, list[str]] = {}
    for cid, name in db.execute_sql(
        "SELECT a.contact_id, t.name FROM contact_tag a JOIN contact_tag b "
        "ON b.tag_id = a.tag_id AND b.contact_id = ? JOIN tag t ON t.id = a.tag_id "
        f"WHERE t.category = 'interest' AND a.contact_id IN ({','.join('?' * len(ids))}) "
        "ORDER BY a.contact_id, t.name COLLATE NOCASE",
        [me, *ids],
    ):
        out.setdefault(int(cid), []).append(str(name))
    return out


def _diverse(ranked: list[FocusItem], n: int, families_taken: list[str],
             exclude: set[ContactId]) -> list[FocusItem]:
    """The best *n* of *ranked*, preferring reason families (reconnect, deepen, give) not
    yet taken."""
    picks: list[FocusItem] = []
    pool = [i for i in ranked if i.contact_id not in exclude]
    taken = list(families_taken)
    while pool and len(picks) < n:
        choice = max(pool, key=lambda i: i.score - 25 * taken.count(i.family))
        picks.append(choice)
        taken.append(choice.family)
        pool.remove(choice)
    return picks


def this_week(today: dt.date | None = None) -> list[FocusItem]:
    """The focus stored for *today*'s week, pinned first (empty if none is stored yet),
    its reasons told as of *today* ("due tomorrow" on Monday is "due today" on Tuesday)."""
    day = today or dt.date.today()
    return [dataclasses.replace(i, reason=as_of(i.reason, day), action=as_of(i.action, day))
            for i in week_of(search.week_start(day))]


def week_of(week: dt.date) -> list[FocusItem]:
    """The focus stored for the week starting on Monday *week*."""
    return [
        FocusItem(ContactId(r[0]), display_name(r[1] or "", r[2] or ""), reason,
                  decode(r[4], r[8]), _kind_of(reason), bool(r[5]), done=r[6] is not None)
        for r in db.execute_sql(
            "SELECT f.contact_id, c.full_name, c.organization, f.reason, f.action, f.pinned, "
            "f.done_at, f.reason_parts, f.action_parts FROM focus_entry f "
            "JOIN contact c ON c.id = f.contact_id "
            "WHERE f.week_start = ? ORDER BY f.pinned DESC, f.id", (week.isoformat(),))
        for reason in (decode(r[3], r[7]),)
    ]


def _kind_of(reason: Reason) -> str:
    """The kind of a stored reason: from its parts, or for an old sentence kept as it was
    written, the family its heading names (in English or in the language the app runs in:
    a week proposed in one language and read in another)."""
    kind = focus_kind(reason)
    if kind is not None:
        return kind
    head = reason.text.split(":", 1)[0].strip().casefold()
    heads = {"reconnect": "reconnect", "deepen": "deepen", "give": "give"}
    heads.update({h.casefold(): family for family, h in family_heads().items()})
    return heads.get(head, "chosen")


def _insert(week: dt.date, items: Sequence[FocusItem]) -> None:
    db.cursor().executemany(
        "INSERT INTO focus_entry (week_start, contact_id, reason, reason_parts, action, "
        "action_parts, pinned) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(week.isoformat(), int(i.contact_id), *encode(i.reason), *encode(i.action),
          int(i.pinned)) for i in items],
    )


def proposal(today: dt.date | None = None, now: dt.datetime | None = None,
             exclude: Sequence[ContactId] = ()) -> list[FocusItem]:
    """The 2-3 people Rapport would pick for *today*'s week (nothing is stored)."""
    return _diverse(candidates(today, now), FOCUS_SIZE, [], set(exclude))


def propose_week(today: dt.date | None = None, now: dt.datetime | None = None
                 ) -> tuple[list[FocusItem], Changes]:
    """This week's focus, proposed and stored the first time it is asked for (the app's
    first start of the week); afterwards the stored people are returned as they are."""
    day = today or dt.date.today()
    stored = this_week(day)
    if stored:
        return stored, Changes()
    picks = proposal(day, now)
    if not picks:
        return [], Changes()
    with db.atomic():
        _insert(search.week_start(day), picks)
    return this_week(day), Changes(contacts=frozenset(i.contact_id for i in picks),
                                   focus=True)


def set_week(week: dt.date, items: Sequence[FocusItem]) -> Changes:
    """Make *items* the focus of the week starting on *week* (the weekly review's "keep
    these for next week"); what that week held is replaced."""
    week = search.week_start(week)
    with db.atomic():
        before = {int(r[0]) for r in db.execute_sql(
            "SELECT contact_id FROM focus_entry WHERE week_start = ?", (week.isoformat(),))}
        db.execute_sql("DELETE FROM focus_entry WHERE week_start = ?", (week.isoformat(),))
        _insert(week, items)
    return Changes(contacts=frozenset({*(ContactId(c) for c in before),
                                       *(i.contact_id for i in items)}), focus=True)


_WEEK_COLUMNS = ("id, week_start, contact_id, reason, action, pinned, done_at, reason_parts, "
                 "action_parts")


def capture_week(today: dt.date | None = None) -> WeekState:
    week = search.week_start(today or dt.date.today())
    rows = db.execute_sql(
        f"SELECT {_WEEK_COLUMNS} FROM focus_entry WHERE week_start = ?",
        (week.isoformat(),)).fetchall()
    return WeekState(week, tuple(tuple(r) for r in rows))


def restore_week(state: WeekState) -> Changes:
    with db.atomic():
        before = {r[0] for r in db.execute_sql(
            "SELECT contact_id FROM focus_entry WHERE week_start = ?",
            (state.week_start.isoformat(),))}
        db.execute_sql("DELETE FROM focus_entry WHERE week_start = ?",
                       (state.week_start.isoformat(),))
        db.cursor().executemany(
            "INSERT INTO focus_entry (id, week_start, contact_id, reason, action, pinned, "
            "done_at, reason_parts, action_parts) SELECT ?, ?, id, ?, ?, ?, ?, ?, ? "
            "FROM contact WHERE id = ?",
            [(*r[:2], *r[3:], r[2]) for r in state.rows],
        )
    ids = before | {int(r[2]) for r in state.rows}  # type: ignore[call-overload]
    return Changes(contacts=frozenset(ContactId(i) for i in ids), focus=True)


def set_pinned(contact_id: ContactId, pinned: bool, today: dt.date | None = None) -> Changes:
    week = search.week_start(today or dt.date.today())
    cursor = db.execute_sql(
        "UPDATE focus_entry SET pinned = ? WHERE week_start = ? AND contact_id = ?",
        (int(pinned), week.isoformat(), int(contact_id)))
    if not cursor.rowcount:
        raise ServiceError(FocusText.tr("that person is not in this week's focus"))
    return Changes(contacts=frozenset({contact_id}), focus=True)


def set_done(contact_id: ContactId, done: bool, today: dt.date | None = None,
             when: dt.datetime | None = None) -> Changes:
    """Tick (or untick) someone in this week's focus: the one thing for them is done."""
    week = search.week_start(today or dt.date.today())
    moment = (when or dt.datetime.now()).replace(microsecond=0)
    cursor = db.execute_sql(
        "UPDATE focus_entry SET done_at = ? WHERE week_start = ? AND contact_id = ?",
        (moment.isoformat(sep=" ") if done else None, week.isoformat(), int(contact_id)))
    if not cursor.rowcount:
        raise ServiceError(FocusText.tr("that person is not in this week's focus"))
    return Changes(contacts=frozenset({contact_id}), focus=True)


def replace(contact_id: ContactId, today: dt.date | None = None,
            now: dt.datetime | None = None) -> tuple[FocusItem | None, Changes]:
    """Swap someone in this week's focus for the next best proposal. The next pick comes
    after the replaced person in the ranking, so replacing again moves on rather than
    bringing the first one back. Pinned people are not replaced."""
    day = today or dt.date.today()
    week = search.week_start(day)
    current = this_week(day)
    leaving = next((i for i in current if i.contact_id == contact_id), None)
    if leaving is None:
        raise ServiceError(FocusText.tr("that person is not in this week's focus"))
    if leaving.pinned:
        raise ServiceError(FocusText.tr("unpin them first to replace them"))
    ranked = candidates(day, now)
    position = next((n for n, i in enumerate(ranked) if i.contact_id == contact_id), -1)
    later = ranked[position + 1:] if position >= 0 else ranked
    shown = {i.contact_id for i in current}
    picks = _diverse(later, 1, [], shown) or _diverse(ranked, 1, [], shown | {contact_id})
    with db.atomic():
        db.execute_sql("DELETE FROM focus_entry WHERE week_start = ? AND contact_id = ?",
                       (week.isoformat(), int(contact_id)))
        if picks:
            _insert(week, picks)
    changed = {contact_id, *(p.contact_id for p in picks)}
    return (picks[0] if picks else None), Changes(contacts=frozenset(changed), focus=True)


def add_people(contact_ids: Sequence[ContactId], today: dt.date | None = None) -> Changes:
    """Put people in this week's focus by hand (pinned: the user chose them). Someone
    already in it is pinned; the user's own profile is left out."""
    day = today or dt.date.today()
    week = search.week_start(day)
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    rows: dict[int, tuple[str, object]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for cid, one_thing, one_thing_on in db.execute_sql(
            "SELECT id, one_thing, one_thing_on FROM contact "
            f"WHERE id IN ({','.join('?' * len(chunk))}) AND +is_me = 0", chunk):
            rows[int(cid)] = (str(one_thing or ""), one_thing_on)
    if not rows:
        raise ServiceError(FocusText.tr("that contact no longer exists") if len(ids) == 1
                           else FocusText.tr("none of these contacts can be added"))
    present = {int(r[0]) for r in db.execute_sql(
        "SELECT contact_id FROM focus_entry WHERE week_start = ?", (week.isoformat(),))}
    with db.atomic():
        db.cursor().executemany(
            "UPDATE focus_entry SET pinned = 1 WHERE week_start = ? AND contact_id = ?",
            [(week.isoformat(), c) for c in rows if c in present])
        _insert(week, [
            FocusItem(ContactId(c), "", focus_reason("chosen"),
                      _typed_or(one_thing_active(text, on, day), "find-one-thing"),
                      pinned=True)
            for c, (text, on) in rows.items() if c not in present])
    return Changes(contacts=frozenset(ContactId(c) for c in rows), focus=True)


def add_person(contact_id: ContactId, today: dt.date | None = None) -> Changes:
    """Put someone in this week's focus by hand (pinned: the user chose them)."""
    return add_people([contact_id], today)


def remove_person(contact_id: ContactId, today: dt.date | None = None) -> Changes:
    week = search.week_start(today or dt.date.today())
    db.execute_sql("DELETE FROM focus_entry WHERE week_start = ? AND contact_id = ?",
                   (week.isoformat(), int(contact_id)))
    return Changes(contacts=frozenset({contact_id}), focus=True)


def is_in_focus(contact_id: ContactId, today: dt.date | None = None) -> bool:
    week = search.week_start(today or dt.date.today())
    return db.execute_sql(
        "SELECT 1 FROM focus_entry WHERE week_start = ? AND contact_id = ?",
        (week.isoformat(), int(contact_id))).fetchone() is not None
