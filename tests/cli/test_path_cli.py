"""`rapport path NAME | --at ORG | --tagged TAG`: the warm path, one hop per line (the
person, a tab, why the link holds), as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import close_database
from desktop.services import contacts, tags
from desktop.services.types import ContactFields
from tests.services.netbuild import intro, me, person


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def hops(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split("\t")[0] for line in result.stdout.splitlines()]


@pytest.fixture()
def network(db_path: Path) -> Path:
    """Sam - Ana (old friends); Ana introduced Bo to Cy Lee; Cy introduced Dee to Eve;
    Cy Lam and Zed know nobody; Eve works at Acme and is tagged Climate."""
    sam = me()
    ids = {n: person(n) for n in ("Ana Silva", "Bo Chen", "Cy Lee", "Dee Patel", "Cy Lam",
                                  "Zed Ito")}
    ids["Eve Moreau"] = person("Eve Moreau", "Climate", org="Acme Corp")
    for a, b, by in ((sam, ids["Ana Silva"], None),
                     (ids["Bo Chen"], ids["Cy Lee"], ids["Ana Silva"]),
                     (ids["Dee Patel"], ids["Eve Moreau"], ids["Cy Lee"])):
        intro(a, b, by=by)
    close_database()
    return db_path


def test_path_prints_one_hop_per_line_from_me_to_name(network: Path) -> None:
    result = rapport("path", "eve moreau", db=network)
    assert result.returncode == 0, result.stderr
    assert hops(result) == ["Sam Rivera", "Ana Silva", "Cy Lee", "Eve Moreau"]
    lines = result.stdout.splitlines()
    assert lines[0] == "Sam Rivera"
    assert lines[1] == "Ana Silva\tyou and Ana met directly"
    assert lines[2] == "Cy Lee\tAna introduced Bo to Cy"
    assert lines[3] == "Eve Moreau\tCy introduced Dee to Eve"
    assert result.stderr == ""


def test_a_unique_part_of_a_name_or_a_number_is_enough(network: Path) -> None:
    result = rapport("--db", str(network), "path", "Moreau", db=network)
    assert result.returncode == 0, result.stderr
    assert hops(result)[-1] == "Eve Moreau"
    listed = rapport("list", db=network).stdout.splitlines()
    eve = next(line.split("\t")[0] for line in listed if "Eve Moreau" in line)
    assert hops(rapport("path", f"#{eve}", db=network))[-1] == "Eve Moreau"


def test_reach_anyone_at_an_organisation_or_with_a_tag(network: Path) -> None:
    at = rapport("path", "--at", "acme", db=network)
    assert at.returncode == 0, at.stderr
    assert hops(at) == ["Sam Rivera", "Ana Silva", "Cy Lee", "Eve Moreau"]
    tagged = rapport("path", "--tagged", "CLIMATE", db=network)
    assert tagged.returncode == 0, tagged.stderr
    assert hops(tagged) == hops(at)
    nobody = rapport("path", "--at", "Nowhere Ltd", db=network)
    assert nobody.returncode == 1
    assert nobody.stderr.strip() == "rapport: nobody at 'Nowhere Ltd' in your contacts"
    no_tag = rapport("path", "--tagged", "Sailing", db=network)
    assert no_tag.returncode == 1 and no_tag.stderr.strip() == "rapport: no tag named 'Sailing'"


def test_several_paths_to_different_people(network: Path, db_path: Path) -> None:
    from desktop.models import open_database

    open_database(db_path)
    assert tags.find_tag("Climate") is not None  # give it a second member, closer to you
    contacts.set_tags(contacts.find_contacts("Bo Chen")[0].id, ["Climate"])
    close_database()
    result = rapport("path", "--tagged", "Climate", "--paths", "3", db=network)
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert [[line.split("\t")[0] for line in b.splitlines()] for b in blocks] == [
        ["Sam Rivera", "Ana Silva", "Bo Chen"],
        ["Sam Rivera", "Ana Silva", "Cy Lee", "Eve Moreau"]]


def test_no_path_is_exit_1_with_one_line(network: Path) -> None:
    result = rapport("path", "Zed Ito", db=network)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "rapport: No path to Zed Ito: nobody you know is recorded as knowing them"]


def test_unknown_and_ambiguous_names(network: Path) -> None:
    unknown = rapport("path", "Nobody", db=network)
    assert unknown.returncode == 1 and "nobody called 'Nobody'" in unknown.stderr
    ambiguous = rapport("path", "Cy L", db=network)
    assert ambiguous.returncode == 1
    assert len(ambiguous.stderr.strip().splitlines()) == 1
    assert "ambiguous" in ambiguous.stderr and "Cy Lam (#" in ambiguous.stderr
    assert "Cy Lee (#" in ambiguous.stderr and "Traceback" not in ambiguous.stderr


def test_namesakes_are_refused_with_their_organisations(db_path: Path) -> None:
    me()
    contacts.create_contact(ContactFields(full_name="Ana Silva", organization="Lumen Labs"))
    contacts.create_contact(ContactFields(full_name="Ana Silva", organization="Harbor & Co"))
    close_database()
    result = rapport("path", "Ana Silva", db=db_path)
    assert result.returncode == 1
    assert ", Lumen Labs)" in result.stderr and ", Harbor & Co)" in result.stderr


def test_usage_errors_exit_2(network: Path) -> None:
    for args in ((), ("Eve", "--at", "Acme"), ("--paths", "0", "Eve")):
        result = rapport("path", *args, db=network)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_no_profile_says_so(db_path: Path) -> None:
    person("Ana Silva")
    close_database()
    result = rapport("path", "Ana Silva", db=db_path)
    assert result.returncode == 1
    assert "no profile of your own" in result.stderr
