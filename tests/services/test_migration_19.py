"""Migration 19 (issue 18): the contacts' search index is made again, leaner -- terms and the
contacts and columns holding them, no positions or token counts, no ``tags`` column. A book of
schema 18 (names with diacritics and other scripts, e-mails, numbers, notes, tags, a row
indexed before tags left the search rows) answers every search as it did, from an index a
fraction of the size, and the index is kept as before by the writes that follow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models import FTS_TABLE, LATEST_VERSION, close_database, db, open_database
from desktop.models.database import create_schema
from desktop.services import contacts, search
from desktop.services.types import ContactFields

# id, full name, organisation, e-mail, number as written, E.164, note
PEOPLE: tuple[tuple[int, str, str, str, str, str, str], ...] = (
    (1, "Zoë Ødegaard", "Café Zürich", "zoe@cafe.example", "+41 44 668 18 00",
     "+41446681800", "Met at the Lisbon summit; loves jazz"),
    (2, "Björn Müller", "Straße & Co", "bjorn@strasse.example", "+49 30 901820",
     "+4930901820", "Ski trip in Åre"),
    (3, "José Łódź-Núñez", "São Paulo Labs", "jose@sp.example", "+55 11 3003 9303",
     "+551130039303", "Café com leite"),
    (4, "Ana Kim", "Lumen Labs", "ana@lumen.example", "+1 415 555 0100", "+14155550100",
     "Two kids, trail running"),
    (5, "李小龍", "香港 Studio", "li@hk.example", "+852 2345 6789", "+85223456789",
     "功夫 and film"),
    (6, "Ольга Петрова", "Физтех", "olga@mipt.example", "+7 495 408 45 54",
     "+74954084554", "Chess club"),
    (7, "O'Brien Ñandú", "", "obrien@example.org", "020 7946 0018", "", ""),
)
# A tag carried by people 1 and 4; a word of it matches them through ``tag_fts``.
TAG = "Jazz Lovers"
STALE = 4  # indexed before migration 12: its tags column still says "Zeppelin"
QUERIES: tuple[str, ...] = (
    "z", "zo", "zoe", "zoë", "ødeg", "odeg", "cafe", "café", "zurich", "b", "bj", "bjo",
    "bjorn", "muller", "müller", "strasse", "straße", "jose", "łodz", "łódź", "nunez", "sao",
    "paulo", "a", "an", "ana kim", "lumen", "l", "41", "4144", "+41 44", "415 555", "0100",
    "zoe@cafe", "cafe.example", "example", "李", "李小龍", "香港", "功夫", "ольга", "олг",
    "физ", "o'brien", "obrien", "brien", "ñandú", "nandu", "lisbon", "jazz", "summit",
    "trail running", "kids", "chess", "ski are", "åre", "zeppelin", "labs", "leite",
    "film", "0207946", "020 7946", "s", "j", "o", "x", "q", "lovers", "jazz lov", "lov zo",
)
# What rows written by schema 18 held (its ``search._INDEX_SELECT``, the tags column empty).
V18_TEXT = f"""
INSERT INTO {FTS_TABLE} (rowid, name, organization, emails, phones, tags, notes)
SELECT c.id,
       c.full_name || ' ' || c.nickname || ' ' || c.given_name || ' ' || c.family_name
           || ' ' || c.additional_names,
       c.organization || ' ' || c.department || ' ' || c.title,
       coalesce((SELECT group_concat(e.address, ' ') FROM email e
                 WHERE e.contact_id = c.id), ''),
       coalesce((SELECT group_concat(p.number || ' ' || coalesce(p.e164, ''), ' ')
                 FROM phone p WHERE p.contact_id = c.id), ''),
       '',
       coalesce(c.note, '') || ' ' || c.how_we_met
FROM contact c
"""
OTHERS = 1500  # people enough for the index's size to be its terms, not its header


def _version_18_file(path: Path) -> None:
    """The people above, a tag and 1,500 others, written as Rapport 18 wrote them."""
    create_schema(path, 18)
    con = sqlite3.connect(path)
    try:
        rows = [(i, f"u{i}", name, org, note) for i, name, org, _e, _n, _x, note in PEOPLE]
        rows += [(100 + i, f"o{i}", f"Person{i} Zq{i % 97}x", f"Firm{i % 13}",
                  f"word{i % 211} likes chess") for i in range(OTHERS)]
        con.executemany("INSERT INTO contact (id, uid, full_name, organization, note) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
        con.executemany("INSERT INTO email (contact_id, address) VALUES (?, ?)",
                        [(i, e) for i, _f, _o, e, _n, _x, _t in PEOPLE]
                        + [(100 + i, f"p{i}@example.org") for i in range(OTHERS)])
        con.executemany("INSERT INTO phone (contact_id, number, e164) VALUES (?, ?, ?)",
                        [(i, n, x or None) for i, _f, _o, _e, n, x, _t in PEOPLE]
                        + [(100 + i, f"+1 415 555 {i:04d}", f"+1415555{i:04d}")
                           for i in range(OTHERS)])
        con.execute("INSERT INTO tag (id, name) VALUES (1, ?)", (TAG,))
        con.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, 1)",
                        [(1,), (4,)])
        con.execute(V18_TEXT)
        con.execute(f"UPDATE {FTS_TABLE} SET tags = 'Zeppelin' WHERE rowid = ?", (STALE,))
        con.execute("INSERT INTO store_state (key, value) VALUES ('next_contact_id', ?)",
                    (100 + OTHERS,))
        con.commit()
    finally:
        con.close()


def _own_answers(con: sqlite3.Connection, match: str) -> dict[str, list[int]]:
    """Each query's contacts whose own text holds all its words, through *match* (the
    expression around its words), read with plain SQLite."""
    out = {}
    for text in QUERIES:
        words = " ".join(f'"{w}"*' for w in search._words(text))
        out[text] = [r[0] for r in con.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid",
            (match.format(words),))]
    return out


def _answers_18(con: sqlite3.Connection) -> dict[str, set[int]]:
    """What schema 18's search answered: the contacts matching every word of a query in
    their own text (every column but the tags) or through a tag whose name has it."""
    out = {}
    for text in QUERIES:
        found: set[int] | None = None
        for word in search._words(text):
            own = {r[0] for r in con.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                (f'{{name organization emails phones notes}} : ("{word}"*)',))}
            tagged = {r[0] for r in con.execute(
                "SELECT contact_id FROM contact_tag WHERE tag_id IN (SELECT rowid FROM "
                "tag_fts WHERE tag_fts MATCH ?)", (f'"{word}"*',))}
            found = (own | tagged) if found is None else found & (own | tagged)
        out[text] = found or set()
    return out


def _index_bytes(con: sqlite3.Connection) -> int:
    return int(con.execute(f"SELECT sum(length(block)) FROM {FTS_TABLE}_data").fetchone()[0])


def test_a_version_18_book_answers_every_search_as_before(tmp_path: Path) -> None:
    path = tmp_path / "v18.sqlite3"
    _version_18_file(path)
    con = sqlite3.connect(path)
    # Schema 18's own-text expression: every column but the tags.
    before = _own_answers(con, "{{name organization emails phones notes}} : ({})")
    answers = _answers_18(con)
    before_bytes = _index_bytes(con)
    con.close()
    assert before["zoe"] == before["zoë"] == before["ødeg"] == [1]
    assert (before["muller"], before["nandu"], before["łodz"]) == ([2], [7], [3])
    assert before["zeppelin"] == []

    open_database(path)
    try:
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
            LATEST_VERSION,)
        assert list(tmp_path.glob(f"v18.sqlite3.before-v{LATEST_VERSION}-*"))  # backed up first
        sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                             (FTS_TABLE,)).fetchone()[0]
        assert "detail = column" in sql and "columnsize = 0" in sql and "tags" not in sql
        db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('integrity-check')")
        assert db.execute_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'hashsize'"
                              ).fetchone() == (8 << 20,)
        # What the search service answers: the same contacts, through the tags too.
        assert {text: search.matching_ids(text) for text in QUERIES} == answers
        assert answers["j"] == {1, 3, 4}  # Zoë's note and the tag, José, Ana's tag
        assert answers["lovers"] == {1, 4} and answers["zeppelin"] == set()
        # The writes that follow keep the new index.
        new, _ = contacts.create_contact(ContactFields(full_name="Åsa Ørn", note="Kayak"))
        assert search.matching_ids("asa ørn kay") == {new}
        contacts.update_contact(new, ContactFields(full_name="Åsa Berg", note="Kayak"))
        assert search.matching_ids("ørn") == set()
        assert search.matching_ids("berg") == {new}
        contacts.delete_contacts([new])
        assert search.matching_ids("berg") == set()
        db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('integrity-check')")
    finally:
        close_database()
    con = sqlite3.connect(path)
    try:
        after = _own_answers(con, "{}")
        assert after == before
        assert con.execute("SELECT count(*) FROM contact_fts").fetchone() == (
            len(PEOPLE) + OTHERS,)
        # The same terms, kept without their positions.
        assert _index_bytes(con) < 0.75 * before_bytes
    finally:
        con.close()

