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
* What the card carried that we do not model (``extra``) is written back, made valid for
  the version written (issue 12: a server refuses the whole card otherwise): a property
  group of any depth (``E.A.EMAIL``) becomes one group (``E-A.EMAIL``, RFC 6350 §3.3 allows
  one); 2.1's bare parameters (``TEL;WORK;VOICE``) become ``TYPE=work,voice``; base64 is
  ``ENCODING=b`` in 3.0 (RFC 2426 §5.1; Outlook writes ``ENCODING=BASE64``) and a ``data:``
  URI in 4.0, which has no ENCODING (RFC 6350 §5). ``for_server=True`` also leaves out what
  CardDAV servers refuse although a file may hold it -- a second N, BDAY, PRODID...
  (cardinality 1, RFC 6350 §6), a second PHOTO, base64 that does not decode -- those stay
  in Rapport only.
* Tag categories (issue 11): ``categories`` are written as CATEGORIES, which every app
  shows; ``tag_kinds`` adds ``X-RAPPORT-GROUP`` for the names that are groups and
  ``X-RAPPORT-AVOID`` for topics to avoid, which are never in CATEGORIES (DESIGN.md:
  private, read back by Rapport only).
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable
from typing import TextIO

from desktop.vcard.model import CardAddress, CardData, CardDate, CardValue

__all__ = ["card_to_text", "valid_extra_line", "write_cards"]

_VERSIONS = ("3.0", "4.0")
# Labels the Apple Contacts app localises; written back in its _$!<...>!$_ wrapper.
_APPLE_LABELS = frozenset({
    "Home", "Work", "Other", "Main", "HomePage", "HomeFAX", "WorkFAX", "OtherFAX", "Pager",
    "iPhone", "Mobile", "AssistantPhone", "CompanyMain", "Anniversary", "Father", "Mother",
    "Parent", "Brother", "Sister", "Child", "Friend", "Spouse", "Partner", "Assistant",
    "Manager", "School",
})


# Properties a card has at most once (RFC 6350 §6 cardinality *1 / 1; RFC 2426 says the
# same of N and BDAY): a server refuses a card that repeats one.
_SINGLE = frozenset({"N", "BDAY", "ANNIVERSARY", "X-ANNIVERSARY", "PRODID", "REV", "KIND",
                     "GENDER", "UID", "VERSION", "PHOTO"})
_IMAGE_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png",
                "gif": "image/gif", "bmp": "image/bmp", "webp": "image/webp"}
_B64_OK = re.compile(r"[A-Za-z0-9+/]*={0,2}").fullmatch


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


def card_to_text(card: CardData, version: str = "3.0", *, for_server: bool = False) -> str:
    """One card, BEGIN:VCARD to END:VCARD, CRLF line ends, folded. ``for_server``: for a
    CardDAV server, which refuses some things a file may hold (see the module docstring)."""
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
    avoid = {n.casefold() for n, k in card.tag_kinds.items() if k == "avoid"}
    shown = [c for c in card.categories if c.casefold() not in avoid] if avoid \
        else card.categories
    if shown:
        add("CATEGORIES:" + ",".join([_esc(c) for c in shown]))
    for kind in ("group", "avoid"):
        tagged = [n for n, k in card.tag_kinds.items() if k == kind]
        if tagged:
            add(f"X-RAPPORT-{kind.upper()}:" + ",".join([_esc(n) for n in tagged]))
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
    if card.extra:
        seen: set[str] | None = None
        if for_server:
            seen = {"UID", "VERSION"} if card.uid else {"VERSION"}
            if not v4 or any(names):
                seen.add("N")
            if card.birthday is not None:
                seen.add("BDAY")
            if card.anniversary is not None:
                seen.add("ANNIVERSARY" if v4 else "X-ANNIVERSARY")
            if card.photo:
                seen.add("PHOTO")
        for line in card.extra:
            fixed = _valid_extra(line, v4, seen)
            if fixed is not None:
                add(fixed)
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


def _one_group(group: str) -> str:
    """RFC 6350 §3.3: a group is one name; ``E.A`` (a group of a group) becomes ``E-A``."""
    return group.replace(".", "-") if "." in group else group


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    out: list[str] = []
    start = 0
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _colon(line: str) -> int:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


def _valid_extra(line: str, v4: bool, seen: set[str] | None) -> str | None:
    """An unmodelled line made valid for the version written (see the module docstring);
    None when it must stay in Rapport only (``seen`` is given for a server: the names of
    single-valued properties already in the card)."""
    colon = _colon(line)
    if colon < 0:
        return None if seen is not None else line
    head, value = line[:colon], line[colon + 1:]
    parts = _split_outside_quotes(head, ";")
    name = parts[0]
    group, dot, prop = name.rpartition(".")
    uprop = prop.upper()
    if seen is not None and uprop in _SINGLE:
        if uprop in seen:
            return None
        seen.add(uprop)
    params = parts[1:]
    simple = not dot or "." not in group
    if simple and not any("=" not in p or p[:9].upper() == "ENCODING=" for p in params):
        return line  # nothing to change (the common case: no copying)
    types: list[str] = []
    kept: list[str] = []
    base64 = False
    type_at = -1
    for p in params:
        key, eq, val = p.partition("=")
        ukey = key.strip().upper()
        if not eq:
            if ukey in ("BASE64", "B"):
                base64 = True
            elif ukey:
                types.append(key.strip().lower())  # vCard 2.1 §2.4: a bare TYPE value
        elif ukey == "ENCODING":
            if val.strip().strip('"').upper() in ("B", "BASE64"):
                base64 = True
        elif ukey == "TYPE":
            type_at = len(kept)
            types.extend(t for t in val.strip('"').split(",") if t)
            kept.append("")  # placeholder: the merged TYPE goes here
        else:
            kept.append(p)
    if base64:
        value = "".join(value.split())
        padded = value + "=" * (-len(value) % 4)
        try:
            ok = bool(value) and _B64_OK(padded) is not None
            if ok:
                binascii.a2b_base64(padded)
        except (binascii.Error, ValueError):
            ok = False
        if not ok:
            return None if seen is not None else line
        value = padded
        if v4:
            mime = next((_IMAGE_TYPES[t.lower()] for t in types if t.lower() in _IMAGE_TYPES),
                        "application/octet-stream")
            types = [t for t in types if t.lower() not in _IMAGE_TYPES]
            value = f"data:{mime};base64,{value}"
        else:
            kept.append("ENCODING=b")
    merged = "TYPE=" + _param(",".join(types)) if types else ""
    if type_at >= 0:
        kept[type_at] = merged
    elif merged:
        kept.insert(0, merged)
    head = (_one_group(group) + "." if dot else "") + prop
    return head + "".join(";" + p for p in kept if p) + ":" + value


def valid_extra_line(line: str, version: str) -> str:
    """An unmodelled line as a file export writes it in ``version`` (the form a round trip
    gives back)."""
    return _valid_extra(line, version == "4.0", None) or line


def _label_lines(
    lines: list[str], groups: _Groups, item: CardValue | CardAddress
) -> tuple[str, str | None]:
    """The group prefix for ``item`` and, if it needs one, its X-ABLabel line."""
    group = _one_group(item.group)
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
