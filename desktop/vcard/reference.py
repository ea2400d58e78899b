"""vobject, the reference implementation, for checks and the benchmark.

The importer and exporter do not go through vobject (see ``reader``/``writer`` for why); this
module is where vobject is used: tests prove that what we write is read back by vobject, and
``bench/bench_vcard_parse.py`` measures our speed against it. It is the only module in Rapport
that imports vobject.
"""

from __future__ import annotations

from typing import Any

import vobject  # type: ignore[import-untyped, unused-ignore]

__all__ = ["vobject_parse", "vobject_serialize"]


def vobject_parse(text: str) -> list[Any]:
    """Every component vobject reads from ``text`` (raises vobject's own errors)."""
    return list(vobject.readComponents(text))


def vobject_serialize(components: list[Any]) -> list[str]:
    """vobject's serialisation of already-parsed components."""
    return [c.serialize() for c in components]
