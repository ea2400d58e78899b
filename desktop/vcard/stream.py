"""Reading a big .vcf file a piece at a time (issue 7: a 50 MB import in bounded memory).

``iter_parse`` works on one ``bytes`` object and decodes it to one ``str``: a 50 MB file is
then 100 MB before the first card is read. ``iter_parse_file`` reads the file in blocks of a
few MB instead and cuts it between two cards -- after an ``END:VCARD`` line that is directly
followed by a ``BEGIN:VCARD`` line, where no card is open -- and hands each piece
to ``iter_parse``, correcting line numbers and progress to the whole file. The cards, errors
and warnings are those of ``iter_parse`` over the whole file.

Only files that read the same in pieces are cut: valid UTF-8 (with or without a BOM) with no
NUL byte. UTF-16, a legacy charset (decided for the whole file by the reader), or a file
without a cut point is read whole, as before.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from os import PathLike
from typing import BinaryIO

from desktop.vcard.model import CardData, CardError, unreadable_file
from desktop.vcard.reader import MAX_LINE, ProgressCallback, iter_parse, no_line_break

BLOCK_SIZE = 4 << 20  # read 4 MB at a time: a piece is 4-8 MB of text

# BEGIN:VCARD and END:VCARD lines (at the start of a line: a leading blank would make one a
# folded continuation). Counting them tells where the reader has no card open. Searched
# for with the line break before them (a literal the regular expression engine skips to;
# "^" with MULTILINE is tried at every byte: 3-4 times slower, issue 18), and the first
# byte after it looked at before anything else (a line that starts otherwise is passed
# over at once: 0.7 of the time); a line at the very start of the file has none.
_MARK_AT_START_RE = re.compile(rb"(?:\xef\xbb\xbf)?(begin|end)[ \t]*:[ \t]*vcard[ \t]*\r*\n",
                               re.IGNORECASE)
_MARK_RE = re.compile(
    rb"\n(?=[\xefbe])((?:\xef\xbb\xbf)?(begin|end)[ \t]*:[ \t]*vcard[ \t]*\r*)(?=\n)",
    re.IGNORECASE)


def iter_parse_file(
    path: str | PathLike[str],
    progress: ProgressCallback | None = None,
    warnings: list[CardError] | None = None,
    progress_every: int = 250,
    block_size: int | None = None,
) -> Iterator[CardData | CardError]:
    """Yield each card of the file (or the error that rejected it) like ``iter_parse`` does
    over the file's bytes, holding a few MB of it at a time.

    ``progress(cards_done, bytes_done)`` counts over the whole file; ``block_size`` (default
    ``BLOCK_SIZE``) is how much is read at a time. Raises ``VCardError``
    (one line) if the file cannot be read or holds no vCard.
    """
    source = str(path)
    if warnings is None:
        warnings = []
    if block_size is None:
        block_size = BLOCK_SIZE
    try:
        fh = open(path, "rb")  # closed by the with below, across yields
    except OSError as exc:
        raise unreadable_file(source, exc) from None
    with fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_LINE:  # a file with no line break is refused before it is read
                no_line_break(fh.read(MAX_LINE), source)
                fh.seek(0)
            whole = size <= block_size or not _cuttable(fh, block_size)
            fh.seek(0)
            if whole:
                # No local name for the bytes: the generator lets go of them when done.
                yield from iter_parse(fh.read(), source, progress, warnings, progress_every)
                return
        except OSError as exc:
            raise unreadable_file(source, exc) from None
        yield from _pieces(fh, source, progress, warnings, progress_every, block_size)


def _cuttable(fh: BinaryIO, block_size: int) -> bool:
    """Valid UTF-8 and no NUL byte (which would mean UTF-16): each piece then decodes
    exactly as its part of the whole file does."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    while True:
        block = fh.read(block_size)
        if b"\0" in block:
            return False
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError:
            return False
        if not block:
            return True


def _marks(buf: bytes, pos: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end just after its line break, whether BEGIN) of each BEGIN:VCARD and
    END:VCARD line from *pos*, the start of a line."""
    if pos == 0:
        m = _MARK_AT_START_RE.match(buf)
        if m is not None:
            yield 0, m.end(), m.group(1)[:1] in b"bB"
    for m in _MARK_RE.finditer(buf, max(pos - 1, 0)):
        yield m.start(1), m.end() + 1, m.group(2)[:1] in b"bB"


class _Cutter:
    """Finds where a buffer of the file may be cut: before a BEGIN:VCARD line that directly
    follows the END:VCARD closing the outermost open card (nested 2.1 AGENT cards,
    android-vcard/v21_nest.vcf, are not cut out of their parent).

    ``depth``: cards open at ``pos`` (the offset in the buffer scanned up to, always just
    after a line end); ``closed_at``: the offset just after the END:VCARD line that last
    closed every card, or -1; ``begun``: a BEGIN:VCARD has been seen.
    """

    def __init__(self) -> None:
        self.depth = 0
        self.pos = 0
        self.closed_at = -1
        self.begun = False

    def scan(self, buf: bytes) -> int:
        """The offset of the last cut in ``buf`` (0 if none); scans only what is new."""
        cut = 0
        for start, end, begin in _marks(buf, self.pos):
            if begin:
                if self.depth == 0 and self.begun and start == self.closed_at:
                    cut = start
                self.depth += 1
                self.begun = True
            elif self.depth > 0:
                self.depth -= 1
                if self.depth == 0:
                    self.closed_at = end
            self.pos = end
        # Whole lines without a mark need no second look (else a file without cut points
        # would be scanned again from its start for every block).
        self.pos = max(self.pos, buf.rfind(b"\n", self.pos) + 1)
        return cut

    def cut(self, at: int) -> None:
        """The buffer loses its first ``at`` bytes."""
        self.pos -= at
        self.closed_at -= at


def _pieces(
    fh: BinaryIO,
    source: str,
    progress: ProgressCallback | None,
    warnings: list[CardError],
    progress_every: int,
    block_size: int,
) -> Iterator[CardData | CardError]:
    lines_before = 0  # physical lines in the pieces already read
    bytes_before = 0
    cards_before = 0
    buf = b""
    cutter = _Cutter()
    while True:
        try:
            block = fh.read(block_size)
        except OSError as exc:
            raise unreadable_file(source, exc) from None
        buf = buf + block if buf else block
        if block:
            at = cutter.scan(buf)
            if at <= 0 and len(buf) - cutter.pos > MAX_LINE:
                # A line longer than the reader takes: read the rest as one piece (the
                # reader reports the line); gathering it block by block would be quadratic.
                try:
                    buf += fh.read()
                except OSError as exc:
                    raise unreadable_file(source, exc) from None
                block = b""
                piece, buf = buf, b""
            elif at <= 0:
                continue  # no card boundary yet: read on
            else:
                piece, buf = buf[:at], buf[at:]
                cutter.cut(at)
        else:
            piece, buf = buf, b""
            if not piece.strip():
                return

        def relay(cards: int, done: int, c0: int = cards_before, b0: int = bytes_before) -> None:
            if progress is not None:
                progress(c0 + cards, b0 + done)

        cards = 0
        piece_warnings: list[CardError] = []
        for item in iter_parse(piece, source, relay if progress is not None else None,
                               piece_warnings, progress_every):
            item.line += lines_before
            if isinstance(item, CardData):
                cards += 1
            yield item
        for w in piece_warnings:
            w.line += lines_before
        warnings.extend(piece_warnings)
        cards_before += cards
        lines_before += piece.count(b"\n")
        bytes_before += len(piece)
        del piece
        if not block:
            return
