"""Migration 17 (issue 18): a file of schema 16 keeps its people, their tags and their
search; memberships lose their second index, and the search index buffers more terms while
an import writes it. Imports and their undo work on the migrated file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models import LATEST_VERSION, close_database, db, open_database
from desktop.models.database import create_schema
from desktop.models.migrations import FTS_HASHSIZE
from desktop.services import importer, search, tags
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import TagId

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nCATEGORIES:{tags}\r\n"
        "TEL:+41 44 668 18 {n:02d}\r\nEND:VCARD\r\n")


def _names(text: str = "", tag: str | None = None) -> set[str]:
    tag_id = None
    if tag is not None:
        tag_id = next(t.id for t in tags.list_tags() if t.name == tag)
    flt = ListFilter(ListKind.TAG if tag_id is not None else ListKind.ALL,
                     TagId(tag_id) if tag_id is not None else None, text)
    rows = search.fetch_rows(search.query_ids(flt))
    return {r.full_name for r in rows.values()}


def _counts() -> dict[str, int]:
    return {t.name: t.count for t in tags.list_tags()}


def _version_16_file(path: Path) -> None:
    """Two people with tags, written as Rapport 16 wrote them (its triggers keep the tag
    counts and first tags; its search index rows)."""
    create_schema(path, 16)
    con = sqlite3.connect(path)
    try:
        con.executemany("INSERT INTO contact (id, uid, full_name, sort_key) VALUES (?, ?, ?, ?)",
                        [(1, "old-1", "Zoë Ødegaard", "zoe odegaard"),
                         (2, "old-2", "Ana Kim", "ana kim")])
        con.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", [(1, "Chess"), (2, "Jazz")])
        con.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                        [(1, 1), (1, 2), (2, 2)])
        con.execute("INSERT INTO store_state (key, value) VALUES ('next_contact_id', 3)")
        con.execute(search._INDEX_SELECT)
        con.commit()
        assert con.execute("SELECT 1 FROM sqlite_master WHERE name = "
                           "'contact_tag_contact_id'").fetchone() == (1,)
    finally:
        con.close()


def test_a_version_16_file_keeps_its_people_tags_and_search(tmp_path: Path) -> None:
    path = tmp_path / "v16.sqlite3"
    _version_16_file(path)
    open_database(path)
    try:
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
            LATEST_VERSION,)
        assert db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = "
                              "'contact_tag_contact_id'").fetchone() is None
        assert db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'hashsize'"
                              ).fetchone() == (FTS_HASHSIZE,)
        assert _names("z") == {"Zoë Ødegaard"}
        assert _names(tag="Jazz") == {"Zoë Ødegaard", "Ana Kim"}
        assert _counts() == {"Chess": 1, "Jazz": 2}

        vcf = tmp_path / "new.vcf"
        vcf.write_text("".join(
            CARD.format(uid=f"new-{n}", name=name, tags=tag_list, n=n)
            for n, (name, tag_list) in enumerate(
                [("Zacharias Brown", "Jazz,Running"), ("Bo Li", "chess")])), encoding="utf-8")
        result = importer.run_import([vcf])
        assert result.new_count == 2
        assert _names("z") == {"Zoë Ødegaard", "Zacharias Brown"}
        assert _names("+41446681800") == {"Zacharias Brown"}
        assert _names(tag="Chess") == {"Zoë Ødegaard", "Bo Li"}
        assert _counts() == {"Chess": 2, "Jazz": 3, "Running": 1}

        importer.undo_import(result.batch_id or 0)
        assert _names() == {"Zoë Ødegaard", "Ana Kim"}
        assert _names("z") == {"Zoë Ødegaard"}
        assert _counts() == {"Chess": 1, "Jazz": 2}
    finally:
        close_database()
