"""``rapport capture``: log meetings and messages from a calendar file, an mbox file or a
Maildir folder (issue 17). No Qt.

    rapport capture FILE.ics|MBOX|MAILDIR... [--yes] [--since DATE] [--until DATE]
    rapport capture --calendars [--yes]       the CalDAV calendars chosen for capture

Without ``--yes`` it prints what would be logged, per person, and asks (on a terminal) or
writes nothing (otherwise). Exit status 0 when the inputs were read (bad events or messages
are reported as FILE:LINE: reason and skipped), 1 when an input could not be read, 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
_LIST_PER_PERSON = 5


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", type=Path, metavar="FILE.ics|MBOX|MAILDIR")
    p.add_argument("--yes", action="store_true", help="log everything found, without asking")
    p.add_argument("--since", metavar="DATE",
                   help="capture from this day (YYYY-MM-DD; default: a year ago)")
    p.add_argument("--until", metavar="DATE",
                   help="capture up to this day (YYYY-MM-DD; default: 90 days ahead)")
    p.add_argument("--calendars", action="store_true",
                   help="read the CalDAV calendars chosen for capture on sync accounts")


def _day(value: str | None, flag: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value.strip()), dt.time())
    except ValueError:
        raise SystemExit(f"rapport capture: {flag} wants a date as YYYY-MM-DD, "
                         f"not {value!r}") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run(args: argparse.Namespace) -> int:
    from desktop.services.capture import engine

    try:
        since = _day(args.since, "--since")
        until = _day(args.until, "--until")
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if until is not None:
        until += dt.timedelta(days=1)  # the whole day named
    if not args.sources and not args.calendars:
        print("rapport capture: name a calendar file (.ics), an mbox file or a Maildir "
              "folder, or use --calendars", file=sys.stderr)
        return EXIT_USAGE
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = done * 100 // max(total, 1)
        if sys.stderr.isatty() and pct != last[0]:
            last[0] = pct
            print(f"\rreading: {pct}%", end="", file=sys.stderr, flush=True)
        return True

    scans = []
    if args.sources:
        scans.append(engine.scan_files(args.sources, since, until, progress))
    if args.calendars:
        from desktop.services.capture import caldav

        scans.append(caldav.scan_calendars(since=since, until=until, progress=progress))
    if sys.stderr.isatty() and last[0] >= 0:
        print("\r" + " " * 20 + "\r", end="", file=sys.stderr)
    scan = engine.merge_scans(scans)
    for line in scan.unreadable:
        print(line, file=sys.stderr)
    for problem in scan.problems:
        print(str(problem), file=sys.stderr)
    preview = engine.review(scan)
    _print_preview(preview)
    status = EXIT_INPUT if scan.unreadable else EXIT_OK
    if not preview.entries:
        print("nothing to capture" + _tail(preview))
        return status
    if not args.yes:
        if not sys.stdin.isatty():
            print("nothing was written: add --yes to log these")
            return status
        answer = input(f"Log these {len(preview.entries):,} entries? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was written")
            return status
    result = engine.apply(preview)
    print("captured: " + result.summary() + _tail(preview))
    return status


def _tail(preview: object) -> str:
    from desktop.services.capture.engine import CapturePreview

    assert isinstance(preview, CapturePreview)
    notes = []
    if preview.unchanged:
        notes.append(f"{preview.unchanged:,} already captured")
    if preview.no_contact:
        notes.append(f"{preview.no_contact:,} with no contact")
    if preview.scan.dropped:
        notes.append(f"{preview.scan.dropped:,} messages with no contact")
    return f" ({', '.join(notes)})" if notes else ""


def _print_preview(preview: object) -> None:
    from desktop.services.capture.engine import CapturePreview

    assert isinstance(preview, CapturePreview)
    now = preview.now
    for person in preview.people:
        bits = []
        if person.meetings:
            bits.append(f"{person.meetings} meeting{'s' if person.meetings != 1 else ''}")
        if person.planned:
            bits.append(f"{person.planned} planned")
        if person.messages:
            bits.append(f"{person.messages} message day{'s' if person.messages != 1 else ''}")
        other = len(person.entry_keys) - person.meetings - person.planned - person.messages
        if other:
            bits.append(f"{other} changed")
        print(f"{_one_line(person.name)} <{', '.join(person.addresses)}>: {', '.join(bits)}")
        entries = [preview.entry(k) for k in person.entry_keys]
        shown = [e for e in entries if e is not None]
        for e in shown[-_LIST_PER_PERSON:]:
            what = {"move": "moved", "cancel": "cancelled"}.get(e.action,
                                                                 e.kind_label(now).lower())
            print(f"  {e.when:%Y-%m-%d %H:%M}  {what}: {_one_line(e.title)}")
        if len(shown) > _LIST_PER_PERSON:
            print(f"  … and {len(shown) - _LIST_PER_PERSON:,} earlier")
    if preview.strangers:
        print(f"met, not in your contacts ({len(preview.strangers):,}):")
        for s in preview.strangers[:20]:
            name = f"{_one_line(s.name)} " if s.name else ""
            print(f"  {name}<{s.address}>: met {s.count}×, last {s.last:%Y-%m-%d}")
        if len(preview.strangers) > 20:
            print(f"  … and {len(preview.strangers) - 20:,} more")
    counts = preview.counts()
    parts = [f"{counts['meetings']:,} meetings", f"{counts['planned']:,} planned meetings",
             f"{counts['messages']:,} message days"]
    if counts["moved"]:
        parts.append(f"{counts['moved']:,} moved")
    if counts["cancelled"]:
        parts.append(f"{counts['cancelled']:,} cancelled")
    print(f"to log: {', '.join(parts)} with {len(preview.people):,} "
          f"contact{'s' if len(preview.people) != 1 else ''}")
