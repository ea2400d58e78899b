"""Contacts service: create, read, edit, delete with exact undo, "me", shared interests."""

from __future__ import annotations

import pytest

from desktop.models import db
from desktop.services import contacts, search
from desktop.services.errors import ServiceError
from desktop.services.types import (
    ContactFields,
    ContactId,
    LabeledValue,
    PostalAddress,
)


def _names(ids: list[ContactId]) -> list[str]:
    rows = search.fetch_rows(ids)
    return [rows[i].full_name for i in ids]


def test_a_new_contact_reads_back_with_everything(db_path: object) -> None:
    fields = ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva", organization="Lumen",
        title="CTO", birthday="--03-04", note="Two kids", how_we_met="Web Summit",
        stage="acquainted", keep_in_touch_days=30,
        emails=(LabeledValue("ana@lumen.example", "work", pref=True),),
        phones=(LabeledValue("+44 (0)20 7946 0018", "cell"),),
        addresses=(PostalAddress(street="Rua Augusta 44", locality="Lisbon", country="Portugal"),),
        urls=(LabeledValue("https://lumen.example", "work"),),
        tags=("Running", "running", " Jazz "),
    )
    cid, changes = contacts.create_contact(fields)
    assert cid in changes.contacts and changes.contacts_added_or_removed
    detail = contacts.get_contact(cid)
    assert detail is not None
    assert detail.fields.full_name == "Ana Silva"
    assert detail.fields.birthday == "--03-04"
    assert detail.fields.emails == (LabeledValue("ana@lumen.example", "work", None, True),)
    assert detail.fields.phones[0].value == "+44 (0)20 7946 0018"
    assert detail.fields.addresses[0].one_line() == "Rua Augusta 44, Lisbon, Portugal"
    # Tags are unique case-insensitively and trimmed.
    assert detail.fields.tags == ("Jazz", "Running")
    e164 = db.execute_sql("SELECT e164 FROM phone WHERE contact_id = ?", (cid,)).fetchone()[0]
    assert e164 == "+442079460018"


def test_full_name_is_composed_from_parts_when_left_empty(db_path: object) -> None:
    cid, _ = contacts.create_contact(ContactFields(prefix="Dr", given_name="Jo", family_name="Ng"))
    detail = contacts.get_contact(cid)
    assert detail is not None and detail.fields.full_name == "Dr Jo Ng"


def test_a_contact_without_any_name_is_shown_by_organisation_or_placeholder(
    db_path: object,
) -> None:
    company, _ = contacts.create_contact(ContactFields(organization="Acme Ltd"))
    nothing, _ = contacts.create_contact(ContactFields())
    rows = search.fetch_rows([company, nothing])
    assert rows[company].display_name == "Acme Ltd"
    assert rows[nothing].display_name == "(no name)"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (ContactFields(full_name="X", stage="best friends"), "stage must be one of"),
        (ContactFields(full_name="X", keep_in_touch_days=-1), "cadence"),
        (ContactFields(full_name="X", keep_in_touch_days=40_000), "cadence"),
        (ContactFields(full_name="X", birthday="1999-02-30"), "does not exist"),
        (ContactFields(full_name="X", birthday="next tuesday"), "YYYY-MM-DD"),
    ],
)
def test_invalid_fields_are_refused_with_a_reason(
    db_path: object, fields: ContactFields, message: str
) -> None:
    with pytest.raises(ServiceError, match=message):
        contacts.create_contact(fields)
    assert contacts.contact_count() == 0


def test_year_less_29_february_is_a_valid_birthday(db_path: object) -> None:
    cid, _ = contacts.create_contact(ContactFields(full_name="Leap", birthday="--0229"))
    detail = contacts.get_contact(cid)
    assert detail is not None and detail.fields.birthday == "--02-29"


def test_edit_changes_fields_and_search_follows(db_path: object) -> None:
    cid, _ = contacts.create_contact(ContactFields(full_name="Old Name", organization="Before"))
    detail = contacts.get_contact(cid)
    assert detail is not None
    new = ContactFields(**{**detail.fields.__dict__, "full_name": "New Name",
                           "organization": "After Inc"})
    contacts.update_contact(cid, new)
    assert search.query_ids(search.ListFilter(text="after")) == [cid]
    assert search.query_ids(search.ListFilter(text="before")) == []


def test_delete_then_restore_brings_back_the_same_contact_with_its_details(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    contacts.set_photo(ana, b"\x89PNG fake", "image/png")
    before = contacts.get_contact(ana)
    snapshot, changes = contacts.delete_contacts([ana])
    assert changes.contacts_added_or_removed
    assert contacts.get_contact(ana) is None
    assert search.query_ids(search.ListFilter(text="lumen")) == []
    contacts.restore_contacts(snapshot)
    after = contacts.get_contact(ana)
    assert after is not None and before is not None
    assert after.fields == before.fields
    assert after.id == ana
    assert contacts.get_photo(ana) == (b"\x89PNG fake", "image/png")
    assert search.query_ids(search.ListFilter(text="lumen")) == [ana]


def test_common_interests_are_the_interest_tags_shared_with_me(
    sample_contacts: dict[str, ContactId],
) -> None:
    shared = contacts.common_interests(sample_contacts["ana"])
    assert [t.name for t in shared] == ["Jazz", "Running"]
    assert [t.name for t in contacts.common_interests(sample_contacts["bo"])] == ["Chess"]
    assert contacts.common_interests(sample_contacts["markup"]) == ()
    assert contacts.common_interests(sample_contacts["me"]) == ()


def test_group_tags_are_not_interests_in_common(sample_contacts: dict[str, ContactId]) -> None:
    from desktop.services import tags

    jazz = tags.find_tag("jazz")
    assert jazz is not None
    tags.update_tag(jazz, category="group")
    assert [t.name for t in contacts.common_interests(sample_contacts["ana"])] == ["Running"]


def test_me_is_created_once_and_is_not_in_the_list(db_path: object) -> None:
    me, _ = contacts.ensure_me()
    again, _ = contacts.ensure_me()
    assert me == again
    assert search.query_ids(search.ListFilter()) == []
    detail = contacts.get_contact(me)
    assert detail is not None and detail.is_me


def test_awkward_text_is_stored_exactly(db_path: object) -> None:
    note = "x" * 10_000
    names = ["<b>Bold</b>", "שרה כהן", "محمد", "Zoë 😀 Smith", "'; DROP TABLE contact; --"]
    ids = [contacts.create_contact(ContactFields(full_name=n, note=note))[0] for n in names]
    for cid, name in zip(ids, names, strict=True):
        detail = contacts.get_contact(cid)
        assert detail is not None
        assert detail.fields.full_name == name
        assert detail.fields.note == note
    assert contacts.contact_count() == len(names)


@pytest.mark.parametrize(
    "address", ["not-an-email", "ana@", "@lumen.example", "ana silva@lumen.example",
                "ana@lumen..example", "ana@lumen.example.", "ana@@lumen.example"])
def test_an_email_that_is_not_one_is_refused_in_one_line(db_path: object, address: str
                                                          ) -> None:
    fields = ContactFields(full_name="X", emails=(LabeledValue(address, "home"),))
    with pytest.raises(ServiceError) as refused:
        contacts.create_contact(fields)
    assert str(refused.value) == f"{address!r} is not an e-mail address"
    assert contacts.contact_count() == 0


def test_emails_people_really_have_are_accepted(db_path: object) -> None:
    good = ("ana@lumen.example", "o'brien+rapport@mail.co.uk", "zoë@café.example",
            "  padded@x.example  ")
    cid, _ = contacts.create_contact(ContactFields(
        full_name="X", emails=tuple(LabeledValue(a, "home") for a in good)))
    detail = contacts.get_contact(cid)
    assert detail is not None
    assert [e.value for e in detail.fields.emails] == [a.strip() for a in good]


def test_an_odd_email_a_contact_already_has_does_not_block_other_edits(
    sample_contacts: dict[str, ContactId],
) -> None:
    from dataclasses import replace

    from desktop.models import Email

    bo = sample_contacts["bo"]
    # As an imported card can leave it (imports do not go through this check).
    Email.update(address="bo at harbor").where(Email.contact == bo).execute()
    before = contacts.get_contact(bo)
    assert before is not None
    contacts.update_contact(bo, replace(before.fields, stage="trusted"))
    after = contacts.get_contact(bo)
    assert after is not None and after.fields.stage == "trusted"
    assert [e.value for e in after.fields.emails] == ["bo at harbor"]
    # A new bad one is still refused; undo may put the old value back.
    typo = replace(after.fields, emails=(LabeledValue("bo@harbor", "work"),
                                         LabeledValue("bo.harbor", "home")))
    with pytest.raises(ServiceError, match=r"'bo\.harbor' is not an e-mail address"):
        contacts.update_contact(bo, typo)
    fixed = replace(after.fields, emails=(LabeledValue("bo@harbor.example", "work"),))
    contacts.update_contact(bo, fixed)
    contacts.update_contact(bo, after.fields, restoring=True)
    restored = contacts.get_contact(bo)
    assert restored is not None and [e.value for e in restored.fields.emails] == [
        "bo at harbor"]


def test_number_samples_are_a_number_of_each_common_region_most_common_first(
        db_path: object) -> None:
    numbers = ["+44 20 7946 0018", "+44 7700 900123", "+44 20 7946 0019", "+33 1 42 68 53 00",
               "+33 6 12 34 56 78", "+49 30 901820", "06 12345678"]  # the last: no E.164
    for i, number in enumerate(numbers):
        contacts.create_contact(ContactFields(full_name=f"P{i}",
                                              phones=(LabeledValue(number, "cell"),)))
    samples = contacts.number_samples()
    # Grouped by their first three digits: +33 1 and +33 6 are two groups.
    assert samples[0] == "+442079460018"
    assert sorted(s[:3] for s in samples) == ["+33", "+33", "+44", "+44", "+49"]
    assert contacts.number_samples(limit=1) == [samples[0]]


def test_undo_of_a_delete_knows_how_to_put_back_every_table_it_kept() -> None:
    """A table added to what hangs off a contact must also be put back by the undo."""
    from desktop.models import CONTACT_DEPENDENT_MODELS
    from desktop.models.schema import Introduction

    kept = {m._meta.table_name for m in (*CONTACT_DEPENDENT_MODELS, Introduction)}
    assert set(contacts._RESTORE_INTO) == kept | {"not_duplicate"}


def test_undo_of_deleting_an_introducer_puts_them_back_as_the_introducer(
        sample_contacts: dict[str, ContactId]) -> None:
    """Deleting the person who made an introduction keeps the introduction (without them);
    undo puts them back as the one who made it."""
    from desktop.services import graph

    s = sample_contacts
    intro_id, _ = graph.record_introduction(graph.IntroductionFields(
        person_a=s["ana"], person_b=s["bo"], introducer=s["zoe"]))
    snapshot, _ = contacts.delete_contacts([s["zoe"]])
    kept = graph.get_introduction(intro_id)
    assert kept is not None and kept.introducer is None
    contacts.restore_contacts(snapshot)
    back = graph.get_introduction(intro_id)
    assert back is not None and back.introducer is not None
    assert back.introducer.id == s["zoe"]


def test_undo_of_a_delete_brings_back_the_reminder_to_make_their_introduction(
        sample_contacts: dict[str, ContactId]) -> None:
    """Proposing to introduce Ana to Bo puts a reminder on Ana to make it; deleting Bo
    takes the introduction and, with it, Ana's reminder (they cascade). The undo brings
    back both, the reminder still linked to the introduction."""
    from desktop.services import followups, graph, loops

    s = sample_contacts
    intro_id, _ = graph.record_introduction(graph.IntroductionFields(
        person_a=s["ana"], person_b=s["bo"], status="proposed"))
    reminder_id, _ = loops.add_chase(intro_id)
    before = db.execute_sql("SELECT * FROM follow_up WHERE id = ?", (reminder_id,)).fetchall()
    assert before and [r.id for r in loops.chase_reminders(intro_id)] == [reminder_id]

    snapshot, _ = contacts.delete_contacts([s["bo"]])
    assert graph.get_introduction(intro_id) is None
    assert followups.get_followup(reminder_id) is None  # Ana's reminder went with it

    contacts.restore_contacts(snapshot)
    assert graph.get_introduction(intro_id) is not None
    assert db.execute_sql("SELECT * FROM follow_up WHERE id = ?",
                          (reminder_id,)).fetchall() == before
    assert [r.id for r in loops.chase_reminders(intro_id)] == [reminder_id]


def test_undo_of_a_delete_keeps_the_not_duplicates_marks(
        sample_contacts: dict[str, ContactId]) -> None:
    """"Not duplicates" marks go with a deleted contact (by cascade) and come back with
    it, so Find Duplicates does not offer the pair again."""
    from desktop.services import duplicates

    s = sample_contacts
    duplicates.mark_not_duplicates([s["ana"], s["bo"]])
    marks = db.execute_sql("SELECT * FROM not_duplicate").fetchall()
    assert marks
    snapshot, _ = contacts.delete_contacts([s["bo"]])
    assert db.execute_sql("SELECT * FROM not_duplicate").fetchall() == []
    contacts.restore_contacts(snapshot)
    assert db.execute_sql("SELECT * FROM not_duplicate").fetchall() == marks


def test_undo_of_a_delete_brings_a_tag_deleted_since_back_in_its_category(
        sample_contacts: dict[str, ContactId]) -> None:
    """A topic to avoid named in more than ASCII ("ÉGLISE"), deleted meanwhile with
    nobody carrying it: the undo brings it back with the contact as a topic to avoid, not
    as an interest (the history keeps the categories by name; the undo folds the case)."""
    from desktop.services import tags

    s = sample_contacts
    tag_id, _ = tags.create_tag("ÉGLISE", "avoid")
    contacts.set_tags(s["bo"], ["Chess", "ÉGLISE"])
    snapshot, _ = contacts.delete_contacts([s["bo"]])
    tags.delete_tag(tag_id)
    assert db.execute_sql("SELECT count(*) FROM tag WHERE name = 'ÉGLISE'").fetchone()[0] == 0
    contacts.restore_contacts(snapshot)
    assert db.execute_sql("SELECT name, category FROM tag WHERE name = 'ÉGLISE'"
                          ).fetchall() == [("ÉGLISE", "avoid")]
    detail = contacts.get_contact(s["bo"])
    assert detail is not None and set(detail.fields.tags) == {"Chess", "ÉGLISE"}
