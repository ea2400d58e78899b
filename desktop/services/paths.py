"""Warm paths (issue 16): the strongest chain of people from the user to a person, or to
anyone at an organisation or with a tag; each step says why it is there and what to ask;
and the message that asks for an introduction.

No Qt. Paths are searched over a ``knows.TieSource``: the network view's ``KnowsGraph`` in
memory, or ``knows.SqlTies`` reading only the people the search reaches (``rapport path``
on a 300,000-person book stays in milliseconds and megabytes).

The search runs from the people wanted towards the user (Dijkstra's algorithm on the cost
``knows.hop_cost``; several sources at once for an organisation or a tag): the user may
know hundreds of thousands of people, but someone to reach has a few links, so the search
touches only their corner of the network. Someone the user knows is always reached
directly (one hop); beyond that the strongest chain wins over the shortest.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from desktop.models import db
from desktop.services import tags as tag_service
from desktop.services.errors import ServiceError
from desktop.services.graph import PersonRef, find_people, person_refs
from desktop.services.knows import (
    HELD,
    MAX_GROUP,
    MAX_TIE,
    STAGE_RANK,
    TieSource,
    hop_cost,
    now_text,
    related_between,
)
from desktop.services.reasons import Reason, made
from desktop.services.types import ContactId
from desktop.text import Translatable, fill, month_name, sort_key


class PathText(Translatable):
    """Translation context of warm paths: targets, steps, why each link holds, the
    message asking for an introduction, refusals."""

MAX_HOPS = 6  # links on a path at most: a longer chain of favours is no warm path
MAX_SEARCHED = 20_000  # people a search settles before it gives up
PREFETCH = 128  # people read in one batch while searching (SqlTies)
SHOWN_PATHS = 3  # paths listed for an organisation or a tag


# --- what to reach -------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """Whom the user wants to reach: a person (``key`` their id), an organisation
    (``key`` the organisation names matched) or a tag (``key`` its id)."""

    kind: str  # "person", "organization", "tag"
    label: str  # "Bo Chen", "Acme", "Climate"
    key: tuple[object, ...]
    count: int = 1  # people it stands for

    @property
    def phrase(self) -> str:
        """"Bo Chen", "someone at Acme", "someone tagged Climate"."""
        if self.kind == "organization":
            return fill(PathText.tr("someone at %1"), self.label)
        if self.kind == "tag":
            return fill(PathText.tr("someone tagged %1"), self.label)
        return self.label

    @property
    def anyone(self) -> str:
        """"Bo Chen", "anyone at Acme", "anyone tagged Climate"."""
        if self.kind == "organization":
            return fill(PathText.tr("anyone at %1"), self.label)
        if self.kind == "tag":
            return fill(PathText.tr("anyone tagged %1"), self.label)
        return self.label

    @property
    def choice(self) -> str:
        """How a picker offers it."""
        if self.kind == "organization":
            return fill(PathText.tr("At %1 (%2)"), self.label, _people(self.count))
        if self.kind == "tag":
            return fill(PathText.tr("Tagged %1 (%2)"), self.label, _people(self.count))
        return self.label


def _people(count: int) -> str:
    return PathText.tr("1 person") if count == 1 else PathText.tr("%n people", "", count)


def person_target(person: PersonRef) -> Target:
    return Target("person", person.label, (int(person.id),))


def organization_counts() -> dict[str, int]:
    """Every organisation named on a contact (the user's own excepted), with how many,
    ordered as text.

    Grouped in the order of the organisations' index (``contact_by_organization``, case
    folded), not as written: a grouping SQLite's index does not give sorts every contact's
    row first, 15.5 MiB at 300,000 contacts, the top of the network view's side lists'
    job (issue 18: the whole app's peak). A name written in several ways ("Acme",
    "ACME") is counted again, per spelling, among its own rows only."""
    counts: dict[str, int] = {}
    for first, last, n in db.execute_sql(
            "SELECT min(organization), max(organization), count(*) FROM contact "
            "INDEXED BY contact_by_organization WHERE organization != '' AND is_me = 0 "
            "GROUP BY organization COLLATE NOCASE"):
        if first == last:
            counts[str(first)] = int(n)
            continue
        for org, each in db.execute_sql(
                "SELECT organization, count(*) FROM contact INDEXED BY "
                "contact_by_organization WHERE organization = ? COLLATE NOCASE "
                "AND is_me = 0 GROUP BY organization", (first,)):
            counts[str(org)] = int(each)
    return dict(sorted(counts.items()))


def _matching(text: str, names: Iterable[str]) -> list[str]:
    """The names equal to *text* (case and accents aside); else those with a word that
    starts with it."""
    key = sort_key(text.strip())
    if not key:
        return []
    folded = {name: sort_key(name) for name in names}
    exact = [name for name, f in folded.items() if f == key]
    if exact:
        return sorted(exact)
    return sorted((name for name, f in folded.items()
                   if f.startswith(key) or f" {key}" in f), key=sort_key)


def organization_target(text: str, counts: dict[str, int] | None = None) -> Target | None:
    """Everyone at the organisation named *text* (exactly, else every organisation with a
    word starting with it); None if there is none."""
    counts = organization_counts() if counts is None else counts
    names = _matching(text, counts)
    if not names:
        return None
    label = names[0] if len(names) == 1 else text.strip()
    return Target("organization", label, tuple(names), sum(counts[n] for n in names))


def tag_ids() -> dict[str, int]:
    """Tag name -> id, topics to avoid left out (nobody is reached "through politics");
    one indexed read, no counting (the counts take seconds at 300,000 people)."""
    return {str(name): int(tid) for tid, name in db.execute_sql(
        "SELECT id, name FROM tag WHERE category != 'avoid'")}


def _tag_count(tag_id: int) -> int:
    """The people with the tag, the user aside (whom nobody needs a path to)."""
    return int(db.execute_sql(
        "SELECT count(*) FROM contact_tag t JOIN contact c ON c.id = t.contact_id "
        "WHERE t.tag_id = ? AND c.is_me = 0", (tag_id,)).fetchone()[0])


def tag_target(text: str) -> Target | None:
    """Everyone with the tag named *text* (case and accents aside), else with the one tag
    whose name has a word starting so; None if there is none (or several)."""
    known = tag_ids()
    names = _matching(text, known)
    if len(names) != 1:
        return None
    return Target("tag", names[0], (known[names[0]],), _tag_count(known[names[0]]))


def find_targets(text: str, organizations: dict[str, int] | None = None,
                 limit: int = 8) -> list[Target]:
    """What "How do I reach…" offers for *text*: people, then organisations, then tags."""
    out = [person_target(p) for p in find_people(text, limit)]
    counts = organization_counts() if organizations is None else organizations
    out += [Target("organization", name, (name,), counts[name])
            for name in _matching(text, counts)[:limit]]
    known = tag_ids()
    out += [Target("tag", name, (known[name],), _tag_count(known[name]))
            for name in _matching(text, known)[:limit]]
    return out


def members(target: Target) -> list[int]:
    if target.kind == "person":
        return [int(k) for k in target.key]  # type: ignore[call-overload]
    if target.kind == "tag":
        return [int(c) for c in tag_service.members(target.key[0])]  # type: ignore[arg-type]
    out: list[int] = []
    names = [str(k) for k in target.key]
    for start in range(0, len(names), 500):
        part = names[start:start + 500]
        out += [int(r[0]) for r in db.execute_sql(
            "SELECT id FROM contact WHERE is_me = 0 AND organization IN "
            f"({','.join('?' * len(part))})", part)]
    return out


# --- the search --------------------------------------------------------------------------------


Chain = tuple[float, list[int]]  # the cost, and the people from the user to the one reached


def search(source: TieSource, wanted: Sequence[int], limit: int = 1) -> list[Chain]:
    """The *limit* strongest chains from the user to different people among *wanted*,
    best first. Those the user knows come first (one hop always beats two); the others
    are found one at a time, each search leaving out the people already reached."""
    me = source.me
    if me is None:
        return []
    targets = [int(t) for t in dict.fromkeys(wanted) if int(t) != int(me)]
    if not targets:
        return []
    source.load_you(targets)
    known = sorted((hop_cost(source.you(t)), t) for t in targets if source.you(t) > 0)
    found: list[Chain] = [(cost, [int(me), t]) for cost, t in known[:limit]]
    rest = {t for t in targets if source.you(t) <= 0}
    while len(found) < limit and rest:
        best = _strongest(source, rest, int(me))
        if best is None:
            break
        found.append(best)
        rest.discard(best[1][-1])
    return found


def _strongest(source: TieSource, sources: set[int], me: int) -> Chain | None:
    """Dijkstra from *sources* (people the user does not know) until the cheapest way out
    to the user is certain: every further person is at least as far as the best found."""
    dist = dict.fromkeys(sources, 0.0)
    depth = dict.fromkeys(sources, 0)
    parent: dict[int, int] = {}
    heap = [(0.0, t) for t in sorted(sources)]
    heapq.heapify(heap)
    cheapest_exit = hop_cost(MAX_TIE)
    best, best_node = math.inf, None
    settled: set[int] = set()
    while heap:
        d, x = heapq.heappop(heap)
        if x in settled or d > dist[x]:
            continue
        if d + cheapest_exit >= best or len(settled) >= MAX_SEARCHED:
            break
        settled.add(x)
        if not source.loaded(x):
            source.load([x, *(y for _d, y in heap[:PREFETCH] if not source.loaded(y))])
        tie = source.you(x)
        if tie > 0 and d + hop_cost(tie) < best:
            best, best_node = d + hop_cost(tie), x
        if depth[x] >= MAX_HOPS - 1:
            continue
        others, strengths = source.neighbours(x)
        for y, s in zip(others.tolist(), strengths.tolist(), strict=True):
            if y == me or y in settled:
                continue
            nd = d + hop_cost(s)
            if nd + cheapest_exit < best and nd < dist.get(y, math.inf):
                dist[y], parent[y], depth[y] = nd, x, depth[x] + 1
                heapq.heappush(heap, (nd, y))
    if best_node is None:
        return None
    chain = [best_node]
    while chain[-1] in parent:
        chain.append(parent[chain[-1]])
    return best, [me, *chain]


# --- paths in words ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PathStep:
    """One thing to do: ask *introducer* to introduce the user to *person* (None: the user
    knows *person* and gets in touch directly). ``why`` says how each of them is known."""

    introducer: PersonRef | None
    person: PersonRef
    ask: str
    why: str

    @property
    def text(self) -> str:
        return f"{self.ask} — {self.why}" if self.why else self.ask


@dataclass(frozen=True)
class WarmPath:
    people: tuple[PersonRef, ...]  # the user first, the person reached last
    reasons: tuple[str, ...]  # why each link holds: people[i] - people[i + 1]
    steps: tuple[PathStep, ...]
    strength: float  # the product of the links' strengths, 0..1
    target: Target | None = None

    @property
    def reached(self) -> PersonRef:
        return self.people[-1]


def warm_paths(source: TieSource, target: Target, limit: int = 1) -> tuple[WarmPath, ...]:
    """The best *limit* paths to *target*, best first. Raises ServiceError with a sentence
    the user can act on when there is none."""
    me = source.me
    if me is None:
        raise ServiceError(PathText.tr(
            "You have no profile of your own yet: open My Profile first"))
    wanted = members(target)
    if target.kind == "person":
        cid = ContactId(int(target.key[0]))  # type: ignore[call-overload]
        if cid == me:
            you = person_refs([me])[ContactId(me)]
            return (WarmPath((you,), (), (PathStep(None, you, PathText.tr("This is you."),
                                                   ""),), 1.0,
                             target),)
        if not person_refs([cid]):
            raise ServiceError(fill(PathText.tr("contact %1 does not exist"), cid))
    elif not [w for w in wanted if w != me]:
        raise ServiceError(fill(PathText.tr("Nobody %1 is in your contacts"), fill(
            PathText.tr("at %1") if target.kind == "organization" else
            PathText.tr("tagged %1"), target.label)))
    chains = search(source, wanted, limit)
    if not chains:
        raise ServiceError(_no_path(source, target, wanted))
    refs = person_refs({p for _cost, chain in chains for p in chain})
    return tuple(_describe(source, chain, refs, target) for _cost, chain in chains
                 if all(ContactId(p) in refs for p in chain))


def warm_path(source: TieSource, contact_id: ContactId) -> WarmPath:
    """The best path to one person."""
    refs = person_refs([contact_id])
    if contact_id not in refs:
        raise ServiceError(fill(PathText.tr("contact %1 does not exist"), contact_id))
    return warm_paths(source, person_target(refs[contact_id]))[0]


def _no_path(source: TieSource, target: Target, wanted: Sequence[int]) -> str:
    linked = any(len(source.neighbours(w)[0]) for w in wanted[:2000])
    who = target.anyone
    if not linked:
        return fill(PathText.tr("No path to %1: nobody you know is recorded as knowing them"),
                    who)
    return fill(PathText.tr("No path to %1: nobody in your network knows them, even through "
                            "friends of friends"), who)


def _describe(source: TieSource, chain: list[int], refs: dict[ContactId, PersonRef],
              target: Target) -> WarmPath:
    people = tuple(refs[ContactId(p)] for p in chain)
    me = chain[0]
    reasons = tuple("; ".join(explain(chain[i], chain[i + 1], me)) for i in
                    range(len(chain) - 1))
    strength = 1.0
    for i in range(len(chain) - 1):
        strength *= _tie(source, chain[i], chain[i + 1], me)
    if len(people) == 2:
        steps: tuple[PathStep, ...] = (PathStep(
            None, people[1], fill(PathText.tr("You already know %1: get in touch directly"),
                                  people[1].label), reasons[0]),)
    else:
        steps = tuple(
            PathStep(people[i], people[i + 1],
                     fill(PathText.tr("Ask %1 to introduce you to %2"), people[i].label,
                          people[i + 1].label),
                     "; ".join(r for r in ((reasons[0] if i == 1 else ""), reasons[i]) if r))
            for i in range(1, len(people) - 1))
    return WarmPath(people, reasons, steps, strength, target)


def _tie(source: TieSource, a: int, b: int, me: int) -> float:
    if a == me:
        return source.you(b)
    others, strengths = source.neighbours(a)
    hits = (others == b).nonzero()[0]
    return float(strengths[hits[0]]) if len(hits) else 0.0


def _stage_words(stage: str) -> str:
    return {"acquainted": PathText.tr("you are acquainted"),
            "relationship": PathText.tr("you have a relationship"),
            "trusted": PathText.tr("you trust each other")}[stage]


def explain(a: int, b: int, me: int | None, today: dt.date | None = None,
            limit: int = 2) -> tuple[str, ...]:
    """Why *a* and *b* know each other, in words, strongest evidence first: "you met Ana 3
    times, last in October", "Cy introduced Ana to Bo in 2024", "Bo's card lists Ana
    (colleague)"."""
    day = today or dt.date.today()
    if me is not None and b == me:
        a, b = b, a
    with_me = me is not None and a == me
    names: dict[int, str] = {}

    def name(cid: int) -> str:
        if me is not None and cid == me:
            return PathText.tr("you")
        if cid not in names:
            ref = person_refs([cid]).get(ContactId(cid))
            names[cid] = ref.short if ref is not None else PathText.tr("someone")
        return names[cid]

    out: list[str] = []
    if with_me:
        row = db.execute_sql("SELECT stage FROM contact WHERE id = ?", (b,)).fetchone()
        stage = str(row[0]) if row else ""
        if STAGE_RANK.get(stage, 0) >= 2:
            out.append(_stage_words(stage))
    out += _meetings_text(a, b, with_me, name, day)
    out += _introductions_text(a, b, name, me)
    for owner, other, kind, label in related_between(a, b):
        if {owner, other} == {a, b}:
            what = (label or kind or "").strip()
            lists = (fill(PathText.tr("your card lists %1"), name(other))
                     if me is not None and owner == me
                     else fill(PathText.tr("%1's card lists %2"), name(owner), name(other)))
            out.append(fill(PathText.tr("%1 (%2)", "a card's link and its kind"), lists, what)
                       if what else lists)
    return tuple(out[:limit])


def _times(count: int) -> str:
    return (PathText.tr("once") if count == 1 else PathText.tr("twice") if count == 2
            else PathText.tr("%n times", "", count))


def _month(when: dt.datetime | dt.date, today: dt.date) -> str:
    month = month_name(when.month)
    return month if when.year == today.year else fill(
        PathText.tr("%1 %2", "a month and its year"), month, when.year)


def _when(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _meetings_text(a: int, b: int, with_me: bool, name: object, today: dt.date
                   ) -> list[str]:
    call = name  # a function: id -> what to call them
    moment = now_text()
    if with_me:
        row = db.execute_sql(
            "SELECT count(*), max(i.happened_at), sum(i.kind NOT IN ('meeting', 'event')) "
            "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
            f"WHERE p.contact_id = ? AND {HELD}", (b, moment)).fetchone()
    else:
        row = db.execute_sql(
            "SELECT count(*), max(i.happened_at), 0 FROM interaction_participant p "
            "JOIN interaction_participant q ON q.interaction_id = p.interaction_id "
            "JOIN interaction i ON i.id = p.interaction_id "
            f"WHERE p.contact_id = ? AND q.contact_id = ? AND {HELD} AND "
            "(SELECT count(*) FROM interaction_participant r WHERE r.interaction_id = i.id) "
            "<= ?", (a, b, moment, MAX_GROUP)).fetchone()
    count = int(row[0] or 0) if row else 0
    last = _when(row[1]) if row else None
    if not count or last is None:
        return []
    when = _month(last, today)
    other = call(b)  # type: ignore[operator]
    if with_me:
        return [fill(PathText.tr("you met %1 %2, last in %3") if not row[2] else
                     PathText.tr("you were in touch with %1 %2, last in %3"),
                     other, _times(count), when)]
    first = call(a)  # type: ignore[operator]
    if count == 1:
        return [fill(PathText.tr("%1 and %2 were at a meeting with you in %3"),
                     first, other, when)]
    return [fill(PathText.tr("%1 and %2 were at %3 meetings with you, last in %4"),
                 first, other, count, when)]


def _introductions_text(a: int, b: int, name: object, me: int | None) -> list[str]:
    call = name
    # Each term looks a person up by the index on A or B ("+introducer_id": never by the
    # introducer, who may be the user with a hundred thousand introductions).
    rows = db.execute_sql(
        "SELECT introducer_id, person_a_id, person_b_id, introduced_on FROM introduction "
        "WHERE status IN ('made', 'met') AND ("
        " (person_a_id = ?1 AND person_b_id = ?2) OR (person_a_id = ?2 AND person_b_id = ?1)"
        " OR (person_a_id = ?2 AND +introducer_id = ?1)"
        " OR (person_b_id = ?2 AND +introducer_id = ?1)"
        " OR (person_a_id = ?1 AND +introducer_id = ?2)"
        " OR (person_b_id = ?1 AND +introducer_id = ?2)) "
        "ORDER BY introduced_on DESC, id DESC LIMIT 2", (a, b)).fetchall()
    out = []
    for by, x, y, on in rows:
        if by is None:
            line = fill(PathText.tr("%1 and %2 met directly"), call(x), call(y))  # type: ignore[operator]
        elif me is not None and by == me:
            line = fill(PathText.tr("you introduced %1 to %2"), call(x), call(y))  # type: ignore[operator]
        elif me is not None and me in (x, y):
            line = fill(PathText.tr("%1 introduced you to %2"), call(by),  # type: ignore[operator]
                        call(y if x == me else x))  # type: ignore[operator]
        else:
            line = fill(PathText.tr("%1 introduced %2 to %3"), call(by), call(x), call(y))  # type: ignore[operator]
        out.append(fill(PathText.tr("%1 in %2", "an introduction and its year"), line,
                        str(on)[:4]) if on else line)
    return out


# --- asking for an introduction --------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A message asking *introducer* for an introduction: to whom (their first e-mail, or
    "" when none is known), subject, body; ``mailto`` opens it in the mail client."""

    to: str
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        # RFC 6068: percent-encoded, line breaks as CRLF.
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        return (f"mailto:{quote(self.to, safe='@')}?subject={quote(self.subject, safe='')}"
                f"&body={quote(body, safe='')}")


def draft_request(step: PathStep, path: WarmPath) -> Draft:
    """The message for *step* of *path* (the user signs with their first name)."""
    if step.introducer is None:
        raise ServiceError(fill(PathText.tr("You know %1 already: no introduction needed"),
                                step.person.label))
    me = path.people[0]
    target = path.target
    reached = path.reached
    org = _organization(step.person.id)
    who = (fill(PathText.tr("%1 (%2)", "a person and their organisation"), step.person.name,
                org) if org and org != step.person.name else step.person.name)
    ask = fill(PathText.tr("I hope you're well. Would you be happy to introduce me to %1?"),
               who)
    if step.person.id != reached.id:
        ask += " " + fill(PathText.tr("I'm hoping to reach %1, and %2 knows them."),
                          reached.name, step.person.short)
    elif target is not None and target.kind != "person":
        ask += " " + fill(PathText.tr("I'm looking to connect with %1."), target.phrase)
    body = "\n\n".join((
        fill(PathText.tr("Hi %1,"), step.introducer.short), ask,
        PathText.tr("A short e-mail to both of us would be perfect, and I'm glad to send you "
                    "a few lines to forward if that's easier."),
        PathText.tr("Thank you!") + "\n" + (me.short if me.short != "Me" else ""),
    )).rstrip() + "\n"
    return Draft(_email(step.introducer.id),
                 fill(PathText.tr("Introduction to %1?"), step.person.name), body)


def _email(contact_id: ContactId) -> str:
    row = db.execute_sql("SELECT address FROM email WHERE contact_id = ? "
                         "ORDER BY pref DESC, position, id LIMIT 1",
                         (int(contact_id),)).fetchone()
    return str(row[0]) if row else ""


def _organization(contact_id: ContactId) -> str:
    row = db.execute_sql("SELECT organization FROM contact WHERE id = ?",
                         (int(contact_id),)).fetchone()
    return str(row[0] or "").strip() if row else ""


def chase_reason(step: PathStep) -> Reason:
    """The follow-up set when the user asks for an introduction ("Chase Ana about the
    introduction to Bo", composed when shown: ``reasons.reason_text``)."""
    assert step.introducer is not None
    return made("ask-chase", introducer=step.introducer.name, person=step.person.name)
