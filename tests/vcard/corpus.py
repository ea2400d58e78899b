"""Where the real-world corpus lives and helpers shared by the vCard tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.vcard import CardData
from desktop.vcard.writer import valid_extra_line
from tests.conftest import REAL_VCARDS as REAL  # its absence fails the run (conftest)


def corpus_files() -> list[str]:
    return sorted(str(p.relative_to(REAL)) for p in REAL.rglob("*.vcf"))


def comparable(card: CardData, keep_version: bool = True, version: str = "") -> dict[str, Any]:
    """The card as a dict; with ``version``, its unmodelled lines as an export to that
    version writes them (made valid: 2.1 parameters, base64 encoding, nested groups)."""
    d = dataclasses.asdict(card)
    d.pop("line")
    if not keep_version:
        d.pop("version")
    if version:
        d["extra"] = [valid_extra_line(x, version) for x in d["extra"]]
    return d
