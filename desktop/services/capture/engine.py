"""Capture: read calendars and mail, review what would be logged, log it as one step.

Three steps, so the user sees everything before anything is written (issue 17):

1. ``scan_files`` (or ``caldav.scan_calendar``) reads the sources into :class:`Sighting`s:
   one per event occurrence in the captured range, one per mail thread per day. Mail that
   involves nobody Rapport knows, and that the user did not send, is dropped while reading,
   so a 1 GB mbox keeps only what it says about the user's contacts in memory.
2. ``review`` matches the people of each sighting against the contacts' e-mail addresses
   (any case, any of a contact's addresses; the user's own profile and the addresses never
   to capture are left out) and against what was captured before: new, moved (same event,
   another time), cancelled (a captured planned meeting the calendar now cancels), or
   already captured. People the user met who are not contacts yet are listed apart.
3. ``apply`` logs the accepted entries through ``interactions.log_interaction`` (so the last
   interaction and the keep-in-touch cadences move as for any logged interaction), all in
   one transaction, and returns what ``undo_capture``/``redo_capture`` need.

Tables (migration 5), written only here:

* ``capture_item``: one row per captured sighting, by ``key`` (``event:UID|RECURRENCE-ID``
  or ``mail:THREAD|DAY``): the interaction it became (NULL once the user deleted it, or the
  event was cancelled: it is not captured again), and the time and title it had, so that
  capturing again tells a moved event from an unchanged one.
* ``capture_ignore``: addresses the user said never to capture.
* ``capture_calendar``: CalDAV calendars of sync accounts read for meetings (``caldav``).

Privacy: of mail, only the date, the subject and the addresses reach this module (see
``mail``); of events, the title, time and people. Nothing else is read or stored.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.models import db
from desktop.services import followups, interactions
from desktop.services.capture import mail
from desktop.services.types import Changes, ContactFields, ContactId, LabeledValue, display_name
from desktop.text import Translatable, fill
from desktop.vcard import CardError, VCardError
from desktop.vcard.ical_reader import EventOccurrence, iter_events

Progress = Callable[[int, int], bool]

PAST_DAYS = 365  # the captured range by default: a year back...
FUTURE_DAYS = 90  # ...and three months of planned meetings ahead
CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")
_CHUNK = 900
_PROGRESS_SECONDS = 0.05
_STEPS = 1000  # progress units per source


class CaptureText(Translatable):
    """Translation context of capturing meetings from a calendar or mail: the summary,
    and why a file or calendar could not be read (the readers' own reasons for a message
    or an event are ``ReadText``'s)."""


class CaptureCancelled(Exception):
    """The progress callback said stop; nothing was written."""


@dataclass(frozen=True, slots=True)
class Sighting:
    """One thing that happened with some people: an event occurrence ("meeting") or one
    mail thread's messages of one day ("message"). ``people``: (address, name) of everyone
    on it, the user included; ``from_me``: the user sent one of its messages (so its people
    are people the user is in touch with, contacts or not)."""

    key: str
    kind: str
    when: dt.datetime
    title: str
    people: tuple[tuple[str, str], ...]
    source: str
    line: int
    cancelled: bool = False
    from_me: bool = False


@dataclass(frozen=True)
class CaptureScan:
    """What the sources said, before matching. ``read``: events or messages read;
    ``dropped``: those with nobody Rapport knows (mail only: dropped while reading)."""

    sources: tuple[str, ...]
    sightings: tuple[Sighting, ...]
    problems: tuple[CardError, ...] = ()
    unreadable: tuple[str, ...] = ()
    read: int = 0
    dropped: int = 0
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class Entry:
    """One interaction to log (``action`` "new"), to move ("move": the event changed time
    or title) or to remove ("cancel": the calendar cancelled a captured planned meeting).
    ``matched``: (contact, the address it was recognised by), one per contact."""

    key: str
    kind: str
    when: dt.datetime
    title: str
    matched: tuple[tuple[ContactId, str], ...]
    action: str
    source: str
    line: int
    interaction_id: int | None = None
    previous_when: dt.datetime | None = None

    @property
    def people(self) -> tuple[ContactId, ...]:
        return tuple(c for c, _ in self.matched)

    def planned(self, now: dt.datetime) -> bool:
        return self.when > now

    def kind_label(self, now: dt.datetime) -> str:
        if self.kind == "message":
            return "Message"
        return "Planned meeting" if self.planned(now) else "Meeting"


@dataclass(frozen=True)
class PersonPlan:
    """One contact in the review: what would be logged with them."""

    contact_id: ContactId
    name: str
    addresses: tuple[str, ...]  # the addresses they were recognised by
    entry_keys: tuple[str, ...]
    meetings: int
    planned: int
    messages: int
    last: dt.datetime | None


@dataclass(frozen=True)
class Stranger:
    """Someone the user met (an attendee, or someone the user wrote to) who is not a
    contact: offered as "Add as contact"."""

    address: str
    name: str
    count: int
    first: dt.datetime
    last: dt.datetime
    first_title: str


@dataclass(frozen=True)
class CapturePreview:
    scan: CaptureScan
    entries: tuple[Entry, ...]
    people: tuple[PersonPlan, ...]
    strangers: tuple[Stranger, ...]
    unchanged: int  # captured before, nothing to do
    no_contact: int  # events / thread-days with no contact
    now: dt.datetime

    _by_key: dict[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {e.key: e for e in self.entries})

    @property
    def problems(self) -> tuple[CardError, ...]:
        return self.scan.problems

    def entry(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def counts(self) -> dict[str, int]:
        out = {"meetings": 0, "planned": 0, "messages": 0, "moved": 0, "cancelled": 0}
        for e in self.entries:
            if e.action == "move":
                out["moved"] += 1
            elif e.action == "cancel":
                out["cancelled"] += 1
            elif e.kind == "message":
                out["messages"] += 1
            elif e.planned(self.now):
                out["planned"] += 1
            else:
                out["meetings"] += 1
        return out


@dataclass(frozen=True)
class CaptureChoice:
    """What the user decided in the review: entries and people to skip, and addresses
    never to capture again (stored with the capture)."""

    skip_keys: frozenset[str] = frozenset()
    skip_people: frozenset[ContactId] = frozenset()
    never: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CaptureUndo:
    """How to take a capture back and bring it again: the follow-up/interaction states
    before and after (``followups.capture``), the interactions it created, the
    ``capture_item`` rows before (None: the row is new) and after, the ignore rows added."""

    before: followups.TimelineState
    after: followups.TimelineState
    created: tuple[int, ...]
    removed: tuple[int, ...]
    rows_before: tuple[tuple[str, tuple[object, ...] | None], ...]
    rows_after: tuple[tuple[str, tuple[object, ...]], ...]
    never_added: tuple[str, ...]


@dataclass(frozen=True)
class CaptureResult:
    logged: int
    planned: int
    moved: int
    cancelled: int
    people: int
    changes: Changes
    undo: CaptureUndo | None = None

    @property
    def written(self) -> bool:
        return self.undo is not None

    def summary(self) -> str:
        parts = [CaptureText.tr("logged %Ln interaction(s)", "", self.logged)]
        if self.planned:
            parts.append(CaptureText.tr("planned %Ln meeting(s)", "", self.planned))
        if self.moved:
            parts.append(CaptureText.tr("moved %Ln", "", self.moved))
        if self.cancelled:
            parts.append(CaptureText.tr("removed %Ln cancelled", "", self.cancelled))
        return fill(CaptureText.tr("%1 with %Ln contact(s)", "", self.people),
                    ", ".join(parts))


# --------------------------------------------------------------------------- progress


class _Ticker:
    """Calls the caller's progress at most every 50 ms; False from it cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.last = 0.0

    def __call__(self, done: int, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.perf_counter()
        if force or now - self.last >= _PROGRESS_SECONDS:
            self.last = now
            if self.progress(min(max(done, 0), self.total), self.total) is False:
                raise CaptureCancelled("capture cancelled")


# --------------------------------------------------------------------------- directory


@dataclass
class _Directory:
    """The contacts' addresses (case-folded -> the first contact with it), the user's own
    addresses, and the addresses never to capture."""

    contacts: dict[str, ContactId] = field(default_factory=dict)
    mine: set[str] = field(default_factory=set)
    ignored: set[str] = field(default_factory=set)

    @classmethod
    def load(cls) -> _Directory:
        out = cls()
        for cid, address, is_me in db.execute_sql(
            "SELECT e.contact_id, e.address, c.is_me FROM email e "
            "JOIN contact c ON c.id = e.contact_id ORDER BY e.contact_id, e.position, e.id"
        ):
            key = str(address).strip().casefold()
            if not key:
                continue
            if is_me:
                out.mine.add(key)
            else:
                out.contacts.setdefault(key, ContactId(int(cid)))
        out.ignored = {str(r[0]).casefold() for r in db.execute_sql(
            "SELECT address FROM capture_ignore")}
        return out

    def known(self, address: str) -> bool:
        key = address.casefold()
        return key in self.contacts and key not in self.ignored

    def is_mine(self, address: str) -> bool:
        return address.casefold() in self.mine


# --------------------------------------------------------------------------- reading


def default_range(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0)
    return day - dt.timedelta(days=PAST_DAYS), day + dt.timedelta(days=FUTURE_DAYS + 1)


def source_kind(path: Path) -> str | None:
    """"calendar", "mail" or None: what capture can read at *path*."""
    if path.is_file() and path.suffix.lower() in CALENDAR_SUFFIXES:
        return "calendar"
    if mail.kind_of(path) is not None:
        return "mail"
    if path.is_file():
        try:
            with open(path, "rb") as fh:
                head = fh.read(64).lstrip(b"\xef\xbb\xbf \r\n\t").upper()
        except OSError:
            return None
        if head.startswith(b"BEGIN:VCALENDAR"):
            return "calendar"
    return None


def event_sighting(occ: EventOccurrence) -> Sighting:
    key = f"event:{occ.uid}|{occ.recurrence_id}"
    people = tuple((p.email, p.name) for p in occ.people)
    return Sighting(key, "meeting", occ.start, occ.summary or "(no title)", people,
                    occ.source, occ.line, occ.cancelled)


@dataclass(slots=True)
class _Day:
    """One thread's messages of one day, while reading."""

    when: dt.datetime
    subject: str
    people: dict[str, str]
    source: str
    line: int
    from_me: bool


class _MailDays:
    """Messages folded into one sighting per thread per day while reading; only those with
    a contact, or sent by the user, are kept."""

    def __init__(self, directory: _Directory) -> None:
        self.directory = directory
        self.days: dict[str, _Day] = {}
        self.read = 0
        self.dropped = 0

    def add(self, msg: mail.MailMessage) -> None:
        self.read += 1
        directory = self.directory
        from_me = bool(msg.sender) and directory.is_mine(msg.sender)
        if not from_me and not any(directory.known(a) for a, _n in msg.people):
            self.dropped += 1
            return
        key = f"mail:{msg.thread}|{msg.when.date().isoformat()}"
        day = self.days.get(key)
        if day is None:
            self.days[key] = _Day(msg.when, mail.clean_subject(msg.subject), dict(msg.people),
                                  msg.source, msg.line, from_me)
            return
        if msg.when < day.when:  # the day's entry is at its first message
            day.when, day.subject = msg.when, mail.clean_subject(msg.subject)
            day.source, day.line = msg.source, msg.line
        for address, name in msg.people:
            if not day.people.get(address):
                day.people[address] = name
        day.from_me = day.from_me or from_me

    def sightings(self) -> Iterator[Sighting]:
        for key, day in self.days.items():
            yield Sighting(key, "message", day.when, day.subject or "(no subject)",
                           tuple(day.people.items()), day.source, day.line, False, day.from_me)


def scan_files(
    paths: Sequence[Path | str],
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    progress: Progress | None = None,
) -> CaptureScan:
    """Read calendar files (.ics), mbox files and Maildir folders. Unreadable inputs are
    reported (``unreadable``), bad events and messages too (``problems``, with where they
    were); nothing is written. ``progress`` may return False to cancel
    (``CaptureCancelled``)."""
    lo, hi = default_range()
    since = since or lo
    until = until or hi
    files = [Path(p) for p in paths]
    ticker = _Ticker(progress, _STEPS * max(len(files), 1))
    directory = _Directory.load()
    sightings: list[Sighting] = []
    problems: list[CardError] = []
    unreadable: list[str] = []
    read = dropped = 0
    for n, path in enumerate(files):
        base = n * _STEPS

        def on(done: int, total: int, base: int = base) -> None:
            ticker(base + (done * _STEPS // total if total > 0 else 0))

        kind = source_kind(path)
        try:
            if kind == "calendar":
                size = _size(path)

                def on_event(_events: int, done: int, on: Callable[[int, int], None] = on,
                             size: int = size) -> None:
                    on(done, size)

                for item in iter_events(path, since, until, on_event):
                    if isinstance(item, EventOccurrence):
                        read += 1
                        sightings.append(event_sighting(item))
                    else:
                        problems.append(item)
            elif kind == "mail":
                days = _MailDays(directory)
                for msg in mail.iter_messages(path, on):
                    if isinstance(msg, mail.MailMessage):
                        if since <= msg.when < until:
                            days.add(msg)
                    else:
                        problems.append(msg)
                read += days.read
                dropped += days.dropped
                sightings.extend(days.sightings())
            elif not path.exists():
                unreadable.append(fill(CaptureText.tr("%1:1: no such file or folder"), path))
            else:
                unreadable.append(fill(CaptureText.tr(
                    "%1:1: not a calendar (.ics), an mbox file nor a Maildir folder"), path))
        except VCardError as exc:
            unreadable.append(str(exc))
        ticker(base + _STEPS, force=True)
    return CaptureScan(tuple(str(p) for p in files), tuple(sightings), tuple(problems),
                       tuple(unreadable), read, dropped, since, until)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def scan_from(sightings: Iterable[Sighting], sources: Sequence[str],
              problems: Sequence[CardError] = (), unreadable: Sequence[str] = (),
              since: dt.datetime | None = None, until: dt.datetime | None = None
              ) -> CaptureScan:
    """A scan of sightings read elsewhere (a CalDAV calendar)."""
    items = tuple(sightings)
    return CaptureScan(tuple(sources), items, tuple(problems), tuple(unreadable), len(items),
                       0, since, until)


def merge_scans(scans: Sequence[CaptureScan]) -> CaptureScan:
    """Several scans (files and calendars) reviewed as one."""
    if len(scans) == 1:
        return scans[0]
    return CaptureScan(
        tuple(s for scan in scans for s in scan.sources),
        tuple(s for scan in scans for s in scan.sightings),
        tuple(p for scan in scans for p in scan.problems),
        tuple(u for scan in scans for u in scan.unreadable),
        sum(scan.read for scan in scans), sum(scan.dropped for scan in scans),
        min((s.since for s in scans if s.since), default=None),
        max((s.until for s in scans if s.until), default=None))


# --------------------------------------------------------------------------- review


def _rows_for(keys: Sequence[str]) -> dict[str, tuple[int | None, str, str]]:
    out: dict[str, tuple[int | None, str, str]] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        for key, iid, when, summary in db.execute_sql(
            "SELECT key, interaction_id, happened_at, summary FROM capture_item "
            f"WHERE key IN ({','.join('?' * len(chunk))})", chunk):
            out[str(key)] = (int(iid) if iid is not None else None, str(when), str(summary))
    return out


def _stamp(when: dt.datetime) -> str:
    return when.replace(microsecond=0).isoformat(sep=" ")


def _names(ids: Iterable[ContactId]) -> dict[ContactId, str]:
    id_list = sorted({int(i) for i in ids})
    out: dict[ContactId, str] = {}
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        for cid, full, org in db.execute_sql(
            "SELECT id, full_name, organization FROM contact "
            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[ContactId(int(cid))] = display_name(full or "", org or "")
    return out


def review(scan: CaptureScan, now: dt.datetime | None = None) -> CapturePreview:
    """Match a scan against the contacts and what was captured before; writes nothing.
    Cheap enough to run again after the user added someone as a contact."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    directory = _Directory.load()
    rows = _rows_for([s.key for s in scan.sightings])
    entries: list[Entry] = []
    strangers: dict[str, Stranger] = {}
    unchanged = no_contact = 0
    seen_keys: set[str] = set()
    for s in sorted(scan.sightings, key=lambda s: (s.when, s.key)):
        if s.key in seen_keys:
            continue  # the same event in two files: once
        seen_keys.add(s.key)
        matched: dict[ContactId, str] = {}
        met = s.kind == "meeting" or s.from_me
        for address, name in s.people:
            key = address.casefold()
            if key in directory.ignored or key in directory.mine:
                continue
            cid = directory.contacts.get(key)
            if cid is not None:
                matched.setdefault(cid, address)
            elif met and not s.cancelled:
                got = strangers.get(key)
                strangers[key] = (Stranger(address, name, 1, s.when, s.when, s.title)
                                  if got is None else
                                  replace(got, count=got.count + 1, last=s.when,
                                          name=got.name or name))
        row = rows.get(s.key)
        pairs = tuple(matched.items())
        if row is not None:
            iid, when_text, summary = row
            if iid is None:
                unchanged += 1  # deleted by the user, or cancelled: not captured again
            elif s.cancelled:
                if s.when > moment:
                    entries.append(Entry(s.key, s.kind, s.when, s.title, pairs, "cancel",
                                         s.source, s.line, iid))
                else:
                    unchanged += 1
            elif when_text != _stamp(s.when) or summary != s.title[:interactions.MAX_SUMMARY]:
                if pairs:
                    entries.append(Entry(s.key, s.kind, s.when, s.title, pairs, "move",
                                         s.source, s.line, iid,
                                         dt.datetime.fromisoformat(when_text)))
                else:
                    unchanged += 1
            else:
                unchanged += 1
            continue
        if s.cancelled:
            continue
        if not pairs:
            no_contact += 1
            continue
        entries.append(Entry(s.key, s.kind, s.when, s.title, pairs, "new", s.source, s.line))
    names = _names(c for e in entries for c in e.people)
    people: dict[ContactId, _PersonAcc] = {}
    for e in entries:
        for cid, address in e.matched:
            acc = people.get(cid)
            if acc is None:
                acc = people[cid] = _PersonAcc()
            if address.casefold() not in {a.casefold() for a in acc.addresses}:
                acc.addresses.append(address)
            acc.keys.append(e.key)
            if e.action != "new":
                continue
            if e.kind == "message":
                acc.messages += 1
            elif e.planned(moment):
                acc.planned += 1
            else:
                acc.meetings += 1
            if e.when <= moment and (acc.last is None or e.when > acc.last):
                acc.last = e.when
    plans = [PersonPlan(cid, names.get(cid, "(no name)"), tuple(p.addresses), tuple(p.keys),
                        p.meetings, p.planned, p.messages, p.last)
             for cid, p in people.items()]
    plans.sort(key=lambda p: (-len(p.entry_keys), p.name.casefold()))
    met_people = sorted(strangers.values(), key=lambda s: (-s.count, s.address.casefold()))
    return CapturePreview(scan, tuple(entries), tuple(plans), tuple(met_people), unchanged,
                          no_contact, moment)


@dataclass(slots=True)
class _PersonAcc:
    addresses: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    meetings: int = 0
    planned: int = 0
    messages: int = 0
    last: dt.datetime | None = None


def stranger_fields(person: Stranger) -> ContactFields:
    """A new contact for someone met: name (or the address's local part), e-mail, when and
    where first met."""
    name = person.name.strip() or person.address.split("@", 1)[0]
    return ContactFields(
        full_name=name, emails=(LabeledValue(person.address),),
        met_on=person.first.date(), how_we_met=person.first_title[:200],
    )


# --------------------------------------------------------------------------- apply


def _participants(entry: Entry, choice: CaptureChoice) -> tuple[ContactId, ...]:
    never = {a.casefold() for a in choice.never}
    return tuple(cid for cid, address in entry.matched
                 if cid not in choice.skip_people and address.casefold() not in never)


_ROW_COLUMNS = ("interaction_id", "happened_at", "summary", "source")


def _full_rows(keys: Sequence[str]) -> dict[str, tuple[object, ...]]:
    out: dict[str, tuple[object, ...]] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        for row in db.execute_sql(
                f"SELECT key, {', '.join(_ROW_COLUMNS)} FROM capture_item "
                f"WHERE key IN ({','.join('?' * len(chunk))})", chunk):
            out[str(row[0])] = tuple(row[1:])
    return out


def _put_rows(rows: Sequence[tuple[str, tuple[object, ...]]]) -> None:
    db.cursor().executemany(_PUT_SQL, [(key, *values) for key, values in rows])


_PUT_SQL = (
    f"INSERT INTO capture_item (key, {', '.join(_ROW_COLUMNS)}) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (key) DO UPDATE SET interaction_id = excluded.interaction_id, "
    "happened_at = excluded.happened_at, summary = excluded.summary, "
    "source = excluded.source")


def _put_row(key: str, values: tuple[object, ...]) -> None:
    db.execute_sql(_PUT_SQL, (key, *values))


def apply(preview: CapturePreview, choice: CaptureChoice | None = None,
          progress: Progress | None = None, now: dt.datetime | None = None) -> CaptureResult:
    """Log the accepted entries of a review in one transaction (all or nothing;
    ``progress`` returning False rolls it back: ``CaptureCancelled``)."""
    choice = choice or CaptureChoice()
    moment = (now or preview.now).replace(microsecond=0)
    plan: list[tuple[Entry, tuple[ContactId, ...]]] = []
    for entry in preview.entries:
        if entry.key in choice.skip_keys:
            continue
        people = _participants(entry, choice)
        if entry.action == "cancel":
            plan.append((entry, people))
        elif people:
            plan.append((entry, people))
    never = sorted({a.strip() for a in choice.never if a.strip()})
    if not plan and not never:
        return CaptureResult(0, 0, 0, 0, 0, Changes())
    old_ids = [int(e.interaction_id) for e, _ in plan if e.interaction_id is not None]
    # Progress: each entry once to prepare, once to log; then the bookkeeping.
    steps = 2 * len(plan)
    ticker = _Ticker(progress, steps + 4)
    with db.atomic("IMMEDIATE"):
        old_people = {int(c) for iid in old_ids for c in interactions.participants(iid)}
        scope = sorted({int(c) for _, ps in plan for c in ps} | old_people)
        before = followups.capture([ContactId(c) for c in scope], old_ids)
        ticker(1, force=True)
        known = _full_rows([e.key for e, _ in plan])
        rows_before = [(e.key, known.get(e.key)) for e, _ in plan]
        rows_after: list[tuple[str, tuple[object, ...]]] = []
        logged = planned = moved = cancelled = 0
        drafts: list[interactions.InteractionDraft] = []
        logging: list[Entry] = []
        for n, (entry, people) in enumerate(plan):
            if n % 256 == 0:
                ticker(1 + n)
            notes = ""
            if entry.interaction_id is not None:  # moved or cancelled: the old one goes
                notes = _notes(entry.interaction_id)
                interactions.delete_interaction(entry.interaction_id, moment)
            if entry.action == "cancel":
                cancelled += 1
                rows_after.append((entry.key, (None, _stamp(entry.when),
                                               entry.title[:interactions.MAX_SUMMARY],
                                               entry.source)))
                continue
            drafts.append(interactions.InteractionDraft(
                kind=entry.kind, happened_at=entry.when, participants=people,
                summary=entry.title[:interactions.MAX_SUMMARY], notes=notes))
            logging.append(entry)
            if entry.action == "move":
                moved += 1
            elif entry.when > moment:
                planned += 1
            else:
                logged += 1
        first = 1 + len(plan)
        created, _changes = interactions.log_interactions(
            drafts, moment, lambda done: ticker(first + done))
        ticker(steps + 1, force=True)
        rows_after.extend(
            (entry.key, (iid, _stamp(entry.when), entry.title[:interactions.MAX_SUMMARY],
                         entry.source))
            for entry, iid in zip(logging, created, strict=True))
        _put_rows(rows_after)
        added = []
        for address in never:
            cursor = db.execute_sql(
                "INSERT OR IGNORE INTO capture_ignore (address) VALUES (?)", (address,))
            if cursor.rowcount:
                added.append(address)
        ticker(steps + 2, force=True)
        after = followups.capture([ContactId(c) for c in scope], [*old_ids, *created])
        ticker(steps + 4, force=True)
    undo = CaptureUndo(before, after, tuple(created), tuple(old_ids), tuple(rows_before),
                       tuple(rows_after), tuple(added))
    people_count = len({c for _, ps in plan for c in ps})
    changes = Changes(contacts=frozenset(ContactId(c) for c in scope), interactions=True,
                      followups=True)
    return CaptureResult(logged, planned, moved, cancelled, people_count, changes, undo)


def _notes(interaction_id: int) -> str:
    """Notes the user added to a captured meeting travel with it when it moves."""
    row = db.execute_sql("SELECT notes FROM interaction WHERE id = ?",
                         (interaction_id,)).fetchone()
    return str(row[0] or "") if row else ""


def undo_capture(undo: CaptureUndo) -> Changes:
    """Take a capture back: its interactions go, moved and removed ones come back as they
    were, last interactions and follow-ups are restored, and the sightings are forgotten
    (capturing again offers them again)."""
    with db.atomic():
        changes = followups.restore(undo.before, undo.created)
        for key, values in reversed(undo.rows_before):
            if values is None:
                db.execute_sql("DELETE FROM capture_item WHERE key = ?", (key,))
            else:
                _put_row(key, values)
        _forget_ignored(undo.never_added)
    return changes | Changes(interactions=True, followups=True)


def redo_capture(undo: CaptureUndo) -> Changes:
    """The capture again, exactly as it was made (same interaction ids)."""
    with db.atomic():
        changes = followups.restore(undo.after, undo.removed)
        _put_rows(undo.rows_after)
        for address in undo.never_added:
            db.execute_sql("INSERT OR IGNORE INTO capture_ignore (address) VALUES (?)",
                           (address,))
    return changes | Changes(interactions=True, followups=True)


def _forget_ignored(addresses: Sequence[str]) -> None:
    for address in addresses:
        db.execute_sql("DELETE FROM capture_ignore WHERE address = ?", (address,))


# --------------------------------------------------------------------------- ignore list


def ignored_addresses() -> list[str]:
    return [str(r[0]) for r in db.execute_sql(
        "SELECT address FROM capture_ignore ORDER BY address COLLATE NOCASE")]
