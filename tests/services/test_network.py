"""What the network view shows (issue 16): the picture, the connectors who matter to the
user, and the introductions worth making, on hand-made networks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import knows, network, tags
from desktop.services.types import ContactId
from tests.services.netbuild import intro, me, meet, person


@pytest.fixture()
def chain(db_path: Path) -> dict[str, ContactId]:
    """Sam knows Ana (met directly); Ana introduced Bo to Cy; Cy introduced Dee to Eve;
    Bo and Eve are proposed; Zed is linked to nobody."""
    people = {"me": me(), **{n: person(n) for n in ("Ana", "Bo", "Cy", "Dee", "Eve", "Zed")}}
    intro(people["me"], people["Ana"])
    intro(people["Bo"], people["Cy"], by=people["Ana"])
    intro(people["Dee"], people["Eve"], by=people["Cy"])
    intro(people["Bo"], people["Eve"], status="proposed")
    return people


def test_the_picture_shows_every_kind_of_link(chain: dict[str, ContactId]) -> None:
    data = network.graph_data(knows.load_graph())
    by_name = {n.id: n.name for n in data.nodes}
    links = {(by_name[lk.source], by_name[lk.target], lk.kind) for lk in data.links}
    assert ("Sam Rivera", "Ana", "you") in links
    assert ("Ana", "Bo", "introduced") in links and ("Ana", "Cy", "introduced") in links
    assert ("Bo", "Cy", "knows") in links
    assert ("Bo", "Eve", "proposed") in links
    assert "Zed" not in by_name.values()
    degrees = {n.name: n.degree for n in data.nodes}
    assert degrees["Ana"] == 3 and degrees["Cy"] == 4 and degrees["Sam Rivera"] == 1
    assert {n.name: n.tie > 0 for n in data.nodes}["Ana"]


def test_big_networks_open_on_the_people_closest_to_you(chain: dict[str, ContactId]) -> None:
    data = network.graph_data(knows.load_graph(), max_nodes=4)
    assert data.truncated and data.total_people == 6 and data.center == chain["me"]
    assert {n.name for n in data.nodes} == {"Sam Rivera", "Ana", "Bo", "Cy"}
    around = network.graph_data(knows.load_graph(), center=chain["Cy"], hops=1)
    assert {n.name for n in around.nodes} == {"Ana", "Bo", "Cy", "Dee", "Eve"}


def test_closest_first_follows_strength_not_hops(db_path: Path) -> None:
    sam = me()
    close = person("Close", stage="trusted")
    light = person("Light", stage="acquainted")
    order = network.nearest(knows.load_graph(), int(sam), None, 10)
    assert order == [int(sam), int(close), int(light)]


def test_the_closest_cut_among_equal_ties_as_a_full_sort_cuts(db_path: Path) -> None:
    """The user's strongest ties are found by a partial sort (issue 18): where the cut
    falls among equally strong ties, the lower ids are kept, as a full sort keeps them."""
    sam = me()
    stages = ["acquainted", "trusted", "acquainted", "relationship", "acquainted",
              "trusted", "acquainted", "relationship", "acquainted"]
    people = [int(person(f"P{i}", stage=stage)) for i, stage in enumerate(stages)]
    graph = knows.load_graph()
    full = sorted(people, key=lambda p: (-graph.you(p), p))
    for limit in range(1, len(people) + 2):
        assert network.nearest(graph, int(sam), None, limit) == [int(sam), *full][:limit]


def test_the_partial_sort_of_ties_is_the_head_of_a_stable_sort() -> None:
    import numpy as np

    rng = np.random.default_rng(18)
    for size in (0, 1, 7, 300):
        tie = rng.choice(np.array([0.0, 0.35, 0.5, 0.75, 0.9], dtype=np.float32), size)
        known = np.flatnonzero(tie > 0)
        full = known[np.lexsort((known, -tie[known]))]
        for count in (0, 1, 5, len(known) - 1, len(known), len(known) + 3):
            assert network._strongest(tie, known, count).tolist() == \
                full[:max(count, 0)].tolist()


def test_connectors_are_who_opens_doors_for_you(db_path: Path) -> None:
    """Reach through someone (people they know whom you do not), weighted by your tie:
    a trusted friend with three new people beats an acquaintance with four; someone you
    do not know is nobody's door; you are never listed."""
    sam = me()
    trusted = person("Trish Trusted", stage="trusted")
    loose = person("Lou Loose", stage="acquainted")
    stranger = person("Stan Stranger")
    known = person("Kai Known", stage="acquainted")
    for i in range(3):
        intro(trusted, person(f"T{i}"), status="met")
    for i in range(4):
        intro(loose, person(f"L{i}"), status="made")
    for i in range(6):
        intro(stranger, person(f"S{i}"), status="met")
    intro(trusted, known, status="met")  # Kai is known already: no new reach
    ranked = network.connectors(knows.load_graph())
    assert [(c.person.name, c.reach) for c in ranked] == [("Trish Trusted", 3),
                                                          ("Lou Loose", 4)]
    assert ranked[0].knows == 5  # Sam, T0-T2, Kai
    assert all(c.person.id not in (sam, stranger) for c in ranked)
    assert ranked[0].score > ranked[1].score > 0


def test_connectors_on_an_empty_network(db_path: Path) -> None:
    me()
    person("Ana")
    assert network.connectors(knows.load_graph()) == ()
    assert network.suggestions(knows.load_graph()) == ()


def test_suggests_people_you_know_who_share_two_interests(db_path: Path) -> None:
    sam = me()
    ana = person("Ana", "Jazz", "Chess", "Running", stage="trusted")
    bo = person("Bo", "Jazz", "Chess")
    cy = person("Cy", "Jazz", "Running", "Chess")
    dee = person("Dee", "Jazz")  # only one shared interest with anyone
    eve = person("Eve", "Jazz", "Chess")  # shares two with Ana, but Sam does not know Eve
    for p in (bo, cy, dee):
        intro(sam, p)
    intro(bo, cy, status="declined")  # asked before and declined: not suggested again
    found = network.suggestions(knows.load_graph())
    pairs = [({s.person_a.name, s.person_b.name}, s.shared) for s in found]
    assert pairs == [({"Ana", "Cy"}, ("Chess", "Jazz", "Running")),
                     ({"Ana", "Bo"}, ("Chess", "Jazz"))]
    assert found[0].reason == "Both into Chess, Jazz and Running"
    intro(ana, cy, by=sam)  # made it: they know each other now
    assert [{s.person_a.name, s.person_b.name} for s in network.suggestions(
        knows.load_graph())] == [{"Ana", "Bo"}]
    for_bo = network.suggestions(knows.load_graph(), for_contact=bo)
    assert [{s.person_a.name, s.person_b.name} for s in for_bo] == [{"Ana", "Bo"}]
    assert eve not in {s.person_a.id for s in found} | {s.person_b.id for s in found}


def test_never_suggests_people_who_already_know_each_other(db_path: Path) -> None:
    """Any link counts: a meeting together, a card's RELATED line, an introduction."""
    me()
    shared = ("Jazz", "Chess")
    ana, bo = person("Ana", *shared, stage="trusted"), person("Bo", *shared, stage="trusted")
    cy, dee = person("Cy", *shared, stage="trusted"), person("Dee", *shared, stage="trusted")
    meet(ana, bo)
    from tests.services.test_paths import related

    related(cy, dee, "colleague")
    found = {frozenset((s.person_a.name, s.person_b.name))
             for s in network.suggestions(knows.load_graph())}
    assert frozenset(("Ana", "Bo")) not in found and frozenset(("Cy", "Dee")) not in found
    assert frozenset(("Ana", "Cy")) in found


def _category(name: str, category: str) -> None:
    tag_id = tags.find_tag(name)
    assert tag_id is not None
    tags.update_tag(tag_id, category=category)


def test_suggests_who_offers_what_someone_needs(db_path: Path) -> None:
    me()
    ana = person("Ana Silva", "Needs a designer", stage="relationship")
    bo = person("Bo Chen", "Offers: designer", stage="acquainted")
    person("Cy Lee", "Offers funding", stage="acquainted")
    person("Dee Patel", "Needs a designer")  # the user does not know Dee
    _category("Needs a designer", "needs")
    _category("Offers: designer", "offers")
    _category("Offers funding", "offers")
    found = network.suggestions(knows.load_graph())
    assert [(s.person_a.id, s.person_b.id) for s in found] == [(ana, bo)]
    assert found[0].reason == "Ana needs a designer, Bo offers it"
    assert found[0].shared == () and found[0].needs[0].who == ana


def test_group_and_avoid_tags_are_not_common_interests(db_path: Path) -> None:
    me()
    person("Ana", "Clients", "Politics", stage="acquainted")
    person("Bo", "Clients", "Politics", stage="acquainted")
    _category("Clients", "group")
    _category("Politics", "avoid")
    assert network.suggestions(knows.load_graph()) == ()
