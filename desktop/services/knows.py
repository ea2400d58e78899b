"""Who knows whom (issue 16), from everything Rapport knows, and how well.

No Qt. numpy is imported inside the functions that need it, never at module import, so
nothing here slows the app's start-up.

Where a link comes from (DESIGN.md, "Who knows whom"):
- **Stage**: the user knows every contact at stage acquainted or above.
- **Interactions**: the user knows everyone they logged a held interaction with (one in
  the past: a planned meeting is not yet a tie); the participants of one interaction know
  each other (up to ``MAX_GROUP`` people: a conference of hundreds is not a friendship).
- **Introductions** made or met: the two people know each other and the introducer knows
  both. Proposed and declined ones are no link.
- **RELATED** on a card (spouse, colleague, ...) that names another contact by UID, e-mail
  or a unique name.

Each link has a *strength* in [``MIN_TIE``, ``MAX_TIE``]: every piece of evidence gives a
share (the stage, the meetings together with their number and how recent the last one
was, an introduction, a card's RELATED line), combined as independent signals,
``1 - prod(1 - share)``. How it is known is explained in words by ``paths.explain``.

Two readers give the same links from the same rows: ``load_graph`` reads everything once
into a compact ``KnowsGraph`` (numpy arrays, about 12 bytes a link: 300,000 people fit in a
few tens of megabytes), and ``SqlTies`` reads only the people a search reaches (what
``rapport path`` needs on a 300,000-person book, in milliseconds). Both turn rows into
strengths with the one function ``_ties``. ``KnowsGraph`` works out the links between
other people when first asked for; until then the network picture takes the links of the
people it draws from the rows that touch them (``KnowsGraph.ties_of``, issue 18).
The user's ties take their meetings from ``contact_meetings`` (migration 15: each
contact's held interactions counted, and the last one's day, kept by SQLite triggers), so
ranking the people closest to the user reads one row per contact met instead of every
held interaction and participant of the book; those are read for the people drawn, and
for the whole book once the connectors ask for every link.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from desktop.models import INTERACTION_KINDS, db
from desktop.models import small_page_cache as small_page_cache  # the network's jobs call it here
from desktop.text import sort_key

if TYPE_CHECKING:
    import numpy as np

# What each piece of evidence is worth (see the module docstring).
STAGE_TIE: dict[str, float] = {"acquainted": 0.5, "relationship": 0.75, "trusted": 0.9}
STAGE_RANK: dict[str, int] = {"connected": 1, "acquainted": 2, "relationship": 3,
                              "trusted": 4}
MEETING_SHARE = 0.35  # each interaction together closes this share of the remaining gap
RECENT_DAYS = 540.0  # a last meeting this long ago counts for 0.55 + 0.45/e of a recent one
INTRODUCED_TIE = {1: 0.35, 2: 0.45}  # the two people introduced: made, met
INTRODUCER_TIE = 0.4  # the introducer and each of the two
RELATED_TIE = {"family": 0.85, "friend": 0.7, "other": 0.5}
MIN_TIE = 0.35
MAX_TIE = 0.995
MAX_GROUP = 30  # participants of one interaction beyond which they are not "knowing"
HOP = 0.3  # what asking for one introduction costs on a path (see ``hop_cost``)

# Introduction statuses as small integers in the arrays.
PROPOSED, MADE, MET = 0, 1, 2
_STATUS_SQL = ("CASE i.status WHEN 'met' THEN 2 WHEN 'made' THEN 1 ELSE 0 END")

# A held interaction: one that has happened (a planned meeting is not a tie yet), and not a
# note (the user wrote something down about someone: no contact). A single place, so that
# a status column for cancelled meetings is honoured everywhere by changing it here.
HELD_KINDS = tuple(kind for kind in INTERACTION_KINDS if kind != "note")
HELD = ("i.happened_at <= ? AND i.status = 'held' AND i.kind IN ("
        + ", ".join(f"'{kind}'" for kind in HELD_KINDS) + ")")

_CHUNK = 900  # ids per IN (...), under SQLite's parameter limit
_FEW_PEOPLE = 100  # people per read up to which their own index leads (``read_rows``)
_NARROW_IDS = 1 << 20  # contact ids below this travel three to a number (``_read_introductions``)
_ORDINAL_SQL = "CAST(julianday({}) - 1721424.5 AS INTEGER)"  # a date's proleptic ordinal


def now_text(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")


def me_id() -> int | None:
    row = db.execute_sql("SELECT id FROM contact WHERE is_me = 1 ORDER BY id LIMIT 1").fetchone()
    return int(row[0]) if row else None


_T = TypeVar("_T")


def read_beside(read: Callable[[], _T]) -> Callable[[], _T]:
    """Start *read* on a thread of its own when a core is free (``free_cores``), on that
    thread's own connection (a small page cache, closed when done), and return what waits
    for its result (or raises its error); with no core free, *read* runs at once on the
    caller's thread and the same is returned.

    SQLite lets go of the interpreter lock while it runs a query, so a read beside the
    caller's goes on the other core: reading the whole network's evidence took the sum of
    its reads, one after the other (the introductions alone 0.14 s of 0.31 s at 300,000
    contacts, issue 18); the reading job's own thread now spends 0.30-0.41 s of CPU at
    300,000 contacts where it spent 0.55-0.62 s. On a busy machine the threads only take
    turns, and cost 4-10 % more CPU in all (measured at load 5-6 on two cores): there the
    reads stay one after the other. What is read and how is unchanged; each query reads
    its own snapshot, as the queries of one connection in autocommit did."""
    import threading

    from desktop.services.background import free_cores

    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            outcome.append((True, read()))
        except BaseException as exc:  # handed to the caller by ``result``
            outcome.append((False, exc))

    def beside() -> None:
        try:
            small_page_cache()
            run()
        finally:
            if not db.is_closed():
                db.close()

    thread: threading.Thread | None = None
    if free_cores() >= 1:
        thread = threading.Thread(target=beside, name="network-read", daemon=True)
        thread.start()
    else:
        run()

    def result() -> _T:
        if thread is not None:
            thread.join()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    return result


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


# --- raw evidence -------------------------------------------------------------------------


@dataclass(frozen=True)
class Rows:
    """The evidence read from the database, as numpy arrays.

    ``stage_ids``/``stage_ranks``: contacts at acquainted or above (rank 2..4);
    ``meet_*``: one row per participant of a held interaction (interaction id, contact,
    day as an ordinal); ``intro_*``: introductions that are not declined (introducer or
    0, A, B, status PROPOSED/MADE/MET); ``rel_*``: RELATED pairs and their share.
    """

    stage_ids: np.ndarray
    stage_ranks: np.ndarray
    meet_iid: np.ndarray
    meet_cid: np.ndarray
    meet_day: np.ndarray
    intro_by: np.ndarray
    intro_a: np.ndarray
    intro_b: np.ndarray
    intro_status: np.ndarray
    rel_a: np.ndarray
    rel_b: np.ndarray
    rel_tie: np.ndarray


def _fetch(sql: str, params: Sequence[object], dtype: Any,
           spans: Sequence[tuple[int, int]] = ((0, 0),)) -> np.ndarray:
    """The integer columns of *sql*'s rows as a structured array. SQLite joins them into
    one text and numpy parses it: three times faster than a Python tuple per row (and no
    list of 300,000 tuples in memory). Two columns travel as one 64-bit number (the first
    in the high 32 bits): SQLite's cost is writing each number as text, so this halves it
    (every column is a non-negative integer below 2**31: ids, days, small codes). With
    *spans*, *sql* has two more parameters (a range of a key, lo <= key < hi) and is read
    a span at a time, so that the text never holds more than a span's rows (the peak
    memory of a 300,000-person book)."""
    import numpy as np

    names = dtype.names
    columns = ", ".join(f"c{k}" for k in range(len(names)))
    packed = [f"((c{k} << 32) | c{k + 1})" if k + 1 < len(names) else f"c{k}"
              for k in range(0, len(names), 2)]
    joined = " || ' ' || ".join(packed)
    query = f"WITH t({columns}) AS ({sql}) SELECT group_concat({joined}, ' ') FROM t"
    parts = []
    for lo, hi in spans:
        text = db.execute_sql(query, [*params, lo, hi] if hi else params).fetchone()[0]
        if not text:
            continue
        values = np.fromstring(text, dtype=np.int64, sep=" ").reshape(-1, len(packed))
        del text
        part = np.zeros(len(values), dtype=dtype)
        for k, name in enumerate(names):
            column = values[:, k // 2]
            part[name] = (column >> 32 if k + 1 < len(names) else column) if k % 2 == 0 \
                else column & 0xFFFFFFFF
        parts.append(part)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _spans(table: str, key: str, size: int = 100_000) -> list[tuple[int, int]]:
    """*table*'s *key* range cut into spans of about *size* rows (ids are dense enough).
    The range from the key's index, not a count of the rows (a scan of the table); min
    and max asked apart, each a look-up at one end of the index (asked together, SQLite
    scans the whole index: 70 ms for the introductions of a 300,000-person book)."""
    lo, hi = db.execute_sql(f"SELECT (SELECT min({key}) FROM {table}), "
                            f"(SELECT max({key}) FROM {table})").fetchone()
    if lo is None:
        return []
    pieces = max(1, -(-(int(hi) - int(lo) + 1) // size))
    step = max(1, -(-(int(hi) - int(lo) + 1) // pieces))
    return [(start, start + step) for start in range(int(lo), int(hi) + 1, step)]


def read_rows(ids: Sequence[int] | None = None, now: dt.datetime | None = None,
              related: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None, *,
              me: int | None = None, links: bool = True, meetings: bool = True) -> Rows:
    """Everything (``ids`` None), or every row that touches one of ``ids``: all their
    interactions with all the participants, all introductions they are part of, their
    stages; so the links *of those people* come out exactly as from the whole book.

    With ``links`` False, only what their tie to the user (*me*) needs besides their
    meetings (those come from the kept summary, ``read_you_meetings``): the introductions
    shared with the user (a third of the reading, for the thousands of people of a tag or
    organisation), and no interaction.

    With ``meetings`` False (the whole book only), no held interaction is read: the user's
    ties take theirs from the kept summary (``read_you_meetings``), the links between
    other people read them when first asked for (``KnowsGraph``)."""
    import numpy as np

    moment = now_text(now)
    stage_t = np.dtype([("c", "i4"), ("r", "i1")])
    meet_t = np.dtype([("i", "i4"), ("c", "i4"), ("d", "i4")])
    intro_t = np.dtype([("id", "i4"), ("by", "i4"), ("a", "i4"), ("b", "i4"), ("s", "i1")])
    rank = ("CASE stage WHEN 'trusted' THEN 4 WHEN 'relationship' THEN 3 ELSE 2 END")
    stages_in = "('acquainted', 'relationship', 'trusted')"
    day = _ORDINAL_SQL.format("i.happened_at")
    intro_sql = (f"SELECT i.id, coalesce(i.introducer_id, 0), i.person_a_id, i.person_b_id, "
                 f"{_STATUS_SQL} FROM introduction i WHERE i.status != 'declined' "
                 "AND i.person_a_id != i.person_b_id")
    if ids is None:
        # No id here (only the reads by person need it, to drop a row read twice); read
        # beside the stages and the rest (``read_beside``).
        introductions = read_beside(_read_introductions)
        stages = _read_stages(stage_t)
        meets = _read_all_meetings(moment) if meetings else np.zeros(0, meet_t)
    else:
        wanted = sorted({int(i) for i in ids})
        parts_s, parts_m, parts_i = [], [], []
        who = -1 if me is None else int(me)
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            # "+stage": look the ids up by key, not every acquaintance up by stage.
            parts_s.append(_fetch(f"SELECT id, {rank} FROM contact WHERE id IN ({marks}) "
                                  f"AND +stage IN {stages_in} AND is_me = 0", chunk, stage_t))
            if links:
                parts_m.append(_fetch(
                    f"SELECT q.interaction_id, q.contact_id, {day} "
                    "FROM interaction_participant p "
                    "CROSS JOIN interaction i ON i.id = p.interaction_id "
                    "JOIN interaction_participant q ON q.interaction_id = p.interaction_id "
                    f"WHERE p.contact_id IN ({marks}) AND {HELD}", [*chunk, moment], meet_t))
                parts_i.append(_fetch(
                    f"{intro_sql} AND (i.introducer_id IN ({marks}) "
                    f"OR i.person_a_id IN ({marks}) OR i.person_b_id IN ({marks}))",
                    chunk * 3, intro_t))
            elif len(chunk) <= _FEW_PEOPLE:
                # The same six cases as below, each led by these people's index (a
                # look-up per person): 0.1 ms for one person of a 300,000-person book,
                # where the user's own 123,591 introductions took 40 ms (issue 18).
                parts_i.append(_fetch(
                    f"{intro_sql} AND ((i.person_a_id IN ({marks}) AND (i.introducer_id = ? "
                    f"OR i.person_b_id = ?)) OR (i.person_b_id IN ({marks}) AND "
                    f"(i.introducer_id = ? OR i.person_a_id = ?)) OR "
                    f"(i.introducer_id IN ({marks}) AND (i.person_a_id = ? "
                    "OR i.person_b_id = ?)))",
                    [*chunk, who, who, *chunk, who, who, *chunk, who, who], intro_t))
            else:
                # Led by the user's introductions: for hundreds of people, cheaper than
                # three look-ups each (0.10 s against 0.13-0.16 s for 400 people).
                parts_i.append(_fetch(
                    f"{intro_sql} AND ((i.introducer_id = ? AND (i.person_a_id IN ({marks}) "
                    f"OR i.person_b_id IN ({marks}))) OR (i.person_a_id = ? AND "
                    f"(i.person_b_id IN ({marks}) OR i.introducer_id IN ({marks}))) OR "
                    f"(i.person_b_id = ? AND (i.person_a_id IN ({marks}) "
                    f"OR i.introducer_id IN ({marks}))))",
                    [who, *chunk, *chunk, who, *chunk, *chunk, who, *chunk, *chunk], intro_t))
        stages = np.concatenate(parts_s) if parts_s else np.zeros(0, stage_t)
        meets = _distinct_meetings(parts_m) if parts_m else np.zeros(0, meet_t)
        if parts_i:  # each once, by id (a row's id tells it apart: see _distinct_meetings)
            intros = np.concatenate(parts_i)
            intros = intros[np.unique(intros["id"], return_index=True)[1]]
        else:
            intros = np.zeros(0, intro_t)
    rel_a, rel_b, rel_tie = related if related is not None else read_related()
    if ids is None:
        intros = introductions()
    return Rows(stages["c"], stages["r"], meets["i"], meets["c"], meets["d"],
                intros["by"], intros["a"], intros["b"], intros["s"], rel_a, rel_b, rel_tie)


def _read_stages(stage_t: Any) -> np.ndarray:
    """Every contact at acquainted or above but the user, with the stage's rank, read a
    stage at a time (the rank is then no column: half the text SQLite writes), in the
    order of the stages' index, as one query of the three stages reads them: 27-46 ms at
    300,000 contacts, 65-69 ms as one (issue 18)."""
    import numpy as np

    parts = []
    for stage, stage_rank in STAGE_RANK.items():
        if stage_rank < 2:
            continue
        ids = _fetch("SELECT id FROM contact WHERE stage = ? AND is_me = 0", (stage,),
                     np.dtype([("c", "i4")]))
        part = np.zeros(len(ids), dtype=stage_t)
        part["c"], part["r"] = ids["c"], stage_rank
        parts.append(part)
        del ids, part
    return np.concatenate(parts)


MEET_T = [("i", "i4"), ("c", "i4"), ("d", "i4")]  # a participant of a held interaction


def _read_all_meetings(moment: str) -> np.ndarray:
    """Every participant of every held interaction of the book (interaction, contact,
    day), by interaction."""
    import numpy as np

    meet_t = np.dtype(MEET_T)
    day = _ORDINAL_SQL.format("i.happened_at")
    # Two scans of covering indexes joined here, three times faster than SQLite's
    # join (a look-up per participant): the held interactions with their day, by
    # (kind, time); every participant, by interaction. (Reading them on a second
    # connection beside the others saved nothing on a busy two-core machine and
    # cost 8 MB more at the peak: measured.)
    # The join: each held interaction's day in an array indexed by its id (linear;
    # sorting them to search took longer), filled a kind at a time: SQLite's text of
    # every held interaction at once (and its copy) was 26 MB at 300,000 contacts, the
    # connectors' job's peak (issue 18); a kind's is under half of it.
    top = db.execute_sql("SELECT max(id) FROM interaction").fetchone()[0] or 0
    day_of = np.full(int(top) + 2, -1, dtype=np.int32)
    for kind in HELD_KINDS:
        held = _fetch(f"SELECT i.id, {day} FROM interaction i WHERE i.happened_at <= ? "
                      "AND i.status = 'held' AND i.kind = ?", (moment, kind),
                      np.dtype([("i", "i4"), ("d", "i4")]))
        day_of[held["i"]] = held["d"]
        del held
    parts = _fetch("SELECT interaction_id, contact_id FROM interaction_participant "
                   "WHERE interaction_id >= ? AND interaction_id < ? "
                   "ORDER BY interaction_id", (), np.dtype([("i", "i4"), ("c", "i4")]),
                   _spans("interaction_participant", "interaction_id"))
    at = np.minimum(parts["i"], len(day_of) - 1)
    found = day_of[at] >= 0
    meets = np.zeros(int(found.sum()), meet_t)
    meets["i"], meets["c"] = parts["i"][found], parts["c"][found]
    meets["d"] = day_of[at[found]]
    del day_of, parts, at, found
    return meets


def read_meetings_of(ids: Sequence[int], now: dt.datetime | None = None) -> np.ndarray:
    """Every participant of the held interactions any of *ids* took part in (what the
    links of those people need: the others they met, and when), by interaction and
    contact, each once."""
    import numpy as np

    moment = now_text(now)
    meet_t = np.dtype(MEET_T)
    day = _ORDINAL_SQL.format("i.happened_at")
    parts = []
    for chunk in _chunks(sorted({int(i) for i in ids})):
        marks = ",".join("?" * len(chunk))
        parts.append(_fetch(
            f"SELECT q.interaction_id, q.contact_id, {day} "
            "FROM interaction_participant p "
            "CROSS JOIN interaction i ON i.id = p.interaction_id "
            "JOIN interaction_participant q ON q.interaction_id = p.interaction_id "
            f"WHERE p.contact_id IN ({marks}) AND {HELD}", [*chunk, moment], meet_t))
    return _distinct_meetings(parts) if parts else np.zeros(0, meet_t)


def _distinct_meetings(parts: list[np.ndarray]) -> np.ndarray:
    """The rows of *parts* (``MEET_T``) each once, ordered by interaction, contact and day,
    as ``numpy.unique`` orders them. A row's day follows from its interaction, so the
    interaction and the contact in one 64-bit number tell the rows apart: ``numpy.unique``
    compares records field by field, 12-18 ms for the 23,000 rows of a 5,000-person
    picture at 300,000 contacts (issue 18)."""
    import numpy as np

    meets = np.concatenate(parts)
    key = (meets["i"].astype(np.int64) << 32) | meets["c"].astype(np.int64)
    return meets[np.unique(key, return_index=True)[1]]


def read_you_meetings(now: dt.datetime | None = None, ids: Sequence[int] | None = None
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(contacts, held interactions each took part in, the day of the last), ids
    ascending: what the user's ties need of the interactions, read from the summary
    SQLite keeps (``contact_meetings``, migration 15) instead of every interaction of
    the book (issue 18); of everyone, or of *ids* only (``SqlTies.load_you``). The
    summary counts held interactions whatever their date; the few people with one dated
    after *now* are counted again from their interactions, as ``HELD`` says."""
    import numpy as np

    moment = now_text(now)
    kept_t = np.dtype([("c", "i4"), ("n", "i4"), ("d", "i4")])
    wanted = sorted({int(i) for i in ids}) if ids is not None else None
    if wanted is not None:
        parts = [_fetch("SELECT contact_id, meetings, last_day FROM contact_meetings "
                        f"WHERE contact_id IN ({','.join('?' * len(chunk))})", chunk, kept_t)
                 for chunk in _chunks(wanted)]
        return _recounted(np.concatenate(parts) if parts else np.zeros(0, kept_t), moment,
                          set(wanted))
    # The three columns travel as one number while they fit (ids below 2**22, fewer than
    # 2**21 meetings, a day before the year 2871): SQLite's cost is writing each number
    # as text (``_fetch``). Any row that does not fit says -1, and all are read again.
    text = db.execute_sql(
        "SELECT group_concat(CASE WHEN contact_id < 4194304 AND meetings < 2097152 "
        "AND last_day BETWEEN 0 AND 1048575 THEN (contact_id << 41) | (meetings << 20) "
        "| last_day ELSE -1 END, ' ') FROM contact_meetings").fetchone()[0]
    packed = np.fromstring(text, dtype=np.int64, sep=" ") if text else np.zeros(0, np.int64)
    del text
    if len(packed) and int(packed.min()) < 0:
        kept = _fetch("SELECT contact_id, meetings, last_day FROM contact_meetings", (),
                      kept_t)
    else:
        kept = np.zeros(len(packed), dtype=kept_t)
        kept["c"] = packed >> 41
        kept["n"] = (packed >> 20) & 0x1FFFFF
        kept["d"] = packed & 0xFFFFF
    del packed
    return _recounted(kept, moment)


def _recounted(kept: np.ndarray, moment: str, among: set[int] | None = None
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The summary's rows *kept* (of everyone, or of the people *among*), with the people
    who have a held interaction dated after *moment* counted again as ``HELD`` says."""
    import numpy as np

    ahead = [int(r[0]) for r in db.execute_sql(
        "SELECT DISTINCT p.contact_id FROM interaction i "
        "JOIN interaction_participant p ON p.interaction_id = i.id "
        f"WHERE i.happened_at > ? AND {HELD.replace('i.happened_at <= ? AND ', '')}",
        (moment,)) if among is None or int(r[0]) in among]
    if ahead:
        day = _ORDINAL_SQL.format("i.happened_at")
        recount = [tuple(r) for chunk in _chunks(sorted(ahead)) for r in db.execute_sql(
            f"SELECT p.contact_id, count(*), max({day}) FROM interaction_participant p "
            "CROSS JOIN interaction i ON i.id = p.interaction_id "
            f"WHERE p.contact_id IN ({','.join('?' * len(chunk))}) AND {HELD} "
            "GROUP BY p.contact_id", [*chunk, moment])]
        kept = kept[~np.isin(kept["c"], np.array(ahead, dtype=np.int32))]
        again = np.array(recount, dtype=kept.dtype)
        kept = np.concatenate([kept, again])
        kept = kept[np.argsort(kept["c"], kind="stable")]
    return kept["c"].astype(np.int64), kept["n"].astype(np.int64), kept["d"]


def _read_introductions() -> np.ndarray:
    """Every introduction that is not declined, as (by, s, a, b), in the order of their
    ids. While the ids fit in 20 bits (a million contacts), the four columns travel as
    one number (SQLite's cost is writing each number as text: 40 % of it saved at
    100,000 contacts), else as two."""
    import numpy as np

    intro_t = np.dtype([("by", "i4"), ("s", "i1"), ("a", "i4"), ("b", "i4")])
    where = ("i.status != 'declined' AND i.person_a_id != i.person_b_id "
             "AND i.id >= ? AND i.id < ?")
    top = db.execute_sql("SELECT max(coalesce((SELECT max(introducer_id) FROM introduction), 0), "
                         "coalesce((SELECT max(person_a_id) FROM introduction), 0), "
                         "coalesce((SELECT max(person_b_id) FROM introduction), 0))"
                         ).fetchone()[0]
    spans = _spans("introduction", "id")
    if int(top or 0) >= _NARROW_IDS:
        return _fetch(f"SELECT coalesce(i.introducer_id, 0), {_STATUS_SQL}, i.person_a_id, "
                      f"i.person_b_id FROM introduction i WHERE {where}", (), intro_t, spans)
    packed = _fetch(f"SELECT (coalesce(i.introducer_id, 0) << 42) | (i.person_a_id << 22) "
                    f"| (i.person_b_id << 2) | {_STATUS_SQL} FROM introduction i "
                    f"WHERE {where}", (), np.dtype([("v", "i8")]), spans)["v"]
    out = np.zeros(len(packed), dtype=intro_t)
    out["by"] = packed >> 42
    out["a"] = (packed >> 22) & 0xFFFFF
    out["b"] = (packed >> 2) & 0xFFFFF
    out["s"] = packed & 3
    return out


_FAMILY = {"spouse", "child", "parent", "sibling", "kin", "partner", "mother", "father",
           "brother", "sister", "son", "daughter", "husband", "wife", "domestic partner"}
_FRIEND = {"friend", "sweetheart", "crush", "date", "muse"}


def related_share(kind: str, label: str | None) -> float:
    """What a RELATED line is worth: family more than a friend, a friend more than a
    colleague or an unnamed relation (RFC 6350 6.6.6 TYPE values; Apple's labels)."""
    words = {w.strip().casefold() for w in f"{kind},{label or ''}".split(",") if w.strip()}
    if words & _FAMILY:
        return RELATED_TIE["family"]
    if words & _FRIEND:
        return RELATED_TIE["friend"]
    return RELATED_TIE["other"]


def related_links() -> list[tuple[int, int, str, str | None]]:
    """(card owner, contact named, kind, label) for each RELATED line that names another
    contact: by UID (``urn:uuid:...``), by e-mail (``mailto:``) or by a name that only one
    contact has. Lines naming nobody in the book (or the owner) are left out."""
    # The very expression of the partial index contact_with_related (migration 5).
    return _related(db.execute_sql(
        "SELECT id, vcard_extra FROM contact WHERE vcard_extra LIKE '%\"related\"%'"))


def related_between(a: int, b: int) -> list[tuple[int, int, str, str | None]]:
    """The RELATED lines on *a*'s card naming *b*, and on *b*'s naming *a*."""
    rows = db.execute_sql("SELECT id, vcard_extra FROM contact WHERE id IN (?, ?) "
                          "AND vcard_extra LIKE '%\"related\"%'", (a, b))
    return [link for link in _related(rows) if {link[0], link[1]} == {a, b}]


def _related(rows: Iterable[Sequence[Any]]) -> list[tuple[int, int, str, str | None]]:
    found: list[tuple[int, str, str, str | None]] = []
    for cid, extra in rows:
        try:
            values = json.loads(extra).get("related") or []
        except (ValueError, AttributeError, TypeError):
            continue
        for value in values:
            if isinstance(value, dict) and str(value.get("value") or "").strip():
                found.append((int(cid), str(value["value"]).strip(),
                              str(value.get("kind") or ""), value.get("label")))
    out: list[tuple[int, int, str, str | None]] = []
    for owner, text, kind, label in found:
        other = _resolve_related(text)
        if other is not None and other != owner:
            out.append((owner, other, kind, label))
    return out


def _resolve_related(text: str) -> int | None:
    lowered = text.casefold()
    if lowered.startswith("mailto:"):
        row = db.execute_sql("SELECT contact_id FROM email WHERE address = ? COLLATE NOCASE "
                             "LIMIT 2", (text[7:].strip(),)).fetchall()
        return int(row[0][0]) if len(row) == 1 else None
    for prefix in ("urn:uuid:", "uid:"):
        if lowered.startswith(prefix):
            bare = text[len(prefix):]
            rows = db.execute_sql("SELECT id FROM contact WHERE uid IN (?, ?) LIMIT 2",
                                  (bare, text)).fetchall()
            return int(rows[0][0]) if len(rows) == 1 else None
    if "://" in text or lowered.startswith(("tel:", "urn:")):
        return None
    rows = db.execute_sql("SELECT id FROM contact WHERE uid = ? LIMIT 2", (text,)).fetchall()
    if len(rows) == 1:
        return int(rows[0][0])
    key = sort_key(text)
    rows = db.execute_sql("SELECT id FROM contact WHERE sort_key = ? LIMIT 2",
                          (key,)).fetchall() if key else []
    return int(rows[0][0]) if len(rows) == 1 else None


def read_related() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    import numpy as np

    links = related_links()
    return (np.array([a for a, _b, _k, _l in links], dtype=np.int64),
            np.array([b for _a, b, _k, _l in links], dtype=np.int64),
            np.array([related_share(k, lb) for _a, _b, k, lb in links], dtype=np.float64))


# --- from evidence to strengths -------------------------------------------------------------


def meeting_share(count: Any, age_days: Any) -> Any:
    """What *count* held interactions together are worth, the last *age_days* ago
    (numbers or numpy arrays alike)."""
    import numpy as np

    count = np.asarray(count, dtype=np.float64)
    age = np.maximum(np.asarray(age_days, dtype=np.float64), 0.0)
    return (1.0 - (1.0 - MEETING_SHARE) ** count) * (0.55 + 0.45 * np.exp(-age / RECENT_DAYS))


@dataclass(frozen=True)
class TieTable:
    """The links: the user's own (``you_ids`` sorted, ``you_s``) and between other people
    (``pa`` < ``pb``, ``ps``), strengths in [MIN_TIE, MAX_TIE]."""

    you_ids: np.ndarray
    you_s: np.ndarray
    pa: np.ndarray
    pb: np.ndarray
    ps: np.ndarray


def _meetings(rows: Rows, me_id: int, top: int, now: int, pairs: bool = True
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The evidence of held interactions: (people the user met, what that is worth) and
    (pairs of participants who met, log(1 - what that is worth); none without *pairs*).
    A function of its own so that its temporaries are freed before the next step."""
    import numpy as np

    cid = rows.meet_cid
    day = rows.meet_day
    not_me = cid != me_id
    count = np.bincount(cid[not_me], minlength=top)
    last = np.full(top, np.iinfo(np.int32).min, dtype=np.int32)
    np.maximum.at(last, cid[not_me], day[not_me])
    del not_me
    met = np.flatnonzero(count)
    met_share = meeting_share(count[met], now - last[met].astype(np.int64))
    del count, last
    if me_id < 0:
        met, met_share = met[:0], met_share[:0]
    if not pairs:
        return met, met_share, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    iid = rows.meet_iid
    if len(iid) > 1 and bool((iid[1:] < iid[:-1]).any()):
        order = np.argsort(iid, kind="stable")
        iid, cid, day = iid[order], cid[order], day[order]
        del order
    starts = np.flatnonzero(np.r_[True, iid[1:] != iid[:-1]]).astype(np.int32)
    sizes = np.diff(np.r_[starts, len(iid)]).astype(np.int32)
    size_of = np.repeat(sizes, sizes)
    position = np.arange(len(iid), dtype=np.int32) - np.repeat(starts, sizes)
    grouped = (size_of >= 2) & (size_of <= MAX_GROUP)
    pair_keys, pair_days = [], []
    for step in range(1, int(sizes[sizes <= MAX_GROUP].max(initial=1))):
        first = np.flatnonzero(grouped & (position + step < size_of))
        x, y = cid[first], cid[first + step]
        # Most rows are a meeting of the user with one person: no pair. The others are
        # kept before the ids are made 64-bit (at 300,000 contacts, 64-bit copies of
        # every participant were this step's peak, beside the drawn picture: issue 18).
        keep = (x != me_id) & (y != me_id) & (x != y)
        x, y = x[keep].astype(np.int64), y[keep].astype(np.int64)
        pair_keys.append(np.minimum(x, y) * (1 << 32) + np.maximum(x, y))
        pair_days.append(day[first[keep]])
        del first, x, y, keep
    del size_of, position, grouped, starts, sizes
    if not pair_keys:
        return met, met_share, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    pair_key, inverse = np.unique(np.concatenate(pair_keys), return_inverse=True)
    together = np.bincount(inverse)
    last_together = np.full(len(pair_key), np.iinfo(np.int32).min, dtype=np.int32)
    np.maximum.at(last_together, inverse, np.concatenate(pair_days))
    share = meeting_share(together, now - last_together.astype(np.int64))
    pair_miss = np.log1p(-np.minimum(share, 0.999)).astype(np.float32)
    return met, met_share, pair_key, pair_miss


def _ties(rows: Rows, me: int | None, today: dt.date, pairs: bool = True,
          you_met: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
          yours: bool = True) -> TieTable:
    """Combine every piece of evidence into one strength per pair of people.

    Shares combine as ``1 - prod(1 - share)``, summed as logarithms: the user's per
    contact in one dense array (indexed by contact id), the others' per pair key (the two
    ids in one 64-bit integer). Everything is arrays: 300,000 people take a fraction of a
    second and a few tens of megabytes at the peak. Without *pairs*, only the user's ties
    (``pa``, ``pb``, ``ps`` empty): what choosing the people of the picture needs.
    *you_met* (contacts, meetings, last day: ``read_you_meetings``) gives the user's
    meetings with each contact instead of *rows*' interactions. Without *yours*, only
    the links between other people (``you_ids``, ``you_s`` empty): the user's rows are
    left out of them all the same."""
    import numpy as np

    me_id = -1 if me is None else int(me)
    now = today.toordinal()
    top = 1 + max([int(a.max()) for a in (rows.stage_ids, rows.meet_cid, rows.intro_by,
                                          rows.intro_a, rows.intro_b, rows.rel_a, rows.rel_b,
                                          *(you_met[:1] if you_met is not None else ()))
                   if len(a)] or [0])
    # The user's ties by contact id (none asked for without *yours*: 2.4 MiB at 300,000
    # contacts held through the whole book's links, issue 18).
    you_miss = np.zeros(top if yours and me is not None else 0, dtype=np.float64)
    keys: list[np.ndarray] = []  # the other links: pair key, log(1 - share)
    misses: list[np.ndarray] = []

    def miss(shares: np.ndarray) -> np.ndarray:
        return np.log1p(-np.minimum(np.asarray(shares, dtype=np.float64), 0.999))

    def you_add(cids: np.ndarray, shares: np.ndarray) -> None:
        if yours and me is not None and len(cids):
            you_miss[:] += np.bincount(cids, miss(shares), minlength=top)

    def add(x: np.ndarray, y: np.ndarray, shares: np.ndarray) -> None:
        # The ids as read (32 bits for the introductions): only the key is 64-bit, made
        # in place, not two 64-bit copies of every row and of those kept (this runs beside
        # the drawn picture for the connectors, issue 18: peak memory).
        shares = np.broadcast_to(np.asarray(shares, dtype=np.float64), x.shape)
        ok = (x != y) & (x > 0) & (y > 0)
        with_me = ok & ((x == me_id) | (y == me_id))
        if yours:
            you_add(np.where(x[with_me] == me_id, y[with_me], x[with_me]), shares[with_me])
        ok &= ~with_me
        if not pairs:
            return
        x, y = x[ok], y[ok]
        key = np.minimum(x, y).astype(np.int64)
        key <<= 32
        key += np.maximum(x, y)
        del x, y
        keys.append(key)
        misses.append(miss(shares[ok]).astype(np.float32))

    # The user's stage judgement.
    stage_share = np.array([0.0, 0.0, STAGE_TIE["acquainted"], STAGE_TIE["relationship"],
                            STAGE_TIE["trusted"]])
    you_add(rows.stage_ids.astype(np.int64), stage_share[rows.stage_ranks.astype(np.int64)])

    # Held interactions: the user with every participant, participants among themselves.
    if you_met is not None:
        cids, count, last = you_met
        keep = (count > 0) & (cids != me_id) & (me_id >= 0)
        you_add(cids[keep], meeting_share(count[keep], now - last[keep].astype(np.int64)))
    if len(rows.meet_iid):
        met, met_share, met_keys, met_misses = _meetings(rows, me_id, top, now, pairs)
        if you_met is None:
            you_add(met, met_share)
        keys.append(met_keys)
        misses.append(met_misses)
        del met_keys, met_misses  # the lists alone hold them (``_joined`` lets them go)
        # Every participant of every held interaction (6.8 MB at 300,000 contacts), done
        # with: let go before the pairs are summed, the peak of the connectors' job, which
        # runs beside the drawn picture (issue 18), when the caller keeps no reference.
        none = np.zeros(0, dtype=np.int32)
        rows = dataclasses.replace(rows, meet_iid=none, meet_cid=none, meet_day=none)

    # Introductions that happened: the two know each other, the introducer knows both.
    done = rows.intro_status >= MADE
    if not pairs:
        # The user's ties alone: only the rows that name the user add to them, so only
        # those go through ``add``, in their order (the same sums, bit for bit): a third
        # of the introductions at 300,000 contacts (issue 18).
        done &= (rows.intro_by == me_id) | (rows.intro_a == me_id) | (rows.intro_b == me_id)
    by, a, b = rows.intro_by[done], rows.intro_a[done], rows.intro_b[done]
    if len(a):
        add(a, b, np.where(rows.intro_status[done] == MET, INTRODUCED_TIE[MET],
                           INTRODUCED_TIE[MADE]))
        add(by, a, np.full(len(a), INTRODUCER_TIE))
        add(by, b, np.full(len(a), INTRODUCER_TIE))
    del done, by, a, b

    rel = slice(None) if pairs else (rows.rel_a == me_id) | (rows.rel_b == me_id)
    if len(rows.rel_a[rel]):
        add(rows.rel_a[rel], rows.rel_b[rel], rows.rel_tie[rel])

    known = np.flatnonzero(you_miss < 0)
    you_s = _strengths(you_miss[known])
    pair_a, pair_b, total = _sum_by_pair(_joined(keys, np.int64), _joined(misses, np.float32))
    return TieTable(known.astype(np.int64), you_s, pair_a, pair_b, _strengths(total))


def _strengths(total: np.ndarray) -> np.ndarray:
    """``1 - exp(total)`` within [MIN_TIE, MAX_TIE], in 32 bits; *total* (64-bit
    logarithms of the misses) is used up. Worked out in place: three 64-bit temporaries
    of every link (13 MB at 300,000 contacts) were the connectors' job's peak (issue 18)."""
    import numpy as np

    np.exp(total, out=total)
    np.subtract(1.0, total, out=total)
    np.clip(total, MIN_TIE, MAX_TIE, out=total)
    return total.astype(np.float32)


def _joined(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
    """*parts* one after another, each let go once copied (the list is emptied): never
    all of them twice over, as a concatenation of the list would hold them."""
    import numpy as np

    out = np.empty(sum(len(part) for part in parts), dtype=dtype)
    at = 0
    parts.reverse()
    while parts:
        part = parts.pop()
        out[at:at + len(part)] = part
        at += len(part)
        del part
    return out


_NARROW_PAIR = 20  # bits of each id of a pair while both fit (``_sum_by_pair``)
_BLOCK = 1 << 18  # elements per step of work done a block at a time


def _sum_by_pair(key: np.ndarray, miss: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pairs of *key* (``a << 32 | b``), ascending, as (a, b), and the sum of
    each pair's *miss* in 64 bits, in the order they were listed. *key* is used up.

    This runs beside the drawn picture when the connectors ask for every link, and its
    peak adds to the app's (issue 18). While the ids fit in 20 bits and the rows in 23,
    each key becomes (pair, position) in one number, sorted in place: a pair's rows
    stay in their order, as a stable sort's would, without a 64-bit array of positions
    (11 MB at 300,000 contacts) beside the keys."""
    import numpy as np

    rows = len(key)
    if not rows:
        return key, key.copy(), np.zeros(0)
    narrow = (1 << _NARROW_PAIR) - 1
    spot = max(1, (rows - 1).bit_length())  # bits of a position
    if int(key.max()) >> 32 > narrow or int((key & 0xFFFFFFFF).max()) > narrow \
            or 2 * _NARROW_PAIR + spot > 63:
        order = np.argsort(key, kind="stable")
        miss = miss[order]
        del order
        key.sort()
    else:
        for lo in range(0, rows, _BLOCK):
            block = key[lo:lo + _BLOCK]
            pair = ((block >> 32) << _NARROW_PAIR) | (block & narrow)
            block[:] = (pair << spot) | np.arange(lo, lo + len(block), dtype=np.int64)
        del block, pair
        key.sort()
        ordered = np.empty_like(miss)
        for lo in range(0, rows, _BLOCK):
            block = key[lo:lo + _BLOCK]
            ordered[lo:lo + len(block)] = miss[block & ((1 << spot) - 1)]
            block >>= spot
            block[:] = ((block >> _NARROW_PAIR) << 32) | (block & narrow)
        del block
        miss = ordered
        del ordered
    # Each pair's first row marked, and the pairs taken by the marks: positions of every
    # pair (64-bit) are held only while the sums are made (issue 18: peak memory).
    head = np.empty(rows, dtype=bool)
    head[0] = True
    np.not_equal(key[1:], key[:-1], out=head[1:])
    starts = np.flatnonzero(head)
    total = np.add.reduceat(miss, starts, dtype=np.float64)
    del miss, starts
    key = key[head]
    del head
    low = key & 0xFFFFFFFF
    key >>= 32
    return key, low, total


_PLACE = 1 << 12  # links placed per step at least (``_place``)


def _place(lo: int, hi: int, a: np.ndarray, b: np.ndarray, s: np.ndarray, order: np.ndarray,
           back_src: np.ndarray, nbr: np.ndarray, strength: np.ndarray) -> None:
    """Place the links lo..hi of each half in the compressed rows
    (``KnowsGraph._compress``): a -> b after the b -> a entries of the rows up to a
    (a's own included), the sorted b -> a halves after the a -> b entries of the rows
    before b; each shifted by how many links come before it in its half."""
    import numpy as np

    hi = min(hi, len(a))
    steps = np.arange(lo, hi, dtype=np.int64)
    at = np.searchsorted(back_src, a[lo:hi], side="right")
    at += steps
    nbr[at], strength[at] = b[lo:hi], s[lo:hi]
    at = np.searchsorted(a, back_src[lo:hi], side="left")
    at += steps
    pick = order[lo:hi]
    nbr[at], strength[at] = a[pick], s[pick]


# --- the two readers ---------------------------------------------------------------------------


class TieSource(Protocol):
    """What a path search needs: the user, their tie to a person, a person's other ties.
    ``load`` (all their ties) and ``load_you`` (only their tie to the user) are hints that
    these people will be asked about (a batch read)."""

    me: int | None

    def load(self, ids: Iterable[int]) -> None: ...

    def load_you(self, ids: Iterable[int]) -> None: ...

    def loaded(self, cid: int) -> bool: ...

    def you(self, cid: int) -> float: ...

    def neighbours(self, cid: int) -> tuple[np.ndarray, np.ndarray]: ...


class KnowsGraph:
    """The whole network in memory, compactly: the people with any link, sorted
    (``ids``); the user's tie to each (``you_tie``, 0 for none); every other link both ways in
    compressed rows (``indptr``, ``nbr`` as indexes into ``ids``, ``strength``); and the
    introductions as read (``intro_*``, proposed included: the picture draws them).

    The links between other people are worked out when first asked for (``indptr``,
    ``nbr``, ``strength`` and what reads them: ``neighbours``, ``tie``, ``degree``): the
    picture needs only the user's ties and the links of the people it draws
    (``ties_of``), a fraction of the work at 100,000 people (issue 18); the connectors,
    asked for once the picture is on screen, need them all.

    Private state: ``_rows`` the evidence read (the links are worked out from it, so they
    agree with the picture whenever they are; None once let go, ``let_go_of_the_rows``);
    ``_today`` the day strengths are reckoned
    at; ``_now`` set when ``_rows`` hold no held interaction (the user's ties came from the
    kept summary, issue 18): the moment their interactions are read as of, when needed;
    ``_csr`` (indptr, nbr, strength) once worked out; ``_lock`` makes the first thread that
    asks work them out once, and any other wait for it."""

    def __init__(self, me: int | None, rows: Rows, today: dt.date,
                 you_met: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
                 now: dt.datetime | None = None) -> None:
        import threading

        import numpy as np

        self.me = me
        self._rows: Rows | None = rows
        self._today = today
        # With *you_met* (``read_you_meetings``), *rows* hold no interaction: those of the
        # people drawn are read by ``ties_of``, the whole book's by ``_links``, as at *now*.
        self._now = (now or dt.datetime.combine(today, dt.time())) if you_met is not None \
            else None
        self._lock = threading.Lock()
        self._csr: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._signature: int | None = None
        if me is None:
            # Without the user, who is in the network depends on the links themselves.
            ties = _ties(rows, me, today)
            self.ids: np.ndarray = _union(ties.you_ids, ties.pa, ties.pb)
            self.you_tie: np.ndarray = np.zeros(len(self.ids), dtype=np.float32)
            self._csr = self._compress(*self._indexes(ties))
            return
        # With the user, everyone in a link between two others is in a link the user has
        # too (a participant of a held interaction: the user met them), in an introduction
        # made or met, or on a RELATED line: the people follow without the links.
        ties = _ties(rows, me, today, pairs=False, you_met=you_met)
        done = rows.intro_status >= MADE
        # Each column marked in turn, not joined into one array first (two 64-bit
        # copies of every introduction's people: 15 MB at the peak at 300,000 contacts).
        # Nobody (0: no introducer) and the user are no one else's people.
        self.ids = _union(ties.you_ids, rows.intro_a[done], rows.intro_b[done],
                          rows.intro_by[done], rows.rel_a, rows.rel_b, without=(0, int(me)))
        self.you_tie = np.zeros(len(self.ids), dtype=np.float32)
        self.you_tie[np.searchsorted(self.ids, ties.you_ids)] = ties.you_s

    def _evidence(self) -> Rows:
        rows = self._rows
        if rows is None:
            raise RuntimeError("the network's rows were let go: read the network again")
        return rows

    # The introductions as read (proposed included: the picture draws them).
    @property
    def intro_by(self) -> np.ndarray:
        return self._evidence().intro_by

    @property
    def intro_a(self) -> np.ndarray:
        return self._evidence().intro_a

    @property
    def intro_b(self) -> np.ndarray:
        return self._evidence().intro_b

    @property
    def intro_status(self) -> np.ndarray:
        return self._evidence().intro_status

    def let_go_of_the_rows(self) -> None:
        """Work out every link (``indptr``), then let go of the rows read: the picture was
        worked out from them (``ties_of``, the introductions) and a new picture reads the
        network again; the links, the user's ties and who is in the network stay. At
        300,000 contacts the introductions and stages read are 5 MB, held while the view
        was open (issue 18). ``ties_of`` and ``intro_*`` are not to be asked for after."""
        self._links()
        self._rows = None

    def _indexes(self, ties: TieTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The other people's links as (a, b, strength), a and b indexes into ``ids``
        (32 bits: the ids' 64-bit arrays can go before ``_compress``)."""
        import numpy as np

        return (np.searchsorted(self.ids, ties.pa).astype(np.int32),
                np.searchsorted(self.ids, ties.pb).astype(np.int32), ties.ps)

    def _compress(self, a: np.ndarray, b: np.ndarray, s: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The links both ways, in rows by person (indexes into ``ids``), neighbours
        ascending. The pairs come sorted by (a, b) with a < b (``_ties``): the a -> b halves
        are already in row order; only the b -> a halves are sorted (by b: a stable sort
        keeps their a's ascending), then each half is placed, a row's b -> a entries
        (smaller neighbours) first. Half the sorting of one sort of both, and less
        memory: the b -> a halves are not copied out, each link is placed a block at a
        time, positions in 32 bits (issue 18: this runs beside the drawn picture, and its
        peak adds to the app's; copies of the halves and their positions, 8.4 MiB at
        300,000 contacts, were the side lists' job's peak)."""
        import numpy as np

        ids = self.ids
        position = np.int32 if 2 * len(a) < np.iinfo(np.int32).max else np.int64
        order = np.argsort(b, kind="stable").astype(position)
        back_src = b[order]  # the b -> a halves' rows, ascending
        counts = np.bincount(a, minlength=len(ids))
        counts += np.bincount(back_src, minlength=len(ids))
        indptr = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        del counts
        nbr = np.empty(2 * len(a), dtype=np.int32)
        strength = np.empty(2 * len(a), dtype=np.float32)
        block = max(_PLACE, len(a) >> 5)  # temporaries of a few percent of the links
        for lo in range(0, len(a), block):
            _place(lo, lo + block, a, b, s, order, back_src, nbr, strength)
        return indptr, nbr, strength

    def _all_evidence(self) -> Rows:
        """The rows read, with every held interaction of the book if they came without."""
        rows = self._evidence()
        if self._now is None:
            return rows
        return _with_meetings(rows, _read_all_meetings(now_text(self._now)))

    def _links(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        csr = self._csr
        if csr is None:
            with self._lock:
                if self._csr is None:
                    # The evidence with every held interaction goes to ``_ties`` with no
                    # other reference kept, so the interactions go once counted; the
                    # user's ties are known already (``you_tie``): not worked out again.
                    ties = _ties(self._all_evidence(), self.me, self._today, yours=False)
                    a, b, s = self._indexes(ties)
                    del ties  # its 64-bit ids, before the peak of ``_compress``
                    self._csr = self._compress(a, b, s)
                    del a, b, s
                csr = self._csr
        return csr

    @property
    def indptr(self) -> np.ndarray:
        return self._links()[0]

    @property
    def nbr(self) -> np.ndarray:
        return self._links()[1]

    @property
    def strength(self) -> np.ndarray:
        return self._links()[2]

    def ties_of(self, people: np.ndarray) -> TieTable:
        """Every link between two people other than the user of which one is among
        *people* (sorted ids), with its strength (``pa`` < ``pb``, sorted; ``you_*``
        empty). Worked out from the rows that touch *people* only: the evidence of a link
        is all in rows that touch either end, so the strengths are those of the whole
        network's links, bit for bit."""
        import numpy as np

        rows = self._evidence()
        people = np.asarray(people, dtype=np.int64)
        # Not the user: the user's ties are not among these links, and every row of
        # theirs would be read and combined for nothing (the user of the 300,000-person
        # demo book is in 123,591 introductions: 0.05 s, issue 18).
        people = people[people != (-1 if self.me is None else int(self.me))]
        if self._now is not None:
            rows = _with_meetings(rows, read_meetings_of(people.tolist(), self._now))
        size = 1 + max([int(people.max(initial=-1))]
                       + [int(a.max()) for a in (rows.meet_cid, rows.intro_by, rows.intro_a,
                                                 rows.intro_b, rows.rel_a, rows.rel_b)
                          if len(a)])
        marked = np.zeros(size, dtype=bool)
        marked[people] = True
        # The interactions any of them took part in, marked by id (not ``numpy.isin``).
        theirs = np.zeros(int(rows.meet_iid.max(initial=-1)) + 1, dtype=bool)
        theirs[rows.meet_iid[marked[rows.meet_cid]]] = True
        met = theirs[rows.meet_iid]
        del theirs
        intro = marked[rows.intro_by] | marked[rows.intro_a] | marked[rows.intro_b]
        rel = marked[rows.rel_a] | marked[rows.rel_b]
        touching = Rows(rows.stage_ids[:0], rows.stage_ranks[:0], rows.meet_iid[met],
                        rows.meet_cid[met], rows.meet_day[met], rows.intro_by[intro],
                        rows.intro_a[intro], rows.intro_b[intro], rows.intro_status[intro],
                        rows.rel_a[rel], rows.rel_b[rel], rel_tie=rows.rel_tie[rel])
        ties = _ties(touching, self.me, self._today, yours=False)
        keep = marked[ties.pa] | marked[ties.pb]
        return TieTable(ties.you_ids[:0], ties.you_s[:0], ties.pa[keep], ties.pb[keep],
                        ties.ps[keep])

    # The TieSource protocol.
    def load(self, ids: Iterable[int]) -> None:
        return None

    def load_you(self, ids: Iterable[int]) -> None:
        return None

    def loaded(self, cid: int) -> bool:
        return True

    def index(self, cid: int) -> int:
        i = int(self.ids.searchsorted(cid))
        return i if i < len(self.ids) and int(self.ids[i]) == cid else -1

    def you(self, cid: int) -> float:
        i = self.index(cid)
        return float(self.you_tie[i]) if i >= 0 else 0.0

    def neighbours(self, cid: int) -> tuple[np.ndarray, np.ndarray]:
        i = self.index(cid)
        if i < 0:
            import numpy as np

            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        lo, hi = int(self.indptr[i]), int(self.indptr[i + 1])
        return self.ids[self.nbr[lo:hi]], self.strength[lo:hi]

    # The picture, connectors and suggestions.
    @property
    def people(self) -> int:
        """People in the network: everyone with a link, and the user."""
        extra = 1 if self.me is not None and self.index(self.me) < 0 else 0
        return len(self.ids) + extra

    def tie(self, a: int, b: int) -> float:
        """The strength of the link between *a* and *b* (0 for none)."""
        if self.me is not None and int(self.me) in (a, b):
            return self.you(b if a == int(self.me) else a)
        i, j = self.index(a), self.index(b)
        if i < 0 or j < 0:
            return 0.0
        lo, hi = int(self.indptr[i]), int(self.indptr[i + 1])
        k = lo + int(self.nbr[lo:hi].searchsorted(j))
        return float(self.strength[k]) if k < hi and int(self.nbr[k]) == j else 0.0

    def knows(self, a: int, b: int) -> bool:
        return self.tie(a, b) > 0.0

    def degree(self, cid: int) -> int:
        """People this person knows (the user included)."""
        if self.me is not None and cid == int(self.me):
            return int((self.you_tie > 0).sum())
        i = self.index(cid)
        if i < 0:
            return 0
        return int(self.indptr[i + 1] - self.indptr[i]) + (1 if self.you_tie[i] > 0 else 0)

    def signature(self) -> int:
        """A fingerprint of the links (same links and strengths, same value)."""
        if self._signature is None:
            self._signature = hash((self.me, self.ids.tobytes(), self.you_tie.tobytes(),
                                    self.nbr.tobytes(), self.strength.tobytes()))
        return self._signature


def _union(*arrays: np.ndarray, without: Sequence[int] = ()) -> np.ndarray:
    """The sorted distinct ids of *arrays* (non-negative) but those in *without*, by
    marking them in one array indexed by id (linear; numpy's unique sorts or hashes,
    seconds at 300,000 people)."""
    import numpy as np

    top = max((int(a.max()) for a in arrays if len(a)), default=-1)
    seen = np.zeros(top + 1, dtype=bool)
    for a in arrays:
        seen[a] = True
    for cid in without:
        if 0 <= cid <= top:
            seen[cid] = False
    return np.flatnonzero(seen).astype(np.int64)


def load_graph(now: dt.datetime | None = None) -> KnowsGraph:
    """The user's ties to everyone, from the stages, the kept summary of meetings, the
    introductions and RELATED lines; the links between other people are read and worked
    out when first asked for (issue 18: ranking the people closest to the user no longer
    reads every held interaction of the book)."""
    moment = now or dt.datetime.now()
    me = me_id()
    if me is None:  # who is in the network then follows from every link
        return KnowsGraph(me, read_rows(None, moment), moment.date())
    you_met = read_beside(lambda: read_you_meetings(moment))  # beside the rows (``read_beside``)
    rows = read_rows(None, moment, meetings=False)
    return KnowsGraph(me, rows, moment.date(), you_met(), moment)


def _with_meetings(rows: Rows, meets: np.ndarray) -> Rows:
    return dataclasses.replace(rows, meet_iid=meets["i"], meet_cid=meets["c"],
                               meet_day=meets["d"])


class SqlTies:
    """The links of the people a search reaches, read as it reaches them (batches of
    people, a few indexed queries each), remembered for the search's lifetime.

    Private state: ``_you``/``_nbrs`` the ties of the people read so far; ``_related`` the
    book's RELATED pairs (few; read on first need); ``reads`` how many batches were read."""

    def __init__(self, me: int | None = None, now: dt.datetime | None = None) -> None:
        self.me = me_id() if me is None else me
        self._now = now or dt.datetime.now()
        self._you: dict[int, float] = {}
        self._nbrs: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._known_you: set[int] = set()
        self._related: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.reads = 0

    def load(self, ids: Iterable[int]) -> None:
        """Read these people's ties (to the user and to everyone else)."""
        import numpy as np

        todo = sorted({int(i) for i in ids} - self._nbrs.keys())
        if not todo:
            return
        ties = self._read(todo, links=True)
        wanted = np.array(todo, dtype=np.int64)
        asked = set(todo)
        for cid, s in zip(ties.you_ids.tolist(), ties.you_s.tolist(), strict=True):
            if cid in asked:
                self._you[cid] = s
        self._known_you.update(asked)
        src = np.concatenate([ties.pa, ties.pb])
        dst = np.concatenate([ties.pb, ties.pa])
        weight = np.concatenate([ties.ps, ties.ps])
        keep = np.isin(src, wanted)
        src, dst, weight = src[keep], dst[keep], weight[keep]
        order = np.lexsort((dst, src))
        src, dst, weight = src[order], dst[order], weight[order]
        bounds = np.searchsorted(src, wanted, side="left"), np.searchsorted(src, wanted,
                                                                            side="right")
        for cid, lo, hi in zip(todo, bounds[0].tolist(), bounds[1].tolist(), strict=True):
            self._nbrs[cid] = (dst[lo:hi], weight[lo:hi])

    def load_you(self, ids: Iterable[int]) -> None:
        """Read only these people's ties to the user (for the thousands at an
        organisation or with a tag, of whom only the few the user does not know are
        searched further)."""
        todo = sorted({int(i) for i in ids} - self._known_you)
        if not todo:
            return
        ties = self._read(todo, links=False)
        asked = set(todo)
        for cid, s in zip(ties.you_ids.tolist(), ties.you_s.tolist(), strict=True):
            if cid in asked:
                self._you[cid] = s
        self._known_you.update(asked)

    def _read(self, ids: list[int], links: bool) -> TieTable:
        if self._related is None:
            self._related = read_related()
        self.reads += 1
        rows = read_rows(ids, self._now, self._related, me=self.me, links=links)
        if links:
            return _ties(rows, self.me, self._now.date())
        # Their meetings from the kept summary, not each one's interactions (issue 18).
        return _ties(rows, self.me, self._now.date(), pairs=False,
                     you_met=read_you_meetings(self._now, ids))

    def you(self, cid: int) -> float:
        if cid not in self._known_you:
            self.load([cid])
        return self._you.get(cid, 0.0)

    def neighbours(self, cid: int) -> tuple[np.ndarray, np.ndarray]:
        if cid not in self._nbrs:
            self.load([cid])
        return self._nbrs[cid]

    def loaded(self, cid: int) -> bool:
        return cid in self._nbrs


def hop_cost(strength: float) -> float:
    """The cost of one link on a path: each hop costs ``-ln(HOP)`` (asking someone is an
    effort) plus ``-ln(strength)``. As MIN_TIE > HOP * MAX_TIE**2, any link of the user's
    own is cheaper than any chain of two, so someone the user knows is always asked directly;
    beyond that, the strongest chain wins over the shortest (a chain of three close
    friends beats two hops through acquaintances met once)."""
    return -math.log(HOP * max(strength, 1e-6))

