"""Reading mail headers for capture (issue 17): an mbox file (Thunderbird, Apple Mail,
Google Takeout) or a Maildir folder, headers only, a message at a time.

Privacy: a message's body is never parsed, decoded nor kept. From an mbox the bytes after
the header block are skipped with ``bytes.find`` while looking for the next ``From `` line;
from a Maildir only the lines up to the first blank line of each file are read. What comes
out of a message is its date, subject, thread (Message-ID, In-Reply-To, References) and the
addresses of From, To and Cc -- nothing else.

Formats: Maildir through :class:`mailbox.Maildir` (its file naming and ``cur``/``new``
folders, opened read-only). mbox is split here rather than through :class:`mailbox.mbox`,
with the same rule (a message starts at each line beginning ``From ``, RFC 4155, when a header
line follows it): ``mbox`` first reads the whole file to build a table of contents, with no
way to report progress or stop, and opens the user's mailbox read-write; on a 1 GB mbox
that pass alone is most of the budget. The few headers capture reads are unfolded and split
here (``email.parser`` builds a whole Message per message, 3× the cost, measured on the
generated mbox of ``bench/bench_capture.py``); their values are decoded by the standard
library: encoded words (RFC 2047) by :func:`email.header.decode_header`, dates by
:func:`email.utils.parsedate_tz`, address lists with quotes, comments or groups by
:func:`email.utils.getaddresses` (a plain ``Name <addr>, addr`` list is split directly).
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import mailbox
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.text import fill
from desktop.vcard import CardError, VCardError
from desktop.vcard.model import ReadText, unreadable_file

BLOCK = 8 << 20  # mbox bytes read at a time
MAX_HEADER = 256 * 1024  # a header block longer than this is not a header block
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_REPLY_RE = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv|odp|antw)\s*(?:\[\d+\])?\s*:\s*)+",
                       re.IGNORECASE)

Progress = Callable[[int, int], None]  # (bytes or messages done, total)


@dataclass(frozen=True, slots=True)
class MailMessage:
    """What capture reads of one message. ``people`` are (address, name) pairs from From,
    To and Cc (``sender`` is the From address); ``thread`` the Message-ID its thread
    started with, else the subject it is about."""

    when: dt.datetime  # naive local time
    subject: str
    thread: str
    sender: str
    people: tuple[tuple[str, str], ...]
    source: str
    line: int  # the From_ line of an mbox message; 1 for a Maildir file


_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_WANTED = frozenset({"date", "subject", "from", "to", "cc", "references", "in-reply-to",
                     "message-id"})
_HEADER_LINE_RE = re.compile(rb"[!-9;-~]+[ \t]*:")


def decode_words(value: str | None) -> str:
    """An RFC 2047 header ("=?UTF-8?Q?Jos=C3=A9?=") as text; raw 8-bit bytes read as UTF-8
    else Windows-1252; broken encoded words are kept as written, never an error."""
    if not value:
        return ""
    text = str(value)
    if "=?" in text:
        try:
            parts = email.header.decode_header(text)
            out = []
            for chunk, charset in parts:
                if isinstance(chunk, bytes):
                    out.append(_bytes_text(chunk, charset))
                else:
                    out.append(chunk)
            text = "".join(out)
        except (ValueError, LookupError, UnicodeError, AssertionError):
            pass
    if not text.isascii() and _SURROGATE_RE.search(text):
        # 8-bit bytes the parser kept as surrogates: decode them properly.
        raw = text.encode("ascii", "surrogateescape")
        text = _bytes_text(raw, None)
    return " ".join(text.split())


# WHATWG practice: mail labelled Latin-1 or ASCII is Windows-1252 in the wild (0x96 is "–").
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252"}


def _bytes_text(raw: bytes, charset: str | None) -> str:
    if charset:
        charset = _CHARSET_ALIASES.get(charset.strip().lower(), charset)
    for name in (charset, "utf-8"):
        if not name:
            continue
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _fields(data: bytes) -> dict[str, list[str]]:
    """The headers capture reads, unfolded (RFC 5322 §2.2: ``Name: value``, continuation
    lines start with white space). 8-bit bytes are kept as surrogates for ``decode_words``.
    ``email.parser`` builds a whole Message for this at three times the cost."""
    out: dict[str, list[str]] = {}
    key = ""
    for raw in data.decode("ascii", "surrogateescape").splitlines():
        if raw[:1] in (" ", "\t"):
            if key:
                got = out[key]
                got[-1] += " " + raw.strip()
            continue
        name, colon, value = raw.partition(":")
        key = name.strip().lower() if colon else ""
        if key in _WANTED:
            out.setdefault(key, []).append(value.strip())
        else:
            key = ""
    return out


def _split_simple(value: str) -> list[tuple[str, str]] | None:
    """``a@x, Name <b@y>``: the common case, without the general parser; None when the
    value has quotes, comments or groups (``email.utils.getaddresses`` reads those)."""
    if any(ch in value for ch in '"();:\\[]'):
        return None
    out = []
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        if part.endswith(">") and "<" in part:
            name, _, address = part[:-1].rpartition("<")
            out.append((" ".join(name.split()), address.strip()))
        elif "<" in part or ">" in part or " " in part:
            return None
        else:
            out.append(("", part))
    return out


def _addresses(headers: dict[str, list[str]], names: tuple[str, ...]
               ) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name in names:
        for value in headers.get(name, ()):
            simple = _split_simple(value)
            pairs.extend(simple if simple is not None else email.utils.getaddresses([value]))
    out = []
    for display, address in pairs:
        address = address.strip().strip("<>").strip()
        if "@" not in address or " " in address:
            continue
        out.append((decode_words(address), decode_words(display)))
    return out


def subject_key(subject: str) -> str:
    """A subject without its reply/forward prefixes, case-folded ("Re: AW: Plan" -> "plan")."""
    return " ".join(_REPLY_RE.sub("", subject).split()).casefold()


def clean_subject(subject: str) -> str:
    return " ".join(_REPLY_RE.sub("", subject).split()) or subject


def parse_headers(data: bytes, source: str, line: int,
                  fallback_date: Callable[[], dt.datetime | None] | None = None
                  ) -> MailMessage | CardError:
    """One message's header block (bytes up to the first blank line); *fallback_date*
    gives the date when the Date header cannot be read (the mbox From_ line's)."""
    headers = _fields(data)

    def first(name: str) -> str:
        got = headers.get(name)
        return got[0] if got else ""

    when = _date(first("date")) or (fallback_date() if fallback_date is not None else None)
    if when is None:
        return CardError(source, line, ReadText.tr("message skipped: it has no readable date"))
    subject = decode_words(first("subject"))
    senders = _addresses(headers, ("from",))
    people = senders + _addresses(headers, ("to", "cc"))
    ids = _MSGID_RE.findall(first("references"))
    reply = _MSGID_RE.findall(first("in-reply-to"))
    own = _MSGID_RE.findall(first("message-id"))
    if ids:
        thread = ids[0]
    elif reply:
        thread = reply[0]
    elif own and not _REPLY_RE.match(subject):
        thread = own[0]
    else:
        thread = "subject:" + subject_key(subject)
    return MailMessage(when, subject, thread, senders[0][0] if senders else "", tuple(people),
                       source, line)


def _date(value: object) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_tz(decode_words(str(value)))
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    try:
        stamp = email.utils.mktime_tz(parsed)
        return dt.datetime.fromtimestamp(stamp).replace(microsecond=0)
    except (OverflowError, ValueError, OSError):
        return None


def _same(value: dt.datetime | None) -> dt.datetime | None:
    return value


def _from_line_date(line: bytes) -> dt.datetime | None:
    """The date an mbox From_ line carries ("From - Mon Jan  6 09:15:00 2025"), in UTC
    (RFC 4155), as local time."""
    parts = line.decode("ascii", "replace").split()
    for start in range(1, min(len(parts), 4)):
        text = " ".join(parts[start : start + 5])
        try:
            utc = dt.datetime.strptime(text, "%a %b %d %H:%M:%S %Y").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        try:
            return utc.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError, OSError):
            return None
    return None


# --------------------------------------------------------------------------- formats


def kind_of(path: Path) -> str | None:
    """"maildir", "mbox", "mbox-folder" or None (not mail)."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "maildir"
        return "mbox-folder" if any(_is_mbox(p) for p in _folder_files(path)) else None
    return "mbox" if _is_mbox(path) else None


def _folder_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir()
                      if p.is_file() and not p.name.startswith(".")
                      and p.suffix.lower() not in (".msf", ".dat", ".json", ".sqlite"))
    except OSError:
        return []


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(5)
    except OSError:
        return False
    return head == b"From "


def iter_messages(path: Path, progress: Progress | None = None
                  ) -> Iterator[MailMessage | CardError]:
    """Every message of an mbox file, a Maildir, or a folder of mbox files (Thunderbird's
    "Local Folders"), headers only. Raises ``VCardError`` (one line) when the input is
    not mail Rapport can read."""
    kind = kind_of(path)
    if kind == "maildir":
        yield from _maildir(path, progress)
    elif kind == "mbox":
        yield from _mbox(path, progress)
    elif kind == "mbox-folder":
        files = [p for p in _folder_files(path) if _is_mbox(p)]
        sizes = [_size(p) for p in files]
        total = sum(sizes)
        done = 0
        for p, size in zip(files, sizes, strict=True):
            def relay(d: int, _t: int, base: int = done) -> None:
                if progress is not None:
                    progress(base + d, total)
            yield from _mbox(p, relay)
            done += size
    else:
        raise VCardError(str(path), 1, ReadText.tr(
            "not mail Rapport can read: a folder that is neither an mbox nor a Maildir")
            if path.is_dir() else ReadText.tr(
            "not mail Rapport can read: a file that is neither an mbox nor a Maildir"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mbox(path: Path, progress: Progress | None) -> Iterator[MailMessage | CardError]:
    source = str(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise unreadable_file(source, exc) from None
    with fh:
        yield from _split_mbox(fh, source, _size(path), progress)


def _split_mbox(fh: object, source: str, total: int, progress: Progress | None
                ) -> Iterator[MailMessage | CardError]:
    """The messages of an mbox, a block at a time: ``buf`` holds a few MB of the file
    from offset ``base``; ``i`` is where to look for the next From_ line; lines are
    counted up to ``counted`` (``line`` is the number of the line there)."""
    buf = b""
    base = 0
    i = 0
    counted = 0
    line = 1
    eof = False

    def more(keep_from: int) -> None:
        nonlocal buf, base, i, counted, line, eof
        line += buf.count(b"\n", counted, keep_from)
        base += keep_from
        buf = buf[keep_from:]
        i = max(i - keep_from, 0)
        counted = 0
        block = _read(fh, source)
        eof = not block
        buf += block

    while True:
        # "From " at a line start: found with bytes.find (memchr speed over the bodies a
        # regular expression would walk byte by byte).
        if i == 0 and buf.startswith(b"From "):
            pos = 0
        else:
            at = buf.find(b"\nFrom ", max(i - 1, 0))
            pos = at + 1 if at >= 0 else -1
        if pos < 0:
            if eof:
                return
            # Keep from the last line start on: a From_ line may be cut between blocks.
            last = buf.rfind(b"\n", i)
            if last >= 0:
                cut, mid_line = last + 1, False
            elif len(buf) - i <= MAX_HEADER:
                cut, mid_line = i, False
            else:  # one enormous line: dropped, and the next block starts inside it
                cut, mid_line = len(buf), True
            more(cut)
            if mid_line:
                i = 1
            continue
        nl = buf.find(b"\n", pos)
        if nl < 0 and not eof:
            more(pos)
            continue
        if nl >= 0 and not _starts_message(buf, pos, nl):
            i = nl + 1  # "From " at the start of a body line (mboxo leaves it unescaped)
            continue
        end = _header_end(buf, nl)
        if end is None and not eof and len(buf) - pos < MAX_HEADER:
            more(pos)  # the header block goes on in the next block
            continue
        line += buf.count(b"\n", counted, pos)
        counted = pos
        if nl < 0:
            nl = len(buf)
        from_line = buf[pos:nl]
        if end is None:
            if eof:
                header = buf[nl + 1 :]
            else:
                yield CardError(source, line, ReadText.tr(
                    "message skipped: its header block never ends"))
                i = nl + 1
                continue
        else:
            header = buf[nl + 1 : end]
        if header.strip():
            yield parse_headers(header, source, line, partial(_from_line_date, from_line))
        else:
            yield CardError(source, line, ReadText.tr("message skipped: it has no headers"))
        i = nl + 1  # the body is skipped by the next search
        if progress is not None:
            progress(base + i, total)


def _header_end(buf: bytes, nl: int) -> int | None:
    """Where the header block that starts after *nl* ends (its blank line), or None."""
    lf = buf.find(b"\n\n", nl)
    crlf = buf.find(b"\n\r\n", nl, lf if lf >= 0 else len(buf))
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return crlf + 1
    return lf + 1 if lf >= 0 else None


def _starts_message(buf: bytes, pos: int, nl: int) -> bool:
    """A From_ line starts a message when a header line follows it: a body line that
    happens to begin "From " (left unescaped by mboxo writers) is then not mistaken for a
    message of its own, where ``mailbox.mbox`` would split the message there."""
    return _HEADER_LINE_RE.match(buf, nl + 1) is not None or nl + 1 >= len(buf)


def _read(fh: object, source: str) -> bytes:
    try:
        return fh.read(BLOCK)  # type: ignore[attr-defined]
    except OSError as exc:
        raise unreadable_file(source, exc) from None


def _maildir(path: Path, progress: Progress | None) -> Iterator[MailMessage | CardError]:
    try:
        box = mailbox.Maildir(str(path), factory=None, create=False)
        keys = box.keys()
    except OSError as exc:
        raise VCardError(str(path), 1, fill(ReadText.tr("cannot read the folder: %1"),
                                            exc.strerror or exc)) from None
    total = len(keys)
    for n, key in enumerate(keys):
        where = str(path / key)
        try:
            with box.get_file(key) as fh:
                lines = []
                size = 0
                for line in fh:
                    if line in (b"\n", b"\r\n"):
                        break
                    lines.append(line)
                    size += len(line)
                    if size > MAX_HEADER:
                        break
        except (OSError, KeyError) as exc:
            yield CardError(where, 1, fill(ReadText.tr("message skipped: cannot read it (%1)"),
                                           exc))
            continue
        # Maildir names a file by the time it was delivered ("1736154900.M1P2.host").
        stamp = key.split(".", 1)[0]
        fallback = (dt.datetime.fromtimestamp(int(stamp)) if stamp.isdigit()
                    and len(stamp) < 12 else None)
        yield parse_headers(b"".join(lines), where, 1, partial(_same, fallback))
        if progress is not None and n % 64 == 0:
            progress(n, total)
    if progress is not None:
        progress(total, total)
