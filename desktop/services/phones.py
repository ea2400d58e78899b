"""Phone numbers: a normalised form for matching duplicates (E.164-like, no library)."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")


def normalise_phone(number: str, default_country_code: str = "") -> str | None:
    """Digits with a leading "+" when the number says its country; None if no digits.

    "+44 (0)20 7946 0018" -> "+442079460018"; "00 33 1 23" -> "+33123";
    "(555) 010-9999" -> "5550109999" (no country known: matched on digits alone).
    Pause/wait suffixes ("p123", "w9", ";ext=") are not part of the number.
    """
    text = number.strip()
    if text.lower().startswith(("tel:", "sip:")):
        text = text[4:]
    for stop in (";", "p", "P", "w", "W", ",", "x", "X"):
        head, sep, _ = text.partition(stop)
        if sep and _DIGITS.search(head):
            text = head
    digits = "".join(_DIGITS.findall(text))
    if not digits:
        return None
    if text.lstrip().startswith("+"):
        # A "(0)" trunk prefix after the country code is dropped: +44 (0)20 -> +4420.
        text = text.replace("(0)", "")
        return "+" + "".join(_DIGITS.findall(text))
    if digits.startswith("00") and len(digits) > 4:
        return "+" + digits[2:]
    if default_country_code and digits.startswith("0"):
        return "+" + default_country_code + digits[1:]
    return digits
