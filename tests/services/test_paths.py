"""Warm paths by closeness (issue 16) on hand-made networks with known answers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import networkx as nx
import pytest

from desktop.models import db
from desktop.services import knows, paths
from desktop.services.errors import ServiceError
from desktop.services.graph import person_refs
from desktop.services.reasons import reason_text
from desktop.services.types import ContactId
from tests.services.netbuild import intro, me, meet, person

BOTH = pytest.mark.parametrize("reader", ["graph", "sql"])


def source(reader: str) -> knows.TieSource:
    """The network view's reader or the command line's: every answer must be the same."""
    return knows.load_graph() if reader == "graph" else knows.SqlTies()


def names(path: paths.WarmPath) -> list[str]:
    return [p.name for p in path.people]


def to(cid: ContactId) -> paths.Target:
    return paths.person_target(person_refs([cid])[cid])


@pytest.fixture()
def chain(db_path: Path) -> dict[str, ContactId]:
    """Sam knows Ana (met directly); Ana introduced Bo to Cy; Cy introduced Dee to Eve;
    Zed is linked to nobody."""
    people = {"me": me(), **{n: person(n) for n in ("Ana", "Bo", "Cy", "Dee", "Eve", "Zed")}}
    intro(people["me"], people["Ana"])
    intro(people["Bo"], people["Cy"], by=people["Ana"])
    intro(people["Dee"], people["Eve"], by=people["Cy"])
    return people


@BOTH
def test_a_chain_of_introductions_says_whom_to_ask(chain: dict[str, ContactId],
                                                  reader: str) -> None:
    path = paths.warm_path(source(reader), chain["Eve"])
    assert names(path) == ["Sam Rivera", "Ana", "Cy", "Eve"]
    assert [s.ask for s in path.steps] == ["Ask Ana to introduce you to Cy",
                                           "Ask Cy to introduce you to Eve"]
    assert path.steps[0].why == "you and Ana met directly; Ana introduced Bo to Cy"
    assert path.steps[1].why == "Cy introduced Dee to Eve"
    assert [s.introducer.name for s in path.steps if s.introducer] == ["Ana", "Cy"]


@BOTH
def test_strongest_chain_beats_the_shortest(db_path: Path, reader: str) -> None:
    """Two hops through an acquaintance and an introduction that was only made lose to
    three hops of close ties: a trusted friend, her brother, his old friend."""
    sam = me()
    target = person("Tess Target")
    weak = person("Walt Weak", stage="acquainted")
    intro(weak, target, status="made")
    friend = person("Fran Friend", stage="trusted")
    brother = person("Cole Brother")
    intro(friend, brother, status="met")
    related(friend, brother, "sibling")
    intro(brother, target, status="met")
    related(target, brother, "friend")
    found = source(reader)
    path = paths.warm_path(found, target)
    assert names(path) == ["Sam Rivera", "Fran Friend", "Cole Brother", "Tess Target"]
    shortest = nx.shortest_path(_nx(found, [sam, target, weak, friend, brother]), int(sam),
                                int(target))
    assert len(shortest) == 3  # the fewest hops would have been through Walt
    assert path.steps[0].why == ("you trust each other; Fran and Cole met directly; "
                                 "Fran's card lists Cole (sibling)")
    assert path.steps[1].why == "Cole and Tess met directly; Tess's card lists Cole (friend)"


def related(owner: ContactId, other: ContactId, kind: str) -> None:
    """*owner*'s card names *other* (RELATED;TYPE=kind:urn:uuid:...)."""
    uid = f"urn:uuid:{int(other)}-x"
    db.execute_sql("UPDATE contact SET uid = ? WHERE id = ?", (uid, int(other)))
    db.execute_sql("UPDATE contact SET vcard_extra = ? WHERE id = ?",
                   (json.dumps({"related": [{"value": uid, "kind": kind}]}), int(owner)))


def _nx(found: knows.TieSource, people: list[ContactId]) -> nx.Graph:
    g = nx.Graph()
    me_id = found.me
    assert me_id is not None
    for p in people:
        if found.you(int(p)) > 0:
            g.add_edge(me_id, int(p))
        others, _s = found.neighbours(int(p))
        g.add_edges_from((int(p), int(o)) for o in others.tolist())
    return g


@BOTH
def test_someone_you_met_is_one_hop_even_with_a_strong_chain_beside(db_path: Path,
                                                                    reader: str) -> None:
    me()
    met = person("Mia Met")
    meet(met, days_ago=400)  # once, more than a year ago: the weakest tie there is
    friend = person("Fran Friend", stage="trusted")
    intro(friend, met, status="met")
    related(met, friend, "spouse")
    path = paths.warm_path(source(reader), met)
    assert names(path) == ["Sam Rivera", "Mia Met"]
    assert path.steps[0].introducer is None
    assert path.steps[0].ask == "You already know Mia Met: get in touch directly"
    assert path.steps[0].why.startswith("you met Mia once, last in ")


@BOTH
def test_a_trusted_friend_is_reached_directly(db_path: Path, reader: str) -> None:
    me()
    ana = person("Ana", stage="trusted")
    bo = person("Bo", stage="trusted")
    intro(ana, bo, status="met")
    assert names(paths.warm_path(source(reader), ana)) == ["Sam Rivera", "Ana"]


@BOTH
def test_reach_an_organisation_best_first(db_path: Path, reader: str) -> None:
    me()
    close = person("Carla Close", stage="trusted")
    loose = person("Lou Loose", stage="acquainted")
    acme_a = person("Ada Acme", org="Acme Corp")
    acme_b = person("Ben Acme", org="Acme Corp")
    person("Oscar Other", org="Other Inc")
    intro(close, acme_a, status="met")
    intro(loose, acme_b, status="made")
    target = paths.organization_target("acme corp")
    assert target is not None and target.label == "Acme Corp" and target.count == 2
    assert paths.organization_target("ACME") == target  # a word's start is enough
    assert paths.organization_target("Nowhere") is None
    found = paths.warm_paths(source(reader), target, limit=3)
    assert [names(p) for p in found] == [["Sam Rivera", "Carla Close", "Ada Acme"],
                                         ["Sam Rivera", "Lou Loose", "Ben Acme"]]
    assert found[0].strength > found[1].strength


def test_the_organisations_offered_count_each_spelling_apart(db_path: Path) -> None:
    """What "How do I reach…" offers: every organisation as written, with how many, in
    the order of the text; a name written in two ways is two entries (as SQLite's grouping
    of the text has them), the user's own organisation and empty ones are not there."""
    me()
    db.execute_sql("UPDATE contact SET organization = 'Mine Ltd' WHERE is_me = 1")
    for name, org in (("Ada", "Acme"), ("Ben", "ACME"), ("Cy", "Acme"), ("Dee", "beta"),
                      ("Eve", "Zeta"), ("Fay", ""), ("Gus", "acme"), ("Hal", "Beta")):
        person(name, org=org)
    counts = paths.organization_counts()
    assert counts == {"ACME": 1, "Acme": 2, "Beta": 1, "Zeta": 1, "acme": 1, "beta": 1}
    assert list(counts) == ["ACME", "Acme", "Beta", "Zeta", "acme", "beta"]


@BOTH
def test_reach_a_tag_someone_you_know_first(db_path: Path, reader: str) -> None:
    me()
    known = person("Kim Known", "Climate", stage="acquainted")
    unknown = person("Una Unknown", "Climate")
    friend = person("Fran Friend", stage="relationship")
    intro(friend, unknown, status="met")
    person("Noor Nobody", "Climate")  # linked to nobody: not reachable
    target = paths.tag_target("climate")
    assert target is not None and target.kind == "tag" and target.count == 3
    found = paths.warm_paths(source(reader), target, limit=3)
    assert [names(p) for p in found] == [["Sam Rivera", "Kim Known"],
                                         ["Sam Rivera", "Fran Friend", "Una Unknown"]]
    assert found[1].target == target
    assert known and paths.tag_target("no such tag") is None


@BOTH
def test_no_path_says_why(chain: dict[str, ContactId], reader: str) -> None:
    with pytest.raises(ServiceError, match="No path to Zed: nobody you know is recorded as "
                       "knowing them"):
        paths.warm_path(source(reader), chain["Zed"])
    island_a, island_b = person("Isla"), person("Ivo")
    intro(island_a, island_b)
    with pytest.raises(ServiceError, match="even through friends of friends"):
        paths.warm_path(source(reader), island_a)
    assert paths.warm_path(source(reader), chain["me"]).steps[0].ask == "This is you."


def test_no_profile_of_your_own(db_path: Path) -> None:
    ana, bo = person("Ana"), person("Bo")
    intro(ana, bo)
    with pytest.raises(ServiceError, match="no profile of your own"):
        paths.warm_path(knows.SqlTies(), bo)


def test_the_search_finds_what_dijkstra_finds(db_path: Path) -> None:
    """networkx's Dijkstra on the same links and costs is the oracle."""
    rng = random.Random(11)
    sam = me()
    people = [person(f"P{i}", stage=rng.choice(("connected",) * 6 + ("acquainted",)))
              for i in range(60)]
    for _ in range(90):
        a, b = rng.sample(people, 2)
        try:
            intro(a, b, by=rng.choice((None, rng.choice(people))), status="met")
        except ServiceError:
            continue
    for _ in range(20):
        meet(*rng.sample(people, rng.choice((2, 3))), days_ago=rng.randint(1, 900))
    whole = knows.load_graph()
    oracle = nx.Graph()
    for cid in people:
        if whole.you(int(cid)) > 0:
            oracle.add_edge(int(sam), int(cid), cost=knows.hop_cost(whole.you(int(cid))))
        for other, s in zip(*(a.tolist() for a in whole.neighbours(int(cid))), strict=True):
            oracle.add_edge(int(cid), other, cost=knows.hop_cost(s))
    checked = 0
    for cid in people:
        if int(cid) not in oracle or not nx.has_path(oracle, int(sam), int(cid)):
            continue
        best = nx.shortest_path_length(oracle, int(sam), int(cid), weight="cost")
        (cost, _chain), = paths.search(whole, [int(cid)])
        assert cost == pytest.approx(best)
        checked += 1
    assert checked >= 30


def test_the_request_for_an_introduction(db_path: Path) -> None:
    me()
    ana = person("Ana Silva", email="ana@lumen.example", stage="relationship")
    bo = person("Bo Chen", org="Harbor & Co")
    intro(ana, bo, status="met")
    path = paths.warm_path(knows.SqlTies(), bo)
    step = path.steps[0]
    draft = paths.draft_request(step, path)
    assert draft.to == "ana@lumen.example"
    assert draft.subject == "Introduction to Bo Chen?"
    assert draft.body.startswith("Hi Ana,\n\n")
    assert "introduce me to Bo Chen (Harbor & Co)?" in draft.body
    assert draft.body.rstrip().endswith("Sam")
    assert draft.mailto.startswith("mailto:ana@lumen.example?subject=Introduction%20to%20Bo")
    assert "%0D%0A" in draft.mailto and "&" not in draft.mailto.split("body=")[1]
    assert reason_text(paths.chase_reason(step)) == (
        "Chase Ana Silva about the introduction to Bo Chen")
