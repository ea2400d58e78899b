"""Search-as-you-type and the list order, in SQL/FTS5."""

from __future__ import annotations

import pytest

from desktop.services import contacts, search, tags
from desktop.services.search import ListFilter, ListKind, SortKey
from desktop.services.types import ContactFields, ContactId, LabeledValue


def _find(text: str) -> list[ContactId]:
    return search.query_ids(ListFilter(text=text))


def test_search_matches_names_by_prefix_and_folds_accents(
    sample_contacts: dict[str, ContactId],
) -> None:
    assert _find("zo") == [sample_contacts["zoe"]]
    assert _find("zoe") == [sample_contacts["zoe"]]
    assert _find("ZOË MÜL") == [sample_contacts["zoe"]]
    assert _find("muller") == [sample_contacts["zoe"]]
    assert _find("zurich") == [sample_contacts["zoe"]]  # organisation "Café Zürich"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("lumen", "ana"),  # organisation
        ("cto", "ana"),  # title
        ("ana@lumen", "ana"),  # email
        ("7946", "ana"),  # phone as written
        ("442079460018", "ana"),  # phone, normalised digits
        ("investors", "ana"),  # tag
        ("trail", "ana"),  # note
        ("harbor", "bo"),
        ("politics", "bo"),
    ],
)
def test_search_covers_every_field_a_user_remembers(
    sample_contacts: dict[str, ContactId], text: str, who: str
) -> None:
    assert _find(text) == [sample_contacts[who]]


def test_every_word_must_match(sample_contacts: dict[str, ContactId]) -> None:
    assert _find("ana jazz") == [sample_contacts["ana"]]
    assert _find("ana chess") == []


@pytest.mark.parametrize(
    "text",
    ['"', "*", "NEAR(", "'; drop table contact; --", "AND", "OR NOT", "a:b", "(", ")",
     "^", "-", "\\", "\x00", "😀", "ana\"*", "NEAR(ana bo, 2)", "   ", "{name}: ana"],
)
def test_no_user_input_produces_a_syntax_error(
    sample_contacts: dict[str, ContactId], text: str
) -> None:
    ids = _find(text)  # must not raise
    assert isinstance(ids, list)
    assert contacts.contact_count() == 4  # nothing dropped


def test_punctuation_only_search_shows_everyone(sample_contacts: dict[str, ContactId]) -> None:
    assert len(_find('"*')) == 4


def test_list_is_sorted_by_name_ignoring_case_and_accents(db_path: object) -> None:
    for name in ("émile Zola", "Zed", "anna", "Édith", "Bob"):
        contacts.create_contact(ContactFields(full_name=name))
    rows = search.fetch_rows(search.query_ids(ListFilter()))
    names = [rows[i].full_name for i in search.query_ids(ListFilter())]
    assert names == ["anna", "Bob", "Édith", "émile Zola", "Zed"]
    desc = search.query_ids(ListFilter(), SortKey.NAME, descending=True)
    assert [rows[i].full_name for i in desc] == list(reversed(names))


def test_sorting_by_each_column_puts_empty_values_last(
    sample_contacts: dict[str, ContactId],
) -> None:
    by_org = search.query_ids(ListFilter(), SortKey.ORGANIZATION)
    rows = search.fetch_rows(by_org)
    orgs = [rows[i].organization for i in by_org]
    assert orgs == ["<script>x</script>", "Café Zürich", "Harbor & Co", "Lumen Labs"]
    by_stage = search.query_ids(ListFilter(), SortKey.STAGE, descending=True)
    assert by_stage[0] == sample_contacts["ana"]  # "relationship" is the closest stage
    for key in SortKey:
        assert sorted(search.query_ids(ListFilter(), key)) == sorted(
            search.query_ids(ListFilter())
        )


def test_sidebar_filters(sample_contacts: dict[str, ContactId]) -> None:
    jazz = tags.find_tag("Jazz")
    assert jazz is not None
    tagged = search.query_ids(ListFilter(kind=ListKind.TAG, tag_id=jazz))
    assert set(tagged) == {sample_contacts["ana"], sample_contacts["zoe"]}  # not "me"
    assert search.query_ids(ListFilter(kind=ListKind.TAG, tag_id=jazz, text="zoe")) == [
        sample_contacts["zoe"]
    ]
    assert search.query_ids(ListFilter(kind=ListKind.DUE)) == []
    assert search.query_ids(ListFilter(kind=ListKind.FOCUS)) == []


def test_cached_list_query_sees_changes_after_invalidate(
    sample_contacts: dict[str, ContactId],
) -> None:
    query = search.ListQuery()
    assert len(query.ids(ListFilter())) == 4
    cid, _ = contacts.create_contact(
        ContactFields(full_name="Newcomer", emails=(LabeledValue("n@x.example"),))
    )
    query.invalidate()
    assert cid in query.ids(ListFilter())
    assert query.ids(ListFilter(text="newc")) == [cid]


def test_fetch_rows_gives_the_list_columns(sample_contacts: dict[str, ContactId]) -> None:
    ana = sample_contacts["ana"]
    row = search.fetch_rows([ana])[ana]
    assert (row.full_name, row.organization, row.stage) == ("Ana Silva", "Lumen Labs",
                                                           "relationship")
    assert row.tags == ("Investors", "Jazz", "Running")
    assert search.fetch_rows([ContactId(999_999)]) == {}


def test_a_tag_is_searched_through_its_name_not_the_contacts_rows(
        sample_contacts: dict[str, ContactId]) -> None:
    bo, zoe = (sample_contacts[k] for k in ("bo", "zoe"))
    tags.change_tags([bo, zoe], add=["Lisbon Summit"])
    assert search.matching_ids("summ") == {bo, zoe}
    assert search.matching_ids("lisbon chen") == {bo}  # a tag word and a name word
    assert search.query_ids(ListFilter(text="summit")) == [bo, zoe]
    summit = tags.find_tag("Lisbon Summit")
    assert summit is not None
    tags.rename_tag(summit, "Porto Summit")
    assert search.matching_ids("lisbon") == set()
    assert search.matching_ids("porto") == {bo, zoe}
    tags.change_tags([zoe], remove=["Porto Summit"])
    assert search.matching_ids("porto") == {bo}
