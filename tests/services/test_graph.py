"""The introduction graph on small hand-made networks with known answers."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from desktop.services import contacts, graph
from desktop.services.errors import ServiceError
from desktop.services.graph import IntroductionFields
from desktop.services.types import ContactFields, ContactId


def person(name: str, *tags: str, stage: str = "connected") -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(full_name=name, tags=tags, stage=stage))
    return cid


def me(name: str = "Sam Rivera") -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(full_name=name), is_me=True)
    return cid


def intro(a: ContactId, b: ContactId, by: ContactId | None = None, status: str = "made"
          ) -> int:
    intro_id, changes = graph.record_introduction(
        IntroductionFields(person_a=a, person_b=b, introducer=by, status=status))
    assert changes.graph
    return intro_id


def names(path: graph.WarmPath) -> list[str]:
    return [p.name for p in path.people]


@pytest.fixture()
def chain(db_path: Path) -> dict[str, ContactId]:
    """Sam knows Ana (met directly); Ana introduced Bo to Cy; Cy introduced Dee to Eve;
    Zed is in no introduction."""
    people = {"me": me(), **{n: person(n) for n in ("Ana", "Bo", "Cy", "Dee", "Eve", "Zed")}}
    intro(people["me"], people["Ana"])  # old friends, no introducer
    intro(people["Bo"], people["Cy"], by=people["Ana"])  # Ana knows Bo and Cy now
    intro(people["Dee"], people["Eve"], by=people["Cy"])  # Cy knows Dee and Eve
    return people


# --- warm paths ---------------------------------------------------------------------------


def test_shortest_warm_path_runs_through_the_introducers(chain: dict[str, ContactId]) -> None:
    path = graph.warm_path(graph.load_network(), chain["Eve"])
    assert names(path) == ["Sam Rivera", "Ana", "Cy", "Eve"]
    assert path.steps == ("Ask Ana to introduce you to Cy", "Ask Cy to introduce you to Eve")


def test_someone_you_know_needs_no_introduction(chain: dict[str, ContactId]) -> None:
    path = graph.warm_path(graph.load_network(), chain["Ana"])
    assert names(path) == ["Sam Rivera", "Ana"]
    assert "already know Ana" in path.steps[0]


def test_nobody_knows_them_is_a_clear_refusal(chain: dict[str, ContactId]) -> None:
    with pytest.raises(ServiceError, match="No path to Zed"):
        graph.warm_path(graph.load_network(), chain["Zed"])


def test_proposed_and_declined_introductions_are_not_acquaintances(
        chain: dict[str, ContactId]) -> None:
    intro(chain["Ana"], chain["Zed"], status="proposed")
    with pytest.raises(ServiceError, match="No path to Zed"):
        graph.warm_path(graph.load_network(), chain["Zed"])
    intro_id = graph.introductions_of(chain["Zed"])[0].id
    graph.set_status(intro_id, "declined")
    with pytest.raises(ServiceError, match="No path to Zed"):
        graph.warm_path(graph.load_network(), chain["Zed"])
    graph.set_status(intro_id, "met")
    assert names(graph.warm_path(graph.load_network(), chain["Zed"])) == [
        "Sam Rivera", "Ana", "Zed"]


def test_a_cycle_still_gives_the_shortest_path(chain: dict[str, ContactId]) -> None:
    # Eve introduces Ana to Dee: Ana - Eve - Dee - ... closes a loop back to Ana.
    intro(chain["Ana"], chain["Dee"], by=chain["Eve"])
    path = graph.warm_path(graph.load_network(), chain["Dee"])
    assert names(path) == ["Sam Rivera", "Ana", "Dee"]


def test_deleting_someone_in_the_middle_of_a_path(chain: dict[str, ContactId]) -> None:
    contacts.delete_contacts([chain["Cy"]])
    # Cy's own introductions are gone (cascade); the one Cy made stays without introducer:
    # Dee and Eve still know each other, but nobody links them to Sam any more.
    with pytest.raises(ServiceError, match="No path to Eve"):
        graph.warm_path(graph.load_network(), chain["Eve"])
    left = graph.introductions_of(chain["Eve"])
    assert len(left) == 1 and left[0].introducer is None
    assert {left[0].person_a.name, left[0].person_b.name} == {"Dee", "Eve"}


def test_an_empty_network(db_path: Path) -> None:
    sam, ana = me(), person("Ana")
    network = graph.load_network()
    with pytest.raises(ServiceError, match="No introductions are recorded yet"):
        graph.warm_path(network, ana)
    assert graph.warm_path(network, sam).steps == ("This is you.",)
    assert graph.connectors(network) == ()
    assert graph.suggestions(network) == ()
    data = graph.graph_data(network)
    assert [n.name for n in data.nodes] == ["Sam Rivera"] and data.links == ()
    assert graph.compute_layout(graph.GraphData((), (), None, 0)) == {}


def test_no_profile_of_your_own(db_path: Path) -> None:
    ana, bo = person("Ana"), person("Bo")
    intro(ana, bo)
    with pytest.raises(ServiceError, match="no profile of your own"):
        graph.warm_path(graph.load_network(), bo)


def test_find_people_by_exact_name_then_part(chain: dict[str, ContactId]) -> None:
    person("Anabel")
    assert [p.name for p in graph.find_people("ana")] == ["Ana"]  # exact wins
    assert [p.name for p in graph.find_people("anab")] == ["Anabel"]  # a word's start
    assert graph.find_people("nab") == []  # not the middle of a word ("ana" ≠ Tanaka)
    assert graph.find_people("100%") == []  # LIKE wildcards are literal
    assert [p.name for p in graph.find_people(str(int(chain["Bo"])))] == ["Bo"]


# --- connectors ---------------------------------------------------------------------------


def test_connectors_rank_the_bridge_between_two_groups(db_path: Path) -> None:
    sam = me()
    left = [person(f"L{i}") for i in range(3)]
    right = [person(f"R{i}") for i in range(3)]
    hub, side = person("Hub"), person("Side")
    for p in left:
        intro(hub, p, by=sam)  # Sam introduced Hub to each: Sam knows all of them
    for p in right:
        intro(hub, p)
    intro(side, right[0])
    ranked = graph.connectors(graph.load_network())
    assert ranked[0].person.name == "Hub"
    assert ranked[0].knows == 7  # Sam, 3 left, 3 right
    assert ranked[1].person.name == "R0"  # the only way to Side
    assert all(c.person.id != sam for c in ranked)  # the user is not "a connector"
    assert ranked[0].score > ranked[1].score > 0


def test_connectors_are_estimated_by_sampling_on_big_networks(db_path: Path) -> None:
    sam = me()
    hub = person("Hub")
    spokes = [person(f"S{i}") for i in range(30)]
    intro(sam, hub)
    for s in spokes:
        intro(hub, s)
    network = graph.load_network()
    exact = graph.connectors(network, limit=1)
    sampled = graph.connectors(network, limit=1, samples=8)
    assert exact[0].person.name == sampled[0].person.name == "Hub"


# --- introductions to make ----------------------------------------------------------------


def test_suggests_people_you_know_who_share_two_interests(db_path: Path) -> None:
    sam = me()
    ana = person("Ana", "Jazz", "Chess", "Running", stage="trusted")
    bo = person("Bo", "Jazz", "Chess")
    cy = person("Cy", "Jazz", "Running", "Chess")
    dee = person("Dee", "Jazz")  # only one shared interest with anyone
    eve = person("Eve", "Jazz", "Chess")  # shares two with Ana, but Sam does not know Eve
    for p in (ana, bo, cy, dee):
        intro(sam, p)
    intro(bo, cy, status="declined")  # asked before and declined: not suggested again
    found = graph.suggestions(graph.load_network())
    pairs = [({s.person_a.name, s.person_b.name}, s.shared) for s in found]
    assert pairs == [({"Ana", "Cy"}, ("Chess", "Jazz", "Running")),
                     ({"Ana", "Bo"}, ("Chess", "Jazz"))]
    assert found[0].reason == "Both into chess, jazz and running"
    intro(ana, cy, by=sam)  # made it: they know each other now
    assert [{s.person_a.name, s.person_b.name} for s in graph.suggestions(
        graph.load_network())] == [{"Ana", "Bo"}]
    for_bo = graph.suggestions(graph.load_network(), for_contact=bo)
    assert [{s.person_a.name, s.person_b.name} for s in for_bo] == [{"Ana", "Bo"}]
    assert eve not in {s.person_a.id for s in found} | {s.person_b.id for s in found}


def test_group_and_avoid_tags_are_not_common_interests(db_path: Path) -> None:
    sam = me()
    ana, bo = person("Ana", "Clients", "Politics"), person("Bo", "Clients", "Politics")
    from desktop.services import tags as tag_service

    for name, category in (("Clients", "group"), ("Politics", "avoid")):
        tag_id = tag_service.find_tag(name)
        assert tag_id is not None
        tag_service.update_tag(tag_id, category=category)
    intro(sam, ana)
    intro(sam, bo)
    assert graph.suggestions(graph.load_network()) == ()


# --- recording, bad input -----------------------------------------------------------------


def test_self_introduction_is_refused(chain: dict[str, ContactId]) -> None:
    with pytest.raises(ServiceError, match="cannot be introduced to themselves"):
        intro(chain["Ana"], chain["Ana"])
    with pytest.raises(ServiceError, match="introducer cannot be one of the two"):
        intro(chain["Ana"], chain["Bo"], by=chain["Ana"])


def test_duplicate_introduction_is_refused_with_who_and_when(
        chain: dict[str, ContactId]) -> None:
    with pytest.raises(ServiceError, match="Cy and Bo were already introduced by Ana"):
        intro(chain["Cy"], chain["Bo"], by=chain["Zed"])
    intro(chain["Zed"], chain["Eve"], by=chain["me"], status="proposed")
    with pytest.raises(ServiceError, match="already proposed"):
        intro(chain["Eve"], chain["Zed"], status="proposed")


def test_bad_status_and_missing_contacts(chain: dict[str, ContactId]) -> None:
    with pytest.raises(ServiceError, match="status must be one of"):
        intro(chain["Ana"], chain["Zed"], status="maybe")
    with pytest.raises(ServiceError, match="no longer exists"):
        intro(chain["Ana"], ContactId(9999))
    with pytest.raises(ServiceError, match="no longer exists"):
        graph.set_status(12345, "met")


def test_delete_and_restore_an_introduction(chain: dict[str, ContactId]) -> None:
    info = graph.introductions_of(chain["Eve"])[0]
    row, changes = graph.delete_introduction(info.id)
    assert changes.graph and chain["Eve"] in changes.contacts
    assert graph.introductions_of(chain["Eve"]) == ()
    graph.restore_introduction(row)
    assert graph.introductions_of(chain["Eve"]) == (info,)


def test_introductions_of_a_person_newest_first(chain: dict[str, ContactId]) -> None:
    made = graph.introductions_of(chain["Cy"])
    assert [(i.introducer.name if i.introducer else None, i.person_a.name, i.person_b.name)
            for i in made] == [("Cy", "Dee", "Eve"), ("Ana", "Bo", "Cy")]


# --- what the view draws ------------------------------------------------------------------


def test_graph_links_show_who_introduced_whom(chain: dict[str, ContactId]) -> None:
    data = graph.graph_data(graph.load_network())
    by_name = {n.id: n.name for n in data.nodes}
    links = {(by_name[lk.source], by_name[lk.target], lk.kind) for lk in data.links}
    assert ("Ana", "Bo", "introduced") in links and ("Ana", "Cy", "introduced") in links
    assert ("Bo", "Cy", "knows") in links
    assert ("Sam Rivera", "Ana", "knows") in links
    assert "Zed" not in by_name.values()  # in no introduction
    degrees = {n.name: n.degree for n in data.nodes}
    assert degrees["Ana"] == 3 and degrees["Cy"] == 4


def test_big_networks_open_on_your_neighbourhood(chain: dict[str, ContactId]) -> None:
    data = graph.graph_data(graph.load_network(), max_nodes=4)
    assert data.truncated and data.total_people == 6 and data.center == chain["me"]
    # Sam, then the nearest first: Ana (1 hop), then Ana's Bo and Cy (2 hops).
    assert {n.name for n in data.nodes} == {"Sam Rivera", "Ana", "Bo", "Cy"}
    one_hop = graph.graph_data(graph.load_network(), center=chain["Cy"], hops=1)
    assert {n.name for n in one_hop.nodes} == {"Ana", "Bo", "Cy", "Dee", "Eve"}


# --- layout -------------------------------------------------------------------------------


def _ring(n: int) -> graph.GraphData:
    nodes = tuple(graph.GraphNode(ContactId(i), f"P{i}", "", "", "connected", False, False, 2)
                  for i in range(1, n + 1))
    links = tuple(graph.GraphLink(ContactId(i), ContactId(i % n + 1), "knows")
                  for i in range(1, n + 1))
    return graph.GraphData(nodes, links, None, n)


def test_layout_is_seeded_and_spreads_people_out() -> None:
    data = _ring(40)
    first, again = graph.compute_layout(data), graph.compute_layout(data)
    assert first == again
    points = list(first.values())
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest > graph.EDGE_LENGTH * 0.2  # nobody on top of anybody
    linked = math.dist(first[ContactId(1)], first[ContactId(2)])
    opposite = math.dist(first[ContactId(1)], first[ContactId(21)])
    assert linked < opposite


def test_layout_keeps_saved_positions_and_places_newcomers_near_neighbours() -> None:
    data = _ring(12)
    saved = graph.compute_layout(data)
    newcomer = graph.GraphNode(ContactId(99), "New", "", "", "connected", False, False, 1)
    link = graph.GraphLink(ContactId(99), ContactId(5), "knows")
    grown = graph.GraphData((*data.nodes, newcomer), (*data.links, link), None, 13)
    again = graph.compute_layout(grown, saved)
    assert all(again[c] == saved[c] for c in saved)
    assert math.dist(again[ContactId(99)], saved[ContactId(5)]) < graph.EDGE_LENGTH * 3


def test_big_layout_uses_the_grid_and_stays_sane() -> None:
    data = _ring(1200)  # above the exact limit: FFT repulsion
    pos = graph.compute_layout(data)
    assert len(pos) == 1200 and all(math.isfinite(x) and math.isfinite(y)
                                    for x, y in pos.values())
    mean_link = sum(math.dist(pos[lk.source], pos[lk.target]) for lk in data.links) / 1200
    xs = [p[0] for p in pos.values()]
    assert mean_link < (max(xs) - min(xs)) / 10  # links are short compared to the picture


def test_layout_can_be_cancelled() -> None:
    with pytest.raises(graph.LayoutCancelled):
        graph.compute_layout(_ring(30), progress=lambda done, total: done < 3)


def test_positions_are_remembered(chain: dict[str, ContactId]) -> None:
    graph.save_positions({chain["Ana"]: (1.5, -2.0)})
    graph.save_positions({chain["Ana"]: (3.0, 4.0), chain["Bo"]: (0.0, 0.0)})
    assert graph.load_positions() == {chain["Ana"]: (3.0, 4.0), chain["Bo"]: (0.0, 0.0)}
    assert graph.load_positions([chain["Bo"]]) == {chain["Bo"]: (0.0, 0.0)}
    graph.forget_positions()
    assert graph.load_positions() == {}


def _wheel(spokes: int, extra: list[tuple[int, int, str]]) -> graph.GraphData:
    """A hub (1) with *spokes* people around it, the spokes in a ring, plus *extra* links
    (new ids are added as people)."""
    links = [graph.GraphLink(ContactId(1), ContactId(i), "knows") for i in range(2, spokes + 2)]
    links += [graph.GraphLink(ContactId(i), ContactId(i % (spokes + 1) + 2), "knows")
              for i in range(2, spokes + 1)]
    links += [graph.GraphLink(ContactId(a), ContactId(b), k) for a, b, k in extra]
    ids = sorted({int(lk.source) for lk in links} | {int(lk.target) for lk in links})
    nodes = tuple(graph.GraphNode(ContactId(i), f"P{i}", "", "", "connected", False, False, 2)
                  for i in ids)
    return graph.GraphData(nodes, tuple(links), None, len(nodes))


def test_layout_keeps_loose_threads_and_islands_near_the_network() -> None:
    # 100 and 101: a pair joined only by a proposed introduction (an island); 200-201-202:
    # a thread hanging off spoke 5. Repulsion alone would fling both to the far edge, and
    # "zoom to fit" would then frame mostly empty space.
    # (Measured without the fix: the pair 1,490 from the hub, the wheel's rim at 630, the
    # thread's links 400, 250 and 180 long.)
    data = _wheel(300, [(1000, 1001, "proposed"), (5, 2000, "knows"), (2000, 2001, "knows"),
                        (2001, 2002, "proposed")])
    pos = graph.compute_layout(data)
    hub = pos[ContactId(1)]
    wheel = max(math.dist(hub, pos[ContactId(i)]) for i in range(2, 302))
    for far in (1000, 1001):
        assert math.dist(hub, pos[ContactId(far)]) < wheel + graph.EDGE_LENGTH * 3
    reach = graph.EDGE_LENGTH * 1.5 + 1
    for a, b in ((5, 2000), (2000, 2001), (2001, 2002)):
        assert math.dist(pos[ContactId(a)], pos[ContactId(b)]) <= reach
    assert math.dist(pos[ContactId(1000)], pos[ContactId(1001)]) > graph.EDGE_LENGTH * 0.3


def test_connectors_are_remembered_per_network_and_never_stale(db_path: Path) -> None:
    sam = me()
    hub, a, b, c = (person(n) for n in ("Hub", "A", "B", "C"))
    intro(sam, hub)
    for p in (a, b):
        intro(hub, p)
    first = graph.connectors(graph.load_network())
    assert [x.person.name for x in first] == ["Hub"]
    assert graph.connectors(graph.load_network()) == first  # same network: remembered
    intro(b, c)  # B now leads to C: B is a connector too
    again = graph.connectors(graph.load_network())
    assert [x.person.name for x in again] == ["Hub", "B"]


def test_gc_is_paused_only_while_a_computation_runs() -> None:
    import gc

    assert gc.isenabled()
    with graph.gc_paused():
        assert not gc.isenabled()
        with graph.gc_paused():  # nested (the load and the connectors at once)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), graph.gc_paused():
        raise ValueError
    assert gc.isenabled()


def test_finding_a_person_folds_accents_and_case(sample_contacts: dict[str, ContactId]) -> None:
    """QA: "zoe ro" must find Zoë Rossi in "How do I reach…?" and `rapport path`."""
    assert [p.id for p in graph.find_people("zoe mul")] == [sample_contacts["zoe"]]
    assert [p.id for p in graph.find_people("ZOË MÜLLER")] == [sample_contacts["zoe"]]
    assert graph.find_people("nobody at all") == []
