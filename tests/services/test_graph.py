"""Introductions and the people they name, on small hand-made networks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import contacts, graph
from desktop.services.errors import ServiceError
from desktop.services.types import ContactId
from tests.services.netbuild import intro, me, person


@pytest.fixture()
def chain(db_path: Path) -> dict[str, ContactId]:
    """Sam knows Ana (met directly); Ana introduced Bo to Cy; Cy introduced Dee to Eve;
    Zed is in no introduction."""
    people = {"me": me(), **{n: person(n) for n in ("Ana", "Bo", "Cy", "Dee", "Eve", "Zed")}}
    intro(people["me"], people["Ana"])  # old friends, no introducer
    intro(people["Bo"], people["Cy"], by=people["Ana"])  # Ana knows Bo and Cy now
    intro(people["Dee"], people["Eve"], by=people["Cy"])  # Cy knows Dee and Eve
    return people


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


def test_find_people_by_exact_name_then_part(chain: dict[str, ContactId]) -> None:
    person("Anabel")
    assert [p.name for p in graph.find_people("ana")] == ["Ana"]  # exact wins
    assert [p.name for p in graph.find_people("anab")] == ["Anabel"]  # a word's start
    assert graph.find_people("nab") == []  # not the middle of a word ("ana" ≠ Tanaka)
    assert graph.find_people("100%") == []  # LIKE wildcards are literal
    assert [p.name for p in graph.find_people(str(int(chain["Bo"])))] == ["Bo"]


def test_finding_a_person_folds_accents_and_case(sample_contacts: dict[str, ContactId]) -> None:
    """QA: "zoe ro" must find Zoë Rossi in "How do I reach…?" and `rapport path`."""
    assert [p.id for p in graph.find_people("zoe mul")] == [sample_contacts["zoe"]]
    assert [p.id for p in graph.find_people("ZOË MÜLLER")] == [sample_contacts["zoe"]]
    assert graph.find_people("nobody at all") == []


def test_deleting_someone_keeps_the_introductions_they_made(
        chain: dict[str, ContactId]) -> None:
    contacts.delete_contacts([chain["Cy"]])
    # Cy's own introductions are gone (cascade); the one Cy made stays without introducer.
    left = graph.introductions_of(chain["Eve"])
    assert len(left) == 1 and left[0].introducer is None
    assert {left[0].person_a.name, left[0].person_b.name} == {"Dee", "Eve"}


def test_namesakes_are_told_apart_by_their_organisation(db_path: Path) -> None:
    a = person("Ana Silva", org="Lumen Labs")
    b = person("Ana Silva", org="Harbor & Co")
    c = person("Ana Silva")
    solo = person("Bo Chen", org="Atlas")
    refs = graph.person_refs([a, b, c, solo])
    assert refs[a].label == "Ana Silva (Lumen Labs)"
    assert refs[b].label == "Ana Silva (Harbor & Co)"
    assert refs[c].label == f"Ana Silva (#{int(c)})"
    assert refs[solo].label == "Bo Chen"  # no namesake: just the name
    assert [p.label for p in graph.find_people("ana silva")] == [
        "Ana Silva (Lumen Labs)", "Ana Silva (Harbor & Co)", f"Ana Silva (#{int(c)})"]
    assert [p.id for p in graph.find_people(f"#{int(b)}")] == [b]
