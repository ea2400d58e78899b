"""The name sort key's shortcut for plain ASCII text gives the keys of the full path (issue 18:
an import computes one per card; the shortcut skips Unicode normalisation for ASCII names)."""

from __future__ import annotations

import string
import unicodedata

import pytest

from desktop import text
from desktop.text import sort_key
from desktop.vcard import VCardError, parse_file
from tests.conftest import REAL_VCARDS


def full_path(value: str) -> str:
    """The key as the general path computes it, whatever the text (the shortcut bypassed)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded.lstrip(text._SORT_LEAD)


def corpus_names() -> list[str]:
    names: list[str] = []
    for path in sorted(REAL_VCARDS.rglob("*.vcf")):
        try:
            cards = parse_file(path).cards
        except VCardError:
            continue
        for card in cards:
            names += [card.full_name, card.organization, card.given_name, card.family_name,
                      card.nickname]
    return [n for n in dict.fromkeys(names) if n]


ASCII_SAMPLES = [
    "", " ", "Ana", " Ana", "'t Hooft", "\"Quoted\" Name", "(Work) Jo", "...Dots", "-_-",
    "O'Brien", "McDONALD", "ALL CAPS INC.", "\tTabbed", "#1 Fan", "@home", "[x] y", "<z>",
    "Zoë".encode("ascii", "ignore").decode(), string.printable, string.punctuation,
    "".join(chr(i) for i in range(128)), "\x00\x1f\x7f",
]
OTHER_SAMPLES = [
    "Émile", "ÉMILE", "Zoë", "Straße", "STRASSE", "Ǆemal", "ﬁnn", "\uff26\uff55\uff4c\uff4c",
    "İstanbul", "Øyvind", "Łukasz", "Ærø", "\u210cilbert", "Ⅻ", "ǅ", "ﾊﾝｶｸ", "山田太郎",
    "Άννα", "ΣΊΣΥΦΟΣ", "Йосиф", "\u00a0Ana", "'Ébène", "e\u0301", "\u0301Ana", "Ana\u200b",
    "“Quoted”",
]


@pytest.mark.parametrize("value", ASCII_SAMPLES + OTHER_SAMPLES)
def test_samples_same_key_as_full_path(value: str) -> None:
    assert sort_key(value) == full_path(value)


def test_every_ascii_pair_same_key_as_full_path() -> None:
    chars = [chr(i) for i in range(128)]
    for a in chars:
        for b in chars:
            assert sort_key(a + b) == full_path(a + b), repr(a + b)


def test_real_names_same_key_as_full_path() -> None:
    names = corpus_names()
    ascii_names = [n for n in names if n.isascii()]
    # The corpus holds both kinds, so both paths are compared on real names.
    assert len(ascii_names) > 50 and len(names) - len(ascii_names) > 10
    assert [sort_key(n) for n in names] == [full_path(n) for n in names]


def test_ascii_text_skips_normalisation(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refusing:
        """``unicodedata`` as ``desktop.text`` sees it, refusing to normalise (the module
        itself is left alone: pytest uses it)."""

        combining = staticmethod(unicodedata.combining)

        @staticmethod
        def normalize(form: str, value: str) -> str:
            raise AssertionError(f"normalised {value!r}")

    monkeypatch.setattr(text, "unicodedata", Refusing)
    assert sort_key(" 'T Hooft") == "t hooft"
    with pytest.raises(AssertionError):
        sort_key("Émile")


def test_every_character_same_key_as_full_path() -> None:
    """The non-ASCII path drops combining marks through a table (``_NOT_COMBINING``)
    filled as characters come: every code point, after a letter, keys as the
    full path keys it."""
    for start in range(0x80, 0x110000, 0x400):
        block = [chr(c) for c in range(start, min(start + 0x400, 0x110000))]
        pairs = "".join("a" + ch for ch in block)
        assert sort_key(pairs) == full_path(pairs), hex(start)
