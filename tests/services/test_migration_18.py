"""Migration 18 (issue 18): Last import's contacts are indexed by batch and name, in place
of the batch's own index; a file of schema 17 keeps its imported people, lists them in
name order and still takes its import back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.models import LATEST_VERSION, close_database, db, open_database
from desktop.models.database import create_schema
from desktop.services import importer, search
from desktop.services.search import ListFilter, ListKind, SortKey


def _version_17_file(path: Path) -> None:
    """Three people of one import and one of none, written as Rapport 17 wrote them."""
    create_schema(path, 17)
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO import_batch (id, source, imported_at) "
                    "VALUES (1, 'a.vcf', '2026-12-01T10:00:00')")
        con.executemany(
            "INSERT INTO contact (id, uid, full_name, sort_key, import_batch_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [(1, "u1", "Zoë Ødegaard", "zoe odegaard", 1), (2, "u2", "Ana Kim", "ana kim", 1),
             (3, "u3", "Mia Roth", "mia roth", 1), (4, "u4", "Bo Li", "bo li", None)])
        con.execute("INSERT INTO store_state (key, value) VALUES ('next_contact_id', 5)")
        con.commit()
    finally:
        con.close()


def _index_names() -> set[str]:
    return {r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'")}


def test_a_version_17_file_lists_its_last_import_in_name_order(tmp_path: Path) -> None:
    path = tmp_path / "v17.sqlite3"
    _version_17_file(path)
    open_database(path)
    try:
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
            LATEST_VERSION,)
        assert "contact_by_import_batch" in _index_names()
        assert "contact_import_batch_id" not in _index_names()
        today = dt.date(2026, 12, 4)
        flt = ListFilter(ListKind.LAST_IMPORT)
        for descending, names in ((False, ["Ana Kim", "Mia Roth", "Zoë Ødegaard"]),
                                  (True, ["Zoë Ødegaard", "Mia Roth", "Ana Kim"])):
            ids = search._sorted_ids(flt, SortKey.NAME, descending, today, limit=2)
            rows = search.fetch_rows(ids)
            assert [rows[i].full_name for i in ids] == names[:2]
        importer.undo_import(1)  # its people go, found through the new index
        assert [r[0] for r in db.execute_sql("SELECT full_name FROM contact WHERE is_me = 0"
                                             )] == ["Bo Li"]
    finally:
        close_database()
