"""Text helpers shared by the services."""

from __future__ import annotations

import unicodedata

# English month names for the sentences the services write ("last in October"): never the
# process's C locale (strftime's %B), which Qt sets from the desktop and which would put a
# German month into an English sentence. The UI formats dates itself (ui/common/formatting).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def sort_key(text: str) -> str:
    """Case- and accent-free form for ordering names: "Émile" sorts with "emile".

    Leading punctuation and spaces are skipped so "'t Hooft" and " Ana" sort by letter.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded.lstrip(" \t\"'([{<-_.,;:!?*#@")
