"""The reader's fast path (issue 18: a card read in one piece, ``_Tokenizer._fast_card``)
reads every input exactly as reading it line by line does: the same cards, the same
rejected cards and the same warnings, each with its file and line.

Each input is read twice, with ``reader.FAST_PATH`` on and off, and everything compared.
The inputs aim at what decides between the two ways: folding (a blank or a tab, anywhere,
inside UTF-8 sequences and quoted-printable escapes), quoted-printable soft line breaks,
2.1 base64 and backslash continuations, blank, blank-only and comment lines, lines without
a colon, stray CRs, quoted parameters holding colons, groups, BEGIN/END inside a card or
in another case, an END:VCARD folded, warnings raised inside a card, line ends and
encodings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.bench_vcard_parse import make_corpus
from bench.parse_compare import hostile
from desktop.vcard import VCardError, parse_bytes, reader
from tests.vcard.corpus import REAL, corpus_files


def _read(data: bytes, fast: bool) -> Any:
    saved = reader.FAST_PATH
    reader.FAST_PATH = fast
    try:
        result = parse_bytes(data, "f.vcf")
    except VCardError as exc:
        return ("VCardError", str(exc))
    finally:
        reader.FAST_PATH = saved
    return ([dataclasses.asdict(c) for c in result.cards],
            [(str(e), e.internal) for e in result.errors],
            [str(w) for w in result.warnings])


def _same_both_ways(data: bytes) -> None:
    fast, slow = _read(data, True), _read(data, False)
    assert fast == slow, data[:2000]


class _Counter:
    """Counts the cards the fast path read (and those it gave back)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = 0
        self.given_back = 0
        real = reader._read_lines

        def counting(*args: Any) -> Any:
            card = real(*args)
            if card is None:
                self.given_back += 1
            else:
                self.read += 1
            return card

        monkeypatch.setattr(reader, "_read_lines", counting)


def test_the_generated_corpus_reads_the_same_and_takes_the_fast_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_corpus(400, seed=5)
    counter = _Counter(monkeypatch)
    _same_both_ways(data)
    assert counter.read >= 395  # all but a card at a chunk's end, say


def test_every_real_file_reads_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _Counter(monkeypatch)
    for path in corpus_files():
        _same_both_ways((REAL / path).read_bytes())
    # The fast path reads most real cards (and gives some back: 2.1 soft line breaks...).
    assert counter.read >= 150 and counter.given_back >= 5, vars(counter)


def test_hostile_inputs_read_the_same_both_ways() -> None:
    seeds = [(REAL / p).read_bytes() for p in corpus_files()] + [make_corpus(30, seed=3)]
    for data in hostile(400, 27, seeds):
        _same_both_ways(data)


def test_a_card_given_back_after_a_warning_reports_it_once_with_its_line() -> None:
    """Found comparing with the line-by-line reader: the fast path read a line that warns
    (an ENCODING=b value that is not base64), then met a BEGIN inside the card and gave
    the card back; its warning, said with the card's line, stayed beside the one the
    line-by-line reading gave."""
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nX-A;ENCODING=b:QUJ\r\nFN:A\r\n"
            b"BEGIN:VCARD\r\nFN:Agent\r\nEND:VCARD\r\nEND:VCARD\r\n")
    fast = _read(data, True)
    assert fast == _read(data, False)
    assert fast[2] == ["f.vcf:3: value is not valid base64; kept as text"]


# --------------------------------------------------------------------------- generated


NAMES = ["FN", "N", "ORG", "EMAIL", "TEL", "ADR", "PHOTO", "BDAY", "NOTE", "CATEGORIES",
         "URL", "X-ABLabel", "RELATED", "X-RAPPORT-STAGE", "TITLE", "UID", "NICKNAME", "IMPP",
         "X-ANDROID-CUSTOM", "VERSION", "LABEL", "X-FOO", "fn", "Tel", "item1.TEL",
         "item1.X-ABLabel", "a.b.EMAIL", " TEL", "TEL ", "BEGIN", "END", "begin", ""]
PARAMS = ["", ";TYPE=HOME", ";TYPE=cell,voice", ";CELL;PREF", ";ENCODING=QUOTED-PRINTABLE",
          ";QUOTED-PRINTABLE;CHARSET=UTF-8", ";quoted-printable", ";ENCODING=b", ";BASE64",
          ";CHARSET=ISO-8859-1", ';TYPE="a,b:c"', ';LABEL="x:y"', ";PREF=1", ";VALUE=text",
          ";;", ";", ";X-APPLE-OMIT-YEAR=1604", ";ENCODING=8BIT"]
VALUES = st.sampled_from([
    "VCARD", "vcard", "Ana Lima", "+41 44 668 18 00", "06 12345678", "a@example.org",
    "Smith;John;;;", ";;1 Main St;Town;;1234;Country", "=C3=91=20=C3=B1", "=C3=\r", "abc=",
    "trailing\\", "line\\nnext\\, and\\; more", "data:image/png;base64,iVBORw0KGgo=",
    "/9j/4AAQSkZJRgABAQ==", "!!", "1985-04-12", "--0229", "a,b,c", "_$!<Mobile>!$_",
    "x\ry", "bell\x07", "caf\xe9", "日本語", "stage:met", "", " ", ":", "urn:uuid:1",
    "vnd.android.cursor.item/nickname;Bo;1;;;;;;;;;;;;;",
]) | st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=24)
STRAY = ["", " ", "\t", "# comment", "#note: a colon", " continued", "\tcontinued:x",
         "no colon", "QUJD", "BEGIN:VCARD", "END:VCARD", "end:vcard", "END:VCARD ", " END:VCARD",
         "BEGIN : VCARD", "FN:Agent", "=", "\\"]


@st.composite
def physical_lines(draw: st.DrawFn) -> list[str]:
    """One content line, folded or broken at random, or a stray line."""
    if draw(st.integers(0, 9)) == 0:
        return [draw(st.sampled_from(STRAY))]
    line = (draw(st.sampled_from(NAMES)) + draw(st.sampled_from(PARAMS))
            + draw(st.sampled_from([":", ":", ":", " :", ""])) + draw(VALUES))
    parts: list[str] = []
    while len(line) > 2 and draw(st.integers(0, 3)) == 0:  # folded (or broken) here
        at = draw(st.integers(1, len(line) - 1))
        parts.append(line[:at] + draw(st.sampled_from(["", "", "=", "\\"])))
        line = draw(st.sampled_from([" ", "\t", " ", "", "  "])) + line[at:]
    return [*parts, line]


@st.composite
def cards(draw: st.DrawFn) -> list[str]:
    body = [x for lines in draw(st.lists(physical_lines(), max_size=8)) for x in lines]
    begin = draw(st.sampled_from(["BEGIN:VCARD"] * 6 + ["begin:vcard", "BEGIN:VCARD "]))
    end = draw(st.sampled_from(["END:VCARD"] * 6 + ["end:vcard", "", " END:VCARD"]))
    version = draw(st.sampled_from(["VERSION:2.1", "VERSION:3.0", "VERSION:4.0", ""]))
    return [begin, *([version] if version else []), *body, *([end] if end else [])]


@st.composite
def files(draw: st.DrawFn) -> bytes:
    lines = [x for card in draw(st.lists(cards(), min_size=1, max_size=3)) for x in card]
    after = draw(st.sampled_from(["", "", " folded after the end", "FN:between", "\t"]))
    if after:
        lines.append(after)
    eol = draw(st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]))
    text = eol.join(lines) + draw(st.sampled_from([eol, ""]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "latin-1", "utf-16"]))
    return text.encode(encoding, "replace")


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=files())
def test_generated_files_read_the_same_both_ways(data: bytes) -> None:
    _same_both_ways(data)


def _examples() -> Iterator[bytes]:
    """Inputs at the edges of the fast path, one per rule it keeps."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\n{}\r\nEND:VCARD\r\n"
    for body in [
        "FN:A\r\n b",  # folded
        "FN:A\r\n\tb",  # folded with a tab
        "FN:A\r\n \r\n b",  # a blank-only line inside a fold
        "FN:A\r\n\r\n b:c",  # a blank line, then a continuation: not a property
        "FN:A\r\n# note\r\n b",  # a comment line, then a continuation
        "FN:A\r\n#TEL:1",  # a comment line with a colon
        "NOTE;QUOTED-PRINTABLE:a=\r\n b=\r\nc:d\r\nFN:A",  # soft line breaks
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nFN:A",  # a soft line break into a property
        "PHOTO;ENCODING=b:QUJD\r\nREFH\r\n :x\r\nFN:A",  # 2.1 base64 continued, then folded
        "NOTE:a\\\r\nb\r\n :c\r\nFN:A",  # a value continued after a backslash, then folded
        "FN:A\r\nX-A\rB:c",  # a stray CR
        'TEL;TYPE="a:b":1\r\nFN:A',  # a colon in a quoted parameter
        'TEL;TYPE="a:b\r\nFN:A',  # a quote never closed
        "FN:A\r\nend:vcard\r\nFN:B",  # the card ends in lower case
        "FN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\nFN:C",  # nested
        "FN:A\r\nX-A;ENCODING=b:QUJ",  # a warning inside the card
        "FN:A\r\nPHOTO;ENCODING=b:!!",  # a photo that is not base64
        "FN:A\r\nno colon",
        " FN:A",  # the first line continues BEGIN:VCARD
        "",
    ]:
        yield card.format(body).encode()
    yield b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n folded: END:VCARDx\r\nFN:B\r\nEND:VCARD\r\n"
    yield b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD"  # no line end at the end
    yield b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\t"
    yield ("BEGIN:VCARD\r\nFN:A\r\n" + "EMAIL:a@b\r\n" * 2_001 + "END:VCARD\r\n").encode()
    yield "BEGIN:VCARD\r\nFN;CHARSET=SHIFT_JIS:能\r\nEND:VCARD\r\n".encode("shift_jis")


@pytest.mark.parametrize("data", list(_examples()))
def test_edges_of_the_fast_path_read_the_same_both_ways(data: bytes) -> None:
    _same_both_ways(data)


# --------------------------------------------------------------------------- value helpers


ESCAPED = st.text(alphabet=st.sampled_from(["\\", "\\", "n", "N", ",", ";", ":", "'", '"', "x",
                                            "\n", " ", "é"]), max_size=16)


@settings(max_examples=500, deadline=None)
@given(text=ESCAPED)
def test_unescaping_and_splitting_read_as_the_regular_expressions_do(text: str) -> None:
    """The shortcuts for values without a doubled backslash (issue 18) against the
    pair-by-pair reading."""
    assert reader._unescape(text) == reader._unescape_all(text)
    for pattern, sep in ((reader._COMPOUND_RE, ";"), (reader._LIST_RE, ",")):
        assert reader._split_escaped(text, pattern, sep) == reader._split_pairs(
            text, pattern, sep)


ARABIC_INDIC = "\u0661\u0669\u0668\u0665"  # digits that \\d matches and int() reads
DATES = st.text(alphabet=st.sampled_from([*"0123456789-T ", *ARABIC_INDIC]), max_size=12) | (
    st.dates().map(lambda d: d.isoformat())) | st.sampled_from(
    ["1604-02-29", "1604-13-01", "1985-04-12", "0000-01-01", "1985-02-30",
     ARABIC_INDIC + "-04-12"])


@settings(max_examples=500, deadline=None)
@given(value=DATES, omit=st.sampled_from(["", "1604", "1985", "0000"]))
def test_dates_read_as_the_regular_expression_reads_them(value: str, omit: str) -> None:
    assert reader._parse_date(value, omit) == reader._parse_any_date(value, omit)
