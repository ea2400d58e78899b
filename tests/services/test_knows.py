"""Who knows whom, from everything Rapport knows (issue 16), on hand-made networks."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from desktop.models import db
from desktop.services import knows, network, paths
from desktop.services.types import ContactId
from tests.services.netbuild import intro, me, meet, person


def _you(graph: knows.KnowsGraph, cid: ContactId) -> float:
    return graph.you(int(cid))


def test_the_user_knows_everyone_at_acquainted_or_above(db_path: Path) -> None:
    me()
    people = {stage: person(stage.title(), stage=stage)
              for stage in ("connected", "acquainted", "relationship", "trusted")}
    g = knows.load_graph()
    ties = {stage: _you(g, cid) for stage, cid in people.items()}
    assert ties["connected"] == 0.0  # a card exchanged is no tie yet
    assert 0 < ties["acquainted"] < ties["relationship"] < ties["trusted"]


def test_held_interactions_are_ties_planned_ones_and_notes_are_not(db_path: Path) -> None:
    me()
    met, planned, noted = person("Met Once"), person("Planned Only"), person("Just A Note")
    meet(met)
    meet(planned, days_ago=-5)
    meet(noted, kind="note")
    g = knows.load_graph()
    assert _you(g, met) == pytest.approx(knows.MIN_TIE)  # met once: the least tie
    assert _you(g, planned) == 0.0 and _you(g, noted) == 0.0


def test_a_meeting_not_held_is_no_tie_even_once_its_time_has_passed(db_path: Path) -> None:
    from desktop.services import interactions

    me()
    never_met = person("Never Met")
    planned = meet(never_met, days_ago=-1)
    # Its day passes before the user says whether it took place: still no tie.
    interactions.reschedule(planned, dt.datetime.now().replace(microsecond=0)
                            - dt.timedelta(days=2))
    assert _you(knows.load_graph(), never_met) == 0.0
    interactions.cancel(planned)
    assert _you(knows.load_graph(), never_met) == 0.0


def test_more_and_more_recent_meetings_make_a_stronger_tie(db_path: Path) -> None:
    me()
    often, long_ago = person("Often"), person("Long Ago")
    for days in (3, 20, 40, 60, 90):
        meet(often, days_ago=days)
    meet(long_ago, days_ago=900)
    meet(long_ago, days_ago=950)
    g = knows.load_graph()
    assert _you(g, often) > 0.85 > _you(g, long_ago)


def test_people_in_one_meeting_know_each_other_but_not_a_crowd(db_path: Path) -> None:
    me()
    ana, bo = person("Ana"), person("Bo")
    crowd = [person(f"Guest {i}") for i in range(knows.MAX_GROUP + 5)]
    meet(ana, bo)
    meet(*crowd, kind="event")
    g = knows.load_graph()
    assert g.knows(int(ana), int(bo))
    assert not g.knows(int(crowd[0]), int(crowd[1]))  # a conference is no friendship
    assert all(_you(g, c) > 0 for c in crowd)  # but the user was there with each


def test_introductions_made_or_met_link_all_three_proposed_and_declined_none(
        db_path: Path) -> None:
    sam = me()
    ana, bo, cy, dee, eve = (person(n) for n in ("Ana", "Bo", "Cy", "Dee", "Eve"))
    intro(bo, cy, by=ana, status="met")
    intro(dee, eve, by=ana, status="proposed")
    intro(cy, dee, status="declined")
    intro(sam, eve, status="made")
    g = knows.load_graph()
    assert g.knows(int(ana), int(bo)) and g.knows(int(ana), int(cy)) and g.knows(int(bo), int(cy))
    assert not g.knows(int(dee), int(eve)) and not g.knows(int(ana), int(dee))
    assert not g.knows(int(cy), int(dee))
    assert _you(g, eve) > 0 and _you(g, ana) == 0.0


def _related(owner: ContactId, *values: dict[str, object]) -> None:
    db.execute_sql("UPDATE contact SET vcard_extra = ? WHERE id = ?",
                   (json.dumps({"related": list(values)}), int(owner)))


def test_related_lines_that_name_a_contact_are_links(db_path: Path) -> None:
    me()
    ana = person("Ana Silva", email="ana@lumen.example")
    bo, cy, dee = person("Bo Chen"), person("Cy Lee"), person("Dee Patel")
    twin_a, twin_b = person("Eve Twin"), person("Eve Twin")
    db.execute_sql("UPDATE contact SET uid = 'urn:uuid:bo-1' WHERE id = ?", (int(bo),))
    _related(ana, {"value": "urn:uuid:bo-1", "kind": "spouse"})
    _related(cy, {"value": "mailto:ANA@lumen.example", "kind": "colleague"},
             {"value": "Dee Patel", "kind": "friend"}, {"value": "Eve Twin"},
             {"value": "https://example.com/nobody"})
    g = knows.load_graph()
    assert g.knows(int(ana), int(bo)) and g.knows(int(cy), int(ana))
    assert g.knows(int(cy), int(dee))
    assert not g.knows(int(cy), int(twin_a)) and not g.knows(int(cy), int(twin_b))  # ambiguous
    assert g.tie(int(ana), int(bo)) > g.tie(int(cy), int(dee)) > g.tie(int(cy), int(ana))
    assert paths.explain(int(ana), int(bo), None) == ("Ana's card lists Bo (spouse)",)


def _random_network(seed: int = 3) -> list[ContactId]:
    rng = random.Random(seed)
    sam = me()
    people = [person(f"P{i}", stage=rng.choice(("connected", "connected", "acquainted",
                                                 "trusted"))) for i in range(40)]
    for _ in range(35):
        group = rng.sample(people, rng.choice((1, 1, 2, 3)))
        meet(*group, days_ago=rng.randint(-20, 800))
    for _ in range(30):
        a, b = rng.sample(people, 2)
        by = rng.choice((None, sam, rng.choice(people)))
        if by in (a, b):
            by = None
        try:
            intro(a, b, by=by, status=rng.choice(("made", "met", "proposed", "declined")))
        except Exception:  # an already introduced pair: fine, skip it
            continue
    return people


def test_the_two_readers_agree_on_every_link(db_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole-book reader (the network view) and the reader that reads only the people
    a search reaches (the command line) give the same ties, to the last bit."""
    people = _random_network()
    whole = knows.load_graph()
    for cid in people:
        sql = knows.SqlTies()
        assert sql.you(int(cid)) == whole.you(int(cid))
        mine, theirs = sql.neighbours(int(cid)), whole.neighbours(int(cid))
        assert mine[0].tolist() == theirs[0].tolist()
        assert mine[1].tolist() == theirs[1].tolist()
    # The user's introductions with these people found through each one's own index
    # (a few people), or through the user's (many): the same ties either way.
    for few in (len(people), 0):
        monkeypatch.setattr(knows, "_FEW_PEOPLE", few)
        only_you = knows.SqlTies()
        only_you.load_you([int(c) for c in people])
        assert [only_you.you(int(c)) for c in people] == [whole.you(int(c)) for c in people]


def test_explanations_say_how_a_tie_is_known(db_path: Path) -> None:
    sam = me()
    ana = person("Ana Silva", stage="trusted")
    bo = person("Bo Chen")
    for days in (5, 30, 60):
        meet(ana, days_ago=days)
    meet(ana, bo, days_ago=2)
    intro(bo, person("Cy Lee"), by=ana, on=dt.date(2024, 3, 1))
    today = dt.date.today()
    last = dt.date.today() - dt.timedelta(days=2)
    month = last.strftime("%B") if last.year == today.year else last.strftime("%B %Y")
    assert paths.explain(int(sam), int(ana), int(sam), limit=3) == (
        "you trust each other", f"you met Ana 4 times, last in {month}")
    assert paths.explain(int(ana), int(bo), int(sam)) == (
        f"Ana and Bo were at a meeting with you in {month}",
        "Ana introduced Bo to Cy in 2024")


@pytest.mark.parametrize(("name", "category", "expected"), [
    ("Needs: a designer", "needs", ("a designer", "designer")),
    ("Looking for funding", "needs", ("funding", "funding")),
    ("Offers design", "offers", ("design", "design")),
    ("Can help with Funding", "offers", ("Funding", "funding")),
    ("Mentoring", "offers", ("Mentoring", "mentoring")),
])
def test_needs_and_offers_match_apart_from_their_first_words(
        name: str, category: str, expected: tuple[str, str]) -> None:
    from desktop.services.network import need_key

    assert need_key(name, category) == expected


@pytest.mark.parametrize("narrow", [True, False])
def test_the_picture_agrees_with_the_whole_network(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, narrow: bool) -> None:
    """The picture works out only its people's links (issue 18); each line, strength and
    count of acquaintances is the whole network's, whether it shows everyone or the
    people closest to the user, and however the introductions were read."""
    if not narrow:
        monkeypatch.setattr(knows, "_NARROW_IDS", 0)
    _random_network(5)
    for limit in (1000, 12):
        graph = knows.load_graph()
        data = network.graph_data(graph, max_nodes=limit)
        whole = knows.load_graph()
        assert len(whole.indptr) == len(whole.ids) + 1  # every link worked out first
        assert data == network.graph_data(whole, max_nodes=limit)
        assert data.truncated == (limit == 12)
        drawn = [int(n.id) for n in data.nodes]
        for node in data.nodes:
            assert node.degree == whole.degree(int(node.id))
            assert node.tie == whole.you(int(node.id))
        lines = {frozenset((int(lk.source), int(lk.target))): lk for lk in data.links}
        for a in drawn:
            for b in drawn:
                if a < b and whole.tie(a, b) > 0:
                    line = lines[frozenset((a, b))]
                    assert line.kind in ("you", "knows", "introduced")
                    assert line.strength == whole.tie(a, b)


@pytest.mark.parametrize("top", [5_000, (1 << 20) + 5_000])
def test_pairs_are_summed_in_the_order_they_were_listed(top: int) -> None:
    """The whole network's links sum each pair's evidence in the order it was listed,
    whether the ids fit the packed sort (below 2**20) or not: the same bits either way."""
    import numpy as np

    from desktop.services.knows import _sum_by_pair

    rnd = np.random.default_rng(18)
    a = rnd.integers(1, top, 20_000)
    b = rnd.integers(1, top, 20_000)
    a, b = np.minimum(a, b)[a != b], np.maximum(a, b)[a != b]
    a[:1000], b[:1000] = a[1000:2000], b[1000:2000]  # pairs listed more than once
    key = (a << 32) | b
    miss = np.log1p(-rnd.uniform(0.1, 0.9, len(key))).astype(np.float32)
    order = np.argsort(key, kind="stable")
    ordered = key[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    expected = np.add.reduceat(miss[order].astype(np.float64), starts)
    pa, pb, total = _sum_by_pair(key.copy(), miss)
    assert pa.tolist() == (ordered[starts] >> 32).tolist()
    assert pb.tolist() == (ordered[starts] & 0xFFFFFFFF).tolist()
    assert total.tobytes() == expected.tobytes()


def _random_rows(seed: int, people: int = 400, me_id: int = 7) -> knows.Rows:
    """Evidence of every kind at random among *people*, the user (*me_id*) in a good share
    of it: a meeting's participants, introductions of every status, RELATED lines."""
    import numpy as np

    rnd = np.random.default_rng(seed)
    meetings = 3_000
    iid = np.sort(rnd.integers(1, 900, meetings)).astype(np.int32)
    cid = np.where(rnd.random(meetings) < 0.2, me_id, rnd.integers(1, people, meetings))
    rows = 4_000
    by = np.where(rnd.random(rows) < 0.3, me_id, rnd.integers(0, people, rows))
    a = np.where(rnd.random(rows) < 0.3, me_id, rnd.integers(1, people, rows))
    b = rnd.integers(1, people, rows)
    related = 200
    rel_a = np.where(rnd.random(related) < 0.3, me_id, rnd.integers(1, people, related))
    stage_ids = np.unique(rnd.integers(1, people, 150))
    stage_ids = stage_ids[stage_ids != me_id]
    return knows.Rows(
        stage_ids.astype(np.int32), rnd.integers(2, 5, len(stage_ids)).astype(np.int8),
        iid, cid.astype(np.int32), rnd.integers(730_000, 740_000, meetings).astype(np.int32),
        by.astype(np.int32), a.astype(np.int32), b.astype(np.int32),
        rnd.integers(0, 3, rows).astype(np.int8), rel_a.astype(np.int64),
        rnd.integers(1, people, related).astype(np.int64),
        rnd.choice([0.5, 0.7, 0.85], related))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_users_ties_alone_are_those_of_all_the_links_bit_for_bit(seed: int) -> None:
    """The picture works the user's ties out from the rows that name the user only, and
    the drawn people's links without the user's ties (issue 18): the same bits as when
    everything is worked out together."""
    rows = _random_rows(seed)
    today = dt.date(2026, 12, 4)
    everything = knows._ties(rows, 7, today)
    yours = knows._ties(rows, 7, today, pairs=False)
    others = knows._ties(rows, 7, today, yours=False)
    assert len(everything.you_ids) > 100 and len(everything.pa) > 1_000
    assert yours.you_ids.tobytes() == everything.you_ids.tobytes()
    assert yours.you_s.tobytes() == everything.you_s.tobytes()
    assert len(yours.pa) == 0 and len(others.you_ids) == 0
    for got, expected in ((others.pa, everything.pa), (others.pb, everything.pb),
                          (others.ps, everything.ps)):
        assert got.tobytes() == expected.tobytes()


def test_meetings_read_twice_are_kept_once_in_numpys_order() -> None:
    import numpy as np

    rnd = np.random.default_rng(18)
    parts: list[np.ndarray] = []
    for _ in range(4):
        part = np.zeros(500, dtype=knows.MEET_T)
        part["i"] = rnd.integers(1, 300, 500)
        part["c"] = rnd.integers(1, 1 << 22, 500) if len(parts) % 2 else rnd.integers(1, 50, 500)
        part["d"] = part["i"] * 3 + 700_000  # a meeting's day follows from the meeting
        parts.append(part)
    parts.append(parts[0][::3].copy())  # rows read again
    expected = np.unique(np.concatenate(parts))
    assert knows._distinct_meetings(parts).tobytes() == expected.tobytes()


def _read_everything(moment: dt.datetime) -> knows.KnowsGraph:
    """The network as it was read before the kept summary (issue 18): every held
    interaction and participant of the book, the user's ties counted from them."""
    return knows.KnowsGraph(knows.me_id(), knows.read_rows(None, moment), moment.date())


def test_the_users_ties_from_the_kept_summary_are_those_of_every_interaction(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bit for bit, with a held meeting dated after the moment of reading (the summary
    counts it, the tie must not yet), one far ahead, and the user at a meeting of their
    own."""
    from desktop.services import interactions

    people = _random_network(11)
    sam = knows.me_id()
    assert sam is not None
    now = dt.datetime.now().replace(microsecond=0)
    interactions.log_interaction(interactions.InteractionDraft(
        kind="call", happened_at=now + dt.timedelta(days=3), participants=(people[0], people[1]),
        summary="Ahead", status="held"), now)
    meet(people[2], ContactId(sam), days_ago=1)
    # A day past what the summary's packed reading holds (year 2871): read unpacked.
    interactions.log_interaction(interactions.InteractionDraft(
        kind="call", happened_at=dt.datetime(2900, 1, 1), participants=(people[3],),
        summary="Far ahead", status="held"), now)
    unpacked: list[str] = []
    fetch = knows._fetch
    monkeypatch.setattr(knows, "_fetch", lambda sql, *a, **k: (
        unpacked.append(sql) if "contact_meetings" in sql else None, fetch(sql, *a, **k))[1])
    for moment in (now, now + dt.timedelta(days=5)):
        kept, everything = knows.load_graph(moment), _read_everything(moment)
        assert kept.ids.tolist() == everything.ids.tolist()
        assert kept.you_tie.tobytes() == everything.you_tie.tobytes()
        assert kept.signature() == everything.signature()
        # The command line's reader takes the same meetings from the summary.
        only_you = knows.SqlTies(now=moment)
        only_you.load_you([int(c) for c in people])
        assert [only_you.you(int(c)) for c in people] == [everything.you(int(c))
                                                          for c in people]
    assert unpacked  # the reading that does not pack the columns was tried too
    assert knows.load_graph(now).you(int(people[0])) != knows.load_graph(
        now + dt.timedelta(days=5)).you(int(people[0]))


def test_the_demo_networks_picture_shows_the_same_people_as_reading_everything(
        db_path: Path) -> None:
    from desktop.services import demo

    demo.generate_demo(600)
    moment = dt.datetime.now().replace(microsecond=0)
    for limit in (5_000, 150):
        data = network.graph_data(knows.load_graph(moment), max_nodes=limit)
        assert data == network.graph_data(_read_everything(moment), max_nodes=limit)
        assert data.truncated == (limit == 150)
        assert len(data.nodes) > 100 and data.links


def _slowed(monkeypatch: pytest.MonkeyPatch, module: object, names: tuple[str, ...],
            pause: float) -> None:
    """Make each of *module*'s reads *names* wait *pause* seconds first, as a slow disk
    or a busy database would (a sleep lets go of the interpreter lock, as SQLite does
    while it reads)."""
    import time

    def slow(read: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            time.sleep(pause)
            return read(*args, **kwargs)
        return run

    for name in names:
        monkeypatch.setattr(module, name, slow(getattr(module, name)))


def _seconds(work: Any) -> float:
    import time

    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _small_network() -> ContactId:
    user = me()
    people = [person(f"Person {k}", stage="acquainted" if k % 2 else "connected", org="Acme")
              for k in range(12)]
    for k in range(0, 12, 3):
        meet(*people[k:k + 3])
        intro(people[k], people[k + 1], by=user if k % 2 else people[k + 2])
    return user


def test_the_networks_reads_wait_for_the_slowest_not_for_their_sum(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the network view reads the stages, the introductions and the summary of
    meetings, then the names and the meetings of the people drawn: each pair at once
    (SQLite lets go of the interpreter lock while it reads: two cores), so the picture
    waits for the slowest read, not for their sum (issue 18), when a core is free. The
    baseline is one slowed read alone, in the same run."""
    from desktop.services import background

    _small_network()
    network.graph_data(knows.load_graph())  # numpy imported, the queries prepared
    monkeypatch.setattr(background, "free_cores", lambda: 1.5)  # a core nobody uses
    pause = 0.2
    _slowed(monkeypatch, knows, ("_read_stages", "_read_introductions", "read_you_meetings",
                                 "read_meetings_of"), pause)
    _slowed(monkeypatch, network, ("people_rows",), pause)
    alone = _seconds(knows._read_introductions)
    graph: list[knows.KnowsGraph] = []
    reading = _seconds(lambda: graph.append(knows.load_graph()))
    picture = _seconds(lambda: network.graph_data(graph[0]))
    # One after the other: three and two slowed reads.
    assert reading < 1.8 * alone, (reading, alone)
    assert picture < 1.5 * alone, (picture, alone)
    assert len(network.graph_data(graph[0]).nodes) == 13


@pytest.mark.parametrize("free", [1.5, 0.2])
def test_a_read_beside_runs_on_a_free_core_only_and_hands_its_error_over(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, free: float) -> None:
    """With no core free the threads would only take turns (4-10 % more CPU, no time
    saved, measured at load 5-6 on two cores): the read runs on the caller's thread."""
    import threading

    from desktop.services import background

    monkeypatch.setattr(background, "free_cores", lambda: free)
    where: list[int] = []

    def broken() -> None:
        where.append(threading.get_ident())
        db.execute_sql("SELECT no_such_column FROM contact")

    waiting = knows.read_beside(broken)
    with pytest.raises(Exception, match="no_such_column"):
        waiting()
    assert (where == [threading.get_ident()]) == (free < 1)
    # A thread's connection was its own, closed with it: the caller's still reads.
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert knows.read_beside(lambda: 7)() == 7
