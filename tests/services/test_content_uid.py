"""The UID a card without one is given (``vcard_mapping.content_uid``) never changes: an
export from Google or Android imported again finds the contacts its first import made by
it (issue 11). Issue 18 made it faster; these pin what it was before."""

from __future__ import annotations

import hashlib
import uuid

from bench.bench_vcard_parse import make_corpus
from desktop.services.vcard_mapping import content_uid
from desktop.vcard import CardData, VCardError, parse_bytes, parse_file
from tests.conftest import REAL_VCARDS

_NAMESPACE = uuid.UUID("9b1d3c3e-5f0c-4c51-9d35-6f1f2f3b7a10")


def reference_uid(card: CardData) -> str:
    """``content_uid`` as it was first written (2026-12-03): the definition."""
    parts: list[str] = []
    for name, value in card.__dict__.items():
        # members came after the definition (its lines are hashed in extra)
        if name in ("line", "uid", "version", "photo", "members"):
            continue
        if isinstance(value, list):
            parts.extend(item if isinstance(item, str) else repr(tuple(vars(item).values()))
                         for item in value)
            parts.append("\x1e")
        else:
            parts.append(value if isinstance(value, str) else repr(value))
    digest = hashlib.sha1(_NAMESPACE.bytes)
    digest.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    if card.photo:
        digest.update(card.photo)
    return f"urn:uuid:{uuid.UUID(bytes=digest.digest()[:16], version=5)}"


FULL = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nN:Müller;Zoë;;Dr.;\r\n"
    "ORG:Café Zürich;Küche;Nord\r\nTITLE:Chef\r\nitem1.EMAIL;TYPE=INTERNET,HOME:zoe@example.org\r\n"
    "item1.X-ABLabel:_$!<Home>!$_\r\nTEL;TYPE=CELL;X-SERVICE=x:+41 44 123 45 67\r\n"
    "ADR;TYPE=WORK:;;Bahnhofstraße 1;Zürich;ZH;8001;Switzerland\r\nURL:https://example.org\r\n"
    "BDAY:1985-04-12\r\nANNIVERSARY:--0612\r\nCATEGORIES:Jazz,Running,Family\r\n"
    "X-RAPPORT-GROUP:Family\r\nX-RAPPORT-AVOID:Politics\r\nX-RAPPORT-STAGE:trusted\r\n"
    "X-RAPPORT-FOO:bar\r\nRELATED;TYPE=spouse:urn:uuid:1\r\nNOTE:line one\\nline 'two'\r\n"
    "X-CUSTOM;A=b:kept\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\nEND:VCARD\r\n")


def test_a_card_without_a_uid_gets_the_uid_it_always_got() -> None:
    pinned = {
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n":
            "urn:uuid:c5a7c9f7-a5aa-5f8d-9de5-ef78dc72cebd",
        FULL: "urn:uuid:95468fef-9d33-50d3-bf1f-9a586c2d78a5",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kim;Li\r\nTEL;HOME:06 12345678\r\nEND:VCARD\r\n":
            "urn:uuid:0b2d1932-59ce-55db-97a6-f5d1dffec705",
    }
    for text, uid in pinned.items():
        (card,) = parse_bytes(text.encode()).cards
        assert content_uid(card) == uid


def test_every_real_and_generated_card_gets_the_uid_of_the_definition() -> None:
    cards: list[CardData] = []
    for path in sorted(REAL_VCARDS.rglob("*.vcf")):
        try:
            cards += parse_file(path).cards
        except VCardError:  # files that are not vCards are in the corpus too
            continue
    cards += parse_bytes(make_corpus(2_000, seed=11)).cards
    assert len(cards) > 2_000
    for card in cards:
        card.uid = None
        assert content_uid(card) == reference_uid(card), card.line
