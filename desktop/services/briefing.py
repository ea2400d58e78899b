"""The one-page briefing before a meeting (issue 6): everything that helps the user connect
with one person, chosen and ordered here so that a renderer only has to lay it out.

No Qt here. ``briefing(contact_id)`` reads the tables directly with a handful of small,
indexed queries (one contact's interactions, follow-ups, favours, introductions and tags);
it never scans the whole contact table, so it stays fast with 100,000 people.

Sections with nothing to say are empty tuples / empty strings / None: the renderer leaves
them out rather than printing them blank.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.services import facts as facts_service
from desktop.services import favors, phones
from desktop.services.contacts import me_id, set_fields
from desktop.services.errors import ServiceError
from desktop.services.focus import ONE_THING_DAYS, one_thing_active
from desktop.services.history import HistoryLabel
from desktop.services.reasons import decode, reason_text
from desktop.services.search import week_start
from desktop.services.types import Changes, ContactId, display_name
from desktop.text import (
    QT_TRANSLATE_NOOP,
    Translatable,
    fill,
    join_and,
    month_name,
)


class BriefingText(Translatable):
    """Translation context of the briefing's sentences (reasons, dates, spans, the
    suggested "one thing") and its refusals. Names, notes and tags are data: never
    translated."""


# English sources; translated where they are used, with ``BriefingText.tr``.
STAGE_LABELS: dict[str, str] = {
    "connected": QT_TRANSLATE_NOOP("BriefingText", "Connected"),
    "acquainted": QT_TRANSLATE_NOOP("BriefingText", "Acquainted"),
    "relationship": QT_TRANSLATE_NOOP("BriefingText", "Relationship"),
    "trusted": QT_TRANSLATE_NOOP("BriefingText", "Trusted"),
}
STAGE_HINTS: dict[str, str] = {
    "connected": QT_TRANSLATE_NOOP("BriefingText", "we exchanged details"),
    "acquainted": QT_TRANSLATE_NOOP("BriefingText", "we talked and found common ground"),
    "relationship": QT_TRANSLATE_NOOP("BriefingText", "we know and like each other"),
    "trusted": QT_TRANSLATE_NOOP("BriefingText", "we refer and vouch for each other"),
}
KIND_LABELS: dict[str, str] = {
    "meeting": "Meeting", "call": "Call", "message": "Message", "email": "Email",
    "event": "Event", "note": "Note",
}
RECENT_INTERACTIONS = 3
MAX_FOLLOWUPS = 4
MAX_KNOWS = 4
MAX_INTRODUCE = 3
MIN_SHARED_FOR_INTRO = 2
MAX_ONE_THING = 500
# SQL: the closer the stage, the higher the rank (people the user can vouch for first).
_STAGE_RANK = (
    "CASE c.stage WHEN 'trusted' THEN 3 WHEN 'relationship' THEN 2 "
    "WHEN 'acquainted' THEN 1 ELSE 0 END"
)


@dataclass(frozen=True)
class BriefingTag:
    name: str
    shared: bool = False  # the user's own profile has it too: common ground


@dataclass(frozen=True)
class BriefingInteraction:
    kind: str  # meeting / call / message / email / event / note
    when: dt.datetime
    summary: str
    notes: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class BriefingFollowUp:
    due_on: dt.date
    reason: str  # in the user's language (reasons.reason_text), typed text as written
    origin: str  # cadence / promise / manual / birthday / anniversary
    overdue: bool

    @property
    def is_promise(self) -> bool:
        return self.origin == "promise"


@dataclass(frozen=True)
class FavourBalance:
    """Favours, referrals and introductions, both ways (DESIGN.md: give before you ask)."""

    given: int  # by the user to them
    received: int  # by them to the user
    last_given: str = ""  # "Sent a book (March 2024)"
    last_received: str = ""

    @property
    def summary(self) -> str:
        if self.given == self.received:
            return BriefingText.tr("Even: you have each done as much for the other.")
        if self.given > self.received:
            return BriefingText.tr("You have given more than you received.")
        owed = self.received - self.given
        return fill(BriefingText.tr(
            "You owe them: they have done %1 more for you than you for them."), owed)


@dataclass(frozen=True)
class NetworkPerson:
    id: ContactId
    name: str
    organization: str
    reason: str  # how they are linked, or why an introduction is worth making


@dataclass(frozen=True)
class Briefing:
    """Everything one page says about one person; empty values mean "leave it out"."""

    contact_id: ContactId
    name: str
    photo: bytes | None
    photo_mime: str
    job: str  # "CTO · Platform · Lumen Labs"
    nickname: str
    stage: str
    stage_label: str
    stage_hint: str
    known_for: str  # "Known for 3 years (since March 2022)"
    met_on_text: str  # "Met on 4 March 2022" (only when the user recorded the date)
    how_we_met: str
    introduced_by: tuple[str, ...]
    email: str
    phone: str
    birthday: str  # "4 March" / "4 March 1980"
    note: str
    facts: tuple[tuple[str, str], ...]  # pinned facts: (label, text), in the user's order
    next_meeting: BriefingInteraction | None
    interests: tuple[BriefingTag, ...]
    groups: tuple[str, ...]
    avoid: tuple[str, ...]
    interactions: tuple[BriefingInteraction, ...]
    interaction_count: int
    followups: tuple[BriefingFollowUp, ...]
    more_followups: int
    favours: FavourBalance | None
    knows: tuple[NetworkPerson, ...]
    more_knows: int
    introduce_to: tuple[NetworkPerson, ...]
    one_thing: str
    one_thing_suggested: bool  # True: Rapport's suggestion, not typed by the user
    today: dt.date

    @property
    def shared_interests(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.interests if t.shared)




def month_year(day: dt.date) -> str:
    """"March 2022" in the user's language."""
    return fill(BriefingText.tr("%1 %2", "a month and its year: March 2022"),
                month_name(day.month), day.year)


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _datetime(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if value is None or value == "":
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        day = _date(value)
        return dt.datetime.combine(day, dt.time()) if day else None


def _iso(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat(sep=" ")


def long_date(day: dt.date) -> str:
    """"4 March 2022" in the user's language."""
    return fill(BriefingText.tr("%1 %2 %3", "a day, its month and year: 4 March 2022"),
                day.day, month_name(day.month), day.year)


def known_for(since: dt.date, today: dt.date, *, met: bool = True) -> str:
    """"Known for 3 years (since March 2022)"; short spans in weeks or months. Without
    the date they met (*met* False), how long the contact has been in Rapport."""
    days = (today - since).days
    if days < 0:
        return ""
    if not met:
        return fill(BriefingText.tr("In your contacts since %1"), month_year(since))
    # The spans are never "1 weeks": two or more of each, else "a day" / "a year".
    if days < 14:
        span = (BriefingText.tr("a few days", "known for …") if days > 1
                else BriefingText.tr("a day", "known for …"))
    elif days < 60:
        span = fill(BriefingText.tr("%1 weeks", "known for …; two or more"), days // 7)
    elif days < 365:
        span = fill(BriefingText.tr("%1 months", "known for …; two or more"), days // 30)
    else:
        years = days // 365
        span = (BriefingText.tr("a year", "known for …") if years == 1
                else fill(BriefingText.tr("%1 years", "known for …; two or more"), years))
    return fill(BriefingText.tr("Known for %1 (since %2)"), span, month_year(since))


def birthday_text(value: str | None) -> str:
    if not value:
        return ""
    try:
        if value.startswith("--"):
            return fill(BriefingText.tr("%1 %2", "a day and its month: 4 March"),
                        int(value[5:7]), month_name(int(value[2:4])))
        day = dt.date.fromisoformat(value[:10])
    except (ValueError, IndexError):
        return ""
    return long_date(day)


# --- small queries ------------------------------------------------------------------------

def _contact_row(cid: int) -> tuple[object, ...] | None:
    row = db.execute_sql(
        "SELECT full_name, organization, department, title, nickname, stage, how_we_met, "
        "met_on, created_at, note, birthday, one_thing, one_thing_on FROM contact WHERE id = ?",
        (cid,),
    ).fetchone()
    return tuple(row) if row else None


def _photo(cid: int) -> tuple[bytes, str] | None:
    row = db.execute_sql(
        "SELECT data, mime FROM contact_photo WHERE contact_id = ?", (cid,)
    ).fetchone()
    return (bytes(row[0]), str(row[1] or "")) if row and row[0] else None


def _first_value(table: str, column: str, cid: int) -> str:
    row = db.execute_sql(
        f"SELECT {column} FROM {table} WHERE contact_id = ? ORDER BY pref DESC, position "
        "LIMIT 1",
        (cid,),
    ).fetchone()
    return str(row[0]) if row and row[0] else ""


def _first_phone(cid: int) -> str:
    """The preferred (else first) number, as the detail pane shows it (``phones``)."""
    rows = db.execute_sql("SELECT number, pref FROM phone WHERE contact_id = ? "
                          "ORDER BY position, id", (cid,)).fetchall()
    if not rows:
        return ""
    countries = [r[0] for r in db.execute_sql(
        "SELECT country FROM address WHERE contact_id = ? ORDER BY position, id", (cid,))]
    shown = phones.display_numbers([str(r[0]) for r in rows], countries)
    first = next((i for i, r in enumerate(rows) if r[1]), 0)
    return shown[first][0]


def _tags(cid: int, me: int | None) -> list[tuple[str, str, bool]]:
    """(name, category, shared with me) for every tag of the contact, by name."""
    return [
        (str(name), str(category), bool(shared))
        for name, category, shared in db.execute_sql(
            "SELECT t.name, t.category, EXISTS(SELECT 1 FROM contact_tag m "
            "  WHERE m.contact_id = ? AND m.tag_id = t.id) "
            "FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
            "ORDER BY t.name COLLATE NOCASE",
            (me if me is not None else -1, cid),
        )
    ]


def _interactions(cid: int, now: dt.datetime, *, past: bool, limit: int
                  ) -> list[BriefingInteraction]:
    # What happened: held interactions; what is coming: meetings still planned.
    op, order, status = ("<=", "DESC", "held") if past else (">", "ASC", "planned")
    rows = db.execute_sql(
        "SELECT i.kind, i.happened_at, i.summary, i.notes FROM interaction_participant p "
        "JOIN interaction i ON i.id = p.interaction_id "
        f"WHERE p.contact_id = ? AND i.happened_at {op} ? AND i.status = '{status}' "
        f"ORDER BY i.happened_at {order} LIMIT ?",
        (cid, _iso(now), limit),
    )
    result = []
    for kind, when, summary, notes in rows:
        moment = _datetime(when)
        if moment is not None:
            result.append(BriefingInteraction(str(kind), moment, str(summary or "").strip(),
                                              str(notes or "").strip()))
    return result


def _interaction_count(cid: int, now: dt.datetime) -> int:
    return int(db.execute_sql(
        "SELECT count(*) FROM interaction_participant p "
        "JOIN interaction i ON i.id = p.interaction_id "
        "WHERE p.contact_id = ? AND i.happened_at <= ? AND i.status = 'held'",
        (cid, _iso(now)),
    ).fetchone()[0])


def _open_followups(cid: int, today: dt.date) -> tuple[list[BriefingFollowUp], int]:
    rows = db.execute_sql(
        "SELECT due_on, reason, origin, reason_parts FROM follow_up WHERE contact_id = ? "
        "AND done = 0 "
        "ORDER BY origin != 'promise', due_on",
        (cid,),
    ).fetchall()
    items = []
    for due, reason, origin, parts in rows:
        day = _date(due)
        if day is not None:
            items.append(BriefingFollowUp(day, reason_text(decode(reason, parts)).strip(),
                                          str(origin),
                                          day < today))
    shown = sorted(items[:MAX_FOLLOWUPS], key=lambda f: f.due_on)
    return shown, len(items) - len(shown)


def _favours(cid: int) -> FavourBalance | None:
    """The ledger's counts (``favors.ledger``: the detail pane shows the same) and the
    newest thing each way."""
    ledger = favors.ledger(ContactId(cid))
    if not ledger.given and not ledger.received:
        return None

    def last(direction: str) -> str:
        entry = ledger.last(direction)
        if entry is None:
            return ""
        text = entry.description.strip() or entry.kind_label
        return (fill(BriefingText.tr("%1 (%2)", "a favour and its month"), text,
                     month_year(entry.happened_on)) if entry.happened_on else text)

    return FavourBalance(ledger.given, ledger.received, last("given"), last("received"))


def _introduced_by(cid: int, me: int | None) -> list[str]:
    if me is None:
        return []
    return [
        display_name(str(name or ""), str(org or ""))
        for name, org in db.execute_sql(
            "SELECT c.full_name, c.organization FROM introduction i "
            "JOIN contact c ON c.id = i.introducer_id "
            "WHERE ((i.person_a_id = ?1 AND i.person_b_id = ?2) "
            "    OR (i.person_a_id = ?2 AND i.person_b_id = ?1)) "
            "  AND i.introducer_id NOT IN (?1, ?2) AND i.status != 'declined' "
            "ORDER BY i.introduced_on",
            (me, cid),
        )
    ]


def _knows(cid: int, me: int | None) -> tuple[list[NetworkPerson], int]:
    """People this contact knows (linked by an introduction) whom the user knows too,
    closest to the user first."""
    rows = db.execute_sql(
        "WITH links(other, introducer, context, status) AS ("
        "  SELECT person_b_id, introducer_id, context, status FROM introduction "
        "   WHERE person_a_id = ?1 AND status != 'declined' "
        "  UNION ALL "
        "  SELECT person_a_id, introducer_id, context, status FROM introduction "
        "   WHERE person_b_id = ?1 AND status != 'declined') "
        "SELECT c.id, c.full_name, c.organization, l.introducer, ic.full_name, l.context, "
        f"  l.status, {_STAGE_RANK} AS closeness "
        "FROM links l JOIN contact c ON c.id = l.other "
        "LEFT JOIN contact ic ON ic.id = l.introducer "
        "WHERE c.id != ?2 AND c.is_me = 0 "
        "ORDER BY closeness DESC, c.last_interaction_at DESC, c.sort_key",
        (cid, me if me is not None else -1),
    ).fetchall()
    seen: set[int] = set()
    people: list[NetworkPerson] = []
    for other, name, org, introducer, introducer_name, context, status, _rank in rows:
        if other in seen:
            continue
        seen.add(other)
        if introducer is not None and introducer == me:
            how = BriefingText.tr("you introduced them")
        elif introducer == cid:
            how = BriefingText.tr("they were introduced by this contact")
        elif introducer is not None:
            how = fill(BriefingText.tr("introduced by %1"),
                       display_name(str(introducer_name or "")))
        else:
            how = BriefingText.tr("they know each other")
        if status == "proposed":
            how = BriefingText.tr("introduction proposed")
        context_text = str(context or "").strip()
        reason = (fill(BriefingText.tr("%1; %2", "how they are linked; the introduction's "
                                                 "context"),
                       how, f"{context_text[:1].lower()}{context_text[1:]}")
                  if context_text else how)
        people.append(NetworkPerson(ContactId(int(other)), display_name(str(name or ""),
                                    str(org or "")), str(org or ""), reason))
    return people[:MAX_KNOWS], max(0, len(people) - MAX_KNOWS)


def _introduce_to(cid: int, me: int | None) -> list[NetworkPerson]:
    """People worth introducing this contact to: at least two shared interests and no
    introduction between them yet; those the user knows best (can vouch for) first."""
    rows = db.execute_sql(
        "WITH mine(tag_id) AS (SELECT ct.tag_id FROM contact_tag ct JOIN tag t "
        "   ON t.id = ct.tag_id WHERE ct.contact_id = ?1 AND t.category = 'interest'), "
        " shared(other, n) AS (SELECT o.contact_id, count(*) FROM mine "
        "   JOIN contact_tag o ON o.tag_id = mine.tag_id WHERE o.contact_id != ?1 "
        "   GROUP BY o.contact_id HAVING count(*) >= ?3) "
        "SELECT c.id, c.full_name, c.organization, s.n, "
        f"  {_STAGE_RANK} AS closeness "
        "FROM shared s JOIN contact c ON c.id = s.other "
        "WHERE c.is_me = 0 AND c.id != ?2 AND NOT EXISTS (SELECT 1 FROM introduction i "
        "  WHERE (i.person_a_id = ?1 AND i.person_b_id = c.id) "
        "     OR (i.person_b_id = ?1 AND i.person_a_id = c.id)) "
        "ORDER BY s.n DESC, closeness DESC, c.last_interaction_at DESC, c.sort_key "
        "LIMIT ?4",
        (cid, me if me is not None else -1, MIN_SHARED_FOR_INTRO, MAX_INTRODUCE),
    ).fetchall()
    people = []
    for other, name, org, _n, _rank in rows:
        shared = [
            str(r[0]) for r in db.execute_sql(
                "SELECT t.name FROM contact_tag a JOIN contact_tag b ON b.tag_id = a.tag_id "
                "JOIN tag t ON t.id = a.tag_id WHERE a.contact_id = ? AND b.contact_id = ? "
                "AND t.category = 'interest' ORDER BY t.name COLLATE NOCASE",
                (cid, other),
            )
        ]
        reason = fill(BriefingText.tr("both into %1", "shared interests: a, b and c"),
                      join_and(shared))  # the tags as the user wrote them
        people.append(NetworkPerson(ContactId(int(other)),
                                    display_name(str(name or ""), str(org or "")),
                                    str(org or ""), reason))
    return people


def _focus_action(cid: int, today: dt.date) -> str:
    row = db.execute_sql(
        "SELECT action, action_parts FROM focus_entry WHERE contact_id = ? "
        "AND week_start = ? AND (action != '' OR action_parts IS NOT NULL) "
        "ORDER BY id DESC LIMIT 1",
        (cid, week_start(today).isoformat()),
    ).fetchone()
    return reason_text(decode(row[0], row[1])).strip() if row else ""


def suggest_one_thing(
    *,
    focus_action: str,
    followups: tuple[BriefingFollowUp, ...],
    introduce_to: tuple[NetworkPerson, ...],
    favours: FavourBalance | None,
    shared: tuple[str, ...],
    interests: tuple[str, ...],
) -> str:
    """What the other panels suggest doing for this person, best first: this week's focus,
    a promise to keep, an introduction to make, a favour to return, common ground."""
    if focus_action:
        return focus_action
    promise = next((f for f in followups if f.is_promise and f.reason), None)
    if promise is not None:
        return fill(BriefingText.tr("Keep your promise: %1."),
                    f"{promise.reason[:1].lower()}{promise.reason[1:]}")
    if introduce_to:
        person = introduce_to[0]
        return fill(BriefingText.tr("Offer to introduce them to %1 (%2)."), person.name,
                    person.reason)
    if favours is not None and favours.received > favours.given:
        return BriefingText.tr(
            "Return a favour: ask what they are working on and how you could help.")
    if shared:
        # The tag as the user wrote it: lower-casing it would misspell it in German
        # ("segeln" for "Segeln") and in names ("python" for "Python").
        return fill(BriefingText.tr("Share something about %1: you are both into it."),
                    shared[0])
    if interests:
        return fill(BriefingText.tr(
            "Ask about %1 and send something useful on it afterwards."), interests[0])
    return ""


def briefing(contact_id: ContactId, today: dt.date | None = None,
             now: dt.datetime | None = None) -> Briefing:
    """The briefing on one contact, as of *today* (default: the current date)."""
    now = now or (dt.datetime.combine(today, dt.time(0, 0)) if today else dt.datetime.now())
    today = today or now.date()
    cid = int(contact_id)
    row = _contact_row(cid)
    if row is None:
        raise ServiceError(fill(BriefingText.tr("no contact with id %1"), cid))
    (full_name, org, department, title, nickname, stage, how_we_met, met_on, created_at,
     note, birthday, one_thing, one_thing_on) = row
    me = me_id()
    me_int = int(me) if me is not None else None
    if me_int == cid:
        me_int = None  # the user's own profile: nothing is "shared with me"
    name = display_name(str(full_name or ""), str(org or ""))
    job = " · ".join(p for p in (str(title or "").strip(), str(department or "").strip(),
                                 str(org or "").strip()) if p)
    if job == name:
        job = ""
    photo = _photo(cid)
    since = _date(met_on) or _date(created_at)
    tags = _tags(cid, me_int)
    interests = tuple(BriefingTag(n, s) for n, c, s in tags if c == "interest")
    # Shared first: those are the conversation openers.
    interests = tuple(sorted(interests, key=lambda t: not t.shared))
    followups, more_followups = _open_followups(cid, today)
    favours = _favours(cid)
    knows, more_knows = _knows(cid, me_int)
    introduce_to = tuple(_introduce_to(cid, me_int))
    upcoming = _interactions(cid, now, past=False, limit=1)
    # What the user typed counts for a week after it was typed or renewed (issue 15).
    typed = one_thing_active(str(one_thing or ""), one_thing_on, today)
    suggestion = "" if typed else suggest_one_thing(
        focus_action=_focus_action(cid, today),
        followups=tuple(followups),
        introduce_to=introduce_to,
        favours=favours,
        shared=tuple(t.name for t in interests if t.shared),
        interests=tuple(t.name for t in interests),
    )
    stage_key = str(stage or "connected")
    return Briefing(
        contact_id=ContactId(cid),
        name=name,
        photo=photo[0] if photo else None,
        photo_mime=photo[1] if photo else "",
        job=job,
        nickname=str(nickname or "").strip(),
        stage=stage_key,
        stage_label=(BriefingText.tr(STAGE_LABELS[stage_key]) if stage_key in STAGE_LABELS
                     else stage_key.capitalize()),
        stage_hint=BriefingText.tr(STAGE_HINTS[stage_key]) if stage_key in STAGE_HINTS else "",
        known_for=known_for(since, today, met=_date(met_on) is not None) if since else "",
        met_on_text=(fill(BriefingText.tr("Met on %1"), long_date(met_day))
                     if (met_day := _date(met_on)) else ""),
        how_we_met=str(how_we_met or "").strip(),
        introduced_by=tuple(_introduced_by(cid, me_int)),
        email=_first_value("email", "address", cid),
        phone=_first_phone(cid),
        birthday=birthday_text(str(birthday) if birthday else None),
        note=str(note or "").strip(),
        facts=tuple((f.kind_label, f.text) for f in facts_service.facts(ContactId(cid))),
        next_meeting=upcoming[0] if upcoming else None,
        interests=interests,
        groups=tuple(n for n, c, _ in tags if c == "group"),
        avoid=tuple(n for n, c, _ in tags if c == "avoid"),
        interactions=tuple(_interactions(cid, now, past=True, limit=RECENT_INTERACTIONS)),
        interaction_count=_interaction_count(cid, now),
        followups=tuple(followups),
        more_followups=more_followups,
        favours=favours,
        knows=tuple(knows),
        more_knows=more_knows,
        introduce_to=introduce_to,
        one_thing=typed or suggestion,
        one_thing_suggested=not typed and bool(suggestion),
        today=today,
    )


# --- the user's "one thing", and this week's meetings -------------------------------------

@dataclass(frozen=True)
class OneThing:
    """"One thing I can do for them" as typed, and since when (it expires after a week
    unless renewed)."""

    text: str
    set_on: dt.date | None

    def expires_on(self) -> dt.date | None:
        return self.set_on + dt.timedelta(days=ONE_THING_DAYS) if self.set_on else None

    def is_active(self, today: dt.date) -> bool:
        return bool(one_thing_active(self.text, self.set_on, today))


def get_one_thing(contact_id: ContactId) -> str:
    return one_thing_of(contact_id).text


def one_thing_of(contact_id: ContactId) -> OneThing:
    row = db.execute_sql("SELECT one_thing, one_thing_on FROM contact WHERE id = ?",
                         (int(contact_id),)).fetchone()
    if row is None:
        raise ServiceError(BriefingText.tr("That contact no longer exists."))
    return OneThing(str(row[0] or ""), _date(row[1]))


def set_one_thing(contact_id: ContactId, text: str, on: dt.date | None = None) -> Changes:
    """Store what the user typed as "one thing I can do for them" (empty: use suggestions),
    dated *on* (today): typing it again, even unchanged, renews it for another week."""
    value = " ".join(text.split())
    if len(value) > MAX_ONE_THING:
        raise ServiceError(BriefingText.tr("Keep it short: at most %n characters.", "",
                                           MAX_ONE_THING))
    day = (on or dt.date.today()).isoformat() if value else None
    return set_fields(contact_id, {"one_thing": value, "one_thing_on": day},
                      HistoryLabel.tr("Change “one thing I can do”"))


@dataclass(frozen=True)
class PlannedMeeting:
    contact_id: ContactId
    name: str
    when: dt.datetime
    summary: str


def this_weeks_meetings(now: dt.datetime | None = None) -> list[PlannedMeeting]:
    """The meetings still ahead this week (from *now* to Sunday night), one entry per
    person in the order the user meets them; the user's own profile is left out."""
    now = now or dt.datetime.now()
    end = dt.datetime.combine(week_start(now.date()) + dt.timedelta(days=7), dt.time())
    rows = db.execute_sql(
        "SELECT c.id, c.full_name, c.organization, i.happened_at, i.summary "
        "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
        "JOIN contact c ON c.id = p.contact_id "
        "WHERE i.kind = 'meeting' AND i.status = 'planned' AND i.happened_at >= ? "
        "AND i.happened_at < ? AND c.is_me = 0 ORDER BY i.happened_at, c.sort_key",
        (_iso(now), _iso(end)),
    )
    seen: set[int] = set()
    meetings = []
    for cid, name, org, when, summary in rows:
        moment = _datetime(when)
        if cid in seen or moment is None:
            continue
        seen.add(cid)
        meetings.append(PlannedMeeting(ContactId(int(cid)),
                                       display_name(str(name or ""), str(org or "")),
                                       moment, str(summary or "")))
    return meetings


