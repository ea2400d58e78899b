"""Plain data the vCard layer hands to the rest of Rapport.

Nothing here knows about vobject, Qt or the database: a :class:`CardData` is what one vCard
says about one person, already decoded (charsets, quoted-printable, base64, backslash escapes
and line folding undone), plus every property we do not model kept verbatim in ``extra`` so
that an import followed by an export loses nothing (DESIGN.md, "Reliability rules").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.text import Translatable, fill


class ReadText(Translatable):
    """Translation context of the reasons the readers give (vCard, CSV, iCalendar, mail):
    a file that cannot be read, a card or row that was skipped, a line that was repaired.
    A reason is translated where it is written, on the error path only (a card that reads
    cleanly costs nothing more); the ``FILE:LINE: reason`` shape stays the same in every
    language."""


class VCardError(Exception):
    """The only exception the vCard layer raises: a whole input could not be read.

    ``str(err)`` is one line, ``FILE:LINE: what is wrong``, ready for stderr or a dialog.
    ``internal`` is True when the reason is a bug in the reader rather than the input (the
    fuzz tests fail on it; a user still gets one line).
    """

    def __init__(self, source: str, line: int, reason: str, internal: bool = False) -> None:
        super().__init__(f"{source}:{line}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason
        self.internal = internal


def unreadable_file(source: str, exc: OSError) -> VCardError:
    """The error for a file (or folder) that could not be read at all."""
    return VCardError(source, 1, fill(ReadText.tr("cannot read the file: %1"),
                                      exc.strerror or exc))


@dataclass
class CardDate:
    """A calendar date whose year may be unknown.

    ``year`` is ``None`` for RFC 6350 §4.3.1 reduced dates (``--MMDD``, ``--MM-DD``) and for
    Apple's convention of writing year 1604 (with or without ``X-APPLE-OMIT-YEAR=1604``).
    """

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        """``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown (the CLI's JSON format)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class CardValue:
    """One e-mail address, phone number, URL or related person.

    ``kind``: the TYPE parameter values, lower-case, comma-joined in the order written,
    without ``pref`` (that is ``pref``), ``internet`` on e-mails and ``voice`` on phones
    (both are the RFC 2426 §3.3 defaults, so they carry no information); "" if none.
    ``label``: the Apple/Google ``X-ABLabel`` of the value's item group, with the
    ``_$!<...>!$_`` wrapper stripped (``HomePage``, ``Spouse``, or a user's own text).
    ``group``: the content-line group the value was written in (``item1``), "" if none;
    kept so that other grouped lines in ``extra`` (``item1.X-ABADR``) still belong to it.
    ``prop``: for ``urls`` only, the property it came from when not URL (``IMPP``,
    ``X-SOCIALPROFILE``), so it is written back as such; "" means URL.
    ``params``: parameters we do not interpret, verbatim (``X-SERVICE-TYPE=Skype``,
    ``LABEL="..."``, ``VALUE=uri``), written back unchanged.
    """

    value: str
    kind: str = ""
    label: str | None = None
    pref: bool = False
    group: str = ""
    prop: str = ""
    params: list[str] = field(default_factory=list)


@dataclass
class CardAddress:
    """One ADR property (RFC 6350 §6.3.1); see :class:`CardValue` for the shared fields."""

    kind: str = ""
    label: str | None = None
    pref: bool = False
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    group: str = ""
    params: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (
            self.po_box or self.extended or self.street or self.locality or self.region
            or self.postal_code or self.country
        )


@dataclass
class CardData:
    """Everything one vCard says, decoded.

    ``organization``/``department`` are the first two ORG components; any further
    organisational units (RFC 6350 §6.6.4) are in ``org_units``.
    ``extra`` holds every content line we do not model, unfolded and otherwise exactly as
    read (group, name, parameters, value), e.g. ``item3.X-ABLabel:Spouse``; a second FN,
    N, BDAY, PHOTO ... also lands there. The writer emits them unchanged.
    ``version`` is the VERSION as read ("" when the card had none); ``line`` is the 1-based
    line of the card's BEGIN:VCARD in its source.
    ``tag_kinds``: tag name -> "group" or "avoid" for the tags that are not interests, as
    Rapport writes them (``X-RAPPORT-GROUP`` / ``X-RAPPORT-AVOID``); a topic to avoid is
    only there, never in ``categories``.
    ``members``: None, or for a group card (``KIND:group``, RFC 6350 §6.1.4, or Apple's
    ``X-ADDRESSBOOKSERVER-KIND:group``: a list of people, not a person) its MEMBER /
    X-ADDRESSBOOKSERVER-MEMBER URIs (``urn:uuid:...``, ``mailto:...``, ``tel:...``). The
    KIND and MEMBER lines also stay in ``extra``, as every other kind of card's do. (One
    field, not two: a 30th attribute made every card's construction 40 % slower, its
    instance dictionary no longer of the shared, preallocated size.)
    """

    full_name: str
    uid: str | None = None
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    org_units: list[str] = field(default_factory=list)
    title: str = ""
    birthday: CardDate | None = None
    anniversary: CardDate | None = None
    note: str | None = None
    photo: bytes | None = None
    photo_mime: str | None = None
    emails: list[CardValue] = field(default_factory=list)
    phones: list[CardValue] = field(default_factory=list)
    urls: list[CardValue] = field(default_factory=list)
    addresses: list[CardAddress] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    related: list[CardValue] = field(default_factory=list)
    rapport: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)
    version: str = ""
    line: int = 0
    tag_kinds: dict[str, str] = field(default_factory=dict)
    members: tuple[str, ...] | None = None

    @property
    def is_group(self) -> bool:
        """A group card: a list of people, not a person (``members``)."""
        return self.members is not None


@dataclass
class CardError:
    """A card (or a line) that could not be imported; the rest of the file still was.

    ``internal``: the reader failed on it (a bug, caught at the card's boundary so the other
    cards are kept), not a deliberate rejection of bad input."""

    source: str
    line: int
    reason: str
    internal: bool = False

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


@dataclass
class ParseResult:
    """Cards read from one input.

    ``errors``: rejected cards (skipped). ``warnings``: lines that were dropped or repaired
    while the card itself was kept (a line with no colon, a missing END:VCARD, a PHOTO
    whose base64 is broken and was kept verbatim in ``extra`` instead).
    """

    cards: list[CardData] = field(default_factory=list)
    errors: list[CardError] = field(default_factory=list)
    warnings: list[CardError] = field(default_factory=list)
