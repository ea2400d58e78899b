"""Text helpers shared by the services."""

from __future__ import annotations

import unicodedata


def sort_key(text: str) -> str:
    """Case- and accent-free form for ordering names: "Émile" sorts with "emile".

    Leading punctuation and spaces are skipped so "'t Hooft" and " Ana" sort by letter.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded.lstrip(" \t\"'([{<-_.,;:!?*#@")
