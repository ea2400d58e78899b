"""The demo network: realistic, complete enough for every panel, deterministic, cancellable."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import db
from desktop.services import contacts, demo, search, tags


def _count(table: str) -> int:
    return int(db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_demo_fills_every_part_of_the_product(db_path: object) -> None:
    summary = demo.generate_demo(200, seed=3)
    assert summary.people == 200
    assert contacts.contact_count() == 200
    me = contacts.me_id()
    assert me is not None
    me_detail = contacts.get_contact(me)
    assert me_detail is not None and me_detail.fields.full_name == "Sam Rivera"
    assert len(me_detail.fields.tags) == 6
    categories = {t.category for t in tags.list_tags()}
    assert categories == {"interest", "group", "avoid"}
    for table in ("email", "phone", "address", "url", "contact_photo", "interaction",
                  "interaction_participant", "follow_up", "favor", "introduction",
                  "focus_entry"):
        assert _count(table) > 0, table
    ids = search.query_ids(search.ListFilter())
    shared = [c for c in ids[:50] if contacts.common_interests(c)]
    assert shared, "some people share interests with me"
    assert len(search.query_ids(search.ListFilter(kind=search.ListKind.FOCUS))) == 3
    assert search.query_ids(search.ListFilter(kind=search.ListKind.DUE))
    assert search.query_ids(search.ListFilter(text="lumen")) or search.query_ids(
        search.ListFilter(text="harbor")
    )
    photo = contacts.get_photo(ids[0]) or next(
        p for p in map(contacts.get_photo, ids) if p is not None
    )
    assert photo[0].startswith(b"\x89PNG")


def test_demo_is_deterministic_for_a_seed(tmp_path: object, db_path: object) -> None:
    demo.generate_demo(50, seed=11)
    first = [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY id")]
    db.execute_sql("DELETE FROM contact")
    demo.generate_demo(50, seed=11)
    second = [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY id")]
    assert first == second


def test_cancel_rolls_everything_back(db_path: object) -> None:
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 5

    with pytest.raises(demo.DemoCancelled):
        demo.generate_demo(500, progress=progress)
    assert _count("contact") == 0
    assert _count("tag") == 0
    assert calls == sorted(calls)


def test_every_keep_in_touch_cadence_has_its_follow_up(db_path: object) -> None:
    """A contact with a cadence (its own or a tag's) shows its next follow-up, and those
    it makes overdue are in "Due for follow-up" (QA: 75 of 106 had none)."""
    demo.generate_demo(200, seed=5)
    rows = db.execute_sql(
        "SELECT c.id, c.keep_in_touch_days, (SELECT min(t.keep_in_touch_days) FROM tag t "
        "JOIN contact_tag ct ON ct.tag_id = t.id WHERE ct.contact_id = c.id "
        "AND t.keep_in_touch_days > 0), c.last_interaction_at, c.created_at, "
        "c.next_followup_on FROM contact c WHERE c.is_me = 0").fetchall()
    today = dt.date.today()
    due_list = set(search.query_ids(search.ListFilter(kind=search.ListKind.DUE)))
    with_cadence = from_tags = late = 0
    for cid, own, tag_days, last_at, created_at, next_on in rows:
        cadence = own if own is not None else tag_days
        if not cadence:
            continue
        with_cadence += 1
        from_tags += own is None
        base = dt.date.fromisoformat(str(last_at or created_at)[:10])
        due = base + dt.timedelta(days=cadence)
        assert next_on is not None, cid
        # The earliest open follow-up: the cadence one or an earlier promise.
        assert dt.date.fromisoformat(str(next_on)[:10]) <= due
        if due < today:
            late += 1
            assert cid in due_list
    assert with_cadence > 40 and from_tags > 0 and late > 0
    assert int(db.execute_sql(
        "SELECT count(*) FROM follow_up WHERE origin = 'cadence' AND done = 0"
    ).fetchone()[0]) == with_cadence
