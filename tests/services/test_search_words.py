"""Every search word is one term of the contacts' search index (issue 18, migration 19).

The index keeps no positions (``detail = column``): a quoted word FTS5's tokenizer cut in two
would be a phrase, which it refuses. So what the search calls a word must never hold a
character that tokenizer (unicode61, Unicode 6.1) reads as a separator, whatever Python's
own Unicode tables call it."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

from desktop.models import FTS_TABLE
from desktop.models.migrations import CONTACT_FTS_SQL
from desktop.services import contacts, search
from desktop.services.types import ContactFields


def test_no_character_of_a_search_word_separates_terms_for_fts5() -> None:
    word = re.compile(search._WORD.pattern)
    letters = [c for c in range(sys.maxunicode + 1)
               if not 0xD800 <= c <= 0xDFFF and word.fullmatch(chr(c)) and chr(c) != "_"]
    assert len(letters) > 100_000  # every script's letters and digits
    con = sqlite3.connect(":memory:")
    con.execute(CONTACT_FTS_SQL)
    con.executemany(f"INSERT INTO {FTS_TABLE} (rowid, name) VALUES (?, ?)",
                    [(c, f"q{chr(c)}q") for c in letters])
    # "q" alone is a term only where the character between the two cut the text.
    cut = [hex(r[0]) for r in con.execute(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH '\"q\"'")]
    assert cut == []


def test_a_word_with_a_sign_fts5_reads_as_a_separator_finds_its_contact(db_path: Path) -> None:
    # New Tai Lue: U+1980 and U+19B1 (a vowel sign, a letter in Python's tables; in
    # Unicode 6.1 a mark, so FTS5 cuts the text there).
    name = "\u1980\u19b1\u1981 Example"
    contact_id, _ = contacts.create_contact(ContactFields(full_name=name))
    assert search.matching_ids(name) == {contact_id}
    assert search.matching_ids("\u1980\u19b1") == {contact_id}
    assert search.matching_ids("example \u1981") == {contact_id}
