"""Writing :class:`CardData` as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350).

Hand-written rather than through ``vobject.vCard().serialize()``: building a vobject tree per
card and letting it re-validate every line is several times slower than the export budget
allows (DESIGN.md: ≤ 1.25 × vobject's serialisation). Tests read every exported card back with
vobject to prove the output is valid.

Choices (each survives ``parse_bytes`` → ``write_cards`` → ``parse_bytes`` unchanged):

* Modelled properties first, then ``extra`` lines verbatim, so that on re-import the modelled
  property is again the first of its name and an extra duplicate is again extra.
* A year-less birthday/anniversary is ``--MMDD`` in 4.0 (RFC 6350 §4.3.1). vCard 3.0 has no
  reduced dates, so we write Apple's convention ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD``:
  iPhone and macOS show it without a year, any other reader still sees a valid date, and our
  reader maps 1604 back to "no year".
* 3.0 has no ANNIVERSARY or RELATED: we write ``X-ANNIVERSARY`` (Evolution, KAddressBook,
  Thunderbird) and ``X-ABRELATEDNAMES`` (Apple, Google).
* Labels go into an Apple item group (``item1.TEL`` + ``item1.X-ABLabel``); Apple's built-in
  labels are re-wrapped as ``_$!<HomePage>!$_`` so the iPhone shows them translated.
* Lines are folded at 75 octets (RFC 6350 §3.2) without splitting a UTF-8 sequence; line
  ends are CRLF — open the output with ``newline=""``.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable
from typing import TextIO

from desktop.vcard.model import CardAddress, CardData, CardDate, CardValue

__all__ = ["card_to_text", "write_cards"]

_VERSIONS = ("3.0", "4.0")
# Labels the Apple Contacts app localises; written back in its _$!<...>!$_ wrapper.
_APPLE_LABELS = frozenset({
    "Home", "Work", "Other", "Main", "HomePage", "HomeFAX", "WorkFAX", "OtherFAX", "Pager",
    "iPhone", "Mobile", "AssistantPhone", "CompanyMain", "Anniversary", "Father", "Mother",
    "Parent", "Brother", "Sister", "Child", "Friend", "Spouse", "Partner", "Assistant",
    "Manager", "School",
})


def write_cards(cards: Iterable[CardData], out: TextIO, version: str = "3.0") -> int:
    """Write ``cards`` to ``out`` as vCard ``version`` ("3.0" or "4.0"); return how many."""
    if version not in _VERSIONS:
        raise ValueError(f"vCard version must be one of {_VERSIONS}, not {version!r}")
    n = 0
    write = out.write
    for card in cards:
        write(card_to_text(card, version))
        n += 1
    return n


def card_to_text(card: CardData, version: str = "3.0") -> str:
    """One card, BEGIN:VCARD to END:VCARD, CRLF line ends, folded."""
    if version not in _VERSIONS:
        raise ValueError(f"vCard version must be one of {_VERSIONS}, not {version!r}")
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", "VERSION:" + version]
    add = lines.append
    if card.uid:
        add("UID:" + _esc_uri(card.uid))
    add("FN:" + _esc(card.full_name))
    names = (card.family_name, card.given_name, card.additional_names, card.prefix, card.suffix)
    if not v4 or any(names):
        # N is required in 3.0 (RFC 2426 §3.1.2), optional in 4.0
        add("N:" + ";".join([_esc(x) for x in names]))
    if card.nickname:
        add("NICKNAME:" + _esc(card.nickname))
    if card.organization or card.department or card.org_units:
        org = [card.organization]
        if card.department or card.org_units:
            org.append(card.department)
            org.extend(card.org_units)
        add("ORG:" + ";".join([_esc(x) for x in org]))
    if card.title:
        add("TITLE:" + _esc(card.title))
    if card.birthday is not None:
        add(_date_line("BDAY", card.birthday, v4))
    if card.anniversary is not None:
        add(_date_line("ANNIVERSARY" if v4 else "X-ANNIVERSARY", card.anniversary, v4))

    groups = _Groups(card)
    for cv in card.emails:
        _value_line(lines, groups, "EMAIL", cv, v4, _esc_uri(cv.value))
    for cv in card.phones:
        _value_line(lines, groups, "TEL", cv, v4, _esc_uri(cv.value))
    for adr in card.addresses:
        _address_line(lines, groups, adr, v4)
    for cv in card.urls:
        _value_line(lines, groups, cv.prop or "URL", cv, v4, _esc_uri(cv.value))
    for cv in card.related:
        if v4:
            if ":" not in cv.value and not any(p.upper().startswith("VALUE=") for p in cv.params):
                # RFC 6350 §6.6.6: RELATED is a URI unless VALUE=text
                cv = CardValue(cv.value, cv.kind, cv.label, cv.pref, cv.group, cv.prop,
                               [*cv.params, "VALUE=text"])
            _value_line(lines, groups, "RELATED", cv, v4, _esc(cv.value))
        else:
            _value_line(lines, groups, "X-ABRELATEDNAMES", cv, v4, _esc(cv.value))
    if card.categories:
        add("CATEGORIES:" + ",".join([_esc(c) for c in card.categories]))
    if card.note:
        add("NOTE:" + _esc(card.note))
    if card.photo:
        b64 = binascii.b2a_base64(card.photo, newline=False).decode("ascii")
        mime = card.photo_mime
        if v4:
            add(f"PHOTO:data:{mime or ''};base64,{b64}")
        elif mime:
            sub = mime[6:].upper() if mime.startswith("image/") else _param(mime)
            add(f"PHOTO;ENCODING=b;TYPE={sub}:{b64}")
        else:
            add("PHOTO;ENCODING=b:" + b64)
    for key, value in card.rapport.items():
        add("X-RAPPORT-" + _prop_name(key) + ":" + _esc(value))
    lines.extend(card.extra)
    add("END:VCARD")

    out: list[str] = []
    push = out.append
    for line in lines:
        if len(line) <= 75 and line.isascii():
            push(line)
        else:
            _fold(line, out)
    push("")
    return "\r\n".join(out)


# --------------------------------------------------------------------------- helpers


def _esc(s: str) -> str:
    """RFC 6350 §3.4 text escaping (also valid for RFC 2426 §4)."""
    if "\\" in s or "," in s or ";" in s or "\n" in s or "\r" in s:
        s = s.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
        s = s.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    return s


def _esc_uri(s: str) -> str:
    """URI-like values (e-mail, tel:, http:) keep their ',' and ';' (RFC 6350 §4.2)."""
    if "\\" in s or "\n" in s or "\r" in s:
        s = s.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return s


def _param(value: str) -> str:
    """A parameter value, quoted when it holds ':' ';' or ',' (RFC 6350 §5)."""
    value = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    if ":" in value or ";" in value:
        return '"' + value + '"'
    return value


def _prop_name(key: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch == "-") else "-"
                   for ch in key).upper()


def _date_line(prop: str, date: CardDate, v4: bool) -> str:
    if date.year is None:
        if v4:
            return f"{prop}:--{date.month:02d}{date.day:02d}"
        return f"{prop};X-APPLE-OMIT-YEAR=1604:1604-{date.month:02d}-{date.day:02d}"
    if v4:
        return f"{prop}:{date.year:04d}{date.month:02d}{date.day:02d}"
    return f"{prop}:{date.year:04d}-{date.month:02d}-{date.day:02d}"


class _Groups:
    """Item-group bookkeeping for one card: ``labelled`` groups already have their X-ABLabel
    line; ``used`` (built lazily) holds every group name in the card, so a generated
    ``itemN`` never captures an unrelated ``extra`` line."""

    __slots__ = ("card", "labelled", "n", "used")

    def __init__(self, card: CardData) -> None:
        self.card = card
        self.labelled: set[str] = set()
        self.used: set[str] | None = None
        self.n = 0

    def new(self) -> str:
        if self.used is None:
            used: set[str] = set()
            c = self.card
            items: list[CardValue | CardAddress] = [
                *c.emails, *c.phones, *c.urls, *c.related, *c.addresses
            ]
            for item in items:
                if item.group:
                    used.add(item.group.lower())
            for line in c.extra:
                head = line.split(":", 1)[0].split(";", 1)[0]
                if "." in head:
                    used.add(head.split(".", 1)[0].lower())
            self.used = used
        while True:
            self.n += 1
            name = f"item{self.n}"
            if name not in self.used:
                self.used.add(name)
                return name


def _type_params(kind: str, pref: bool, params: list[str], v4: bool) -> str:
    out = ""
    types = kind
    if pref and not v4:
        types = types + ",pref" if types else "pref"
    if types:
        out = ";TYPE=" + _param(types)
    if pref and v4:
        out += ";PREF=1"
    for p in params:
        out += ";" + p
    return out


def _label_lines(
    lines: list[str], groups: _Groups, item: CardValue | CardAddress
) -> tuple[str, str | None]:
    """The group prefix for ``item`` and, if it needs one, its X-ABLabel line."""
    group = item.group
    if item.label is None:
        return (group + "." if group else ""), None
    if not group:
        group = groups.new()
    key = group.lower()
    if key in groups.labelled:
        return group + ".", None
    groups.labelled.add(key)
    label = item.label
    if label in _APPLE_LABELS:
        label = f"_$!<{label}>!$_"
    return group + ".", f"{group}.X-ABLabel:{_esc(label)}"


def _value_line(
    lines: list[str],
    groups: _Groups,
    prop: str,
    cv: CardValue,
    v4: bool,
    value: str,
) -> None:
    prefix, label_line = _label_lines(lines, groups, cv)
    lines.append(prefix + prop + _type_params(cv.kind, cv.pref, cv.params, v4) + ":" + value)
    if label_line is not None:
        lines.append(label_line)


def _address_line(lines: list[str], groups: _Groups, adr: CardAddress, v4: bool) -> None:
    prefix, label_line = _label_lines(lines, groups, adr)
    parts = (adr.po_box, adr.extended, adr.street, adr.locality, adr.region,
             adr.postal_code, adr.country)
    lines.append(prefix + "ADR" + _type_params(adr.kind, adr.pref, adr.params, v4) + ":"
                 + ";".join([_esc(x) for x in parts]))
    if label_line is not None:
        lines.append(label_line)


def _fold(line: str, out: list[str]) -> None:
    """Fold at 75 octets; continuation lines start with one space (RFC 6350 §3.2).

    A chunk never ends in "=": a 2.1 reader (ours included) takes "=" at the end of a
    quoted-printable line for a soft line break and would keep the fold's space."""
    n = len(line)
    if line.isascii():
        end = 75
        start = 0
        while end < n:
            while line[end - 1] == "=" and end - 1 > start + 1:
                end -= 1
            out.append(("" if start == 0 else " ") + line[start:end])
            start = end
            end = start + 74
        out.append(("" if start == 0 else " ") + line[start:])
        return
    if len(line.encode("utf-8")) <= 75:
        out.append(line)
        return
    limit = 75
    start = 0
    size = 0
    i = 0
    while i < n:
        o = ord(line[i])
        w = 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
        if size + w > limit and i > start:
            cut = i
            while line[cut - 1] == "=" and cut - 1 > start + 1:
                cut -= 1
            out.append(("" if start == 0 else " ") + line[start:cut])
            start = cut
            size = 0
            limit = 74
            i = cut
            continue
        size += w
        i += 1
    out.append(("" if start == 0 else " ") + line[start:])
