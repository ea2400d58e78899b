"""`rapport tag NAME TAG... [--remove]`: the same tags and rules as the window, from a
terminal; ambiguous names refused with the candidates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import contacts, followups, tags
from desktop.services.types import ContactFields, ContactId
from tests.cli.test_briefing_cli import rapport


@pytest.fixture()
def people(sample_contacts: dict[str, ContactId], db_path: Path) -> dict[str, ContactId]:
    extra, _ = contacts.create_contact(ContactFields(full_name="Zoe Mueller-Smith"))
    tag_id, _ = tags.create_tag("Clients", "group")
    tags.set_cadence(tag_id, 30)
    close_database()  # the subprocess opens the file itself
    return {**sample_contacts, "zoe2": extra}


def _tags_of(db_path: Path, cid: ContactId) -> tuple[str, ...]:
    open_database(db_path)
    try:
        detail = contacts.get_contact(cid)
        assert detail is not None
        return detail.fields.tags
    finally:
        close_database()


def test_tag_adds_and_removes_with_the_windows_rules(people: dict[str, ContactId],
                                                     db_path: Path) -> None:
    bo = people["bo"]
    result = rapport("tag", "bo chen", "clients", "Climate tech", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2 tags added to Bo Chen"
    # The existing tag is reused whatever the case; the new one is created.
    assert _tags_of(db_path, bo) == ("Chess", "Clients", "Climate tech", "Politics")
    open_database(db_path)
    try:
        # "Clients" keeps in touch every 30 days: Bo now has that follow-up, as the
        # window's tag field would have given him.
        due = [i for i in followups.due(dt.date.today() + dt.timedelta(days=40))
               if i.contact_id == bo and i.origin == "cadence"]
        assert len(due) == 1
    finally:
        close_database()

    result = rapport("tag", f"#{bo}", "CLIENTS", "--remove", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 tag removed from Bo Chen"
    assert _tags_of(db_path, bo) == ("Chess", "Climate tech", "Politics")


def test_tag_refuses_an_ambiguous_name_and_an_unknown_tag(people: dict[str, ContactId],
                                                          db_path: Path) -> None:
    result = rapport("tag", "zoe", "Jazz", db=db_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "matches 2 contacts" in lines[0]
    assert lines[1:] == [f"#{people['zoe2']}\tZoe Mueller-Smith",
                         f"#{people['zoe']}\tZoë Müller (Café Zürich)"]
    assert _tags_of(db_path, people["zoe"]) == ("Jazz",)

    result = rapport("tag", "Ana Silva", "Jaz", "--remove", db=db_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "rapport: no tag named 'Jaz'"
    assert "Jazz" in _tags_of(db_path, people["ana"])

    result = rapport("tag", "Nobody", "Jazz", db=db_path)
    assert (result.returncode, result.stderr.strip()) == (
        1, "rapport: no contact matches 'Nobody'")
    assert rapport("tag", "Ana Silva", db=db_path).returncode == 2  # no tag: usage
