"""The list's order and the counts SQLite keeps (issue 18).

Sorting reads every part of a list in index order (no sort of 300,000 rows by SQLite);
a descending column reverses the groups of equal values and keeps each group in name
order. These tests hold that fast path to what the list means: the plain ORDER BY of
``search.order_by``, on a demo network with the awkward cases added (empty values, equal
names, equal keys in different cases, a stage the app does not know). The tag counts and
each contact's first tag are kept by triggers: whatever writes memberships, they agree
with a recount.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from array import array
from collections.abc import Iterable
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts, demo, search, tags
from desktop.services.contacts import sort_key
from desktop.services.search import ListFilter, ListKind, SortKey
from desktop.services.types import ContactFields, ContactId

TODAY = dt.date(2026, 3, 12)


def _by_sql(flt: ListFilter, sort: SortKey, descending: bool) -> list[int]:
    """The list as SQLite's own ORDER BY sorts it: what the list means."""
    where, params = search._base_where(flt, TODAY)
    ids = [r[0] for r in db.execute_sql(
        f"SELECT c.id FROM contact c WHERE {where} ORDER BY "
        f"{search.order_by(sort, descending)}", params)]
    if not search.build_match(flt.text):
        return ids
    found = search.matching_ids(flt.text) or set()
    return [i for i in ids if i in found]


@pytest.fixture()
def network(db_path: Path) -> None:
    demo.generate_demo(400, seed=11, today=TODAY)
    rng = random.Random(3)
    for n in range(30):  # equal names, organisations differing only in case, empty ones
        contacts.create_contact(ContactFields(
            full_name=f"Twin {n % 3}", organization=rng.choice(["lumen labs", "Lumen Labs", ""]),
            tags=tuple(rng.sample(["zeta", "Alpha", "mid"], rng.randint(0, 2)))))
    # A stage written by something other than the app (an old file, a script).
    db.execute_sql("UPDATE contact SET stage = 'mentor' WHERE id IN "
                   "(SELECT id FROM contact WHERE is_me = 0 ORDER BY id LIMIT 3)")


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_reads_in_the_order_it_means(network: None, sort: SortKey,
                                                  descending: bool) -> None:
    everyone = ListFilter()
    expected = _by_sql(everyone, sort, descending)
    assert search._sorted_ids(everyone, sort, descending, TODAY) == expected
    for limit in (1, 7, 200, 10_000):  # what the window paints first
        assert search._sorted_ids(everyone, sort, descending, TODAY, limit) == \
            expected[:limit]
    for flt in (ListFilter(kind=ListKind.DUE), ListFilter(text="a"), ListFilter(text="twin"),
                ListFilter(kind=ListKind.TAG, tag_id=tags.find_tag("mid"), text="t")):
        assert list(search.ListQuery().ids(flt, sort, descending, TODAY)) == \
            _by_sql(flt, sort, descending), flt


def test_a_search_with_few_matches_keeps_the_list_order(network: None) -> None:
    query = search.ListQuery()
    for sort in SortKey:
        for descending in (False, True):
            flt = ListFilter(text="twin")
            few = search._sparse_ids(flt, sort, descending, TODAY)  # ordered by SQLite
            base = query.base_ids(flt, sort, descending, TODAY)  # read from the index
            assert few is not None and few == search.filter_by_text(base, "twin")
    assert search._sparse_ids(ListFilter(text="a"), SortKey.NAME, False, TODAY, most=10) \
        is None  # too many: the caller computes it elsewhere


def test_descending_keeps_each_group_in_name_order(network: None) -> None:
    ids = search.query_ids(ListFilter(), SortKey.ORGANIZATION, descending=True, today=TODAY)
    rows = search.fetch_rows(ids)
    lumen = [rows[i].full_name for i in ids if rows[i].organization.lower() == "lumen labs"]
    assert lumen == sorted(lumen, key=sort_key)
    assert [rows[i].organization for i in ids][-1] == ""  # no organisation: last


def test_ids_parse_in_pieces_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    values = list(range(1, 5000, 7))
    monkeypatch.setattr(search, "_PARSE_CHUNK", 50)
    assert search.parse_ids(json.dumps(values)) == values
    assert search.parse_ids("[]") == []


def _recount() -> tuple[dict[str, int], dict[int, str | None]]:
    counts = {name: n for name, n in db.execute_sql(
        "SELECT t.name, count(c.id) FROM tag t LEFT JOIN contact_tag ct ON ct.tag_id = t.id "
        "LEFT JOIN contact c ON c.id = ct.contact_id AND c.is_me = 0 GROUP BY t.id")}
    first = {cid: name for cid, name in db.execute_sql(
        "SELECT c.id, (SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = c.id ORDER BY t.name COLLATE NOCASE LIMIT 1) FROM contact c")}
    return counts, first


def _kept() -> tuple[dict[str, int], dict[int, str | None]]:
    counts = {t.name: t.count for t in tags.list_tags()}
    first = {cid: name for cid, name in db.execute_sql("SELECT id, first_tag FROM contact")}
    return counts, first


def test_tag_counts_and_first_tags_follow_every_kind_of_write(
    sample_contacts: dict[str, ContactId],
) -> None:
    assert _kept() == _recount()
    ana, bo, zoe = sample_contacts["ana"], sample_contacts["bo"], sample_contacts["zoe"]
    steps = [
        lambda: tags.change_tags([ana, bo, zoe], add=["Aardvark", "jazz"]),
        lambda: tags.change_tags([ana], remove=["Aardvark"]),
        lambda: contacts.set_tags(bo, ["Zen", "Chess"]),
        lambda: tags.rename_tag(tags.find_tag("Chess"), "abacus"),  # type: ignore[arg-type]
        lambda: tags.merge_tags(tags.find_tag("Zen"), tags.find_tag("Jazz")),  # type: ignore[arg-type]
        lambda: tags.delete_tag(tags.find_tag("Aardvark")),  # type: ignore[arg-type]
        lambda: contacts.delete_contacts([zoe]),
    ]
    for step in steps:
        step()
        assert _kept() == _recount()
    snapshot, _ = tags.delete_tag(tags.find_tag("Jazz"))  # type: ignore[arg-type]
    assert _kept() == _recount()
    tags.restore_tag(snapshot)  # undo: the members and the counts come back
    assert _kept() == _recount()
    assert {t.name: t.count for t in tags.list_tags()}["Jazz"] == 2  # ana, bo; not "me"


def test_imported_contacts_get_the_first_tag_the_triggers_would_give(
    sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    from desktop.services import importer

    tags.change_tags([sample_contacts["ana"]], add=["JAZZ", "Éclair"])
    cards = [["jazz", "apple"], ["Zebra", "éclair", "_under"], ["ábc", "Abd", "abc"],
             ["Zoo"], [], ["b", "B2", "a\\,c"]]
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n"
        + (f"CATEGORIES:{','.join(c)}\r\n" if c else "") + "END:VCARD\r\n"
        for i, c in enumerate(cards))
    (tmp_path / "tags.vcf").write_text(text, encoding="utf-8")
    result = importer.run_import([tmp_path / "tags.vcf"])
    assert result.new_count == len(cards)
    assert _kept() == _recount()
    first = dict(db.execute_sql("SELECT full_name, first_tag FROM contact"))
    assert first["Person 0"] == "apple" and first["Person 1"] == "_under"
    assert first["Person 2"] == "abc" and first["Person 4"] is None


def test_a_long_list_is_converted_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's reload of a long list parses its ids (``parse_ids``) and makes them an
    array (``id_array``). A C call holds the interpreter lock throughout, and the UI
    thread waits for it all that time (issue 18: 300,000 ids were parsed in pieces of
    ~60,000, 4-8 ms each, and made an array in one call, 9-22 ms). No call is handed
    more than 20,000 of them now."""
    pieces: list[int] = []  # ids handed to one C call

    class Json:
        @staticmethod
        def loads(text: str) -> object:
            found = json.loads(text)
            assert isinstance(found, list)
            pieces.append(len(found))
            return found

    class Recording(array):  # type: ignore[type-arg]
        def __new__(cls, code: str, initial: Iterable[int] = ()) -> Recording:
            initial = list(initial)
            pieces.append(len(initial))
            return super().__new__(cls, code, initial)

        def extend(self, more: Iterable[int]) -> None:
            more = list(more)
            pieces.append(len(more))
            super().extend(more)

    monkeypatch.setattr(search, "json", Json)
    monkeypatch.setattr(search, "array", Recording)
    values = list(range(1, 300_001))
    ids = search.parse_ids(json.dumps(values))
    assert ids == values and max(pieces) <= 20_000
    pieces.clear()
    assert list(search.id_array(ids)) == values and max(pieces) <= 50_000


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_page_of_last_import_reads_only_its_rows_in_an_index(
        network: None, tmp_path: Path, descending: bool) -> None:
    """An import's end shows Last import and paints its first page, read on the UI thread
    (issue 18): SQLite looked up every contact of the batch in the table and sorted them
    (10,000 of 300,000: 16 ms of CPU, 30-34 ms at load 5). Now one index holds the batch
    in name order: the page is its first entries, no table row read, nothing sorted."""
    from desktop.services import importer

    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {n:03d}\r\nEND:VCARD\r\n"
                    for n in range(120))
    (tmp_path / "a.vcf").write_text(cards, encoding="utf-8", newline="")
    assert importer.run_import([tmp_path / "a.vcf"]).new_count == 120
    asked: list[str] = []
    db.connection().set_trace_callback(asked.append)
    try:
        first = search._sorted_ids(ListFilter(ListKind.LAST_IMPORT), SortKey.NAME,
                                   descending, TODAY, limit=50)
    finally:
        db.connection().set_trace_callback(None)
    names = [f"Imported {n:03d}" for n in range(120)]
    rows = dict(db.execute_sql("SELECT id, full_name FROM contact").fetchall())
    assert [rows[i] for i in first] == (names[::-1] if descending else names)[:50]
    [statement] = asked
    plan = " ".join(str(r[3]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + statement))
    assert "COVERING INDEX contact_by_import_batch" in plan and "TEMP B-TREE" not in plan, plan
