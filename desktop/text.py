"""Text helpers shared by the plain-Python layers, and the translation of their sentences.

Sentences a service composes for the user (a focus reason, a warm path's step, a duplicate's
reason, an operation's result, a refusal) are written through a translation context: a
class deriving from ``Translatable``, whose name is the context, as ``self.tr`` is in a
widget::

    class FocusText(Translatable):  # the context "FocusText"
        pass

    why = fill(FocusText.tr("Reconnect: last talked %1 ago"), span)
    days = FocusText.tr("%n day(s)", "", n)

``pyside6-lupdate`` collects ``Name.tr("source", "disambiguation", n)`` calls with the
context ``Name`` (plural forms when *n* is the third argument), so ``make translations``
puts them into the ``.ts`` files beside the UI's strings. The template is translated first
and the placeholders (``%1``...``%9``) filled in afterwards with ``fill``, so a
translation may put them in any order.

The services never import Qt: by default ``tr`` returns the English source (the command
line stays English); the desktop app installs ``QCoreApplication.translate`` at start-up
with ``set_translator`` (``desktop.ui.common.languages.install``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# (context, source, disambiguation, n) -> text, %n filled in: QCoreApplication.translate.
Translator = Callable[[str, str, "str | None", int], str]
_PLURAL = re.compile(r"\(s\)")
_PLACEHOLDER = re.compile(r"%([1-9])")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, as written, with *n* in place of ``%n`` (``%Ln``: "1,234") and
    the English plural
    ("%n day(s)": "1 day", "2 days"), as ``rapport_en.ts`` has it for the app."""
    if n < 0:
        return source
    return (_PLURAL.sub("" if n == 1 else "s", source).replace("%Ln", english_number(n))
            .replace("%n", str(n)))


def english_number(n: int | float) -> str:
    """*n* with English digit grouping ("2,000"): the command line's numbers."""
    return f"{n:,}"


_translator: Translator = english
_number: Callable[[int | float], str] = english_number


def set_translator(translator: Translator | None,
                   numbers: Callable[[int | float], str] | None = None) -> None:
    """Translate the services' sentences with *translator* and write their numbers with
    *numbers* from now on (None: English, "2,000")."""
    global _translator, _number
    _translator = translator or english
    _number = numbers or english_number


def number(n: int | float) -> str:
    """*n* as a number in a sentence, grouped the user's way ("2,000"; "2.000" in the
    German app): every figure a service puts into a sentence goes through here."""
    return _number(n)


class Translatable:
    """A translation context for sentences written in the services: derive a class (its
    name is the context in the ``.ts`` files) and call ``Name.tr(...)``."""

    @classmethod
    def tr(cls, source: str, disambiguation: str = "", n: int = -1) -> str:
        """*source* in the user's language (%n filled in with *n* when given)."""
        return _translator(cls.__name__, source, disambiguation or None, n)


# --- sentences kept as their parts ----------------------------------------------------

@dataclass(frozen=True)
class Phrase:
    """A sentence kept as its parts -- its translation context, its English source
    template, disambiguation, count (``%n``; -1 none) and the values of ``%1``... -- to be
    worded in the language of whatever shows it (``phrase_text``), not the one active when
    it was made: an undo label or a sync error written by the German app and shown by the
    English command line (issue 14). An argument is text as it is (a name), a number
    (grouped the user's way when shown) or a phrase of its own."""

    context: str
    source: str
    disambiguation: str = ""
    n: int = -1
    args: tuple[Any, ...] = ()

    def fill(self, *args: object) -> Phrase:
        """This phrase with *args* for ``%1``... (as ``fill`` does to a sentence): a
        phrase or a number is kept as it is, anything else as its text."""
        return Phrase(self.context, self.source, self.disambiguation, self.n,
                      tuple(a if isinstance(a, Phrase | int | float) and not isinstance(a, bool)
                            else str(a) for a in args))

    def __str__(self) -> str:
        return phrase_text(self)


class Phrases:
    """A translation context whose sentences are kept as their parts: derive a class (its
    name is the context) and call ``Name.tr(source, disambiguation, n)``, which returns a
    ``Phrase`` (fill it with ``.fill(...)``), not text. ``pyside6-lupdate`` collects the
    source as it does for ``Translatable``."""

    @classmethod
    def tr(cls, source: str, disambiguation: str = "", n: int = -1) -> Phrase:
        return Phrase(cls.__name__, source, disambiguation, n)


def phrase_text(value: str | Phrase) -> str:
    """*value* in the user's language: a phrase worded now (its arguments too), text as
    it is (what an old row or the user wrote)."""
    if not isinstance(value, Phrase):
        return value
    template = _translator(value.context, value.source, value.disambiguation or None,
                           value.n)
    return fill(template, *(phrase_text(a) if isinstance(a, Phrase)
                            else number(a) if isinstance(a, int | float)
                            and not isinstance(a, bool) else a for a in value.args))


def _phrase_json(value: Any) -> Any:
    if isinstance(value, Phrase):
        out: dict[str, Any] = {"context": value.context, "source": value.source}
        if value.disambiguation:
            out["disambiguation"] = value.disambiguation
        if value.n >= 0:
            out["n"] = value.n
        if value.args:
            out["args"] = [_phrase_json(a) for a in value.args]
        return out
    return value if isinstance(value, int | float) else str(value)


def phrase_parts(value: str | Phrase | None) -> str | None:
    """The JSON a row keeps for *value* (None for plain text or nothing)."""
    if not isinstance(value, Phrase):
        return None
    return json.dumps(_phrase_json(value), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def _phrase_from(value: Any) -> Any:
    if isinstance(value, dict):
        n = value.get("n", -1)
        return Phrase(str(value.get("context", "")), str(value.get("source", "")),
                      str(value.get("disambiguation", "")), n if isinstance(n, int) else -1,
                      tuple(_phrase_from(a) for a in value.get("args") or ()))
    return value if isinstance(value, int | float) and not isinstance(value, bool) \
        else str(value)


def stored_phrase(text: object, parts: object) -> str | Phrase:
    """What a row holds: the phrase its *parts* (JSON) keep, else its *text* as written
    (an old row, written before the parts were kept, is shown as it is)."""
    if parts:
        try:
            value = json.loads(str(parts))
        except ValueError:
            value = None
        if isinstance(value, dict) and value.get("source"):
            phrase = _phrase_from(value)
            if isinstance(phrase, Phrase):
                return phrase
    return "" if text is None else str(text)


def english_text(value: str | Phrase) -> str:
    """*value* worded in English whatever the app's language (the plain-text column kept
    beside the parts, for a reader that does not know them)."""
    if not isinstance(value, Phrase):
        return value
    template = english(value.context, value.source, value.disambiguation or None, value.n)
    return fill(template, *(english_text(a) if isinstance(a, Phrase)
                            else english_number(a) if isinstance(a, int | float)
                            and not isinstance(a, bool) else a for a in value.args))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate finds it by this name
    """Marks *source* for translation in *context* where a table defines it; it is
    translated where it is used, with ``Context.tr(source)``."""
    return source


def fill(template: str, *args: object) -> str:
    """*template* with ``%1``... replaced by *args* in one pass (as ``QString.arg``): a
    value that holds "%2" itself is left as it is."""
    def value(match: re.Match[str]) -> str:
        i = int(match.group(1)) - 1
        return str(args[i]) if i < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class ListText(Translatable):
    """Translation context of lists in sentences ("a, b and c")."""


def join_and(items: Sequence[str]) -> str:
    """"a, b and c" in the user's language."""
    if len(items) <= 1:
        return "".join(items)
    return fill(ListText.tr("%1 and %2"), ", ".join(items[:-1]), items[-1])

# English month names for the sentences the services write ("last in October"): never the
# process's C locale (strftime's %B), which Qt sets from the desktop and which would put a
# German month into an English sentence. The UI formats dates itself (ui/common/formatting).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class DateText(Translatable):
    """Translation context of the month and weekday names in the services' sentences."""


def month_name(month: int) -> str:
    """The name of *month* (1-12) in the user's language ("October")."""
    return (DateText.tr("January"), DateText.tr("February"), DateText.tr("March"),
            DateText.tr("April"), DateText.tr("May"), DateText.tr("June"),
            DateText.tr("July"), DateText.tr("August"), DateText.tr("September"),
            DateText.tr("October"), DateText.tr("November"), DateText.tr("December"))[month - 1]


def weekday_name(weekday: int) -> str:
    """The name of *weekday* (0 Monday - 6 Sunday) in the user's language."""
    return (DateText.tr("Monday"), DateText.tr("Tuesday"), DateText.tr("Wednesday"),
            DateText.tr("Thursday"), DateText.tr("Friday"), DateText.tr("Saturday"),
            DateText.tr("Sunday"))[weekday]


_SORT_LEAD = " \t\"'([{<-_.,;:!?*#@"


def sort_key(text: str) -> str:
    """Case- and accent-free form for ordering names: "Émile" sorts with "emile".

    Leading punctuation and spaces are skipped so "'t Hooft" and " Ana" sort by letter.
    Plain ASCII text (most names of most address books) takes a shortcut with the same
    result: its case folding is ``lower``, NFKD leaves it as it is and none of it is a
    combining mark (issue 18: an import computes this for every card).
    """
    if text.isascii():
        return text.lower().lstrip(_SORT_LEAD)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed.translate(_NOT_COMBINING).lstrip(_SORT_LEAD)


class _NotCombining(dict[int, int | None]):
    """``str.translate`` table that drops the combining marks (``unicodedata.combining``)
    and keeps every other character, each character looked up once: the names of a
    non-English address book are mostly not ASCII (issue 18: a third of the sort key's
    time was a Python test per character)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NOT_COMBINING = _NotCombining()


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
