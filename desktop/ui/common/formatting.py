"""Dates and numbers as the user's locale writes them: ONE date style everywhere (issue 14).

Every date a widget shows goes through one of these functions, so a list, the detail pane,
the calendar and the printed briefing agree, and a German desktop reads "4. März 1980"
where an American one reads "March 4, 1980" (the order, separators and month names come
from ``QLocale``; the words "today", "in 3 days" from Qt's translations).

    date_text(d)              4 March 1980           the date, in full
    short_date(d, today)      4 Mar / 4 Mar 2025     compact: the year only when not this year
    day_text(d, today)        Thursday, 4 March      with the weekday (agendas, headings)
    short_day(d, today)       Thu 4 Mar
    time_text(t)              09:30 / 9:30 AM
    date_time_text(t, today)  Thu 4 Mar, 09:30
    month_year(d)             March 2022
    partial_date("--03-04")   4 March                vCard dates whose year may be unknown
    relative_days(n)          today / in 3 days / 2 weeks ago
    span(n)                   3 days / 2 weeks       a length of time ("overdue by …")
    relative_day(d, today)    Today / Yesterday / in 5 days within a week, else short_date
    ago(moment, now)          just now / 5 minutes ago / yesterday
    day_and_time(t, today)    Today, 09:12 / Thursday, 19 November, 09:12
    number(n)                 1,234 / 1.234

``parse_date(text)`` reads what the user typed back ("4 March 1980", "4. März", "--03-04",
the locale's numeric form) into the ISO text the services store. Date editors take
``date_edit_format()`` so that they show the same style.

The locale is ``QLocale()``: the system's, set once at start-up (``languages.install``;
tests pin British English in ``tests/conftest.py``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

# Called by this name so that pyside6-lupdate sees each string with its context.
translate = QCoreApplication.translate

# Qt's date-format pattern letters (QLocale::toString): a run of one letter is a field.
_FIELD = re.compile(r"d+|M+|y+|'(?:[^']|'')*'|[^dMy']+")


def locale() -> QLocale:
    return QLocale()


# --- patterns derived from the locale's long date format ---------------------------------


_JOINERS = ",،、"  # commas join fields; a full stop after a number belongs to it ("4.")


def _is_separator(chunk: list[str]) -> bool:
    """Whitespace, punctuation and quoted words ("de" in Spanish) join fields; other
    literals ("年", "日") belong to the field they follow."""
    for part in chunk:
        if part.startswith("'"):
            continue
        if not all(ch.isspace() or unicodedata.category(ch).startswith("P") for ch in part):
            return False
    return True


def _joiner_only(part: str) -> str:
    """What is left of a separator once its spaces, commas and quoted words are gone: the
    "." of Hungarian "d., dddd" stays with the day."""
    if part.startswith("'"):
        return ""
    return "".join(ch for ch in part if not ch.isspace() and ch not in _JOINERS)


def _drop(pattern: str, letter: str, lengths: tuple[int, ...]) -> str:
    """*pattern* without its *letter* field of one of *lengths* (the weekday "dddd", the
    year "yyyy") and the separator that tied it to its neighbour."""
    parts = _FIELD.findall(pattern)
    fields = [i for i, p in enumerate(parts) if p[0] == letter and len(p) in lengths]
    if not fields:
        return pattern
    at = fields[0]
    all_fields = [i for i, p in enumerate(parts) if p[0] in "dMy"]
    position = all_fields.index(at)
    before = all_fields[position - 1] if position > 0 else None
    after = all_fields[position + 1] if position + 1 < len(all_fields) else None
    remove = {at}
    kept: dict[int, str] = {}
    if before is None:  # first: what follows it up to the next field goes too ("yyyy年")
        remove.update(range(at + 1, after if after is not None else len(parts)))
        if after is None:
            remove.update(range(at))
    elif after is None:  # last: the separator before it, and any suffix (a Russian year's)
        remove.update(range(at + 1, len(parts)))
        between = list(range(before + 1, at))
        if _is_separator([parts[i] for i in between]):
            kept.update((i, _joiner_only(parts[i])) for i in between)
    else:
        between = list(range(at + 1, after))
        if _is_separator([parts[i] for i in between]):
            kept.update((i, _joiner_only(parts[i])) for i in between)
    return "".join(kept.get(i, p) for i, p in enumerate(parts) if i not in remove).strip()


@lru_cache(maxsize=64)
def _patterns(name: str) -> dict[str, str]:
    loc = QLocale(name)
    long_format = loc.dateFormat(QLocale.FormatType.LongFormat)
    full = _drop(long_format, "d", (3, 4))  # "d MMMM yyyy"
    with_day = long_format  # "dddd, d MMMM yyyy"
    short = full.replace("MMMM", "MMM")
    short_with_day = with_day.replace("MMMM", "MMM").replace("dddd", "ddd")
    return {
        "date": full,
        "date_no_year": _drop(full, "y", (2, 4)),
        "short": short,
        "short_no_year": _drop(short, "y", (2, 4)),
        "day": with_day,
        "day_no_year": _drop(with_day, "y", (2, 4)),
        "short_day": short_with_day,
        "short_day_no_year": _drop(short_with_day, "y", (2, 4)),
        "month_year": _drop(full, "d", (1, 2)),
        "time": loc.timeFormat(QLocale.FormatType.ShortFormat),
    }


def pattern(kind: str) -> str:
    """The QLocale pattern behind one of the styles ("date", "short", "day", "short_day",
    "month_year", "time", and the "*_no_year" forms) for the current locale."""
    return _patterns(locale().name())[kind]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(day: dt.date, kind: str, today: dt.date | None) -> str:
    if today is not None and day.year == today.year:
        kind += "_no_year"
    return locale().toString(_qdate(day), pattern(kind))


# --- the styles ------------------------------------------------------------------------


def date_text(day: dt.date) -> str:
    """The date in full: "4 March 1980" (en), "4. März 1980" (de), "March 4, 1980" (us)."""
    return locale().toString(_qdate(day), pattern("date"))


def short_date(day: dt.date, today: dt.date | None = None) -> str:
    """Compact: "4 Mar", with the year ("4 Mar 2025") when it is not *today*'s year (or
    always, without *today*)."""
    return _format(day, "short", today)


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """With the weekday: "Thursday, 4 March" (the year when not *today*'s)."""
    return _format(day, "day", today)


def short_day(day: dt.date, today: dt.date | None = None) -> str:
    """"Thu, 4 Mar" (the year when not *today*'s)."""
    return _format(day, "short_day", today)


def time_text(moment: dt.time | dt.datetime) -> str:
    """"09:30" or "9:30 AM", as the locale writes a time."""
    return locale().toString(QTime(moment.hour, moment.minute), pattern("time"))


def date_time_text(moment: dt.datetime, today: dt.date | None = None) -> str:
    """"Thu, 4 Mar, 09:30": the short day and the time."""
    return translate("Dates", "%1, %2", "a day, then a time of day").replace(
        "%1", short_day(moment.date(), today)).replace("%2", time_text(moment))


def month_year(day: dt.date) -> str:
    """"March 2022" (the month's own name, not the form a date uses: Russian "март",
    not "марта")."""
    loc = locale()
    text = loc.toString(_qdate(day), pattern("month_year"))
    in_date = loc.monthName(day.month, QLocale.FormatType.LongFormat)
    alone = loc.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return text.replace(in_date, alone, 1) if in_date and alone else text


def partial_date(value: str | None) -> str:
    """A vCard date: "1980-03-04" -> "4 March 1980"; "--03-04" (year unknown) -> "4 March".
    Text that is not such a date comes back as it is; None and "" give ""."""
    if not value:
        return ""
    try:
        if value.startswith("--"):
            month, day = int(value[2:4]), int(value[-2:])
            # 2000 is a leap year: 29 February stays a date.
            return locale().toString(QDate(2000, month, day), pattern("date_no_year")) \
                if QDate.isValid(2000, month, day) else value
        parsed = dt.date.fromisoformat(value[:10])
    except (ValueError, IndexError):
        return value
    return date_text(parsed)


def relative_days(days: int) -> str:
    """A distance from today in words: "today", "tomorrow", "yesterday", "in 3 days",
    "2 weeks ago", "in 5 months", "3 years ago" (lower case: it sits in sentences)."""
    if days == 0:
        return translate("Dates", "today")
    if days == 1:
        return translate("Dates", "tomorrow")
    if days == -1:
        return translate("Dates", "yesterday")
    return _plurals().distance(days)


def span(days: int) -> str:
    """A length of time without a direction: "1 day", "3 weeks", "5 months", "2 years"
    ("overdue by 3 weeks")."""
    return _plurals().span(days)


def relative_day(day: dt.date, today: dt.date) -> str:
    """For a column: "Today", "Yesterday", "Tomorrow", "3 days ago" or "in 5 days" within
    a week, else ``short_date``."""
    delta = (day - today).days
    if delta == 0:
        return translate("Dates", "Today")
    if delta == -1:
        return translate("Dates", "Yesterday")
    if delta == 1:
        return translate("Dates", "Tomorrow")
    if -7 < delta < 7:
        return relative_days(delta)
    return short_date(day, today)


def ago(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """How long ago *moment* was: "just now", "5 minutes ago", "3 hours ago", then in days
    ("yesterday", "4 days ago", "2 weeks ago")."""
    now = now or dt.datetime.now()
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return translate("Dates", "just now")
    if seconds < 3600:
        return _plurals().minutes_ago(seconds // 60)
    if seconds < 86_400 and moment.date() == now.date():
        return _plurals().hours_ago(seconds // 3600)
    return relative_days((moment.date() - now.date()).days)


def day_and_time(moment: dt.datetime, today: dt.date) -> str:
    """"Today, 09:12", "Yesterday, 18:40", else ``day_text`` and the time ("Thursday,
    19 November, 09:12", the year when not this year's)."""
    delta = (moment.date() - today).days
    if delta == 0:
        day = translate("Dates", "Today")
    elif delta == -1:
        day = translate("Dates", "Yesterday")
    else:
        day = day_text(moment.date(), today)
    return translate("Dates", "%1, %2", "a day, then a time of day").replace("%1", day).replace(
        "%2", time_text(moment))


def weekday_names() -> list[str]:
    """The short names of the days, Monday first ("Mon", "Tue"... / "Mo.", "Di."...)."""
    loc = locale()
    return [loc.standaloneDayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def number(value: int | float) -> str:
    """A number with the locale's digit grouping: "1,234" (en), "1.234" (de)."""
    if isinstance(value, int):
        return locale().toString(value)
    return locale().toString(value, "f", 1)


class Dates(QObject):
    """The strings with a number in them ("in %n day(s)"), written through ``self.tr`` of
    a class named like their context: pyside6-lupdate marks a ``translate(...)`` call as
    a plural only when its count is a literal, but every ``self.tr`` with a count."""

    def distance(self, days: int) -> str:
        n = abs(days)
        ahead = days > 0
        if n < 14:
            return self.tr("in %n day(s)", "", n) if ahead else self.tr("%n day(s) ago", "", n)
        if n < 60:
            n //= 7
            return (self.tr("in %n week(s)", "", n) if ahead
                    else self.tr("%n week(s) ago", "", n))
        if n < 730:
            n //= 30
            return (self.tr("in %n month(s)", "", n) if ahead
                    else self.tr("%n month(s) ago", "", n))
        n //= 365
        return self.tr("in %n year(s)", "", n) if ahead else self.tr("%n year(s) ago", "", n)

    def span(self, days: int) -> str:
        n = abs(days)
        if n < 14:
            return self.tr("%n day(s)", "", n)
        if n < 60:
            return self.tr("%n week(s)", "", n // 7)
        if n < 730:
            return self.tr("%n month(s)", "", n // 30)
        return self.tr("%n year(s)", "", n // 365)

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n minute(s) ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n hour(s) ago", "", n)


@lru_cache(maxsize=1)
def _plurals() -> Dates:
    return Dates()


# --- date editors and typed dates --------------------------------------------------------


def date_edit_format(*, weekday: bool = False, time: bool = False) -> str:
    """The display format for a ``QDateEdit``/``QDateTimeEdit`` in the house style:
    "4 Mar 2026", "Thu, 4 Mar 2026", "Thu, 4 Mar 2026 09:30"."""
    text = pattern("short_day" if weekday else "short")
    return f"{text} {pattern('time')}" if time else text


def qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def date_placeholder(*, year_required: bool = False) -> str:
    """What a typed-date field shows empty: an example in the user's own style, never the
    vCard syntax ("e.g. 4 March 1980, or 4 March without the year")."""
    example = date_text(dt.date(1980, 3, 4))
    if year_required:
        return translate("Dates", "e.g. %1").replace("%1", example)
    return translate("Dates", "e.g. %1, or %2 without the year").replace("%1", example).replace(
        "%2", partial_date("--03-04"))


class DateError(ValueError):
    """What was typed does not read as a date (a one-line reason, translated)."""


def _month_names(loc: QLocale) -> dict[str, int]:
    names: dict[str, int] = {}
    english = QLocale(QLocale.Language.English)
    for month in range(1, 13):
        for source in (loc, english):
            for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (source.monthName(month, fmt),
                             source.standaloneMonthName(month, fmt)):
                    key = _fold(name).rstrip(".")
                    if key:
                        names.setdefault(key, month)
    return names


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBERS = re.compile(r"\d+")


def parse_date(text: str, *, year_required: bool = False) -> str | None:
    """What the user typed -> "YYYY-MM-DD", or "--MM-DD" when no year was given (None when
    empty). Reads ISO ("1980-03-04", "--03-04"), a month by name in the user's language or
    in English ("4 March 1980", "4. März", "March 4"), and the locale's numeric form
    ("04/03/1980" in Britain, "3/4/1980" in the US). Raises DateError."""
    clean = " ".join(text.split())
    if not clean:
        return None
    iso = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})|--(\d{2})-?(\d{2})", clean)
    if iso:
        if iso.group(1):
            year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        else:
            year, month, day = 0, int(iso.group(4)), int(iso.group(5))
    else:
        year, month, day = _parse_words(clean)
    if year_required and not year:
        raise DateError(translate("Dates", "“%1”: give the year too").replace("%1", clean))
    if not QDate.isValid(year or 2000, month, day):
        raise DateError(translate("Dates", "“%1” is not a date in the calendar")
                        .replace("%1", clean))
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _parse_words(clean: str) -> tuple[int, int, int]:
    loc = locale()
    words = [w for w in _WORDS.findall(_fold(clean)) if len(w) >= 3]
    numbers = [int(n) for n in _NUMBERS.findall(clean)]
    if words:
        months = _month_names(loc)
        month = next((months[w] for w in words if w in months), None)
        if month is None:
            month = next((m for w in words for key, m in months.items()
                          if len(w) >= 3 and key.startswith(w)), None)
        if month is None or not 1 <= len(numbers) <= 2:
            raise _not_a_date(clean)
        day = numbers[0] if numbers[0] <= 31 else (numbers[1] if len(numbers) > 1 else 0)
        year = next((n for n in numbers if n > 31), 0)
        return year, month, day
    if len(numbers) in (2, 3):
        order = [ch for ch in re.sub(r"'[^']*'", "", loc.dateFormat(
            QLocale.FormatType.ShortFormat)) if ch in "dMy"]
        fields = "".join(dict.fromkeys(order))  # "dMy", "Mdy" or "yMd"
        if len(numbers) == 2:
            fields = fields.replace("y", "")
        values = dict(zip(fields, numbers, strict=True))
        year = values.get("y", 0)
        if 0 < year < 100:
            year += 2000 if year + 2000 <= dt.date.today().year else 1900
        return year, values["M"], values["d"]
    raise _not_a_date(clean)


def _not_a_date(clean: str) -> DateError:
    return DateError(translate("Dates", "“%1” is not a date: try %2").replace("%1", clean)
                     .replace("%2", date_text(dt.date(1980, 3, 4))))
