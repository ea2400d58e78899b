"""Phone numbers placed without libphonenumber's general parser (issue 18) are placed exactly
as it places them."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from desktop.services import phones


def _written(rnd: random.Random, digits: str) -> str:
    """*digits* after "+", cut by blanks and hyphens as people and phones write them."""
    out = ["+"]
    for i, d in enumerate(digits):
        if i and rnd.random() < 0.3:
            out.append(rnd.choice((" ", "-", "  ", " - ")))
        out.append(d)
    return "".join(out)


def test_a_number_with_its_country_code_parses_as_libphonenumber_parses_it() -> None:
    rnd = random.Random(18)
    samples = ["+41 44 668 18 00", "+39 06 6982 1234", "+39 0000", "+44 020 7946 0018",
               "+1 800 555 0199", "+7 8 495 123 45 67", "+0 44 123", "+99", "+999 123 456",
               "+1", "+12", "+123", "+49 0", "+49 00 00", "+61 0412 345 678", "+1-", "+ 41 44"]
    for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        for _ in range(24):
            length = rnd.randint(1, 19)
            lead = "0" * rnd.choice((0, 0, 0, 1, 2))
            national = lead + "".join(rnd.choice("0123456789") for _ in range(length))
            samples.append(_written(rnd, f"{code}{national}"[:21]))
    quick = 0
    placed = 0
    for text in samples:
        expected = phones._parse(text, None)
        assert phones._parse_plus(text) == expected, text
        digits = phones._plain_plus(text)
        quick += digits is not None and phones._quick_plus(digits) is not None
        # Stored e164 values and their regions are libphonenumber's, whichever route.
        libphonenumber = None
        if expected is not None and phonenumbers.is_possible_number(expected):
            libphonenumber = (
                phonenumbers.format_number(expected, phonenumbers.PhoneNumberFormat.E164),
                phonenumbers.region_code_for_number(expected) or "")
            placed += 1
        assert phones._place(phones._clean(text), ()) == libphonenumber, text
        # As a card's numbers are placed (e164_numbers' own route for plain numbers)
        assert phones.e164(text) == (libphonenumber[0] if libphonenumber else None), text
    assert quick > len(samples) // 3  # the quick route is taken, not only asked about
    assert placed > len(samples) // 10  # and many are possible numbers, placed


@pytest.mark.parametrize("number", ["+41 44 668 18 00", "+39 06 6982 1234", "+44 20 7946 0018",
                                    "+1 415-555-0199", "0041 44 668 18 00"])
def test_numbers_with_their_country_code_keep_their_e164(number: str) -> None:
    parsed = phonenumbers.parse(number if number.startswith("+") else "+" + number[2:])
    assert phones.e164(number) == phonenumbers.format_number(
        parsed, phonenumbers.PhoneNumberFormat.E164)



# In a fresh interpreter: this process may have loaded every region's metadata already.
WARMING = """
import json, sys
from desktop.services import phones

def loaded():
    return {n[len("phonenumbers.data.region_"):] for n in sys.modules
            if n.startswith("phonenumbers.data.region_")}

phones.set_user_region("NL")
phones.warm(["", "not a number", "+99 123", "+679 331 2345", "+44 20 7946 0018"])
warmed = loaded()
# Other numbers of those regions, with an address's country: as the detail pane shows them.
shown = phones.display_numbers(["+679 992 3456", "020 7946 0019", "06 12345678"],
                               ["United Kingdom"])
print(json.dumps([sorted(warmed), sorted(loaded() - warmed), shown]))
"""


def test_warming_loads_the_regions_so_the_first_numbers_shown_load_nothing() -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run([sys.executable, "-c", WARMING], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    warmed, new, shown = json.loads(result.stdout)
    # The stored numbers' regions and the user's (Fiji, the UK, the Netherlands)...
    assert {"FJ", "GB", "NL"} <= set(warmed)
    assert new == []  # ...so showing more of them loaded no metadata
    assert [uri for _text, uri in shown] == ["tel:+6799923456", "tel:+442079460019",
                                             "tel:+31612345678"]
