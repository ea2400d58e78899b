"""Contacts exported as CSV: LinkedIn's Connections.csv, Google Contacts and Outlook (issue 17).

``iter_csv_file`` yields what the vCard reader yields -- a :class:`CardData` per row (its
``line`` is the row's first line in the file), or a :class:`CardError` for a row that holds
nobody -- so a CSV export goes through the same preview, duplicate matching and undo as a
.vcf file. Which export a file is comes from its header row; an unknown CSV is refused
whole (``VCardError``) with the columns it has, so the user sees what Rapport saw.

* LinkedIn: a "Notes:" preamble (a paragraph about missing e-mail addresses and a blank
  line) precedes ``First Name, Last Name, URL, Email Address, Company, Position, Connected
  On``. The profile URL becomes the card's UID too, so importing a newer export finds the
  same people even after they changed jobs; "Connected On" ("12 Mar 2021") is when we met
  and "LinkedIn" how we met.
* Google Contacts: the 2023 layout (``First Name``, ``Organization Name``, ``Labels``,
  ``E-mail 1 - Label``/``- Value``...) and the older one (``Name``, ``Given Name``,
  ``Group Membership``, ``E-mail 1 - Type``...). Several values in one cell are separated
  by " ::: "; labels starting with "* " are Google's own (``* myContacts``).
* Outlook: ``First Name``, ``E-mail Address``, ``Business Phone``, ``Home Street``...; its
  ``Title`` column is the name prefix ("Dr."), ``Job Title`` the title; birthdays are US
  dates ("7/14/1980"), "0/0/00" meaning none.

Encodings: a UTF-8 or UTF-16 byte-order mark decides; else valid UTF-8 is UTF-8 and anything
else Windows-1252 (Outlook's "Comma Separated Values (Windows)"). The delimiter is the first
of ``,`` ``;`` (Outlook in locales with a decimal comma) and tab that gives a known header.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from os import PathLike
from typing import TextIO

from desktop.text import fill
from desktop.vcard.model import (
    CardAddress,
    CardData,
    CardDate,
    CardError,
    CardValue,
    ReadText,
    VCardError,
    unreadable_file,
)

ProgressCallback = Callable[[int, int], None]

_PREAMBLE_ROWS = 20  # a header further down than this is not a header
_BLOCK = 1 << 20
_MULTI = " ::: "
_GOOGLE_SLOT_RE = re.compile(r"^(e-mail|phone|address|website|organization|relation|event|"
                             r"im|custom field) (\d+) - (.+)$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_OUTLOOK_PHONES = (
    ("business phone", "work"), ("business phone 2", "work"), ("company main phone", "work"),
    ("mobile phone", "cell"), ("home phone", "home"), ("home phone 2", "home"),
    ("other phone", ""), ("primary phone", ""), ("car phone", "car"), ("pager", "pager"),
    ("business fax", "work,fax"), ("home fax", "home,fax"), ("other fax", "fax"),
    ("assistant's phone", ""), ("callback", ""), ("radio phone", ""), ("tty/tdd phone", ""),
)
_OUTLOOK_ADDRESSES = (("business", "work"), ("home", "home"), ("other", ""))
_GOOGLE_KINDS = {"mobile": "cell", "work fax": "work,fax", "home fax": "home,fax",
                 "main": "", "other": "", "google voice": "", "pager": "pager"}


def _sniff_encoding(fh: io.BufferedReader) -> str:
    head = fh.read(4)
    fh.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while True:
            block = fh.read(_BLOCK)
            decoder.decode(block, final=not block)
            if not block:
                return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"
    finally:
        fh.seek(0)


def _norm(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def _kind_of(columns: list[str]) -> str | None:
    cols = {_norm(c) for c in columns}
    if {"first name", "last name"} <= cols and ("connected on" in cols or (
            "email address" in cols and "position" in cols)):
        return "linkedin"
    if any(_GOOGLE_SLOT_RE.match(c) for c in cols) and (
            "given name" in cols or "first name" in cols or "name" in cols):
        return "google"
    if "first name" in cols and ("e-mail address" in cols or "business phone" in cols
                                 or "mobile phone" in cols or "job title" in cols):
        return "outlook"
    return None


class _Lines:
    """The text file's lines, counting characters read (progress) as csv reads them."""

    def __init__(self, text: TextIO) -> None:
        self.text = text
        self.done = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.text:
            self.done += len(line)
            yield line


def iter_csv_file(
    path: str | PathLike[str],
    progress: ProgressCallback | None = None,
    warnings: list[CardError] | None = None,
    progress_every: int = 250,
) -> Iterator[CardData | CardError]:
    """A card per row of a LinkedIn, Google or Outlook CSV export (see the module doc).
    ``progress(cards, characters read)``; raises ``VCardError`` when the file cannot be
    read or is no contacts export Rapport knows."""
    source = str(path)
    if warnings is None:
        warnings = []
    try:
        raw = open(path, "rb")  # closed by the with below, across yields
    except OSError as exc:
        raise unreadable_file(source, exc) from None
    with raw:
        try:
            encoding = _sniff_encoding(raw)
        except OSError as exc:
            raise unreadable_file(source, exc) from None
        seen: list[str] | None = None
        for delimiter in (",", ";", "\t"):
            raw.seek(0)
            text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
            lines = _Lines(text)
            reader = csv.reader(lines, delimiter=delimiter)
            header, kind, header_line = _header(reader)
            if kind is not None and header is not None:
                yield from _rows(reader, lines, header, kind, header_line, source, progress,
                                 warnings, progress_every)
                text.detach()
                return
            if delimiter == "," or (seen is not None and header and len(header) > len(seen)):
                seen = header
            text.detach()
    shown = ", ".join(c.strip() for c in (seen or []) if c.strip())
    if not shown:
        raise VCardError(source, 1, ReadText.tr("not a contacts CSV file: no header row found"))
    if len(shown) > 300:
        shown = shown[:300] + "…"
    raise VCardError(source, 1, fill(ReadText.tr(
        "not a LinkedIn, Google or Outlook contacts export: its columns are %1"), shown))


def _header(reader: Iterator[list[str]]) -> tuple[list[str] | None, str | None, int]:
    first: list[str] | None = None
    try:
        for n, row in enumerate(reader):
            if n >= _PREAMBLE_ROWS:
                break
            if not any(c.strip() for c in row):
                continue
            if first is None:
                first = row
            kind = _kind_of(row)
            if kind is not None:
                return row, kind, getattr(reader, "line_num", n + 1)
    except csv.Error:
        pass
    return first, None, 0


def _rows(reader: Iterator[list[str]], lines: _Lines, header: list[str], kind: str,
          header_line: int, source: str, progress: ProgressCallback | None,
          warnings: list[CardError], progress_every: int) -> Iterator[CardData | CardError]:
    names = [_norm(c) for c in header]
    to_card = {"linkedin": _linkedin, "google": _google, "outlook": _outlook}[kind]
    line = header_line + 1
    cards = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield CardError(source, line, fill(ReadText.tr("row skipped: %1"), exc))
            line = getattr(reader, "line_num", line) + 1
            continue
        start = line
        line = getattr(reader, "line_num", line) + 1
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(names) and any(c.strip() for c in row[len(names):]):
            warnings.append(CardError(source, start, fill(ReadText.tr(
                "the row has %1 fields, the header %2: the extra ones were left out"),
                len(row), len(names))))
        values: dict[str, str] = {}
        for name, value in zip(names, row, strict=False):
            value = value.strip()
            if value and name not in values:
                values[name] = value
        card = to_card(values)
        card.line = start
        if not (card.full_name or card.organization or card.emails or card.phones):
            yield CardError(source, start, ReadText.tr(
                "row skipped: it has no name, organisation, e-mail or phone"))
            continue
        cards += 1
        yield card
        if progress is not None and cards % progress_every == 0:
            progress(cards, lines.done)
    if progress is not None:
        progress(cards, lines.done)


def _full(card: CardData) -> None:
    """The name as the exporting app shows it: given, middle and family names (a prefix
    such as "Dr." is kept apart, so "Dana Okafor" matches the same person elsewhere)."""
    if not card.full_name:
        card.full_name = " ".join(p for p in (card.given_name, card.additional_names,
                                              card.family_name) if p)


# --------------------------------------------------------------------------- LinkedIn


def _linkedin(v: dict[str, str]) -> CardData:
    card = CardData(full_name="", given_name=v.get("first name", ""),
                    family_name=v.get("last name", ""),
                    organization=v.get("company", ""), title=v.get("position", ""))
    _full(card)
    url = v.get("url") or v.get("profile url", "")
    if url:
        card.urls.append(CardValue(url, label="LinkedIn"))
        card.uid = url
    if "@" in v.get("email address", ""):
        card.emails.append(CardValue(v["email address"]))
    card.rapport["how-we-met"] = "LinkedIn"
    met = _linkedin_date(v.get("connected on", ""))
    if met is not None:
        card.rapport["met-on"] = met.isoformat()
    return card


def _linkedin_date(text: str) -> dt.date | None:
    """"12 Mar 2021" (LinkedIn since 2019), "03/12/21" (US, before), or ISO."""
    text = text.strip()
    parts = text.replace(",", " ").split()
    try:
        if len(parts) == 3 and parts[1][:3].casefold() in _MONTHS:
            return dt.date(int(parts[2]), _MONTHS[parts[1][:3].casefold()], int(parts[0]))
        if len(parts) == 3 and parts[0][:3].casefold() in _MONTHS:  # "Mar 12 2021"
            return dt.date(int(parts[2]), _MONTHS[parts[0][:3].casefold()], int(parts[1]))
        if "/" in text:
            return _us_date(text)
        if len(text) == 10 and text[4] == "-":
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def _us_date(text: str) -> dt.date | None:
    bits = text.strip().split()[0].split("/")
    if len(bits) != 3:
        return None
    try:
        month, day, year = (int(b) for b in bits)
        if year < 100:
            year += 2000 if year < 70 else 1900
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- Google


def _split(value: str) -> list[str]:
    return [p.strip() for p in value.split(_MULTI) if p.strip()]


def _google_kind(label: str) -> str:
    label = label.strip().lstrip("*").strip().casefold()
    return _GOOGLE_KINDS.get(label, label if label in ("home", "work", "cell", "fax") else "")


def _google(v: dict[str, str]) -> CardData:
    card = CardData(
        full_name=v.get("name", ""),
        given_name=v.get("given name") or v.get("first name", ""),
        additional_names=v.get("additional name") or v.get("middle name", ""),
        family_name=v.get("family name") or v.get("last name", ""),
        prefix=v.get("name prefix", ""), suffix=v.get("name suffix", ""),
        nickname=v.get("nickname", ""),
        organization=v.get("organization name") or v.get("organization 1 - name", ""),
        title=v.get("organization title") or v.get("organization 1 - title", ""),
        department=v.get("organization department") or v.get("organization 1 - department", ""),
    )
    _full(card)
    note = v.get("notes")
    if note:
        card.note = note
    birthday = _date_value(v.get("birthday", ""))
    if birthday is not None:
        card.birthday = birthday
    for label in _split(v.get("labels") or v.get("group membership", "")):
        if not label.startswith("*"):
            card.categories.append(label)
    slots: dict[tuple[str, int], dict[str, str]] = {}
    for name, value in v.items():
        m = _GOOGLE_SLOT_RE.match(name)
        if m:
            slots.setdefault((m.group(1).casefold(), int(m.group(2))), {})[
                m.group(3).casefold()] = value
    for (what, _n), slot in sorted(slots.items(), key=lambda kv: kv[0]):
        label = slot.get("label") or slot.get("type", "")
        kind = _google_kind(label)
        custom = label.lstrip("*").strip() if label and not kind and label.strip("* ").casefold() \
            not in _GOOGLE_KINDS else None
        if what == "e-mail":
            for i, value in enumerate(_split(slot.get("value", ""))):
                card.emails.append(CardValue(value, kind, custom, pref=i == 0 and "*" in label))
        elif what == "phone":
            for value in _split(slot.get("value", "")):
                card.phones.append(CardValue(value, kind, custom))
        elif what == "website":
            for value in _split(slot.get("value", "")):
                card.urls.append(CardValue(value, kind, custom))
        elif what == "address":
            adr = CardAddress(kind=kind, label=custom, po_box=slot.get("po box", ""),
                              extended=slot.get("extended address", ""),
                              street=slot.get("street", ""), locality=slot.get("city", ""),
                              region=slot.get("region", ""),
                              postal_code=slot.get("postal code", ""),
                              country=slot.get("country", ""))
            if adr.is_empty() and slot.get("formatted"):
                adr.street = slot["formatted"]
            if not adr.is_empty():
                card.addresses.append(adr)
        elif what == "organization" and not card.organization:
            card.organization = slot.get("name", "")
            card.title = card.title or slot.get("title", "")
    return card


def _date_value(text: str) -> CardDate | None:
    """"1980-07-14", " --07-14" (no year), "7/14/1980" (US)."""
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"-{1,2}(\d{1,2})-(\d{1,2})", text)
        if m:
            year, month, day = 0, int(m.group(1)), int(m.group(2))
        else:
            us = _us_date(text)
            if us is None:
                return None
            year, month, day = us.year, us.month, us.day
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return CardDate(year or None, month, day)


# --------------------------------------------------------------------------- Outlook


def _outlook(v: dict[str, str]) -> CardData:
    card = CardData(
        full_name="", prefix=v.get("title", ""), given_name=v.get("first name", ""),
        additional_names=v.get("middle name", ""), family_name=v.get("last name", ""),
        suffix=v.get("suffix", ""), nickname=v.get("nickname", ""),
        organization=v.get("company", ""), department=v.get("department", ""),
        title=v.get("job title", ""),
    )
    _full(card)
    for column in ("e-mail address", "e-mail 2 address", "e-mail 3 address"):
        value = v.get(column, "")
        if "@" in value:
            card.emails.append(CardValue(value))
    for column, kind in _OUTLOOK_PHONES:
        if v.get(column):
            card.phones.append(CardValue(v[column], kind, pref=column == "primary phone"))
    for prefix, kind in _OUTLOOK_ADDRESSES:
        adr = CardAddress(
            kind=kind, street=v.get(f"{prefix} street", ""),
            extended=" ".join(p for p in (v.get(f"{prefix} street 2", ""),
                                          v.get(f"{prefix} street 3", "")) if p),
            po_box=v.get(f"{prefix} po box", ""), locality=v.get(f"{prefix} city", ""),
            region=v.get(f"{prefix} state", ""),
            postal_code=v.get(f"{prefix} postal code", ""),
            country=v.get(f"{prefix} country/region") or v.get(f"{prefix} country", ""))
        if not adr.is_empty():
            card.addresses.append(adr)
    for column, kind in (("web page", "work"), ("personal web page", "home")):
        if v.get(column):
            card.urls.append(CardValue(v[column], kind))
    # "0/0/00" is Outlook's "none": it reads as None.
    card.birthday = _date_value(v.get("birthday", ""))
    card.anniversary = _date_value(v.get("anniversary", ""))
    note = v.get("notes")
    if note:
        card.note = note
    for tag in v.get("categories", "").split(";"):
        if tag.strip():
            card.categories.append(tag.strip())
    return card
