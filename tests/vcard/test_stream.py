"""Reading a .vcf file in pieces (issue 7: bounded memory) gives what reading it whole does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.vcard import CardData, CardError, VCardError, iter_parse, stream
from desktop.vcard.stream import iter_parse_file
from tests.vcard.corpus import REAL, corpus_files


def whole(path: Path) -> tuple[list[CardData | CardError], list[CardError]]:
    warnings: list[CardError] = []
    return list(iter_parse(path.read_bytes(), str(path), warnings=warnings)), warnings


def pieces(path: Path, block_size: int) -> tuple[list[CardData | CardError], list[CardError]]:
    warnings: list[CardError] = []
    return list(iter_parse_file(path, warnings=warnings, block_size=block_size)), warnings


def card(n: int, *lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:Person {n}", *lines,
                        "END:VCARD"]) + "\r\n"


def spy_pieces(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every piece ``iter_parse`` is handed."""
    sizes: list[int] = []
    real = stream.iter_parse

    def recording(data: bytes, *args: Any, **kwargs: Any) -> Any:
        sizes.append(len(data))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(stream, "iter_parse", recording)
    return sizes


@pytest.mark.parametrize("block_size", [64, 4096])
def test_every_corpus_file_reads_the_same_in_pieces(block_size: int) -> None:
    # Cards, rejected cards, warnings and their line numbers: all as in one piece
    # (android-vcard/v21_nest.vcf: a nested AGENT card is never cut out of its parent).
    for name in corpus_files():
        path = REAL / name
        try:
            expected: Any = whole(path)
        except VCardError as exc:
            with pytest.raises(VCardError) as got:
                pieces(path, block_size)
            assert str(got.value) == str(exc)
            continue
        assert pieces(path, block_size) == expected, name


def test_a_big_file_is_read_a_piece_at_a_time(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.vcf"
    cards = [card(n, f"EMAIL:p{n}@example.org", "NOTE:Zoë, café") for n in range(300)]
    cards[200] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name at all\r\nEND:VCARD\r\n"
    path.write_text("".join(cards), encoding="utf-8", newline="")
    sizes = spy_pieces(monkeypatch)
    progress: list[tuple[int, int]] = []
    got = list(iter_parse_file(path, progress=lambda c, b: progress.append((c, b)),
                               progress_every=10, block_size=2048))
    size = path.stat().st_size
    assert len(sizes) > 10 and max(sizes) < 4 * 2048 and sum(sizes) == size
    assert got == whole(path)[0]
    # The rejected card's line is its line in the file, not in its piece.
    errors = [e for e in got if isinstance(e, CardError)]
    assert [e.line for e in errors] == [1 + 200 * 6]
    assert progress[-1][1] == size
    assert [b for _c, b in progress] == sorted(b for _c, b in progress)


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-16", "FN:Zoë"),  # NUL bytes: read whole
    ("cp1252", "FN;CHARSET=windows-1252:Zoë"),  # not UTF-8: the reader decides per file
])
def test_files_that_must_be_read_whole_still_read(tmp_path: Path, encoding: str, text: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "legacy.vcf"
    body = "".join("BEGIN:VCARD\r\nVERSION:2.1\r\n" + text + f" {n}\r\nEND:VCARD\r\n"
                   for n in range(50))
    path.write_bytes(body.encode(encoding))
    sizes = spy_pieces(monkeypatch)
    got = pieces(path, 256)
    assert sizes == [path.stat().st_size]
    names = [c.full_name for c in got[0] if isinstance(c, CardData)]
    assert names[:2] == ["Zoë 0", "Zoë 1"] and len(names) == 50


def test_a_missing_file_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(VCardError) as err:
        list(iter_parse_file(tmp_path / "gone.vcf"))
    assert str(err.value).startswith(f"{tmp_path / 'gone.vcf'}:1: cannot read the file")


def test_cards_marked_in_any_spelling_read_the_same_in_pieces(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # BEGIN/END lines in any case, with blanks around the colon and after VCARD, CRs, a
    # byte order mark, a folded line and a line that only starts like one: each piece is
    # cut between two cards, and the cards are those of the whole file.
    spellings = [("BEGIN:VCARD", "END:VCARD"), ("begin:vcard", "end:vcard"),
                 ("Begin : VCard ", "eNd:\tvcArD\t"), ("BEGIN:VCARD\r", "END :VCARD\r\r"),
                 ("bEgIn\t:VCARD", "End:VCARD"), ("BEGIN:VCARD", "END:VCARD")]
    parts = ["\ufeff"]
    for n in range(60):
        begin, end = spellings[n % len(spellings)]
        parts.append("\r\n".join([begin, "VERSION:3.0", f"FN:Person {n}",
                                  "NOTE:begins\r\n END:VCARD folded", "Ending: not a mark",
                                  end]) + "\r\n")
    path = tmp_path / "spellings.vcf"
    path.write_bytes("".join(parts).encode("utf-8"))
    sizes = spy_pieces(monkeypatch)
    expected = whole(path)
    sizes.clear()
    assert pieces(path, 256) == expected
    assert len(sizes) > 10  # read in pieces, not whole
    assert len([c for c in expected[0] if isinstance(c, CardData)]) == 60
