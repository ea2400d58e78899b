"""Import → export (3.0 and 4.0) → import gives the same contact, and vobject reads our output."""

from __future__ import annotations

import dataclasses
import io
import itertools

import pytest

from desktop.vcard import (
    CardAddress,
    CardData,
    CardDate,
    CardValue,
    card_to_text,
    parse_bytes,
    parse_file,
    write_cards,
)
from desktop.vcard.reference import vobject_parse
from tests.vcard.corpus import REAL, comparable, corpus_files


def _export(cards: list[CardData], version: str) -> str:
    buf = io.StringIO()
    assert write_cards(cards, buf, version) == len(cards)
    return buf.getvalue()


def _readable_cards(path: str) -> list[CardData]:
    try:
        return parse_file(REAL / path).cards
    except Exception:  # files that are not vCards at all
        return []


# Corpus files with no card the reader accepts (no name anywhere, no BEGIN:VCARD, a broken
# photo that is the whole card...): nothing to export from them.
NO_CARD = {
    "android-vcard/v21_android_custom_prop.vcf", "ccs-calendarserver/CardDAV-vcarderrors/4.vcf",
    "ccs-calendarserver/home_bad/1.vcf", "evolution-data-server/7.vcf", "kcontacts/vcard7.vcf",
    "node-vcf/photo-base64.vcf",
}


def test_every_other_corpus_file_has_cards_to_export() -> None:
    assert {p for p in corpus_files() if not _readable_cards(p)} == NO_CARD


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("path", [p for p in corpus_files() if p not in NO_CARD])
def test_corpus_round_trip(path: str, version: str) -> None:
    cards = _readable_cards(path)
    text = _export(cards, version)
    # valid: vobject reads every card back
    assert len(vobject_parse(text)) == len(cards)
    # and equal: same contact, extra lines unchanged
    again = parse_bytes(text.encode("utf-8"), "export.vcf")
    assert not again.errors
    # only what was already wrong in the source may be reported again (a broken PHOTO)
    assert all("PHOTO" in w.reason for w in again.warnings)
    assert len(again.cards) == len(cards)
    for before, after in zip(cards, again.cards, strict=True):
        keep = before.version == version
        assert comparable(after, keep, version) == comparable(before, keep, version)
        assert after.version == version


def _person() -> CardData:
    return CardData(
        full_name="Zoë Müller-Łukasz",
        given_name="Zoë",
        family_name="Müller-Łukasz",
        organization="Café; Zürich, AG",
        department="R&D",
        birthday=CardDate(None, 2, 29),
        anniversary=CardDate(2011, 6, 4),
        note="Line one\nLine two; with, punctuation \\ and a backslash",
        emails=[CardValue("zoe@example.org", "work", "Office", True)],
        phones=[CardValue("+41 44 555 12 12", "cell")],
        urls=[CardValue("https://example.org/a,b;c")],
        addresses=[CardAddress(kind="home", street="Bahnhofstraße 1\nHinterhaus",
                               locality="Zürich", postal_code="8001", country="CH")],
        categories=["Jazz", "Running, trail"],
        related=[CardValue("Ana Silva", "friend", "Friend")],
        rapport={"stage": "acquainted", "keep-in-touch-days": "30",
                 "how-we-met": "Jazz night; introduced by Bo"},
        photo=b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3,
        photo_mime="image/jpeg",
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_app_created_contact_round_trips(version: str) -> None:
    card = _person()
    text = card_to_text(card, version)
    assert len(vobject_parse(text)) == 1
    back = parse_bytes(text.encode("utf-8")).cards[0]
    assert comparable(back, keep_version=False) == comparable(card, keep_version=False) | {
        # a label always lives in an item group; the writer made one up
        "emails": [comparable_value(back.emails[0], card.emails[0])],
        "related": [comparable_value(back.related[0], card.related[0])],
    }


def comparable_value(back: CardValue, orig: CardValue) -> dict[str, object]:
    assert back.group.startswith("item")
    return dataclasses.asdict(orig) | {"group": back.group}


def test_year_less_birthday_formats() -> None:
    card = CardData(full_name="A", birthday=CardDate(None, 4, 16))
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-16\r\n" in card_to_text(card, "3.0")
    assert "BDAY:--0416\r\n" in card_to_text(card, "4.0")
    for version in ("3.0", "4.0"):
        back = parse_bytes(card_to_text(card, version).encode()).cards[0]
        assert back.birthday == CardDate(None, 4, 16)


def test_related_and_anniversary_per_version() -> None:
    card = CardData(full_name="A", anniversary=CardDate(2001, 2, 3),
                    related=[CardValue("Jenny", "spouse")])
    v3, v4 = card_to_text(card, "3.0"), card_to_text(card, "4.0")
    assert "X-ABRELATEDNAMES;TYPE=spouse:Jenny" in v3 and "\nRELATED" not in v3
    assert "RELATED;TYPE=spouse;VALUE=text:Jenny" in v4
    assert "X-ANNIVERSARY:2001-02-03" in v3 and "ANNIVERSARY:20010203" in v4


def test_photo_inline_per_version() -> None:
    card = CardData(full_name="A", photo=b"\x89PNG\r\n\x1a\n1234", photo_mime="image/png")
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoxMjM0" in card_to_text(card, "3.0")
    assert "PHOTO:data:image/png;base64,iVBORw0KGgoxMjM0" in card_to_text(card, "4.0")


def test_tags_and_rapport_fields_are_written() -> None:
    card = CardData(full_name="A", categories=["Jazz", "a,b"], rapport={"stage": "trusted"})
    text = card_to_text(card)
    assert "CATEGORIES:Jazz,a\\,b\r\n" in text
    assert "X-RAPPORT-STAGE:trusted\r\n" in text


def test_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    card = CardData(full_name="Ñ" * 200, note="日本語" * 100 + "a=" * 200)
    text = card_to_text(card)
    lines = text.split("\r\n")
    for line, following in itertools.pairwise(lines):
        assert len(line.encode("utf-8")) <= 75
        # "=" right before a fold would read as a 2.1 quoted-printable soft break
        assert not (line.endswith("=") and following.startswith(" "))
    assert parse_bytes(text.encode()).cards[0].full_name == "Ñ" * 200


def test_extra_lines_are_written_back_verbatim() -> None:
    line = "item3.X-ABDATE;TYPE=pref:2001-01-01"
    card = CardData(full_name="A", extra=[line, "item3.X-ABLabel:_$!<Anniversary>!$_"])
    text = card_to_text(card)
    assert line + "\r\n" in text
    assert parse_bytes(text.encode()).cards[0].extra == card.extra
