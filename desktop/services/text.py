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


# Hostile text (issue 13): a name is data, and must not steer how what surrounds it is shown.
# C0/C1 controls and line/paragraph separators would break a line of output or a label;
# the bidirectional embeddings, overrides and isolates (U+202A-E, U+2066-9) would turn a
# name -- and whatever follows it on the line -- around ("\u202eevil" shows as "live").
_CONTROLS = {c: " " for c in (*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0x85)}
_BIDI_FORMATTING = {c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_BIDI_MARKS = {c: None for c in (0x200E, 0x200F, 0x061C)}
_DISPLAY = {**_CONTROLS, **_BIDI_FORMATTING}
_TERMINAL = {**_DISPLAY, **_BIDI_MARKS}
FSI, PDI = "\u2068", "\u2069"  # Unicode isolates (UAX #9, 2.4)


def _neutralised(text: str, table: dict[int, str | None]) -> str:
    clean = text.translate(table)
    return " ".join(clean.split()) if clean != text else clean  # a control became a space


def display_text(text: str) -> str:
    """*text* (a name) as any view shows it: controls become spaces, explicit bidi
    formatting characters are dropped, and text that holds right-to-left letters is
    wrapped in a first-strong isolate so it cannot reorder what is around it."""
    if text.isascii() and text.isprintable():
        return text
    clean = _neutralised(text, _DISPLAY)
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in clean):
        return f"{FSI}{clean}{PDI}"
    return clean


def terminal_text(text: str) -> str:
    """*text* for one line of terminal output: no controls, no bidi formatting or marks
    (terminals do not isolate), runs of spaces made one."""
    if text.isascii() and text.isprintable():
        return text
    return _neutralised(text, _TERMINAL)
