"""What the network view shows (issues 5, 16): the picture's people and links, the
connectors who matter to the user, and the introductions worth making.

No Qt. Everything here reads one ``knows.KnowsGraph`` (who knows whom, with strengths);
numpy is imported inside the functions.

- **The picture**: everyone with a link when they are few enough (``MAX_NODES``), else
  the people closest to the user, strongest ties first (or to the person the user is
  exploring). Lines: the user's own ties, other people's, an arrow from an introducer,
  a dashed line for a proposed introduction.
- **Connectors**: ranked by how many people the user can reach through them (the people
  they know whom the user does not), weighted by the user's tie to them.
- **Introductions to make**: pairs of people the user knows who do not know each other by
  any link (nor were ever introduced, declined included) and who share two or more
  interests, or where one needs what the other offers (tags in the "needs" and "offers"
  categories whose names match apart from their first words: "Needs a designer" and
  "Offers: designer").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from desktop.models import db
from desktop.services.graph import PersonRef, people_rows, person_refs, refs_from_rows
from desktop.services.knows import HOP, KnowsGraph, TieTable, hop_cost, read_beside
from desktop.services.types import ContactId
from desktop.text import Translatable, fill, join_and, sort_key

if TYPE_CHECKING:
    import numpy as np


class NetworkText(Translatable):
    """Translation context of the network's insights (why to introduce two people)."""


MAX_NODES = 5_000  # above this, the view opens on the people closest to the user
SUGGESTION_POOL = 300  # people considered for "introductions to make"
MIN_SHARED = 2  # interests two people share before they are worth introducing


class GraphNode(NamedTuple):
    """One person of the picture. A named tuple, not a frozen dataclass: a picture has
    5,000 of them and 15,000 ``GraphLink``, and a frozen dataclass's constructor (a
    guarded attribute set per field) made them cost 5-6 times as much (40 ms of the
    picture's reading at 300,000 contacts, issue 18)."""

    id: ContactId
    name: str  # with the organisation when another contact has the same name
    given_name: str
    family_name: str
    stage: str
    is_me: bool
    has_photo: bool
    degree: int  # people this person knows, in the whole network
    tie: float = 0.0  # the user's tie to them (0: none)


class GraphLink(NamedTuple):
    """One line of the picture (a named tuple: see ``GraphNode``). ``kind``: "you" (the
    user's own tie), "knows" (between two other people), "introduced" (source introduced
    target to someone: an arrow), "proposed" (a proposed introduction: dashed).
    ``strength`` 0..1 (0 for proposed)."""

    source: ContactId
    target: ContactId
    kind: str
    strength: float = 0.0


@dataclass(frozen=True)
class GraphData:
    nodes: tuple[GraphNode, ...]
    links: tuple[GraphLink, ...]
    me: ContactId | None
    total_people: int  # people in the whole network (``nodes`` may be a part of it)
    center: ContactId | None = None  # set when ``nodes`` is the people closest to someone
    hops: int | None = None

    @property
    def truncated(self) -> bool:
        return len(self.nodes) < self.total_people


@dataclass(frozen=True)
class Connector:
    person: PersonRef
    reach: int  # people they know whom the user does not
    tie: float  # the user's tie to them
    knows: int  # everyone they know

    @property
    def score(self) -> float:
        return self.tie * self.reach


@dataclass(frozen=True)
class Need:
    """*who* needs *what*, which the other person offers."""

    who: ContactId
    what: str


@dataclass(frozen=True)
class Suggestion:
    person_a: PersonRef
    person_b: PersonRef
    shared: tuple[str, ...]  # the interest tags they share
    needs: tuple[Need, ...] = ()

    @property
    def reason(self) -> str:
        parts = []
        names = {self.person_a.id: self.person_a, self.person_b.id: self.person_b}
        for need in self.needs:
            who = names[need.who]
            other = self.person_b if who.id == self.person_a.id else self.person_a
            parts.append(fill(NetworkText.tr("%1 needs %2, %3 offers it"), who.short,
                              need.what, other.short))
        if self.shared:
            parts.append(fill(NetworkText.tr("both into %1"), join_and(list(self.shared))))
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]


# --- the picture -----------------------------------------------------------------------------


def nearest(graph: KnowsGraph, center: int, hops: int | None, limit: int) -> list[int]:
    """*center* and the people closest to them (strongest chains first, at most *hops*
    links away), at most *limit* people in all. The user's ties are read in order of
    strength from one sorted array, never pushed one by one (a user may know 300,000)."""
    import numpy as np

    me = graph.me
    if me is not None and int(center) == int(me):
        # Any tie of the user's own is stronger than any chain of two (knows.hop_cost):
        # when the user knows enough people, the closest are simply the strongest ties.
        known = np.flatnonzero(graph.you_tie > 0)
        if len(known) + 1 >= limit:
            return [int(me), *graph.ids[_strongest(graph.you_tie, known,
                                                   max(limit - 1, 0))].tolist()]
    order: list[int] = []
    seen: set[int] = set()
    heap: list[tuple[float, int, int]] = [(0.0, 0, int(center))]
    # The user's ties, strongest first, as a stream merged with the heap once the user
    # is reached: (distance of the user, position in the sorted ties). Sorted when the
    # user is reached, not before (a search within two links of someone else may never
    # reach them).
    mine = np.zeros(0, dtype=np.int64)
    mine_costs = np.zeros(0, dtype=np.float64)
    stream: tuple[float, int, int] | None = None  # (distance, next position, depth)
    while (heap or stream is not None) and len(order) < limit:
        if stream is not None and stream[1] < len(mine):
            base, at, depth = stream
            candidate = base + float(mine_costs[at])
            if not heap or candidate < heap[0][0]:
                stream = (base, at + 1, depth)
                person = int(graph.ids[mine[at]])
                if person not in seen:
                    heapq.heappush(heap, (candidate, depth, person))
                continue
        elif stream is not None:
            stream = None
            continue
        if not heap:
            break
        dist, depth, person = heapq.heappop(heap)
        if person in seen:
            continue
        seen.add(person)
        order.append(person)
        if hops is not None and depth >= hops:
            continue
        if me is not None and person == int(me):
            known = np.flatnonzero(graph.you_tie > 0)
            mine = known[np.argsort(-graph.you_tie[known], kind="stable")]
            mine_costs = -np.log(HOP * graph.you_tie[mine].astype(np.float64))
            stream = (dist, 0, depth + 1)
            continue
        others, strengths = graph.neighbours(person)
        for other, s in zip(others.tolist(), strengths.tolist(), strict=True):
            if other not in seen:
                heapq.heappush(heap, (dist + hop_cost(s), depth + 1, other))
        tie = graph.you(person)
        if me is not None and tie > 0 and int(me) not in seen:
            heapq.heappush(heap, (dist + hop_cost(tie), depth + 1, int(me)))
    return order


def _strongest(tie: np.ndarray, known: np.ndarray, count: int) -> np.ndarray:
    """The *count* positions of *known* (ascending, as the sorted ids) with the strongest
    *tie*, strongest first, equal ties by position: the head of a stable sort of them all,
    found by a partial sort (``numpy.partition``) of the ties. Everyone as strong as the
    weakest kept is sorted with the rest, so equal ties are cut as a full sort cuts them
    (a user knows 271,253 people at 300,000 contacts; 5,000 are drawn, issue 18)."""
    import numpy as np

    if count <= 0:
        return known[:0]
    ties = tie[known]
    if count < len(known):
        # The count-th strongest tie: anyone weaker cannot be among the first *count*.
        floor = np.partition(ties, len(ties) - count)[len(ties) - count]
        near = np.flatnonzero(ties >= floor)
        known, ties = known[near], ties[near]
    return known[np.argsort(-ties, kind="stable")[:count]]


def graph_data(graph: KnowsGraph, *, center: ContactId | None = None, hops: int = 2,
               max_nodes: int = MAX_NODES) -> GraphData:
    """What the network view draws: everyone linked to anyone (and anyone in a proposed
    introduction), or the people closest to *center* when asked (or when the network has
    more than *max_nodes* people: closest to the user)."""
    import numpy as np

    me = graph.me
    # People only in a proposed introduction are drawn too (a dashed line: something
    # the user is working on), though they are no link yet.
    proposed = graph.intro_status == 0
    pending = np.concatenate([graph.intro_a[proposed], graph.intro_b[proposed]])
    pending = np.unique(pending[~np.isin(pending, graph.ids)
                                & (pending != (me if me is not None else -1))])
    total = graph.people + len(pending)
    if center is None and total > max_nodes:
        center = ContactId(me) if me is not None else _best_connected(graph)
    if center is not None:
        chosen = nearest(graph, int(center), hops if center != me else None, max_nodes)
    else:
        chosen = [*graph.ids.tolist(), *pending.tolist(),
                  *([int(me)] if me is not None else [])]
    wanted = np.array(sorted({int(c) for c in chosen}), dtype=np.int64)
    # Their names read beside their links (``read_beside``: SQLite on the other core).
    read_people = read_beside(lambda: people_rows(wanted.tolist()))
    # The drawn people's links, worked out from what touches them alone (issue 18: the
    # picture's work follows what it draws, not the whole network).
    ties = graph.ties_of(wanted)
    rows = read_people()
    refs = refs_from_rows(rows)
    ids = np.array(sorted(rows), dtype=np.int64)
    if len(ids) < len(wanted):  # deleted meanwhile: only the links of those still there
        mine = _flags(ids, ties.pa, ties.pb)
        keep = mine[ties.pa] | mine[ties.pb]
        ties = TieTable(ties.you_ids, ties.you_s, ties.pa[keep], ties.pb[keep], ties.ps[keep])
    drawn = _flags(ids, ties.pa, ties.pb, graph.ids, graph.intro_by, graph.intro_a,
                   graph.intro_b)
    ends = np.concatenate([ties.pa, ties.pb])
    ends = ends[drawn[ends]]
    at = np.minimum(np.searchsorted(graph.ids, ids), max(len(graph.ids) - 1, 0))
    linked = (graph.ids[at] == ids) if len(graph.ids) else np.zeros(len(ids), dtype=bool)
    you = np.where(linked, graph.you_tie[at] if len(graph.ids) else 0.0, 0.0
                   ).astype(np.float32)
    # People each knows, as ``KnowsGraph.degree`` counts them: the others, and the user.
    degree = np.bincount(np.searchsorted(ids, ends), minlength=len(ids)) + (you > 0)
    if me is not None:
        degree[ids == int(me)] = graph.degree(int(me))
    nodes = tuple(
        GraphNode(ContactId(i), refs[ContactId(i)].label, r[2], r[3], r[4], bool(r[5]),
                  bool(r[6]), d, t)
        for (i, r), d, t in zip(sorted(rows.items()), degree.tolist(), you.tolist(),
                                strict=True))
    return GraphData(nodes=nodes, links=tuple(_links(graph, ties, drawn)), me=_me(me),
                     total_people=total, center=center,
                     hops=hops if center is not None else None)


def _me(me: int | None) -> ContactId | None:
    return ContactId(me) if me is not None else None


def _flags(ids: np.ndarray, *within: np.ndarray) -> np.ndarray:
    """A flag per contact id, set for *ids*, as long as any id in *ids* and *within*:
    whether an id is among *ids* is then one look-up (``flags[other]``), where
    ``numpy.isin`` sorts or tables both arrays at each call (issue 18)."""
    import numpy as np

    top = max(int(a.max(initial=-1)) for a in (ids, *within))
    flags = np.zeros(top + 1, dtype=bool)
    flags[ids] = True
    return flags


_LINK_KINDS = ("proposed", "knows", "you", "introduced")
_LINK_RANK = (0, 1, 1, 2)  # by kind: an introducer's arrow over a tie, a tie over a proposal


def _links(graph: KnowsGraph, ties: TieTable, drawn: np.ndarray) -> list[GraphLink]:
    """The lines among the people drawn, given their *ties* (``KnowsGraph.ties_of``): one
    per pair, an introducer's arrow over a plain tie, a tie over a proposal. *drawn*: a
    flag per contact id, set for the people drawn (``_flags``: as long as any id of
    *ties*, the network's people and the introductions).

    Every candidate line is listed in one order (the user's ties, the others', then each
    introduction's lines); a pair's line is its first candidate of the highest rank, and
    the lines come in the order of each pair's first candidate. Worked out on arrays: a
    Python dictionary of candidates took 0.16 s for the 15,000 lines of a 5,000-person
    picture (issue 18)."""
    import numpy as np

    me = int(graph.me) if graph.me is not None else None
    src: list[np.ndarray] = []
    dst: list[np.ndarray] = []
    kind: list[np.ndarray] = []
    strength: list[np.ndarray] = []

    def add(a: np.ndarray, b: np.ndarray, code: int, s: np.ndarray) -> None:
        src.append(np.asarray(a, dtype=np.int64))
        dst.append(np.asarray(b, dtype=np.int64))
        kind.append(np.full(len(a), code, dtype=np.int8))
        strength.append(np.asarray(s, dtype=np.float64))

    if me is not None and me < len(drawn) and drawn[me]:
        known = np.flatnonzero(drawn[graph.ids] & (graph.you_tie > 0))
        others = graph.ids[known]
        add(np.minimum(others, me), np.maximum(others, me), 2, graph.you_tie[known])
    pick = drawn[ties.pa] & drawn[ties.pb]
    add(ties.pa[pick], ties.pb[pick], 1, ties.ps[pick])
    # The strength of each tie so far, by pair key, for the introducers' arrows.
    tie_key = np.concatenate(src) * (1 << 32) + np.concatenate(dst)
    tie_s = np.concatenate(strength)
    order = np.argsort(tie_key, kind="stable")
    tie_key, tie_s = tie_key[order], tie_s[order]
    sel = np.flatnonzero(drawn[graph.intro_a] & drawn[graph.intro_b]
                         & (graph.intro_a != graph.intro_b))
    a = graph.intro_a[sel].astype(np.int64)
    b = graph.intro_b[sel].astype(np.int64)
    by = graph.intro_by[sel].astype(np.int64)
    proposed = graph.intro_status[sel] == 0
    arrows = ~proposed & (by != 0) & drawn[by]
    # Per introduction, in order: its dashed line, or the introducer's arrows to A then B.
    n = len(sel)
    step_src = np.stack([np.where(proposed, np.minimum(a, b), by), by], axis=1).ravel()
    step_dst = np.stack([np.where(proposed, np.maximum(a, b), a), b], axis=1).ravel()
    step_ok = np.stack([proposed | (arrows & (a != by)), arrows & (b != by)], axis=1).ravel()
    step_kind = np.stack([np.where(proposed, 0, 3), np.full(n, 3)], axis=1).ravel()
    step_src, step_dst = step_src[step_ok], step_dst[step_ok]
    step_kind = step_kind[step_ok]
    low, high = np.minimum(step_src, step_dst), np.maximum(step_src, step_dst)
    at = np.minimum(np.searchsorted(tie_key, low * (1 << 32) + high), max(len(tie_key) - 1, 0))
    found = (tie_key[at] == low * (1 << 32) + high) if len(tie_key) else np.zeros(0, bool)
    step_s = np.where(found & (step_kind == 3), tie_s[at] if len(tie_s) else 0.0, 0.0)
    src.append(step_src)
    dst.append(step_dst)
    kind.append(step_kind.astype(np.int8))
    strength.append(step_s)
    all_src, all_dst = np.concatenate(src), np.concatenate(dst)
    all_kind, all_s = np.concatenate(kind), np.concatenate(strength)
    key = np.minimum(all_src, all_dst) * (1 << 32) + np.maximum(all_src, all_dst)
    rank = np.asarray(_LINK_RANK, dtype=np.int8)[all_kind]
    seq = np.arange(len(key))
    best = np.lexsort((seq, -rank, key))  # by pair, the highest rank first, then in order
    head = np.r_[True, key[best][1:] != key[best][:-1]] if len(key) else np.zeros(0, bool)
    first_seen = np.minimum.reduceat(seq[best], np.flatnonzero(head)) if len(key) \
        else np.zeros(0, dtype=np.int64)
    winners = best[head][np.argsort(first_seen, kind="stable")]
    return [GraphLink(ContactId(s), ContactId(d), _LINK_KINDS[k], w)
            for s, d, k, w in zip(all_src[winners].tolist(), all_dst[winners].tolist(),
                                  all_kind[winners].tolist(), all_s[winners].tolist(),
                                  strict=True)]


def _best_connected(graph: KnowsGraph) -> ContactId | None:
    import numpy as np

    if not len(graph.ids):
        return None
    counts = np.diff(graph.indptr)
    return ContactId(int(graph.ids[int(np.argmax(counts))]))


# --- connectors --------------------------------------------------------------------------------


def reach_counts(graph: KnowsGraph) -> object:
    """Per person (``graph.ids`` order): how many people they know whom the user does not
    know (the user excluded). Linear in the links: a fraction of a second at 300,000."""
    import numpy as np

    # Flags and a 32-bit running count (a link's end in 5 bytes, not 16): this runs
    # beside the drawn picture, and its peak adds to the app's (issue 18).
    unknown = graph.you_tie == 0
    running = np.zeros(len(graph.nbr) + 1, dtype=np.int32)
    np.cumsum(unknown[graph.nbr], out=running[1:])
    return (running[graph.indptr[1:]] - running[graph.indptr[:-1]]).astype(np.int64)


def connectors(graph: KnowsGraph, limit: int = 10) -> tuple[Connector, ...]:
    """The people through whom the user reaches the most people they do not know yet,
    weighted by how well the user knows them (someone the user barely knows is a weak
    door, however many people are behind it). The user is never listed."""
    import numpy as np

    if graph.me is None or not len(graph.ids):
        return ()
    reach = np.asarray(reach_counts(graph))
    score = graph.you_tie.astype(np.float64) * reach
    candidates = np.flatnonzero(score > 0)
    if not len(candidates):
        return ()
    order = np.lexsort((graph.ids[candidates], -graph.you_tie[candidates],
                        -score[candidates]))[:limit]
    best = candidates[order]
    refs = person_refs(int(graph.ids[i]) for i in best)
    return tuple(
        Connector(refs[ContactId(int(graph.ids[i]))], int(reach[i]), float(graph.you_tie[i]),
                  graph.degree(int(graph.ids[i])))
        for i in best.tolist() if ContactId(int(graph.ids[i])) in refs)


# --- introductions to make ---------------------------------------------------------------------


_NEED = re.compile(r"^\s*(?:needs?|looking\s+for|wants?|seek(?:s|ing)?|searching\s+for)\b"
                   r"\s*[:\-–]?\s*", re.IGNORECASE)
_OFFER = re.compile(r"^\s*(?:offers?|offering|can\s+(?:help\s+with|offer)|provides?|"
                    r"helps?\s+with)\b\s*[:\-–]?\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:an?|the|some)\s+")


def need_key(name: str, category: str) -> tuple[str, str]:
    """(what a need or offer is about, as typed; the same, folded for matching):
    "Needs: a designer" -> ("a designer", "designer")."""
    pattern = _NEED if category == "needs" else _OFFER
    what = pattern.sub("", name, count=1).strip() or name.strip()
    return what, _ARTICLE.sub("", sort_key(what)).strip(" .!")


def suggestions(graph: KnowsGraph, limit: int = 20, for_contact: ContactId | None = None,
                pool: int = SUGGESTION_POOL) -> tuple[Suggestion, ...]:
    """Pairs of people the user knows who do not know each other by any link (nor were
    ever introduced, declined included), sharing two or more interest tags or where one
    needs what the other offers; the strongest matches, then the user's closest people,
    first.

    Efficient on 300,000 people: only the *pool* people the user knows best are paired,
    and pairs are counted by tag co-membership, never by comparing everyone with
    everyone. With *for_contact*, only pairs that include that person."""
    import numpy as np

    me = graph.me
    if me is None:
        return ()
    known = np.flatnonzero(graph.you_tie > 0)
    ranked = known[np.lexsort((graph.ids[known], -graph.you_tie[known]))]
    chosen = [int(graph.ids[i]) for i in ranked[:pool].tolist()]
    if for_contact is not None and int(for_contact) not in chosen:
        chosen.append(int(for_contact))
    chosen = [c for c in chosen if c != int(me)]
    if len(chosen) < 2:
        return ()
    interests: dict[str, list[int]] = {}
    needs: dict[str, list[tuple[int, str]]] = {}
    offers: dict[str, list[int]] = {}
    for chunk in _chunks(sorted(chosen)):
        marks = ",".join("?" * len(chunk))
        for cid, tag, category in db.execute_sql(
            "SELECT ct.contact_id, t.name, t.category FROM contact_tag ct "
            "JOIN tag t ON t.id = ct.tag_id WHERE t.category IN ('interest', 'needs', "
            f"'offers') AND ct.contact_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            if category == "interest":
                interests.setdefault(str(tag), []).append(int(cid))
                continue
            what, key = need_key(str(tag), str(category))
            if category == "needs":
                needs.setdefault(key, []).append((int(cid), what))
            else:
                offers.setdefault(key, []).append(int(cid))
    focus = int(for_contact) if for_contact is not None else None
    shared: dict[tuple[int, int], list[str]] = {}
    for tag, people in interests.items():
        people.sort()
        if focus is not None:
            if focus not in people:
                continue
            pairs: Iterable[tuple[int, int]] = ((min(focus, p), max(focus, p))
                                                for p in people if p != focus)
        else:
            pairs = ((a, b) for i, a in enumerate(people) for b in people[i + 1:])
        for pair in pairs:
            shared.setdefault(pair, []).append(tag)
    matched: dict[tuple[int, int], list[Need]] = {}
    for key, needers in needs.items():
        for needer, what in needers:
            for offerer in offers.get(key, ()):
                if offerer == needer or (focus is not None and focus not in (needer,
                                                                               offerer)):
                    continue
                pair = (min(needer, offerer), max(needer, offerer))
                matched.setdefault(pair, []).append(Need(ContactId(needer), what))
    candidates = {pair for pair, tags in shared.items() if len(tags) >= MIN_SHARED}
    candidates |= set(matched)
    introduced = _introduced_pairs(chosen)
    found = [pair for pair in candidates
             if not graph.knows(*pair) and frozenset(pair) not in introduced]
    found.sort(key=lambda p: (-(2 * len(matched.get(p, ())) + len(shared.get(p, ()))),
                              -(graph.you(p[0]) + graph.you(p[1])), p))
    found = found[:limit]
    refs = person_refs({p for pair in found for p in pair})
    return tuple(
        Suggestion(refs[ContactId(a)], refs[ContactId(b)], tuple(shared.get((a, b), ())),
                   tuple(matched.get((a, b), ())))
        for a, b in found if ContactId(a) in refs and ContactId(b) in refs)


def _introduced_pairs(people: Sequence[int]) -> set[frozenset[int]]:
    """Pairs among *people* that were ever introduced (any status, declined included)."""
    out: set[frozenset[int]] = set()
    for chunk in _chunks(sorted(people)):
        marks = ",".join("?" * len(chunk))
        out.update(frozenset((int(a), int(b))) for a, b in db.execute_sql(
            "SELECT person_a_id, person_b_id FROM introduction "
            f"WHERE person_a_id IN ({marks}) OR person_b_id IN ({marks})", chunk * 2))
    return out


def _chunks(ids: Sequence[int], size: int = 450) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def closeness_words(strength: float) -> str:
    """How close a tie is, in words."""
    if strength >= 0.85:
        return "close"
    if strength >= 0.6:
        return "good"
    return "light"

