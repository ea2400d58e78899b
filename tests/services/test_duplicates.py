"""Find and merge duplicates already in the book (issue 11), against a real SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop.models import db
from desktop.services import (
    contacts,
    duplicates,
    favors,
    followups,
    graph,
    importer,
    interactions,
    phones,
)
from desktop.services.errors import ServiceError
from desktop.services.types import ContactFields, ContactId, LabeledValue, PostalAddress


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def person(name: str, *, emails: tuple[str, ...] = (), numbers: tuple[str, ...] = (),
           **fields: Any) -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(
        full_name=name, emails=tuple(LabeledValue(e, "home") for e in emails),
        phones=tuple(LabeledValue(n, "cell") for n in numbers), **fields))
    return cid


def groups() -> list[tuple[tuple[str, ...], str]]:
    return [(g.names, g.reason) for g in duplicates.find_duplicates()]


def dump() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the search index's internals and the change history
    (a log: the merge and its undo are in it). An e-mail, number, address or web address is
    compared without its row id, a contact without its ``updated_at``: saving a contact
    writes its values again (as an edit and its undo do)."""
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'contact_fts%' "
        "AND name NOT IN ('change_set', 'change', 'store_state') ORDER BY name")]
    out = {}
    for t in tables:
        cursor = db.execute_sql(f"SELECT * FROM {t}")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if t in ("email", "phone", "address", "url"):
            rows = [r[1:] for r in rows]
        if t == "contact":
            at = names.index("updated_at")
            rows = [(*r[:at], *r[at + 1:]) for r in rows]
        out[t] = sorted(rows, key=repr)
    return out


def test_what_an_import_refused_to_merge_is_offered_with_the_reason(
        tmp_path: Path, db_path: Path) -> None:
    """The family landline: two people, never merged by an import, listed here for the
    user to decide."""
    path = tmp_path / "family.vcf"
    path.write_text(card("FN:Anna Berg", "N:Berg;Anna;;;", "EMAIL:anna@berg.example",
                         "TEL:+46 8 123 456 78")
                    + card("FN:Lars Berg", "N:Berg;Lars;;;", "EMAIL:lars@berg.example",
                           "TEL:+46 8 123 456 78"), encoding="utf-8")
    assert importer.run_import([path]).new_count == 2
    assert groups() == [(("Anna Berg", "Lars Berg"),
                         "shares +46 8 123 456 78 (different names)")]


def test_true_duplicates_are_found_by_email_and_by_name_and_number(db_path: Path) -> None:
    phones.set_user_region("GB")
    person("Kim Lee", emails=("kim@example.org",), organization="Acme")
    person("Kimberly Lee", emails=("KIM@example.org",))
    # The same number written nationally by one phone and internationally by another.
    person("Ana Silva", numbers=("020 7946 0018",))
    person("Ana Silva", numbers=("+44 20 7946 0018",), title="CTO")
    # A name alone, nothing contradicting.
    person("Bo Chen", title="Partner")
    person("Bo Chen", organization="Harbor & Co")
    # The same name, two different sets of e-mails: two people, not offered.
    person("John Smith", emails=("john@one.example",))
    person("John Smith", emails=("john@two.example",))
    # Nor another organisation.
    person("Zoë Müller", organization="Café Zürich")
    person("Zoë Müller", organization="Another Company")
    found = groups()
    assert found == [
        (("Ana Silva", "Ana Silva"), "same name and phone 020 7946 0018"),
        (("Kim Lee", "Kimberly Lee"), "same e-mail kim@example.org"),
        (("Bo Chen", "Bo Chen"), "same name"),
    ]


def test_a_switchboard_links_no_one(db_path: Path) -> None:
    for name in ("A One", "B Two", "C Three", "D Four", "E Five"):
        person(name, numbers=("+1 212 555 0100",))
    assert groups() == []


def test_not_a_duplicate_is_remembered(db_path: Path) -> None:
    a = person("Bo Chen", title="Partner")
    b = person("Bo Chen", organization="Harbor & Co")
    (group,) = duplicates.find_duplicates()
    pairs, _ = duplicates.mark_not_duplicates(group.ids)
    assert pairs == ((a, b),)
    assert duplicates.find_duplicates() == []
    # Marking again adds nothing; undoing the first mark brings the pair back.
    assert duplicates.mark_not_duplicates(group.ids)[0] == ()
    duplicates.unmark_not_duplicates(pairs)
    assert [g.ids for g in duplicates.find_duplicates()] == [(a, b)]


def test_merge_field_by_field_moves_everything_and_undo_puts_it_back(db_path: Path) -> None:
    me, _ = contacts.ensure_me()
    keep = person("Kim Lee", emails=("kim@example.org",), numbers=("+1 212 555 0100",),
                  organization="Acme", stage="acquainted", tags=("Climbing",),
                  note="Met at the fair")
    other = person("Kimberly Lee", emails=("kim@example.org", "kim@home.example"),
                   numbers=("+1 212 555 0100", "+1 212 555 0199"), title="CTO",
                   stage="trusted", tags=("Books", "climbing"), note="Plays cello",
                   addresses=(PostalAddress(street="1 Main St", locality="Springfield",
                                            country="USA"),))
    friend = person("Rae Park")
    iid, _ = interactions.log_interaction(interactions.InteractionDraft(
        "meeting", dt.datetime(2026, 1, 5, 10), (other, friend), "Coffee"))
    fid, _ = followups.add_followup(other, dt.date(2026, 2, 1), "Send the paper")
    favors.add_favor(other, "given", "advice", "CV review", dt.date(2026, 1, 2))
    graph.record_introduction(graph.IntroductionFields(person_a=other, person_b=friend,
                                                       introducer=me))
    graph.record_introduction(graph.IntroductionFields(person_a=keep, person_b=friend,
                                                       introducer=other))
    before = dump()

    preview = duplicates.merge_preview(keep, [other])
    by_name = {c.name: c for c in preview.choices}
    assert [label for label, _v in by_name["full_name"].options] == ["Kim Lee", "Kimberly Lee"]
    assert by_name["stage"].options[by_name["stage"].default][1] == "trusted"
    assert by_name["note"].options[by_name["note"].default][1] == "Met at the fair\n\nPlays cello"
    assert [e.value for e in preview.combined.emails] == ["kim@example.org", "kim@home.example"]
    assert [p.value for p in preview.combined.phones] == ["+1 212 555 0100", "+1 212 555 0199"]
    assert preview.combined.tags == ("Climbing", "Books")
    assert dict(preview.moves) == {"interactions": 1, "follow-ups": 1, "favours": 1,
                                   "introductions": 2}

    undo, changes = duplicates.merge_contacts(keep, [other], {"full_name": "Kimberly Lee"})
    assert changes.contacts_added_or_removed
    assert contacts.get_contact(other) is None
    merged = contacts.get_contact(keep)
    assert merged is not None
    f = merged.fields
    assert (f.full_name, f.organization, f.title, f.stage) == (
        "Kimberly Lee", "Acme", "CTO", "trusted")
    assert [e.value for e in f.emails] == ["kim@example.org", "kim@home.example"]
    assert f.tags == ("Books", "Climbing")
    assert [a.locality for a in f.addresses] == ["Springfield"]
    assert set(interactions.participants(iid)) == {keep, friend}
    assert [i.id for i in followups.open_followups(keep)] == [fid]
    assert "CV review" in [e.description for e in favors.ledger(keep).entries]
    intros = {(i.person_a.id, i.person_b.id, i.introducer.id if i.introducer else None)
              for i in graph.introductions_of(keep)}
    assert intros == {(keep, friend, me), (keep, friend, None)}

    duplicates.undo_merge(undo)
    assert dump() == before


def test_a_merge_is_one_step_of_the_history_and_its_undo_keeps_what_sync_changed_since(
        db_path: Path) -> None:
    keep = person("Kim Lee", emails=("kim@example.org",), title="Engineer")
    other = person("Kim Lee", emails=("kim@example.org", "kim@home.example"),
                   numbers=("+1 212 555 0199",))
    sets_before = db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0]

    undo, changes = duplicates.merge_contacts(keep, [other], {"title": "Engineer"})
    [made] = changes.change_sets
    assert db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0] == sets_before + 1
    assert db.execute_sql("SELECT source, label FROM change_set WHERE id = ?",
                          (made,)).fetchone() == ("user", "Merge 2 contacts into Kim Lee")
    fields = {r[0] for r in db.execute_sql(
        "SELECT field FROM change WHERE set_id = ? AND contact_id = ?", (made, keep))}
    assert fields == {"emails", "phones"}
    # The deleted contact is kept whole by the history.
    assert db.execute_sql("SELECT before IS NOT NULL FROM change WHERE set_id = ? AND "
                          "contact_id = ? AND field = 'contact'", (made, other)).fetchone() == (1,)

    # A sync changes the merged contact's title afterwards; the merge is undone.
    from desktop.services import store

    with store.session("sync", "Sync") as s:
        s.update(keep, {"title": "Chief Engineer"})
    duplicates.undo_merge(undo)
    back = contacts.get_contact(other)
    assert back is not None
    assert [e.value for e in back.fields.emails] == ["kim@example.org", "kim@home.example"]
    kept = contacts.get_contact(keep)
    assert kept is not None
    assert [e.value for e in kept.fields.emails] == ["kim@example.org"]
    assert kept.fields.phones == ()
    assert kept.fields.title == "Chief Engineer"  # sync's, not taken back


def test_the_users_profile_is_never_offered_or_merged(db_path: Path) -> None:
    me, _ = contacts.ensure_me()
    contacts.update_contact(me, ContactFields(full_name="Me", emails=(
        LabeledValue("me@example.org"),)))
    other = person("Somebody", emails=("me@example.org",))
    assert groups() == []
    with pytest.raises(ServiceError, match="profile"):
        duplicates.merge_preview(other, [me])
