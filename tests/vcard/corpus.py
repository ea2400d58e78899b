"""Where the real-world corpus lives and helpers shared by the vCard tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.vcard import CardData
from tests.conftest import REAL_VCARDS as REAL  # its absence fails the run (conftest)


def corpus_files() -> list[str]:
    return sorted(str(p.relative_to(REAL)) for p in REAL.rglob("*.vcf"))


def comparable(card: CardData, keep_version: bool = True) -> dict[str, Any]:
    d = dataclasses.asdict(card)
    d.pop("line")
    if not keep_version:
        d.pop("version")
    return d
