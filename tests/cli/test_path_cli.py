"""`rapport path NAME`: the warm path, one person per line, as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import close_database
from desktop.services import contacts, graph
from desktop.services.graph import IntroductionFields
from desktop.services.types import ContactFields


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args],
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture()
def network(db_path: Path) -> Path:
    """Sam - Ana (old friends); Ana introduced Bo to Cy Lee; Cy introduced Dee to Eve;
    Cy Lam and Zed know nobody."""
    sam, _ = contacts.create_contact(ContactFields(full_name="Sam Rivera"), is_me=True)
    ids = {n: contacts.create_contact(ContactFields(full_name=n))[0]
           for n in ("Ana Silva", "Bo Chen", "Cy Lee", "Dee Patel", "Eve Moreau", "Cy Lam",
                     "Zed Ito")}
    for a, b, by in ((sam, ids["Ana Silva"], None),
                     (ids["Bo Chen"], ids["Cy Lee"], ids["Ana Silva"]),
                     (ids["Dee Patel"], ids["Eve Moreau"], ids["Cy Lee"])):
        graph.record_introduction(IntroductionFields(person_a=a, person_b=b, introducer=by))
    close_database()
    return db_path


def test_path_prints_one_hop_per_line_from_me_to_name(network: Path) -> None:
    result = rapport("path", "eve moreau", db=network)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Sam Rivera", "Ana Silva", "Cy Lee", "Eve Moreau"]
    assert result.stderr == ""


def test_a_unique_part_of_a_name_is_enough(network: Path) -> None:
    result = rapport("--db", str(network), "path", "Moreau", db=network)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Eve Moreau"


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
    assert "ambiguous" in ambiguous.stderr and "Cy Lam" in ambiguous.stderr
    assert "Cy Lee" in ambiguous.stderr and "Traceback" not in ambiguous.stderr


def test_empty_network_says_so(db_path: Path) -> None:
    contacts.create_contact(ContactFields(full_name="Sam Rivera"), is_me=True)
    contacts.create_contact(ContactFields(full_name="Ana Silva"))
    close_database()
    result = rapport("path", "Ana Silva", db=db_path)
    assert result.returncode == 1
    assert "No introductions are recorded yet" in result.stderr
