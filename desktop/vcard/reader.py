"""Reading vCards 2.1 / 3.0 / 4.0 into :class:`CardData`.

Why not ``vobject.readComponents``: it runs a regular expression per content line and builds a
component tree we would then walk again; on 10,000 cards that alone exceeds the import budget
(DESIGN.md: import ≤ 1.25 × vobject's own parse). This module tokenises content lines with
``str.find``/``split`` and fills :class:`CardData` directly, in one pass, handling the quirks
of real exporters (each one cites the corpus file under ``shared/vcards/real`` that shows it).

Decoding strategy: bytes are decoded once. A file that is valid UTF-8 (with or without BOM) or
UTF-16 becomes text and every value is already right. Otherwise the file is read as Latin-1
(one char per byte, lossless) and each value is decoded on its own from its bytes, using its
``CHARSET`` parameter, else UTF-8, else the file's first declared charset, else Windows-1252.
Splitting N/ADR components and removing backslash escapes happens *after* that per-value
decoding, because a Shift_JIS trail byte can be 0x5C, a backslash (android-vcard/
v21_japanese_3.vcf: 能 is 0x94 0x5C), and because folding may split a UTF-8 sequence
(kcontacts/vcard9.vcf), so a value is only decodable once unfolded.
"""

from __future__ import annotations

import binascii
import datetime as _dt
import re
from collections.abc import Callable, Iterator, Sequence
from os import PathLike

from desktop.text import fill, number
from desktop.vcard.model import (
    CardAddress,
    CardData,
    CardDate,
    CardError,
    CardValue,
    ParseResult,
    ReadText,
    VCardError,
    unreadable_file,
)

__all__ = ["iter_parse", "parse_bytes", "parse_file"]

ProgressCallback = Callable[[int, int], None]

# Limits (issue 13): far above anything real phones and clients export (the corpus, 149
# files: at most 60 properties and 2 categories in a card, a 7,270-character note, a 54 KB
# photo, a 7 KB line), low enough that no card can hold the app up. What is over a limit is
# reported as a warning with its file and line; the rest of the card is kept.
MAX_LINE = 16 << 20  # characters in one content line once unfolded (a 10 MB photo: 13.4 M)
MAX_PROPERTIES = 2_000  # content lines in one card
MAX_CATEGORIES = 500  # categories (tags) in one card
MAX_NOTE = 1_000_000  # characters of notes in one card
MAX_PHOTO = 10 << 20  # bytes of one photo

_CHUNK = 256 * 1024
_WS = (" ", "\t")
_B64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \t"
_BEGIN_RE = re.compile(r"[ \t]*begin[ \t]*:[ \t]*vcard[ \t]*(?:[\r\n]|$)", re.I)
_CHARSET_RE = re.compile(r";[ \t]*charset=\"?([A-Za-z0-9_.:-]+)", re.I)
_ESCAPE_RE = re.compile(r"\\(.)", re.S)
_COMPOUND_RE = re.compile(r"\\.|;", re.S)
_LIST_RE = re.compile(r"\\.|,", re.S)
_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE_RE = re.compile(r"\s*(?:(\d{4})-?(\d\d)-?(\d\d)|--(\d\d)-?(\d\d))(?:[Tt].*)?\s*", re.S)
_NOOP_PARAMS = frozenset({"CHARSET", "QUOTED-PRINTABLE", "8BIT", "7BIT"})
_NAME_OK = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*").fullmatch
_BAD_NAME_RE = re.compile(r"[^A-Za-z0-9.-]")
_APPLE_LABEL_RE = re.compile(r"_\$!<(.*)>!\$_", re.S)
# RFC 6350 §3.4 escapes, plus \' and \" which some exporters write (DAVx5:
# vcard4android/allfields-vcard3.vcf CATEGORIES "B\'C"); other backslashes are kept.
_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", "'": "'", '"': '"'}
_ENCODINGS = {
    "QUOTED-PRINTABLE": "QP",
    "B": "B",
    "BASE64": "B",
    "8BIT": "",
    "7BIT": "",
}
# WHATWG practice: the labels phones write are narrower than what they actually emit.
_CHARSET_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG", "image/png"),
    (b"GIF8", "image/gif"),
    (b"BM", "image/bmp"),
)


# --------------------------------------------------------------------------- entry points


def parse_file(path: str | PathLike[str]) -> ParseResult:
    """Read every card of a .vcf file; raises :class:`VCardError` if it holds no vCard."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise unreadable_file(source, exc) from None
    return parse_bytes(data, source)


def parse_bytes(data: bytes, source: str = "<bytes>") -> ParseResult:
    """Read every card in ``data``.

    Broken cards are skipped and reported in ``errors`` (``FILE:LINE: reason``); repaired or
    dropped lines in ``warnings``. Raises :class:`VCardError` (and nothing else) when the input
    is empty, binary or has no BEGIN:VCARD at all.
    """
    result = ParseResult()
    for item in iter_parse(data, source, warnings=result.warnings):
        if isinstance(item, CardData):
            result.cards.append(item)
        else:
            result.errors.append(item)
    return result


def kept_group_members(version: str, lines: Sequence[str]) -> tuple[str, ...] | None:
    """The member URIs of a group card, read from the lines of it a contact kept verbatim
    (``CardData.extra``, which holds its KIND and MEMBER lines), or None when those lines
    do not make it a group card (RFC 6350 §6.1.4 KIND:group, Apple's
    X-ADDRESSBOOKSERVER-KIND:group). Read by this reader, as a card of a file is: a contact
    an older Rapport made of a group card is told by the rule an import uses now."""
    head = ("BEGIN:VCARD", f"VERSION:{version or '3.0'}", "FN:-")
    text = "\r\n".join((*head, *lines, "END:VCARD")) + "\r\n"
    try:
        result = parse_bytes(text.encode("utf-8", "surrogateescape"), "<kept lines>")
    except VCardError:
        return None
    return result.cards[0].members if len(result.cards) == 1 else None


def iter_parse(
    data: bytes,
    source: str = "<bytes>",
    progress: ProgressCallback | None = None,
    warnings: list[CardError] | None = None,
    progress_every: int = 250,
) -> Iterator[CardData | CardError]:
    """Yield each card (or the error that rejected it) as soon as its END:VCARD is read.

    ``progress(cards_done, bytes_done)`` is called every ``progress_every`` cards and at the
    end, for a progress bar; to cancel, stop iterating (the generator holds no resources).
    ``warnings`` collects lines that were dropped or repaired in cards that were kept.
    """
    try:
        text, raw = _decode(data, source)
        if warnings is None:
            warnings = []
        yield from _Tokenizer(text, raw, source, len(data), warnings, progress,
                              progress_every).cards()
    except VCardError:
        raise
    except Exception as exc:  # pragma: no cover - a bug; the contract is "VCardError only"
        raise VCardError(source, 1, fill(ReadText.tr("internal error while reading (%1)"),
                                         repr(exc)), internal=True) from exc


# --------------------------------------------------------------------------- decoding


def _mb(n: int) -> str:
    """A size in a reason: "12.0 MB", or "1,234 characters" below a megabyte."""
    if n >= 1 << 20:
        return fill(ReadText.tr("%1 MB"), f"{n / (1 << 20):.1f}")
    return fill(ReadText.tr("%1 characters"), number(n))


def _has_begin(text: str) -> bool:
    """A BEGIN:VCARD line anywhere (case-insensitive, blanks allowed): str.find, not a
    regular expression tried at every character (which took 38 s on a 200 MB file)."""
    for haystack, needle in ((text, "BEGIN"), (None, "begin")):
        if haystack is None:  # rare: no upper-case BEGIN:VCARD line
            haystack = text.lower()
        at = haystack.find(needle)
        while at >= 0:
            start = max(haystack.rfind("\n", 0, at), haystack.rfind("\r", 0, at)) + 1
            if not haystack[start:at].strip(" \t") and _BEGIN_RE.match(haystack, start):
                return True
            at = haystack.find(needle, at + 5)
    return False


def no_line_break(head: bytes, source: str) -> None:
    """Raise VCardError if *head*, the first ``MAX_LINE`` bytes of a longer input, holds
    no line break: no vCard starts that way, and such a file is refused at once (issue 13:
    a 200 MB file with no line break took 38 s to reject)."""
    if len(head) >= MAX_LINE and head.find(b"\n") < 0 and head.find(b"\r") < 0:
        raise VCardError(source, 1, fill(ReadText.tr(
            "not a vCard file (no line break in its first %1)"), _mb(MAX_LINE)))


def _decode(data: bytes, source: str) -> tuple[str, bool]:
    """Text of the whole file and whether it is raw Latin-1 (values decoded one by one)."""
    if len(data) > MAX_LINE:
        no_line_break(data[:MAX_LINE], source)
    if not data.strip():
        raise VCardError(source, 1, ReadText.tr("not a vCard file: the file is empty"))
    text: str | None = None
    raw = False
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
    elif len(data) >= 2 and data[0] == 0 and data[1] != 0:
        text = data.decode("utf-16-be", "replace")
    elif len(data) >= 2 and data[1] == 0 and data[0] != 0:
        text = data.decode("utf-16-le", "replace")
    if text is not None:
        text = text.lstrip("\ufeff")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            raw = True
    if not _has_begin(text):
        head = data[:8192]
        binary = head.count(0) > 0 or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20
        raise VCardError(source, 1, ReadText.tr("not a vCard file (binary data)") if binary
                         else ReadText.tr("not a vCard file (no BEGIN:VCARD line)"))
    return text, raw


def _norm_charset(charset: str) -> str:
    cs = charset.strip().strip('"').lower()
    return _CHARSET_ALIASES.get(cs, cs)


def _decode_bytes(b: bytes, charset: str, default: str) -> str:
    """Valid UTF-8 wins (exporters often mislabel it); then the declared charset; then the
    file default. A declared charset that fails still decodes, with U+FFFD for the bad bytes
    (ez-vcard/John_Doe_ANDROID.vcf: a QP ORG ends in a truncated UTF-8 sequence)."""
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for cs in (charset, default):
        if cs:
            try:
                return b.decode(cs, "replace")
            except (LookupError, ValueError):  # unknown, or "utf\0-8" (NUL in the name)
                continue
    return b.decode("cp1252", "replace")


# --------------------------------------------------------------------------- value helpers


def _unescape(s: str) -> str:
    """RFC 6350 §3.4 / RFC 2426 §4: ``\\n \\N \\\\ \\, \\; \\:``; other backslashes stay."""
    if "\\" not in s:
        return s
    pairs = s.count("\\")
    if pairs == 1:  # one escape, as most values that have one (a note's line break)
        at = s.index("\\")
        char = _ESCAPES.get(s[at + 1:at + 2])
        return s if char is None else s[:at] + char + s[at + 2:]
    if pairs == s.count("\\n"):  # only line breaks (each backslash begins a "\n")
        return s.replace("\\n", "\n")
    return _unescape_all(s)


def _unescape_all(s: str) -> str:
    """``_unescape`` by the regular expression, whatever *s* holds."""
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), s)


def _split_escaped(s: str, pattern: re.Pattern[str], sep: str) -> list[str]:
    """Split on ``sep`` where it is not backslash-escaped, then unescape each part."""
    if "\\" not in s:
        return s.split(sep)
    if "\\\\" not in s and "\\" + sep not in s:
        # Without a doubled backslash each backslash starts its own pair: with no
        # separator escaped, no pair holds one, and the parts unescape on their own.
        return [_unescape(x) for x in s.split(sep)]
    return _split_pairs(s, pattern, sep)


def _split_pairs(s: str, pattern: re.Pattern[str], sep: str) -> list[str]:
    """``_split_escaped`` pair by pair, whatever *s* holds."""
    parts: list[str] = []
    buf: list[str] = []
    pos = 0
    for m in pattern.finditer(s):
        tok = m.group(0)
        buf.append(s[pos:m.start()])
        if tok == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(_ESCAPES.get(tok[1], tok))
        pos = m.end()
    buf.append(s[pos:])
    parts.append("".join(buf))
    return parts


def _clean(s: str) -> str:
    """User-facing text: CRLF → LF; C0 controls other than TAB/LF dropped
    (ccs-calendarserver/CardDAV-vcarderrors/8.vcf has a BEL in a NOTE)."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s.isprintable():
        s = _CTRL_RE.sub("", s)
    return s


def _split_quoted(s: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes (android-vcard/v30_comma_separated.vcf)."""
    out: list[str] = []
    start = 0
    quoted = False
    for i, ch in enumerate(s):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append(s[start:i])
            start = i + 1
    out.append(s[start:])
    return out


def _colon_outside_quotes(s: str) -> int:
    quoted = False
    for i, ch in enumerate(s):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


class _Params:
    """Parameters of one content line, interpreted.

    ``types``: lower-case TYPE values (2.1 bare params included); ``encoding``: "QP", "B" or
    ""; ``other``: parameters we do not interpret, verbatim, to be written back.
    """

    __slots__ = ("_kinds", "charset", "encoding", "omit_year", "other", "pref", "types",
                 "value_type")

    def __init__(self, raw: str) -> None:
        self.types: list[str] = []
        self.pref = False
        self.encoding = ""
        self.charset = ""
        self.value_type = ""
        self.omit_year = ""
        self.other: list[str] = []
        self._kinds: dict[str, str] = {}
        if not raw:
            return
        items = raw.split(";") if '"' not in raw else _split_quoted(raw, ";")
        for item in items:
            key, sep, val = item.partition("=")
            key = key.strip()
            if not key:
                continue  # "NOPARAM;:" (evolution-data-server/11.vcf)
            ku = key.upper()
            if not sep:
                # vCard 2.1 §2.4: bare parameter values are TYPE or ENCODING values.
                if ku in _ENCODINGS:
                    self.encoding = _ENCODINGS[ku]
                elif ku == "PREF":
                    self.pref = True
                else:
                    self.types.append(key.lower())
            elif ku == "TYPE":
                for t in val.replace('"', "").split(","):
                    tl = t.strip().lower()
                    if tl == "pref":
                        self.pref = True
                    elif tl and tl not in self.types:
                        self.types.append(tl)
            elif ku == "ENCODING":
                self.encoding = _ENCODINGS.get(val.strip().strip('"').upper(), "")
            elif ku == "CHARSET":
                self.charset = _norm_charset(val)
            elif ku == "PREF":
                # RFC 6350 §5.3: 1 is most preferred; other ranks are kept verbatim.
                if val.strip().strip('"') == "1":
                    self.pref = True
                else:
                    self.other.append(item)
            elif ku == "X-APPLE-OMIT-YEAR":
                self.omit_year = val.strip()
            else:
                if ku == "VALUE":
                    self.value_type = val.strip().strip('"').lower()
                self.other.append(item)

    def kind(self, drop: str = "") -> str:
        """The TYPE values, comma-joined, without *drop* (worked out once per _Params)."""
        kind = self._kinds.get(drop)
        if kind is None:
            kind = self._kinds[drop] = ",".join(t for t in self.types if t != drop)
        return kind


_EMPTY_PARAMS = _Params("")
_MAX_SHARED_PARAMS = 1024


class _SharedParams(dict[str, _Params]):
    """Each parameters' text seen (up to 200 characters, the first ``_MAX_SHARED_PARAMS``
    of them) -> its ``_Params``; a text not kept is interpreted again at each line."""

    def __missing__(self, raw: str) -> _Params:
        p = _Params(raw)
        if len(raw) <= 200 and len(self) < _MAX_SHARED_PARAMS:
            self[raw] = p
        return p


# The parameters *raw* says, interpreted once for every line that writes them alike
# (``TYPE=CELL``, issue 18: a third of the reader's work per value). Only read: what a value
# keeps of them (``other``) is copied. A dictionary's own look-up, without a Python call: each
# handler asks for its line's parameters, most often none, 10-15 times a card.
_params: Callable[[str], _Params] = _SharedParams({"": _EMPTY_PARAMS}).__getitem__


def _parse_date(value: str, omit_year: str) -> CardDate | None:
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and value.isascii():
        # YYYY-MM-DD, as most cards write it: what _DATE_RE reads, without it
        y, mo, d = value[:4], value[5:7], value[8:]
        if y.isdigit() and mo.isdigit() and d.isdigit():
            year: int | None = int(y)
            if year == 1604 or (omit_year and omit_year == y):
                year = None
            return _valid_date(year, int(mo), int(d))
    return _parse_any_date(value, omit_year)


def _parse_any_date(value: str, omit_year: str) -> CardDate | None:
    """``_parse_date`` by the regular expression, whatever *value* holds."""
    m = _DATE_RE.fullmatch(value)
    if m is None:
        return None
    year: int | None
    if m.group(1):
        year = int(m.group(1))
        month, day = int(m.group(2)), int(m.group(3))
        # Apple writes year-less dates as 1604 (+ X-APPLE-OMIT-YEAR=1604); CardBook writes
        # 1604 alone (radicale/contact4-with-bday-no-year.vcf).
        if year == 1604 or (omit_year and omit_year == m.group(1)):
            year = None
    else:
        year = None
        month, day = int(m.group(4)), int(m.group(5))
    return _valid_date(year, month, day)


def _valid_date(year: int | None, month: int, day: int) -> CardDate | None:
    try:
        _dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return None
    return CardDate(year, month, day)


def _decode_base64(value: str) -> bytes | None:
    s = value
    if " " in s or "\t" in s:
        s = "".join(s.split())
    if not s:
        return None
    s += "=" * (-len(s) % 4)
    try:
        return binascii.a2b_base64(s, strict_mode=True)
    except (binascii.Error, ValueError):
        # strict mode also rejects bad padding inside; retry once without it only if the
        # alphabet is clean (a ":" in base64 is corruption: android-vcard/v21_malformed_photo)
        # alphabet is clean. One stray character too many (ez-vcard/John_Doe_ANDROID.vcf,
        # 1169 data characters) is dropped, as ez-vcard does, rather than losing the photo.
        stripped = s.rstrip("=")
        if stripped.strip(_B64_CHARS) or "=" in stripped:
            return None
        if len(stripped) % 4 == 1:
            stripped = stripped[:-1]
        try:
            return binascii.a2b_base64(stripped + "=" * (-len(stripped) % 4))
        except (binascii.Error, ValueError):
            return None


def _bad_base64(params: str, value: str) -> bool:
    """True if the line says base64 but a plain decoder (vobject's) would fail on it; such a
    line keeps its value as text, without the ENCODING parameter, so the export stays
    readable (found by the property test: ``FN;ENCODING=b:00000`` as a second FN)."""
    if _Params(params).encoding != "B":
        return False
    try:
        binascii.a2b_base64(value)
    except (binascii.Error, ValueError):
        return True
    return False


def _sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _mime_from_type(types: list[str]) -> str | None:
    for t in types:
        if "/" in t:
            return t
        if t in ("jpg", "jpeg"):
            return "image/jpeg"
        if t not in ("home", "work", "pref"):
            return "image/" + t
    return None


# --------------------------------------------------------------------------- line reader


class _Lines:
    """Physical lines of ``text``, produced chunk by chunk so a 50 MB file never exists as
    one list of lines. CR CR LF (a file converted to DOS twice: John_Doe_IPHONE.vcf), CRLF
    and LF end one line. ``pos``: the offset in ``text`` just after the last chunk given."""

    __slots__ = ("_cr_only", "pos", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        # A lone CR ends a line only in a file that has no LF at all (classic Mac OS); in
        # any other file it is a stray CR inside a value (thunderbird/export.vcf X-CUSTOM3).
        self._cr_only = "\n" not in text

    def chunk(self) -> list[str] | None:
        """The lines of the next chunk (about ``_CHUNK`` characters, whole lines), or None
        at the end of the text."""
        text = self.text
        start = self.pos
        n = len(text)
        if start >= n:
            return None
        end = text.find("\n", start + _CHUNK)
        chunk = text[start:] if end < 0 else text[start:end + 1]
        self.pos = n if end < 0 else end + 1
        if "\r" in chunk:
            crlf = chunk.count("\r\n")
            if crlf == chunk.count("\r") and crlf == chunk.count("\n"):
                # Each line ends in CRLF, as RFC 6350 §3.2 writes them: cut there at once,
                # without a copy of the chunk made first with LFs (issue 18).
                lines = chunk.split("\r\n")
                if chunk.endswith("\r\n"):
                    lines.pop()
                return lines
            chunk = chunk.replace("\r\r\n", "\n").replace("\r\n", "\n")
            if self._cr_only:
                chunk = chunk.replace("\r", "\n")
        lines = chunk.split("\n")
        if chunk.endswith("\n"):
            lines.pop()
        return lines


# Whether a card may be read in one piece (``_Tokenizer._fast_card``); the tests compare
# both ways of reading.
FAST_PATH = True
_NOT_FIRST = frozenset(" \t#\n")
# Heads (what is before a line's colon) seen by the fast path, each cut once: a card's
# heads are mostly the same few dozen ("TEL;TYPE=CELL", "item1.EMAIL"...) in every card.
_HEADS: dict[str, tuple[str, str, str, bool, bool]] = {}
_MAX_HEADS = 20_000


def _head(head: str) -> tuple[str, str, str, bool, bool]:
    """(group, upper-case name, parameters, BEGIN or END, says quoted-printable)
    of the part of a content line before its colon, cut as ``_Tokenizer.cards`` cuts it."""
    semi = head.find(";")
    if semi < 0:
        name = head
        params = ""
    else:
        name = head[:semi]
        params = head[semi + 1:]
    dot = name.rfind(".")
    if dot >= 0:
        group = name[:dot]
        name = name[dot + 1:]
    else:
        group = ""
    uname = name.strip().upper()
    return (group, uname, params, uname == "BEGIN" or uname == "END",
            "QUOTED-PRINTABLE" in head.upper())


def _read_lines(builder: _CardBuilder, logical: list[str], folded: str, start: int
                ) -> CardData | CardError | None:
    """The fast path's reading of a card's logical lines into *builder* (``folded``: its
    text before unfolding); None where the card must be read line by line."""
    heads = _HEADS
    handlers = _HANDLERS
    for line in logical:
        head, colon, value = line.partition(":")  # one call where find and two cuts were
        if not colon:
            return None
        info = heads.get(head)
        if info is None:
            info = _head(head)
            if '"' in head:  # the colon may be inside a quoted parameter value
                at = _colon_outside_quotes(line)
                if at < 0:
                    return None
                cut = _head(line[:at])
                info = (*cut[:4], info[4])
                value = line[at + 1:]
            elif len(heads) < _MAX_HEADS:
                heads[head] = info
        group, uname, params, special, qp = info
        if special or (qp and "=\n" in folded):
            return None  # BEGIN/END inside, or a quoted-printable soft line break
        # what ``_CardBuilder.add`` does (its count of properties is added below)
        builder.cur = (params, value)
        handler = handlers.get(uname)
        if handler is not None:
            handler(builder, group, params, value, line, start)
        else:
            builder.other(uname, params, value, line)
    builder.nprops += len(logical)
    return builder.finish()


class _Tokenizer:
    """Turns physical lines into logical content lines and routes them to card builders.

    ``stack``: open cards; a BEGIN:VCARD inside an open card starts a nested one (vCard 2.1
    AGENT, android-vcard/v21_nest.vcf), which is yielded as its own card when it ends.
    """

    def __init__(
        self,
        text: str,
        raw: bool,
        source: str,
        nbytes: int,
        warnings: list[CardError],
        progress: ProgressCallback | None,
        progress_every: int,
    ) -> None:
        self.text = text
        self.raw = raw
        self.source = source
        self.nbytes = nbytes
        self.warnings = warnings
        self.progress = progress
        self.progress_every = max(1, progress_every)
        default = ""
        if raw:
            for m in _CHARSET_RE.finditer(text):
                cs = _norm_charset(m.group(1))
                if cs not in ("utf-8", "utf8"):
                    default = cs
                    break
        self.default_charset = default or "cp1252"

    def warn(self, line: int, reason: str) -> None:
        self.warnings.append(CardError(self.source, line, reason))

    def cards(self) -> Iterator[CardData | CardError]:
        source = _Lines(self.text)
        lines: list[str] = []  # the lines of the current chunk (and one left of the last)
        i = 0  # the index in ``lines`` of the next line to read
        stack: list[_CardBuilder] = []
        done = 0
        lineno = 0
        # The fast path (``_fast_card``) is not tried again on a card it gave up on (read
        # line by line up to its END:VCARD, line ``slow_until``), nor in a chunk where no
        # END:VCARD line is left (``no_end``).
        slow_until = 0
        no_end: list[str] | None = None
        fast = FAST_PATH
        while True:
            if i + 1 >= len(lines):  # the line and the one after it (folding) are needed
                more = source.chunk()
                if more is not None:
                    lines = lines[i:] + more if i < len(lines) else more
                    i = 0
                    continue
                if i >= len(lines):
                    break
            line = lines[i]
            i += 1
            lineno += 1
            start = lineno
            if line == "BEGIN:VCARD" and fast and not stack and lineno > slow_until and (
                    lines is not no_end):
                try:
                    j = lines.index("END:VCARD", i)
                except ValueError:
                    j = -1
                    no_end = lines
                if j > i:
                    card = self._fast_card(lines, i, j, start,
                                           source.pos >= len(self.text))
                    if card is not None:
                        lineno += j - i + 1
                        i = j + 1
                        yield card
                        done += 1
                        if self.progress is not None and done % self.progress_every == 0:
                            self.progress(done, self._bytes_done(source.pos))
                        continue
                    slow_until = lineno + j - i + 1
            nxt = lines[i] if i < len(lines) else None
            if not line:
                continue
            c0 = line[0]
            if c0 == " " or c0 == "\t":
                if not line.isspace() and stack:
                    self.warn(start, ReadText.tr(
                        "continuation line without a property before it; ignored"))
                continue
            if c0 == "#":
                continue  # comment lines (android-vcard/v21_invalid_comment_line.vcf)
            last = line[-1]
            size = len(line)
            if nxt is not None and (
                last == "=" or last == "\\" or nxt[:1] in _WS or ":" not in nxt
            ):
                parts = [line]
                colon = line.find(":")
                head = line[:colon].upper() if colon >= 0 else ""
                qp = "QUOTED-PRINTABLE" in head
                b64 = "BASE64" in head or "ENCODING=B" in head
                while nxt is not None:
                    tail = parts[-1]
                    if qp and tail.endswith("=") and nxt.strip().upper() != "END:VCARD":
                        # vCard 2.1 §2.1.3 quoted-printable soft line break: the next line
                        # is joined raw, even if it starts with a space or "#"
                        # (android-vcard/v21_complicated.vcf, v21_invalid_comment_line.vcf).
                        parts[-1] = tail[:-1]
                        parts.append(nxt)
                    elif nxt[:1] in _WS:
                        parts.append(nxt[1:])  # RFC 2425 §5.8.1 unfolding
                    elif b64 and nxt and ":" not in nxt and not nxt.strip(_B64_CHARS):
                        # vCard 2.1 base64 continues on unindented lines until a blank line
                        # or the next property (android-vcard/v21_blackberry_photo.vcf)
                        parts.append(nxt)
                    elif (
                        tail.endswith("\\") and not qp and not b64 and nxt
                        and ":" not in nxt and not nxt.startswith("#")
                    ):
                        # a value continued after a trailing backslash: keep the line break
                        # (android-vcard/v21_adr_multiple_line.vcf)
                        parts.append("n" + nxt)
                    else:
                        break
                    size += len(parts[-1])
                    if size > MAX_LINE:  # keep reading past it, without holding it
                        parts[1:] = []
                    lineno += 1
                    i += 1
                    if i >= len(lines):
                        more = source.chunk()
                        if more is not None:
                            lines = more
                            i = 0
                    nxt = lines[i] if i < len(lines) else None
                    if colon < 0:
                        joined = "".join(parts)
                        colon = joined.find(":")
                        if colon >= 0:
                            head = joined[:colon].upper()
                            qp = "QUOTED-PRINTABLE" in head
                            b64 = "BASE64" in head or "ENCODING=B" in head
                line = "".join(parts)
            if size > MAX_LINE:
                if stack:
                    what = line[:min(line.find(":") % 40 if ":" in line else 40, 40)]
                    self.warn(start, fill(ReadText.tr(
                        "%1 is %2 long, over the limit of %3; skipped"),
                        what or ReadText.tr("line"), _mb(size), _mb(MAX_LINE)))
                continue

            if "\r" in line:
                # a stray CR inside a value is a line break in it: store it as the RFC 6350
                # §3.4 escape so the line stays one valid content line when written back
                line = line.replace("\r", "\\n")
            colon = line.find(":")
            if colon >= 0 and line.find('"', 0, colon) >= 0:
                colon = _colon_outside_quotes(line)
            if colon < 0:
                if stack:
                    shown = line if len(line) <= 40 else line[:37] + "..."
                    self.warn(start, fill(ReadText.tr("line has no ':' (%1); ignored"),
                                          repr(shown)))
                continue
            head = line[:colon]
            value = line[colon + 1:]
            # A group of any depth (``E.A.EMAIL``, issue 12) is the part before the last dot.
            group, uname, params, _, _ = _head(head)
            if uname == "BEGIN" and value.strip().upper() == "VCARD":
                stack.append(_CardBuilder(self, start))
                continue
            if uname == "END" and value.strip().upper() == "VCARD":
                if not stack:
                    self.warn(start, ReadText.tr("END:VCARD without BEGIN:VCARD; ignored"))
                    continue
                yield stack.pop().end()
                done += 1
                if self.progress is not None and done % self.progress_every == 0:
                    self.progress(done, self._bytes_done(source.pos))
                continue
            if not stack:
                continue  # text between cards
            stack[-1].take(group, uname, params, value, line, start)

        while stack:
            builder = stack.pop()
            self.warn(builder.card.line,
                      ReadText.tr("card has no END:VCARD; read to the end of the file"))
            yield builder.end()
            done += 1
        if self.progress is not None:
            self.progress(done, self.nbytes)

    def _bytes_done(self, pos: int) -> int:
        if not self.text:
            return self.nbytes
        return min(self.nbytes, self.nbytes * pos // len(self.text))

    def _fast_card(self, lines: list[str], i: int, j: int, start: int, last: bool
                   ) -> CardData | CardError | None:
        """The card whose BEGIN:VCARD is line *start* and whose lines are ``lines[i:j]``
        (``lines[j]`` is its END:VCARD; *last*: no text follows ``lines``), read in one
        piece; None where it might read otherwise than line by line (then it is, issue 18).

        Line by line, ``cards`` looks at each line and the next to decide what joins what.
        Most cards need none of that: no quoted-printable soft line break, no 2.1 base64
        or backslash continuation, no blank or comment line, no stray CR, only lines
        folded by RFC 6350 §3.2 (a line starting with a blank continues the one before).
        Such a card's lines are unfolded by two ``str.replace`` over the whole card and
        each logical line is cut at its colon once per distinct head (``_head``). Anything
        else -- a line that the card cannot be read that way, a nested or stray BEGIN/END,
        a warning, a failure -- gives None, and the card is read line by line, which
        reports it with its lines. tests/vcard/test_fast_path.py reads varied cards both
        ways and compares everything."""
        if j + 1 < len(lines):
            after = lines[j + 1][:1]
            if after == " " or after == "\t":  # END:VCARD folded: not the card's end
                return None
        elif not last:
            return None  # what follows END:VCARD is in the next chunk
        seg = lines[i:j]
        if "" in seg:  # a blank line (a list's look: "\n\n" in the text was a scan of it)
            return None
        body = "\n".join(seg)
        if (
            body[0] in _NOT_FIRST or ("#" in body and "\n#" in body) or "\r" in body
            or len(body) > MAX_LINE
        ):
            return None
        folded = body
        tabs = "\n\t" in body
        if tabs or "\n " in body:
            # A line without a colon before a continuation could be 2.1 base64 or a value
            # continued after a backslash: those join otherwise.
            for x in seg:
                if ":" not in x and x[0] != " " and x[0] != "\t":
                    return None
            body = body.replace("\n ", "")
            if tabs:  # (no "\n\t" is made by the first: that would take an empty line)
                body = body.replace("\n\t", "")
        logical = body.split("\n")
        if len(logical) > MAX_PROPERTIES:
            return None
        warnings = self.warnings
        before = len(warnings)
        try:
            card = _read_lines(_CardBuilder(self, start), logical, folded, start)
        except Exception:  # read line by line, which reports it on this card
            card = None
        if card is None or len(warnings) != before:
            # Line by line, with each warning's own line (here each said the card's).
            del warnings[before:]
            return None
        return card


# --------------------------------------------------------------------------- card builder

_Handler = Callable[["_CardBuilder", str, str, str, str, int], None]


class _CardBuilder:
    """Accumulates one card.

    ``seen``: single-valued properties already taken (a second FN, N, ORG ... goes to
    ``extra``). ``labels``: X-ABLabel lines as (group, label, index in extra) — resolved at
    the end because Google puts them after all values (syncevolution/Google-CardDAV.vcf).
    ``grouped``: modelled values that have a group, by lower-case group name.
    """

    __slots__ = ("capped", "card", "crashed", "cur", "grouped", "kind", "labels", "lineno",
                 "members", "note_size", "notes", "nprops", "raw", "seen", "tok")

    def __init__(self, tok: _Tokenizer, line: int) -> None:
        self.tok = tok
        self.raw = tok.raw  # the file is Latin-1 text: each value is decoded on its own
        self.card = CardData(full_name="", line=line)
        self.seen: set[str] = set()
        self.labels: list[tuple[str, str, int]] = []
        self.grouped: dict[str, list[CardValue | CardAddress]] = {}
        self.notes: list[str] = []
        self.note_size = 0
        self.nprops = 0
        self.cur = ("", "")  # (params, value) of the line being handled, for _extra
        self.lineno = line
        self.capped: set[str] = set()  # limits already reported for this card
        self.crashed: str | None = None  # a bug hit on this card (its lines are skipped)
        self.kind: str | None = None  # KIND as read (lower-case), None without one
        self.members: list[str] | None = None  # MEMBER URIs as read

    # -- the card's boundary: a failure inside one card never costs the others (issue 13)

    def take(self, group: str, uname: str, params: str, value: str, line: str,
             lineno: int) -> None:
        if self.crashed is not None:
            return
        try:
            self.add(group, uname, params, value, line, lineno)
        except Exception as exc:  # a bug, reported as such on this card alone
            self.crashed = fill(ReadText.tr("%1 at line %2"), repr(exc), lineno)

    def end(self) -> CardData | CardError:
        if self.crashed is None:
            try:
                return self.finish()
            except Exception as exc:
                self.crashed = repr(exc)
        return CardError(self.tok.source, self.card.line,
                         fill(ReadText.tr("card could not be read (internal error: %1); skipped"),
                              self.crashed), internal=True)

    def over(self, what: str, lineno: int, reason: Callable[[], str]) -> None:
        """Report, once per card, that *what* is over its limit (*reason* is written, and
        translated, only then: a card with 3,000 properties is not told 1,000 times)."""
        if what not in self.capped:
            self.capped.add(what)
            self.tok.warn(lineno, reason())

    # -- helpers

    def _text(self, value: str, p: _Params) -> str:
        """Value with transfer encoding and charset undone (escapes still in place)."""
        if p.encoding == "QP":
            b = value.encode("latin-1" if self.tok.raw else "utf-8", "replace")
            return _decode_bytes(binascii.a2b_qp(b), p.charset, self.tok.default_charset)
        if self.tok.raw and not value.isascii():
            return _decode_bytes(value.encode("latin-1"), p.charset, self.tok.default_charset)
        return value

    def _decoded(self, value: str, p: _Params) -> str:
        """``_clean(_unescape(self._text(value, p)))``, each step only where it has work
        (a printable text holds no CR and no control character)."""
        if p.encoding == "QP" or self.raw:
            value = self._text(value, p)
        if "\\" in value:
            value = _unescape(value)
        return value if value.isprintable() else _clean(value)

    def _parts(self, value: str, p: _Params) -> list[str]:
        """The components of a compound value (N, ORG, ADR): split at each unescaped
        ";", unescaped, cleaned and stripped."""
        if p.encoding == "QP" or self.raw:
            value = self._text(value, p)
        if "\\" not in value and value.isprintable():
            return list(map(str.strip, value.split(";")))
        return [_clean(x).strip() for x in _split_escaped(value, _COMPOUND_RE, ";")]

    def _extra(self, line: str, quiet: bool = False) -> None:
        """Keep a line we do not model. It stays as written except where the output would
        otherwise lie or be unreadable: the output is UTF-8 8-bit text, so quoted-printable
        is decoded and CHARSET dropped (RFC 2426 §5 allows neither in 3.0), and so is the 2.1
        no-op ENCODING=8BIT (vobject takes any ENCODING for base64); empty parameters
        (evolution-data-server/11.vcf ``TAIL;PARAM=value;:``) are dropped; characters a
        property name cannot hold (RFC 6350 §3.3; KDE's ``X-messaging/aim-All``) become "-"."""
        params, value = self.cur
        # the name (with group) is the prefix before ";params:value"; rewriting keeps it
        name_end = len(line) - len(value) - 1 - (len(params) + 1 if params else 0)
        if params:
            pu = params.upper()
            bad_b64 = ("ENCODING" in pu or "BASE64" in pu) and _bad_base64(params, value)
            if bad_b64 and not quiet:
                self.tok.warn(self.lineno, ReadText.tr("value is not valid base64; kept as text"))
            if (
                bad_b64 or "QUOTED-PRINTABLE" in pu or "CHARSET" in pu or "BIT" in pu
                or ";;" in params or params[-1] == ";" or params[0] == ";"
                or (self.tok.raw and not line.isascii())
            ):
                line = self._rewrite(line, params, value, bad_b64)
        elif self.tok.raw and not line.isascii():
            line = _decode_bytes(line.encode("latin-1"), "", self.tok.default_charset)
        if not _NAME_OK(line, 0, name_end):
            name = _BAD_NAME_RE.sub("-", line[:name_end].strip())
            if not name.strip(".-"):
                self.tok.warn(self.lineno, ReadText.tr("property without a name; ignored"))
                return
            line = name + line[name_end:]
        self.card.extra.append(line)

    def _rewrite(self, line: str, params: str, value: str, drop_b64: bool = False) -> str:
        p = _Params(params)
        name = line[: len(line) - len(value) - len(params) - 2]
        items = params.split(";") if '"' not in params else _split_quoted(params, ";")
        kept = []
        for item in items:
            key, _, val = item.partition("=")
            key = key.strip().upper()
            val = val.strip().strip('"').upper()
            if (
                not key or key in _NOOP_PARAMS
                or (key == "ENCODING" and (p.encoding == "QP" or val in _NOOP_PARAMS))
                or (drop_b64 and (key == "ENCODING" or key == "BASE64"))
            ):
                continue
            kept.append(";" + item)
        if p.encoding == "QP" or (self.tok.raw and not value.isascii()):
            value = self._text(value, p)
            if p.encoding == "QP" and ("\n" in value or "\r" in value):
                value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        return name + "".join(kept) + ":" + value

    def _group(self, group: str, item: CardValue | CardAddress) -> None:
        if group:
            item.group = group
            self.grouped.setdefault(group.lower(), []).append(item)

    # -- dispatch

    def add(self, group: str, uname: str, params: str, value: str, line: str, lineno: int) -> None:
        self.nprops += 1
        if self.nprops > MAX_PROPERTIES and uname != "VERSION":
            self.over("properties", lineno, lambda: fill(ReadText.tr(
                "card has more than %1 properties; the rest of it was skipped"),
                number(MAX_PROPERTIES)))
            return
        self.cur = (params, value)
        self.lineno = lineno
        handler = _HANDLERS.get(uname)
        if handler is not None:
            handler(self, group, params, value, line, lineno)
        else:
            self.other(uname, params, value, line)

    def other(self, uname: str, params: str, value: str, line: str) -> None:
        """A property without a handler: an X-RAPPORT-* field, or a line kept in extra."""
        if uname.startswith("X-RAPPORT-") and len(uname) > 10:
            key = uname[10:].lower()
            if key in self.card.rapport:
                self._extra(line)
            else:
                p = _params(params)
                self.card.rapport[key] = self._decoded(value, p)
        else:
            self._extra(line)

    def h_kind(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        """KIND (RFC 6350 §6.1.4) or Apple's X-ADDRESSBOOKSERVER-KIND: kept as written in
        extra (KIND:org and KIND:individual cards are contacts, exported unchanged); the
        first one says whether the card is a group."""
        if self.kind is None:
            self.kind = value.strip().lower()
        self._extra(line)

    def h_member(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        """MEMBER (RFC 6350 §6.6.5) or Apple's X-ADDRESSBOOKSERVER-MEMBER: a URI, kept in
        extra; a group card's ``members``."""
        uri = value.strip()
        if uri:
            if self.members is None:
                self.members = []
            self.members.append(uri)
        self._extra(line)

    def h_version(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        self.nprops -= 1
        self.card.version = value.strip()

    def h_drop(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        # PROFILE:VCARD (RFC 2426 §2.1.2, ez-vcard/John_Doe_LOTUS_NOTES.vcf) only restates
        # BEGIN:VCARD, and vobject refuses a card that has both.
        self.nprops -= 1

    def _single_text(self, key: str, params: str, value: str, line: str) -> str | None:
        """Decoded, unescaped value of a single-valued text property, or None (→ extra)."""
        if key in self.seen:
            self._extra(line)
            return None
        p = _params(params)
        if p.encoding == "QP" or self.raw or "\\" in value or not value.isprintable():
            value = self._decoded(value, p)
        text = value.strip()
        if text:
            self.seen.add(key)
        return text

    def h_uid(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        text = self._single_text("UID", params, value, line)
        if text:
            self.card.uid = text

    def h_fn(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        text = self._single_text("FN", params, value, line)
        if text:
            self.card.full_name = text

    def h_title(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        text = self._single_text("TITLE", params, value, line)
        if text:
            self.card.title = text

    def h_nickname(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        text = self._single_text("NICKNAME", params, value, line)
        if text:
            self.card.nickname = text

    def _compound(self, key: str, params: str, value: str, line: str) -> list[str] | None:
        if key in self.seen:
            self._extra(line)
            return None
        p = _params(params)
        parts = self._parts(value, p)
        if any(parts):
            self.seen.add(key)
        return parts

    def h_n(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        parts = self._compound("N", params, value, line)
        if parts is None:
            return
        parts += [""] * (5 - len(parts))
        c = self.card
        c.family_name, c.given_name, c.additional_names, c.prefix, c.suffix = parts[:5]

    def h_org(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        parts = self._compound("ORG", params, value, line)
        if parts is None:
            return
        while len(parts) > 2 and not parts[-1]:
            parts.pop()
        c = self.card
        c.organization = parts[0]
        c.department = parts[1] if len(parts) > 1 else ""
        c.org_units = parts[2:]

    def h_note(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        # Several NOTEs (ez-vcard/John_Doe_ANDROID.vcf) are joined so the user sees them all.
        if self.note_size >= MAX_NOTE:
            self.over("note", lineno, lambda: fill(ReadText.tr(
                "the note is over %1 characters; the rest of it was skipped"), number(MAX_NOTE)))
            return
        p = _params(params)
        text = self._decoded(value, p)
        if text.strip():
            if self.note_size + len(text) > MAX_NOTE:
                text = text[:MAX_NOTE - self.note_size]
                self.over("note", lineno, lambda: fill(ReadText.tr(
                    "the note is over %1 characters; only the first %1 were kept"),
                    number(MAX_NOTE)))
            self.notes.append(text)
            self.note_size += len(text) + 2

    def _date(self, params: str, value: str, line: str, key: str) -> CardDate | None:
        if key in self.seen:
            self._extra(line)
            return None
        p = _params(params)
        date = None if p.value_type == "text" else _parse_date(self._text(value, p), p.omit_year)
        if date is None:
            # BDAY;VALUE=text:circa 1800 (khard/text-bday.vcf) is kept as written.
            self._extra(line)
            return None
        self.seen.add(key)
        return date

    def h_bday(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        date = self._date(params, value, line, "BDAY")
        if date is not None:
            self.card.birthday = date

    def h_anniversary(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        date = self._date(params, value, line, "ANNIVERSARY")
        if date is not None:
            self.card.anniversary = date

    def h_photo(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        if "PHOTO" in self.seen:
            self._extra(line)
            return
        p = _params(params)
        v = value.strip()
        if len(v) > MAX_PHOTO // 3 * 4 + 4096:  # base64 of more than MAX_PHOTO bytes
            self.over("photo", lineno, lambda: fill(ReadText.tr(
                "PHOTO is %1, over the limit of %2; skipped"), _mb(len(v) // 4 * 3),
                _mb(MAX_PHOTO)))
            return
        data: bytes | None = None
        mime: str | None = None
        if v[:5].lower() == "data:":
            # RFC 2397 data: URI (4.0 style; also in 3.0 files: thunderbird/v3-uri-uri-jpeg.vcf,
            # radicale/contact_photo_with_data_uri.vcf), comma sometimes escaped (khard/photov4).
            meta, sep, payload = v[5:].replace("\\,", ",").partition(",")
            if sep and meta.lower().endswith(";base64"):
                data = _decode_base64(payload)
                mime = meta[:-7].strip().lower() or None
        elif v and (p.encoding == "B" or ":" not in v) and p.value_type not in ("uri", "url"):
            # ENCODING=b / BASE64, or raw base64 with no parameter (thunderbird/v3-binary-jpeg)
            data = _decode_base64(v)
            mime = _mime_from_type(p.types)
        if data and len(data) > MAX_PHOTO:
            size = len(data)
            self.over("photo", lineno, lambda: fill(ReadText.tr(
                "PHOTO is %1, over the limit of %2; skipped"), _mb(size), _mb(MAX_PHOTO)))
            return
        if not data:
            if v and (p.encoding == "B" or v[:5].lower() == "data:"):
                self.tok.warn(lineno, ReadText.tr(
                    "PHOTO is not valid base64; kept as text, no picture"))
            self._extra(line, quiet=True)
            return
        self.seen.add("PHOTO")
        self.card.photo = data
        self.card.photo_mime = mime or _sniff_mime(data)

    def _value(self, params: str, value: str) -> tuple[str, _Params]:
        p = _params(params)
        return self._decoded(value, p).strip(), p

    def h_email(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        # ``_value``, without its calls where decoding has nothing to do (issue 18)
        p = _params(params)
        if p.encoding == "QP" or self.raw or "\\" in value or not value.isprintable():
            value = self._decoded(value, p)
        text = value.strip()
        if text:
            cv = CardValue(text, p.kind("internet"), None, p.pref, "", "", list(p.other))
            self.card.emails.append(cv)
            if group:
                self._group(group, cv)

    def h_tel(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        p = _params(params)  # as h_email
        if p.encoding == "QP" or self.raw or "\\" in value or not value.isprintable():
            value = self._decoded(value, p)
        text = value.strip()
        if text:
            cv = CardValue(text, p.kind("voice"), None, p.pref, "", "", list(p.other))
            self.card.phones.append(cv)
            if group:
                self._group(group, cv)

    def _url(self, group: str, params: str, value: str, prop: str) -> None:
        text, p = self._value(params, value)
        if text:
            cv = CardValue(text, p.kind(), None, p.pref, "", prop, list(p.other))
            self.card.urls.append(cv)
            if group:
                self._group(group, cv)

    def h_url(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        self._url(group, params, value, "")

    def h_impp(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        self._url(group, params, value, "IMPP")

    def h_social(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        self._url(group, params, value, "X-SOCIALPROFILE")

    def h_related(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        text, p = self._value(params, value)
        if text:
            # VALUE=text/uri follows from the value; the writer adds it back for 4.0
            other = [x for x in p.other if not x.strip().upper().startswith("VALUE=")]
            cv = CardValue(text, p.kind(), None, p.pref, "", "", other)
            self.card.related.append(cv)
            if group:
                self._group(group, cv)

    def h_adr(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        p = _params(params)
        parts = self._parts(value, p)
        if len(parts) < 7:
            parts += [""] * (7 - len(parts))
        adr = CardAddress(p.kind(), None, p.pref, parts[0], parts[1], parts[2], parts[3],
                          parts[4], parts[5], parts[6], "", list(p.other))
        if adr.is_empty():
            self._extra(line)
            return
        self.card.addresses.append(adr)
        self._group(group, adr)

    def h_categories(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        p = _params(params)
        cats = self.card.categories
        seen = set(map(str.casefold, cats)) if cats else set()
        if p.encoding == "QP" or self.raw:
            value = self._text(value, p)
        for item in _split_escaped(value, _LIST_RE, ","):
            name = (item if item.isprintable() else _clean(item)).strip()
            key = name.casefold()
            if name and key not in seen:
                if len(cats) >= MAX_CATEGORIES:
                    self.over("categories", lineno, lambda: fill(ReadText.tr(
                        "card has more than %1 categories; the rest were skipped"),
                        number(MAX_CATEGORIES)))
                    return
                seen.add(key)
                cats.append(name)

    def _tag_kind(self, kind: str, params: str, value: str) -> None:
        p = _params(params)
        kinds = self.card.tag_kinds
        for item in _split_escaped(self._text(value, p), _LIST_RE, ","):
            name = _clean(item).strip()
            if name and name not in kinds:
                kinds[name] = kind

    def h_rapport_group(self, group: str, params: str, value: str, line: str,
                        lineno: int) -> None:
        self._tag_kind("group", params, value)

    def h_rapport_avoid(self, group: str, params: str, value: str, line: str,
                        lineno: int) -> None:
        self._tag_kind("avoid", params, value)

    def h_label(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        card = self.card
        self._extra(line)  # removed again at finish() if the label attaches to a value
        if group:
            p = _params(params)
            text = self._decoded(value, p).strip()
            m = _APPLE_LABEL_RE.fullmatch(text)
            self.labels.append((group.lower(), m.group(1) if m else text, len(card.extra) - 1))

    def h_android_custom(self, group: str, params: str, value: str, line: str, lineno: int) -> None:
        # Android's nickname row (android-vcard/v21_im.vcf) is the only one we model.
        if value.startswith("vnd.android.cursor.item/nickname;") and "NICKNAME" not in self.seen:
            p = _params(params)
            parts = _split_escaped(self._text(value, p), _COMPOUND_RE, ";")
            nick = _clean(parts[1]).strip() if len(parts) > 1 else ""
            if nick:
                self.seen.add("NICKNAME")
                self.card.nickname = nick
                return
        self._extra(line)

    # -- end of card

    def finish(self) -> CardData | CardError:
        card = self.card
        if self.kind == "group":
            card.members = tuple(self.members or ())
        if self.notes:
            card.note = "\n\n".join(self.notes)
        if self.labels:
            drop: set[int] = set()
            done: set[str] = set()
            for group, label, index in self.labels:
                members = self.grouped.get(group)
                if members and group not in done:
                    done.add(group)
                    drop.add(index)
                    for item in members:
                        item.label = label
            if drop:
                card.extra = [line for i, line in enumerate(card.extra) if i not in drop]
        if not card.full_name:
            name = " ".join(
                x for x in (card.prefix, card.given_name, card.additional_names,
                            card.family_name, card.suffix) if x
            )
            fallbacks = (
                name,
                card.organization,  # RFC 6350 §6.1.4 KIND:org cards are named by ORG
                card.nickname,
                card.emails[0].value if card.emails else "",
                card.phones[0].value if card.phones else "",
                card.urls[0].value if card.urls else "",
            )
            card.full_name = next((x for x in fallbacks if x), "")
        if not card.full_name:
            src = self.tok.source
            if self.nprops == 0:
                return CardError(src, card.line,
                                 ReadText.tr("empty card (nothing between BEGIN and END)"))
            return CardError(src, card.line, ReadText.tr(
                "card has no name, organisation, nickname, e-mail, phone or URL; skipped"))
        return card


_HANDLERS: dict[str, _Handler] = {
    "VERSION": _CardBuilder.h_version,
    "PROFILE": _CardBuilder.h_drop,
    "UID": _CardBuilder.h_uid,
    "FN": _CardBuilder.h_fn,
    "N": _CardBuilder.h_n,
    "NICKNAME": _CardBuilder.h_nickname,
    "ORG": _CardBuilder.h_org,
    "TITLE": _CardBuilder.h_title,
    "NOTE": _CardBuilder.h_note,
    "BDAY": _CardBuilder.h_bday,
    "ANNIVERSARY": _CardBuilder.h_anniversary,
    # 3.0 has no ANNIVERSARY; Evolution, KAddressBook and Thunderbird write X-ANNIVERSARY.
    "X-ANNIVERSARY": _CardBuilder.h_anniversary,
    "PHOTO": _CardBuilder.h_photo,
    "EMAIL": _CardBuilder.h_email,
    "TEL": _CardBuilder.h_tel,
    "ADR": _CardBuilder.h_adr,
    "URL": _CardBuilder.h_url,
    "IMPP": _CardBuilder.h_impp,
    "X-SOCIALPROFILE": _CardBuilder.h_social,
    "CATEGORIES": _CardBuilder.h_categories,
    "X-RAPPORT-GROUP": _CardBuilder.h_rapport_group,
    "X-RAPPORT-AVOID": _CardBuilder.h_rapport_avoid,
    "RELATED": _CardBuilder.h_related,
    "X-ABRELATEDNAMES": _CardBuilder.h_related,
    "X-ABLABEL": _CardBuilder.h_label,
    "X-ANDROID-CUSTOM": _CardBuilder.h_android_custom,
    "KIND": _CardBuilder.h_kind,
    "X-ADDRESSBOOKSERVER-KIND": _CardBuilder.h_kind,
    "MEMBER": _CardBuilder.h_member,
    "X-ADDRESSBOOKSERVER-MEMBER": _CardBuilder.h_member,
}
