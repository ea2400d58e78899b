"""Sync writes contacts through the one contact store (issues 11 and 12), against a real
Radicale: every write of a sync -- cards brought in, changed and deleted by the server,
the three-way merge of a contact both sides changed, a conflict's "Restore my version" --
comes from desktop/services/store.py and is in the change history under its source; a
group a server card names arrives as a group."""

from __future__ import annotations

from desktop.models import db
from desktop.services import contacts
from desktop.services.sync import engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, LabeledValue
from tests.services.test_one_writer import TABLES, watched  # noqa: F401 (the fixture)
from tests.sync.servers import RadicaleServer
from tests.sync.test_sync import card, contact_by_name, detail_of, find_card


def _category(name: str) -> str | None:
    row = db.execute_sql("SELECT category FROM tag WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def _sources() -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT source FROM change_set ORDER BY id")]


def test_every_contact_write_of_a_sync_goes_through_the_store(
        watched: list[str], radicale: RadicaleServer, book: str,  # noqa: F811
        account: int) -> None:
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", title="CTO", emails=(LabeledValue("ana@lumen.example", "work"),)))
    bo, _ = contacts.create_contact(ContactFields(full_name="Bo Chen"))
    mark = len(_sources())

    first = sync_account(account)
    assert first.error is None and first.uploaded == 2
    # Each contact had its UID from the start (the store gives every new contact one), so
    # the first upload changed no contact: no change set.
    uids = {r[0] for r in db.execute_sql("SELECT uid FROM contact WHERE id IN (?, ?)",
                                         (ana, bo))}
    assert None not in uids and "" not in uids
    assert _sources()[mark:] == []

    # The server: a new card with a group, Ana's card with a new group, Bo's card gone.
    radicale.put(radicale.path(book, "lars.vcf"), card(
        "urn:uuid:lars", "Lars Berg",
        extra="CATEGORIES:Family,Hiking\r\nX-RAPPORT-GROUP:Family"))
    href, text = find_card(radicale, book, "Ana Silva")
    radicale.put(href, text.replace(
        "END:VCARD", "CATEGORIES:Book club\r\nX-RAPPORT-GROUP:Book club\r\nEND:VCARD"))
    bo_href, _ = find_card(radicale, book, "Bo Chen")
    radicale.delete(bo_href)
    mark = len(_sources())

    second = sync_account(account)
    assert second.error is None, second.error
    assert (second.created_here, second.updated_here, second.deleted_here) == (1, 1, 1)
    lars = contact_by_name("Lars Berg")
    assert set(detail_of(lars).tags) == {"Family", "Hiking"}
    assert "Book club" in detail_of(ana).tags
    assert (_category("Family"), _category("Hiking"), _category("Book club")) == (
        "group", "interest", "group")
    assert contacts.get_contact(bo) is None
    assert set(_sources()[mark:]) == {"sync"}

    # Both sides change Ana's title: the server's value is applied, ours kept for review;
    # restoring it is the user's own change.
    contacts.set_fields(ana, {"title": "CEO"}, "Title")
    href, text = find_card(radicale, book, "Ana Silva")
    radicale.put(href, text.replace("TITLE:CTO", "TITLE:Chief Executive"))
    third = sync_account(account)
    assert third.error is None and third.conflicts == 1
    assert detail_of(ana).title == "Chief Executive"
    [conflict] = engine.conflicts(ana)
    restored = engine.restore_conflict(conflict.id)
    assert detail_of(ana).title == "CEO" and restored.change_sets
    assert _sources()[-1] == "user"
    assert sync_account(account).updated_there == 1
    assert "TITLE:CEO" in find_card(radicale, book, "Ana Silva")[1]

    assert watched, "the authorizer saw no write at all: the test watched nothing"
    others = sorted({w for w in watched if not w.startswith("desktop/services/store.py:")})
    assert others == [], "\n".join(others)
    for table in ("contact", "email", "contact_tag"):
        assert table in TABLES and any(w.endswith(f" {table}") for w in watched), table
