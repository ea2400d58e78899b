"""vCard import and export: the only package in Rapport that knows the vCard format.

Pure Python, no Qt, no database. ``parse_bytes``/``parse_file``/``iter_parse`` turn vCard 2.1,
3.0 and 4.0 into :class:`CardData`; ``write_cards``/``card_to_text`` turn it back into 3.0 or
4.0. The only exception raised on bad input is :class:`VCardError`.
"""

from __future__ import annotations

from desktop.vcard.model import (
    CardAddress,
    CardData,
    CardDate,
    CardError,
    CardValue,
    ParseResult,
    VCardError,
)
from desktop.vcard.reader import iter_parse, kept_group_members, parse_bytes, parse_file
from desktop.vcard.writer import card_to_text, write_cards

__all__ = [
    "CardAddress",
    "CardData",
    "CardDate",
    "CardError",
    "CardValue",
    "ParseResult",
    "VCardError",
    "card_to_text",
    "iter_parse",
    "kept_group_members",
    "parse_bytes",
    "parse_file",
    "write_cards",
]
