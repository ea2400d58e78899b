"""Phone numbers (issue 11): parsed with ``phonenumbers`` (Google's libphonenumber metadata),
stored as E.164 beside what was typed, shown formatted for the user's region. No Qt.

Which country a number belongs to, in order (issue 11):

1. the number itself: "+44 20 7946 0018" or "0044 20 7946 0018" says so;
2. else the card's address countries ("Nederland", "Pays-Bas", "NL" -> NL);
3. else the countries of the contact's other numbers (a card with "+31 20 ..." and
   "06 12345678" is Dutch);
4. else the user's region (``user_region``: the locale, or what the app set).

A number written nationally is only given an E.164 when it is a valid number of one of those
regions (for regions the card itself names, a number of a possible length is enough: the card
says where it is from). Otherwise its ``e164`` is None: a number that cannot be placed in a
country never matches another country's number. Parsing is cached (the same numbers come back
in every import, and in the detail pane on every selection).
"""

from __future__ import annotations

import functools
import locale
import os
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# ``phonenumbers`` (~30 ms to import) loads on the first number parsed, not at start-up:
# the window only sets the user's region then.

_user_region: str | None = None  # None: not worked out yet
_wanted_region: str | None = None  # what the app set (None: the process locale)
_PAUSE = re.compile(r"[pPwW,;]")  # dial pauses / waits (Android, RFC 3966 "postd")
_REGION = re.compile(r"^[a-z]{2,3}[_-]([A-Z]{2})\b")
# Numbers placed, remembered: a preview's numbers are placed again by the import that
# follows it, and the same numbers come back in every import of one phone's export. Big
# enough for a 10,000-card phone, small enough to stay a few MB.
_CACHE = 1 << 15


# --------------------------------------------------------------------------- regions


def _locale_region() -> str:
    """The region of the process locale ("nl_NL.UTF-8" -> "NL"), "" if it has none."""
    for name in ("LC_ALL", "LC_TELEPHONE", "LC_CTYPE", "LANG"):
        value = os.environ.get(name, "")
        m = _REGION.match(value)
        if m:
            return m.group(1)
        if value:
            break  # the variable that decides names no region (C, POSIX)
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    m = _REGION.match(current)
    return m.group(1) if m else ""


def user_region() -> str:
    """The user's region (ISO 3166 alpha-2, "" if unknown): where a number written without a
    country code is assumed to be, once the card itself says nothing."""
    global _user_region
    if _user_region is None:
        wanted = _locale_region() if _wanted_region is None else _wanted_region
        _user_region = _valid_region(wanted) if wanted else ""
    return _user_region


def set_user_region(region: str | None) -> None:
    """Set the user's region (the app passes the system locale's territory); None reads the
    process locale again."""
    global _user_region, _wanted_region
    _user_region = None
    _wanted_region = region
    _place.cache_clear()


def _valid_region(region: str) -> str:
    import phonenumbers

    code = region.strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else ""


def _locale_data() -> dict[str, dict[str, str]]:
    """libphonenumber's country names per language (``phonenumbers.geodata.locale``),
    loaded on its own: importing it the usual way runs its package, which loads the whole
    geocoder's prefix tables (~0.65 s and ~36 MB that a country name does not need)."""
    import importlib.util
    import sys

    package = importlib.util.find_spec("phonenumbers.geodata")  # found, not run
    where = package.submodule_search_locations if package is not None else None
    for finder in sys.meta_path if where else ():
        find = getattr(finder, "find_spec", None)
        spec = find("phonenumbers.geodata.locale", where) if find is not None else None
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)  # its one import is phonenumbers.util
            data: dict[str, dict[str, str]] = module.LOCALE_DATA
            return data
    from phonenumbers.geodata.locale import LOCALE_DATA  # pragma: no cover - fallback

    return LOCALE_DATA  # pragma: no cover


@functools.cache
def _country_names() -> dict[str, str]:
    """Country names in the languages libphonenumber's geocoder knows, folded -> region."""
    import phonenumbers

    names: dict[str, str] = {}
    for region, by_language in _locale_data().items():
        if region not in phonenumbers.SUPPORTED_REGIONS:
            continue
        names.setdefault(region.casefold(), region)
        for value in by_language.values():
            if value.startswith("*"):  # "*aa": the same name as language "aa"
                value = by_language.get(value[1:], "")
            if value:
                names.setdefault(_fold(value), region)
    # Common English short forms the geocoder does not list.
    for alias, region in (("usa", "US"), ("u.s.a.", "US"), ("u.s.", "US"),
                          ("united states of america", "US"), ("uk", "GB"),
                          ("great britain", "GB"), ("england", "GB"), ("scotland", "GB"),
                          ("wales", "GB"), ("holland", "NL")):
        names.setdefault(alias, region)
    return names


def _fold(text: str) -> str:
    folded = " ".join(text.split()).casefold()
    return folded[4:] if folded.startswith("the ") else folded


@functools.lru_cache(maxsize=4096)
def country_region(country: str) -> str | None:
    """The region an address's country names ("Nederland", "Pays-Bas", "NL"), or None."""
    if not country or not country.strip():
        return None
    return _country_names().get(_fold(country))


# --------------------------------------------------------------------------- parsing


def _clean(number: str) -> str:
    """What is dialled: no "tel:" scheme, nothing after a pause or wait."""
    text = number.strip()
    if text[:4].lower() in ("tel:", "sip:"):
        text = text[4:]
    m = _PAUSE.search(text)
    if m and any(c.isdigit() for c in text[: m.start()]):
        text = text[: m.start()]
    return text.strip()


def _international(text: str) -> str | None:
    """*text* as "+..." if it carries its country code ("+44 ...", or "00 44 ...": the
    international prefix ITU-T E.164 recommends), else None."""
    if text.startswith("+"):
        return text
    if text.startswith("00") and len(text) > 2 and text[2] != "0":
        return "+" + text[2:]
    return None


@functools.lru_cache(maxsize=1024)
def _parse(text: str, region: str | None) -> PhoneNumber | None:
    import phonenumbers

    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _parse_plus(text: str) -> PhoneNumber | None:
    """``_parse(text, None)`` of a number written with its country code ("+41 44 ..."),
    the way most phones export them, without libphonenumber's general parser where the
    text is only digits, blanks and hyphens (issue 18: that parser was a fifth of an
    import's time). The same ``PhoneNumber`` as ``phonenumbers.parse`` gives: the country
    code is the first of 1-3 digits that libphonenumber knows, the rest is the national
    number with its leading zeros; where ``parse`` would do anything more (strip a
    national prefix, refuse the length, read an extension, letters...) it is asked.
    tests/services/test_phones.py compares the two over every country code."""
    digits = _plain_plus(text)
    if digits is not None:
        quick = _quick_plus(digits)
        if quick is not None:
            return quick
    return _parse(text, None)


_PLAIN_PLUS = re.compile(r"\+[0-9][0-9 -]{0,60}[0-9]")


def _plain_plus(text: str) -> str | None:
    """The digits after "+" when *text* is only "+", ASCII digits, blanks and hyphens."""
    if _PLAIN_PLUS.fullmatch(text) is None:
        return None
    return text[1:].replace(" ", "").replace("-", "")


def _plain_route(digits: str) -> tuple[int, str, str] | None:
    """(country code, national number, the code's one region or "") of ``"+" + digits``
    when ``phonenumbers.parse`` would take the plain route with it (``_quick_plus``), else
    None."""
    if len(digits) <= 2 or digits[0] == "0":  # too short after "+" / no such code
        return None
    lead = _lead_route(digits[:3])
    if lead is None:
        return None
    code, size, prefix, region = lead
    national = digits[size:]
    if not 2 <= len(national) <= 17:  # libphonenumber's bounds of a national number
        return None
    if prefix is not None and prefix.match(national) is not None:
        return None  # a national prefix after the country code: parse decides
    return code, national, region


@functools.lru_cache(maxsize=1024)
def _lead_route(lead: str) -> tuple[int, int, re.Pattern[str] | None, str] | None:
    """For the digits after "+" that start with the three digits *lead*: (the country
    code, its length, the national prefix its parser strips after it, the code's one
    region or "" if it has several) when libphonenumber has metadata for the code, else
    None; worked out once per three digits (issue 18: per number it was a third of
    placing one)."""
    import phonenumbers

    for size in (1, 2, 3):
        code = int(lead[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    known, prefix = _code_route(code)
    if not known:
        return None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
    return code, size, prefix, regions[0] if len(regions) == 1 else ""


def _quick_plus(digits: str) -> PhoneNumber | None:
    """What ``phonenumbers.parse("+" + digits)`` gives when it takes the plain route, else
    None (the caller then asks ``parse``)."""
    import phonenumbers

    route = _plain_route(digits)
    if route is None:
        return None
    code, national, _region = route
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if len(national) > 1 and national[0] == "0":  # Italy's leading zeros
        number.italian_leading_zero = True
        zeros = 1
        while zeros < len(national) - 1 and national[zeros] == "0":
            zeros += 1
        if zeros != 1:
            number.number_of_leading_zeros = zeros
    return number


@functools.lru_cache(maxsize=1024)
def _code_route(code: int) -> tuple[bool, re.Pattern[str] | None]:
    """Whether libphonenumber has metadata for country code *code*, and the national
    prefix its parser strips after it (compiled as ``re_compile`` does), once per code."""
    import phonenumbers
    from phonenumbers.re_util import re_compile

    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        code, phonenumbers.region_code_for_country_code(code))
    if metadata is None:
        return False, None
    prefix = metadata.national_prefix_for_parsing
    return True, re_compile(prefix) if prefix else None


@functools.lru_cache(maxsize=_CACHE)
def _place(text: str, card_regions: tuple[str, ...]) -> tuple[str, str] | None:
    """(E.164, region) of one cleaned number, given the regions the card names (its
    addresses, its other numbers); the user's region is tried last. None if it cannot be
    placed."""
    intl = _international(text)
    if intl is not None:
        return _place_plus(intl)
    import phonenumbers

    user = user_region()
    tried = [*card_regions, user] if user and user not in card_regions else list(card_regions)
    for region in tried:
        parsed = _parse(text, region)
        if parsed is not None and phonenumbers.is_valid_number(parsed):
            return _placed(parsed)
    for region in card_regions:  # the card says where it is from: the length is enough
        parsed = _parse(text, region)
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            return _placed(parsed)
    return None


def _place_plus(text: str) -> tuple[str, str] | None:
    """``_place`` of a number written with its country code ("+41 44 ...").

    Where it is only "+", digits, blanks and hyphens, of a country code that is one region
    alone (all but +1, +7, +44 and a few more), no ``PhoneNumber`` is made (issue 18): on
    the plain route (``_plain_route``) the national significant number is the digits after
    the country code as written (leading zeros included), so the E.164 form is "+" and the
    digits; the region is the code's one region (``region_code_for_number``); whether the
    number is possible depends on the code and the length alone (``_possible``).
    tests/services/test_phones.py compares this with libphonenumber over every code."""
    digits = _plain_plus(text)
    if digits is not None:
        placed = _plain_place(digits)
        if placed is not False:
            return placed
    parsed = _parse_plus(text)
    if parsed is None or not _possible(parsed):
        return None
    return _placed(parsed)


def _plain_place(digits: str) -> tuple[str, str] | Literal[False] | None:
    """``_place_plus`` of ``"+" + digits`` on the plain route of a country code that is one
    region alone (see there); False where libphonenumber must be asked."""
    route = _plain_route(digits)
    if route is not None:
        code, national, region = route
        if region and national.strip("0"):
            if not _possible_length(code, len(national)):
                return None
            return "+" + digits, region
    return False


def _possible(parsed: PhoneNumber) -> bool:
    """``phonenumbers.is_possible_number``: libphonenumber decides it by the country code
    and the length of the national significant number alone (``_test_number_length``), so
    each pair is asked once (issue 18: asking per number was a third of placing it)."""
    import phonenumbers

    return _possible_length(parsed.country_code or 0,
                            len(phonenumbers.national_significant_number(parsed)))


@functools.lru_cache(maxsize=4096)
def _possible_length(code: int, length: int) -> bool:
    import phonenumbers

    return bool(length) and phonenumbers.is_possible_number(
        phonenumbers.PhoneNumber(country_code=code, national_number=int("1" * length)))


def _placed(parsed: PhoneNumber) -> tuple[str, str]:
    """(E.164, region) of a parsed number. E.164 is "+", the country code and the national
    significant number: what ``format_number(..., E164)`` writes for every number with a
    national number (issue 18: without its general formatting path)."""
    import phonenumbers

    if parsed.national_number:
        text = f"+{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"
    else:
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return text, phonenumbers.region_code_for_number(parsed) or ""


def region_of(e164_value: str | None) -> str | None:
    """The region of an E.164 number ("+31612345678" -> "NL"), None if unknown."""
    import phonenumbers

    if not e164_value:
        return None
    parsed = _parse(e164_value, None)
    if parsed is None:
        return None
    return phonenumbers.region_code_for_number(parsed) or None


def e164_numbers(numbers: Sequence[str], countries: Iterable[str] = ()) -> list[str | None]:
    """The E.164 form of each of one contact's numbers (None where it cannot be placed):
    the number's own country code, else the address countries, else the countries of the
    contact's other numbers, else the user's region."""
    out: list[str | None] = [None] * len(numbers)
    national: list[tuple[int, str]] = []
    placed_in: list[str] = []  # the regions of the numbers placed, in order
    plain = _PLAIN_PLUS.fullmatch
    for i, number in enumerate(numbers):
        if plain(number) is not None:  # as most phones write them: _clean has nothing to do
            placed = _plain_place(number[1:].replace(" ", "").replace("-", ""))
            if placed is False:
                placed = _place(number, ())
        else:
            text = _clean(number)
            if _international(text) is None:
                if text:
                    national.append((i, text))
                continue
            placed = _place(text, ())
        if placed is not None:
            out[i] = placed[0]
            if placed[1]:
                placed_in.append(placed[1])
    if national:  # the address countries are only asked about for these (issue 18)
        regions: list[str] = []
        for region in (*map(country_region, countries), *placed_in):
            if region and region not in regions:
                regions.append(region)
        hints = tuple(regions)
        for i, text in national:
            placed = _place(text, hints)
            out[i] = placed[0] if placed is not None else None
    return out


def e164(number: str, countries: Iterable[str] = ()) -> str | None:
    """The E.164 form of one number (see ``e164_numbers``)."""
    return e164_numbers([number], countries)[0]


def same_number_key(number: str, e164_value: str | None) -> str:
    """What two numbers of one contact must share to be "the same number": the E.164 form,
    else the digits as written."""
    if e164_value:
        return e164_value
    digits = "".join(c for c in _clean(number) if c.isdigit())
    return digits or number.strip().casefold()


def warm(numbers: Iterable[str]) -> None:
    """Load what placing and showing numbers like *numbers* (E.164 or as written) needs,
    so the first contact shown does not: libphonenumber loads each region's metadata (and
    compiles its patterns) on first use, and the country names of addresses load on the
    first address (issue 18: 30-47 ms of the detail pane's first fill, on the UI thread).
    No Qt: the window runs it in a worker at start-up. Each region is warmed once, with the
    first of *numbers* that is of it; the user's region too."""
    import phonenumbers

    _country_names()
    regions: set[str] = set()
    user = user_region()
    if user:
        example = phonenumbers.example_number(user)
        if example is not None:
            numbers = [phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164),
                       *numbers]
    for number in numbers:
        placed = e164(number)
        region = region_of(placed)
        if placed is None or region is None or region in regions:
            continue
        regions.add(region)
        # Every region of its country code: telling which of them a number is from (the
        # UK's numbers: GB, GG, IM, JE; +1: 25 regions) loads each one asked.
        parsed = _parse(placed, None)
        for shared in phonenumbers.region_codes_for_country_code(
                (parsed.country_code or 0) if parsed is not None else 0):
            phonenumbers.PhoneMetadata.metadata_for_region(shared)
        format_phone(number, placed)
        # The number written nationally, placed with its card's country, as the pane
        # places a number typed without its country code (validity patterns).
        if parsed is not None:
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            e164_numbers([national], [region])


# --------------------------------------------------------------------------- display


@functools.lru_cache(maxsize=4096)
def _formatted(e164_value: str, region: str) -> str | None:
    import phonenumbers

    parsed = _parse(e164_value, None)
    if parsed is None:
        return None
    own = phonenumbers.region_code_for_number(parsed)
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if region and own == region
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)


def format_phone(number: str, e164_value: str | None) -> str:
    """How a number is shown: nationally for a number of the user's region ("06 12345678"
    in the Netherlands), internationally for any other ("+33 6 12 34 56 78"); as typed when
    it has no E.164 form."""
    if not e164_value:
        return number.strip()
    return _formatted(e164_value, user_region()) or number.strip()


def display_numbers(numbers: Sequence[str], countries: Iterable[str] = ()
                    ) -> list[tuple[str, str]]:
    """(text shown, ``tel:`` URI) of each of one contact's numbers: what the detail pane
    and the briefing show, placed as ``e164_numbers`` places them when they are saved."""
    return [(format_phone(n, e), dial_uri(n, e))
            for n, e in zip(numbers, e164_numbers(numbers, countries), strict=True)]


def dial_uri(number: str, e164_value: str | None) -> str:
    """A ``tel:`` URI for the number (RFC 3966): the E.164 form, else the digits typed."""
    if e164_value:
        return "tel:" + e164_value
    text = _clean(number)
    return "tel:" + "".join(c for c in text if c.isdigit() or c == "+")
