"""Property tests: whatever bytes arrive, the reader reads it, or rejects it on purpose.

Honest (issue 13): a deliberate rejection is a ``VCardError`` naming the file, or a card
rejected with its line; an exception the reader caught at a card's boundary or around the
whole input is marked ``internal`` (a bug), and fails the test. An input that ever failed
is written to ``tests/vcard/data/fuzz/`` (``found-<hash>.vcf``): rename it after what it
caught and commit it; ``test_fuzz_regressions`` reads every file there, strictly, on every
run.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.vcard import VCardError, parse_bytes, write_cards
from desktop.vcard.reference import vobject_parse
from tests.vcard.corpus import REAL, corpus_files

SEEDS = [(REAL / p).read_bytes() for p in corpus_files() if (REAL / p).stat().st_size < 20_000]
if not SEEDS:  # corpus absent: still fuzz a synthetic card
    SEEDS = [b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:=C3=91\r\n"
             b"PHOTO;ENCODING=BASE64:/9j/4AAQ\r\n\r\nEND:VCARD\r\n"]

NASTY = [b"\r", b"\n", b"\r\r\n", b" ", b"\t", b":", b";", b"=", b"\\", b'"', b",", b".",
         b"\x00", b"\xff", b"\xc3", b"\x5c", b"BEGIN:VCARD\r\n", b"END:VCARD\r\n",
         b"ENCODING=QUOTED-PRINTABLE", b"ENCODING=b", b"CHARSET=SHIFT_JIS", b"CHARSET=bogus",
         b"item1.", b"X-ABLabel", b"data:", b"--", b"=C3=", b"\xfe\xff", b"\xef\xbb\xbf"]


REGRESSIONS = Path(__file__).resolve().parent / "data" / "fuzz"


def _keep(data: bytes) -> Path:
    """Save an input that failed, for the regression test (and the commit)."""
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"found-{hashlib.sha1(data).hexdigest()[:12]}.vcf"
    path.write_bytes(data)
    return path


def _check(data: bytes) -> None:
    try:
        _check_strictly(data)
    except AssertionError as exc:
        raise AssertionError(f"{exc} (input kept as {_keep(data)})") from exc


def _check_strictly(data: bytes) -> None:
    try:
        result = parse_bytes(data, "fuzz.vcf")
    except VCardError as err:
        assert not err.internal, f"the reader crashed: {err}"
        assert str(err).startswith("fuzz.vcf:")
        return
    crashed = [str(e) for e in result.errors if e.internal]
    assert not crashed, f"the reader crashed on a card: {crashed}"
    assert all(str(e).startswith("fuzz.vcf:") for e in (*result.errors, *result.warnings))
    for card in result.cards:
        assert isinstance(card.full_name, str) and card.full_name
    # whatever we read, we can write, and read our own output again
    buf = io.StringIO()
    write_cards(result.cards, buf)
    if result.cards:
        again = parse_bytes(buf.getvalue().encode("utf-8"), "again.vcf")
        assert len(again.cards) == len(result.cards)


@pytest.mark.parametrize(
    "path", sorted(REGRESSIONS.glob("*.vcf")), ids=lambda p: p.stem)
def test_fuzz_regressions(path: Path) -> None:
    """Every input a fuzz run ever failed on, read strictly again."""
    _check_strictly(path.read_bytes())


def test_there_are_fuzz_regressions() -> None:
    assert len(list(REGRESSIONS.glob("*.vcf"))) >= 4, f"regression files missing in {REGRESSIONS}"


mutation = st.tuples(
    st.sampled_from(["insert", "delete", "swap", "nasty"]),
    st.integers(min_value=0, max_value=1 << 30),
    st.binary(min_size=1, max_size=8),
    st.sampled_from(NASTY),
)


def mutate(seed: bytes, edits: list[tuple[str, int, bytes, bytes]]) -> bytes:
    """*seed* with each edit applied: insert or delete bytes, swap two, or insert a
    known-nasty fragment (shared with the long fuzz run in tests/hardening)."""
    data = bytearray(seed)
    for op, pos, blob, nasty in edits:
        i = pos % (len(data) + 1)
        if op == "insert":
            data[i:i] = blob
        elif op == "delete":
            del data[i:i + len(blob)]
        elif op == "swap" and len(data) > 1:
            j = (pos // 7) % len(data)
            i = min(i, len(data) - 1)
            data[i], data[j] = data[j], data[i]
        else:
            data[i:i] = nasty
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), edits=st.lists(mutation, min_size=1, max_size=8))
def test_mutated_corpus_files_never_crash(
    seed: bytes, edits: list[tuple[str, int, bytes, bytes]]
) -> None:
    _check(mutate(seed, edits))


name = st.sampled_from(["FN", "N", "ORG", "EMAIL", "TEL", "ADR", "PHOTO", "BDAY", "NOTE",
                        "CATEGORIES", "URL", "X-ABLabel", "RELATED", "X-RAPPORT-STAGE",
                        "ANNIVERSARY", "X-FOO", "item1.TEL", "item1.X-ABLabel", "UID",
                        "NICKNAME", "IMPP", "X-ANDROID-CUSTOM", "AGENT", "fn", ""])
param = st.sampled_from(["", ";TYPE=HOME", ";ENCODING=QUOTED-PRINTABLE", ";ENCODING=b",
                         ";CHARSET=UTF-8", ';TYPE="a,b:c"', ";PREF=1", ";VALUE=text", ";;",
                         ";X-APPLE-OMIT-YEAR=1604", ";BASE64", ";CHARSET=SHIFT_JIS"])
value = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["--0229", "1604-02-29", "=C3=", "data:image/png;base64,iVBO", "a\\",
                     "http\\://x", ";;;;;;;;", "\\n\\N\\,\\;"])


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.tuples(name, param, value), max_size=12), version=st.sampled_from(
    ["2.1", "3.0", "4.0"]))
def test_random_property_lines_never_crash(
    lines: list[tuple[str, str, str]], version: str
) -> None:
    body = "".join(f"{n}{p}:{v}\r\n" for n, p, v in lines)
    data = f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n".encode()
    _check(data)
    try:
        cards = parse_bytes(data).cards
    except VCardError:
        return
    # the exporter's output of generated cards is valid for vobject too
    buf = io.StringIO()
    write_cards(cards, buf, "3.0")
    if cards:
        assert len(vobject_parse(buf.getvalue())) == len(cards)
