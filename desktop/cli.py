"""The command line (DESIGN.md's contract). No widgets here; the GUI is imported only
when ``rapport`` is run without a subcommand."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.models import lock
    from desktop.models.database import UpgradeProgress
    from desktop.services.contacts import NameMatch

from desktop.services.types import ContactId

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage then "prog: error: ..."; exit status 2 is the contract.
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rapport",
        description="Rapport: turn a contact list into relationships. "
        "Without a command, opens the desktop app; `rapport FILE.vcf...` opens it with the "
        "import preview of those files.",
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH",
        help="database file (default: $RAPPORT_DB, else the platform's application-data folder)",
    )
    parser.add_argument(
        "--wait", action="store_true",
        help="when the database is open in the Rapport window (or another command is "
        "changing it), wait until it is free instead of refusing",
    )
    parser.add_argument(
        "--quit-after-paint", action="store_true",
        help="open the desktop app, wait until the main window has painted its first rows, "
        "then quit (used to measure start-up time)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import vCard files (2.1, 3.0, 4.0), LinkedIn, Google "
                       "or Outlook CSV exports; a folder imports every .vcf and .csv in it")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE|FOLDER")

    p = sub.add_parser("export", help="export contacts as a vCard file")
    p.add_argument("out", type=Path, metavar="OUT.vcf")
    p.add_argument("--tag", metavar="NAME")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")

    p = sub.add_parser("list", help="list contacts")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--tag", metavar="NAME", help="only contacts with this tag")
    p.add_argument("--search", metavar="TEXT", help="only contacts matching this search")

    p = sub.add_parser("tag", help="add tags to a contact, or remove them (--remove)")
    p.add_argument("who", metavar="NAME", help="a name (refused when several match) or an id")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("--remove", action="store_true", help="take these tags off instead")

    p = sub.add_parser("briefing", help="write a one-page briefing on a contact")
    p.add_argument("who", metavar="NAME_OR_ID")
    p.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--page-size", choices=("A4", "Letter"), default=None,
                   help="paper size (default: Letter in the US and Canada, else A4)")

    p = sub.add_parser("followups", help="print due and overdue follow-ups")
    p.add_argument("--ics", type=Path, metavar="OUT.ics",
                   help="also write follow-ups, planned meetings and birthdays as a calendar file")
    p.add_argument("--alarms", action="store_true",
                   help="with --ics: alarms at 9:00 on the day, 15 minutes before meetings")
    p.add_argument("--no-birthdays", action="store_true",
                   help="with --ics: leave birthdays and anniversaries out")
    p.add_argument("--push", action="store_true",
                   help="push follow-ups to the calendar of every sync account that has it on")

    p = sub.add_parser("remind", help="add a follow-up: remind me to do TEXT on DATE")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--on", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("text", nargs="+", metavar="TEXT")

    p = sub.add_parser("plan", help="plan a 1-2-1 meeting")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--on", required=True, metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("title", nargs="*", metavar="TITLE")

    p = sub.add_parser("log", help="log an interaction (holds the meeting planned that day)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("notes", nargs="+", metavar="NOTES")
    p.add_argument("--kind", default="meeting",
                   choices=("meeting", "call", "message", "email", "event", "note"))
    p.add_argument("--on", metavar="DATE", help='YYYY-MM-DD or "YYYY-MM-DD HH:MM" (default: now)')
    p.add_argument("--promise", action="append", default=[], metavar="TEXT",
                   help="a follow-up you promised, due a week later (repeatable)")

    p = sub.add_parser("timeline", help="a contact's interactions, newest first")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser(
        "path", help="warm-introduction path from me to NAME, to anyone at ORG or tagged TAG",
        description="The strongest chain of people from you to NAME (or to anyone at ORG, "
        "or with TAG), one hop a line: the person, a tab, why the link holds.")
    p.add_argument("name", nargs="?", metavar="NAME", help="a name or an id (#12)")
    p.add_argument("--at", metavar="ORG", help="anyone at this organisation")
    p.add_argument("--tagged", metavar="TAG", help="anyone with this tag")
    p.add_argument("--paths", type=int, default=1, metavar="N",
                   help="the N best paths, to different people (blank line between)")

    p = sub.add_parser("demo", help="fill the database with a realistic demo network")
    p.add_argument("--people", type=int, default=300, metavar="N")

    p = sub.add_parser("capture", help="log meetings and messages from a calendar (.ics), "
                       "an mbox file or a Maildir folder")
    from desktop.cli_capture import add_arguments as _capture_arguments

    _capture_arguments(p)

    p = sub.add_parser("sync", help="two-way sync with CardDAV accounts")
    from desktop.cli_sync import add_arguments as _sync_arguments

    _sync_arguments(p)
    for name, command in sub.choices.items():
        if name not in READERS:  # `rapport import --wait x.vcf` as well as `rapport --wait ...`
            command.add_argument("--wait", action="store_true", default=argparse.SUPPRESS,
                                 help="if the database is in use, wait until it is free")
    return parser


def _cmd_list(args: argparse.Namespace) -> int:
    from desktop.services import records, search, tags

    flt = search.ListFilter(text=args.search or "")
    if args.tag:
        tag_id = tags.find_tag(args.tag)
        if tag_id is None:
            print(f"rapport: no tag named {args.tag!r}", file=sys.stderr)
            return EXIT_INPUT
        flt = search.ListFilter(kind=search.ListKind.TAG, tag_id=tag_id, text=flt.text)
    ids = search.query_ids(flt)
    # Written as read, a batch at a time: 300,000 contacts in bounded memory, the first
    # lines out at once (issue 18). One JSON object a line (SQLite's text), in the array.
    out = sys.stdout
    if args.json:
        out.write("[")
        lines: list[str] = []
        separator = "\n"  # before the first object; ",\n" before every later one
        for text in records.iter_contact_json(ids):
            lines.append(text)
            if len(lines) == _JSON_WRITE_BATCH:
                out.write(separator)
                out.write(",\n".join(lines))
                lines, separator = [], ",\n"
        if lines:
            out.write(separator)
            out.write(",\n".join(lines))
            separator = ",\n"
        out.write("\n]\n" if separator != "\n" else "]\n")
        return EXIT_OK
    # A few dozen tags on 300,000 lines: each name made safe for the terminal once.
    tag_names: dict[str, str] = {}
    for start in range(0, len(ids), _WRITE_BATCH):
        chunk = ids[start : start + _WRITE_BATCH]
        rows = search.fetch_rows(chunk)
        lines = []
        for cid in chunk:
            row = rows.get(cid)
            if row is None:  # deleted while listed
                continue
            org = (f"  ({_one_line(row.organization)})"
                   if row.organization and row.full_name else "")
            tag_text = ""
            if row.tags:
                names = []
                for tag in row.tags:
                    name = tag_names.get(tag)
                    if name is None:
                        name = tag_names[tag] = _one_line(tag)
                    names.append(name)
                tag_text = f"  [{', '.join(names)}]"
            lines.append(f"{cid}\t{_one_line(row.display_name)}{org}{tag_text}\n")
        out.write("".join(lines))
    return EXIT_OK


_WRITE_BATCH = 2000
# Objects per write of `list --json` (~500 bytes each): a piece of ~60 KB stays below
# malloc's mmap threshold (128 KB), so its text and its UTF-8 bytes reuse the same heap
# memory write after write. A megabyte a write was mapped and unmapped each time: at
# 300,000 contacts a third of the command's time went to the kernel zeroing fresh pages.
_JSON_WRITE_BATCH = 128


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services import demo

    if not 1 <= args.people <= 1_000_000:
        print("rapport: --people must be between 1 and 1,000,000", file=sys.stderr)
        return EXIT_USAGE
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = done * 100 // max(total, 1)
        if sys.stderr.isatty() and pct != last[0]:
            last[0] = pct
            print(f"\rcreating demo network: {pct}%", end="", file=sys.stderr, flush=True)
        return True

    summary = demo.generate_demo(args.people, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"demo network: {summary.people} people, {summary.tags} tags, "
        f"{summary.interactions} interactions, {summary.followups} follow-ups, "
        f"{summary.favors} favours, {summary.introductions} introductions"
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.services import importer
    from desktop.vcard.files import contact_files

    empty = [p for p in args.files if p.is_dir() and not contact_files([p])]
    for folder in empty:
        print(f"{folder}:1: no .vcf, .vcard or .csv files in this folder", file=sys.stderr)
    files = contact_files([p for p in args.files if p not in empty])
    if not files:
        return EXIT_INPUT
    result = importer.run_import(files)
    for line in result.unreadable:
        print(line, file=sys.stderr)
    for error in (*result.rejected, *result.warnings):
        print(str(error), file=sys.stderr)
    print(result.summary())
    return EXIT_INPUT if result.unreadable or empty else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import exporter
    from desktop.services.errors import ServiceError

    try:
        result = exporter.export_vcards(args.out, tag=args.tag, version=args.vcard_version)
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(result.summary())
    return EXIT_OK


class _Refused(Exception):
    """A one-line (or candidates) refusal already printed; the exit status to return."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _resolve(name: str) -> tuple[int, str]:
    """``one_contact`` for the commands that stop at a refusal (``_Refused``)."""
    who = one_contact(name)
    if who is None:
        raise _Refused(EXIT_INPUT)
    return int(who.id), who.name


def _usage(message: str) -> int:
    print(f"rapport: {message}", file=sys.stderr)
    return EXIT_USAGE


def _parse_when(text: str, what: str) -> tuple[dt.date, dt.time | None]:
    """"YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (a "T" between is fine)."""
    value = text.strip().replace("T", " ")
    try:
        if " " in value:
            moment = dt.datetime.strptime(" ".join(value.split()), "%Y-%m-%d %H:%M")
            return moment.date(), moment.time()
        return dt.date.fromisoformat(value), None
    except ValueError:
        raise ValueError(f"{what} {text!r} is not YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"") from None


def one_contact(text: str) -> NameMatch | None:
    """The one contact *text* names (a name, ``12`` or ``#12``), else None after saying on
    stderr that nobody matches, or which contacts do (with their organisations) so that
    the user can give the id. Every command taking a NAME resolves it here."""
    from desktop.services.contacts import find_contacts

    query = text.strip()
    matches = find_contacts(query[1:] if query.startswith("#") else query)
    if not matches:
        print(f"rapport: no contact matches {_one_line(text)!r}", file=sys.stderr)
        return None
    if len(matches) > 1:
        print(f"rapport: {_one_line(text)!r} matches {len(matches)} contacts; give the id:",
              file=sys.stderr)
        for m in matches:
            org = m.organization if m.organization != m.name else ""
            print(f"#{m.id}\t{_one_line(m.name)}" + (f" ({_one_line(org)})" if org else ""),
                  file=sys.stderr)
        return None
    return matches[0]


def _cmd_tag(args: argparse.Namespace) -> int:
    from desktop.services import tags
    from desktop.services.errors import ServiceError

    who = one_contact(args.who)
    if who is None:
        return EXIT_INPUT
    try:
        change, _ = tags.change_tags([who.id], remove=args.tags) if args.remove else \
            tags.change_tags([who.id], add=args.tags)
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    count = len(change.removed if args.remove else change.added)
    verb = "removed from" if args.remove else "added to"
    print(f"{count} tag{'s' if count != 1 else ''} {verb} {_one_line(who.name)}")
    return EXIT_OK


def _cmd_briefing(args: argparse.Namespace) -> int:
    who = one_contact(args.who)
    if who is None:
        return EXIT_INPUT
    # The PDF writer is Qt (QtGui, no widgets): loaded only for this command.
    from desktop.ui.briefing.briefing_pdf import (
        default_page_size,
        ensure_gui_application,
        write_briefing_pdf,
    )

    ensure_gui_application()
    write_briefing_pdf([who.id], args.pdf, args.page_size or default_page_size())
    print(f"briefing on {_one_line(who.name)} written to {args.pdf}")
    return EXIT_OK


def _cmd_path(args: argparse.Namespace) -> int:
    """The warm path from the user, one hop per line (issue 16)."""
    from desktop.services import graph, knows, paths
    from desktop.services.errors import ServiceError

    given = [x for x in (args.name, args.at, args.tagged) if x is not None]
    if len(given) != 1:
        print("rapport path: give one of NAME, --at ORG, --tagged TAG", file=sys.stderr)
        return EXIT_USAGE
    if not 1 <= args.paths <= 50:
        print("rapport path: --paths must be between 1 and 50", file=sys.stderr)
        return EXIT_USAGE
    target: paths.Target | None
    if args.name is not None:
        matches = graph.find_people(args.name, limit=6)
        if not matches:
            print(f"rapport: nobody called {args.name!r}", file=sys.stderr)
            return EXIT_INPUT
        if len(matches) > 1:
            listed = ", ".join(_candidate(m) for m in matches[:5])
            more = ", …" if len(matches) > 5 else ""
            print(f"rapport: {args.name!r} is ambiguous: {listed}{more}; give the full name "
                  "or the number", file=sys.stderr)
            return EXIT_INPUT
        target = paths.person_target(matches[0])
    elif args.at is not None:
        target = paths.organization_target(args.at)
        if target is None:
            print(f"rapport: nobody at {args.at!r} in your contacts", file=sys.stderr)
            return EXIT_INPUT
    else:
        target = paths.tag_target(args.tagged)
        if target is None:
            print(f"rapport: no tag named {args.tagged!r}", file=sys.stderr)
            return EXIT_INPUT
    try:
        found = paths.warm_paths(knows.SqlTies(), target, args.paths)
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for number, path in enumerate(found):
        if number:
            print()
        print(_one_line(path.people[0].label))
        for person, why in zip(path.people[1:], path.reasons, strict=True):
            print(f"{_one_line(person.label)}\t{_one_line(why)}")
    return EXIT_OK


def _candidate(person: object) -> str:
    """"Cy Lee (#4, Lumen Labs)" for an ambiguous name."""
    from desktop.services.graph import PersonRef

    assert isinstance(person, PersonRef)
    org = f", {person.organization}" if person.organization and \
        person.organization != person.name else ""
    return f"{person.name} (#{person.id}{org})"


def _one_line(text: str) -> str:
    """Contact text for one line of terminal output: a name with a newline, an escape
    sequence or a right-to-left override must not break the line or turn it around."""
    if text.isascii() and text.isprintable():  # most names: nothing to neutralise
        return " ".join(text.split())
    from desktop.text import terminal_text

    return " ".join(terminal_text(text).split())


def _cmd_followups(args: argparse.Namespace) -> int:
    from desktop.services import calendar_export, followups
    from desktop.services.reasons import reason_text

    today = dt.date.today()
    items = followups.due(today)
    for item in items:
        late = item.days_overdue(today)
        status = "today" if late == 0 else f"overdue {late} day{'s' if late != 1 else ''}"
        print(f"{item.on.isoformat()}\t{status}\t{_one_line(item.name)}\t"
              f"{_one_line(reason_text(item.reason))} ({item.origin})")
    if not items:
        print("rapport: nothing due: you are up to date with everyone", file=sys.stderr)
    if args.ics:
        options = calendar_export.CalendarOptions(alarms=args.alarms,
                                                  birthdays=not args.no_birthdays)
        result = calendar_export.export_calendar(args.ics, options=options)
        print(f"rapport: {result.summary()}", file=sys.stderr)
    if args.push:
        return _push_calendars()
    return EXIT_OK


def _push_calendars() -> int:
    from desktop.services.sync import caldav

    targets = caldav.push_targets()
    if not targets:
        print("rapport: no sync account pushes follow-ups to its calendar; turn it on in "
              "File > Export Calendar…", file=sys.stderr)
        return EXIT_INPUT
    status = EXIT_OK
    for account_id in targets:
        result = caldav.push_account(account_id)
        if result.error:
            print(f"rapport: {result.account}: {result.error_text()}", file=sys.stderr)
            status = EXIT_INPUT
        else:
            print(f"rapport: {result.account}: {result.summary()}", file=sys.stderr)
    return status


def _cmd_remind(args: argparse.Namespace) -> int:
    from desktop.services import followups

    cid, name = _resolve(args.name)
    try:
        day, at = _parse_when(args.on, "--on")
    except ValueError as exc:
        return _usage(str(exc))
    if at is not None:
        return _usage("--on takes a date (YYYY-MM-DD): a follow-up is for a day")
    text = " ".join(" ".join(args.text).split())
    followups.add_followup(ContactId(cid), day, text, "manual")
    print(f"reminder for {_one_line(name)} on {day.isoformat()}: {_one_line(text)}")
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace) -> int:
    from desktop.services import interactions

    cid, name = _resolve(args.name)
    try:
        day, at = _parse_when(args.on, "--on")
    except ValueError as exc:
        return _usage(str(exc))
    if at is None:
        return _usage('--on needs a time: "YYYY-MM-DD HH:MM"')
    when = dt.datetime.combine(day, at)
    if when <= dt.datetime.now():
        return _usage(f"{when:%Y-%m-%d %H:%M} has passed: log what happened with "
                      "rapport log instead")
    title = " ".join(" ".join(args.title).split())
    interactions.log_interaction(interactions.InteractionDraft(
        "meeting", when, (ContactId(cid),), title))
    print(f"planned a 1-2-1 with {_one_line(name)} on {when:%Y-%m-%d at %H:%M}"
          + (f": {_one_line(title)}" if title else ""))
    return EXIT_OK


def _cmd_log(args: argparse.Namespace) -> int:
    from desktop.services import interactions

    cid, name = _resolve(args.name)
    now = dt.datetime.now().replace(second=0, microsecond=0)
    when = now
    if args.on:
        try:
            day, at = _parse_when(args.on, "--on")
        except ValueError as exc:
            return _usage(str(exc))
        if at is not None:
            when = dt.datetime.combine(day, at)
        else:
            when = now if day == now.date() else dt.datetime.combine(day, dt.time(12, 0))
    if when > now:
        return _usage(f"{when:%Y-%m-%d %H:%M} is still to come: plan it with rapport plan")
    notes = " ".join(args.notes).strip()
    promises = tuple(
        interactions.Promise(when.date() + dt.timedelta(days=7), " ".join(p.split()))
        for p in args.promise if p.strip())
    draft = interactions.InteractionDraft(args.kind, when, (ContactId(cid),), "", notes,
                                          promises)
    iid, held, _ = interactions.log_or_hold(draft, now)
    info = interactions.get_interaction(iid)
    kind = info.kind_label.lower() if info else args.kind
    moment = info.happened_at if info else when
    if held:
        print(f"held the {kind} with {_one_line(name)} planned on {moment:%Y-%m-%d at %H:%M}: "
              "notes added")
    else:
        print(f"logged a {kind} with {_one_line(name)} on {moment:%Y-%m-%d at %H:%M}")
    if promises:
        n = len(promises)
        print(f"{n} promise{'s' if n != 1 else ''} to follow up by "
              f"{promises[0].due_on.isoformat()}")
    return EXIT_OK


def _cmd_timeline(args: argparse.Namespace) -> int:
    from desktop.services import interactions

    cid, _name = _resolve(args.name)
    entries: list[interactions.InteractionInfo] = []
    offset = 0
    while True:
        page = interactions.timeline(ContactId(cid), offset, 500)
        for entry in page.entries:
            info = interactions.get_interaction(entry.id)
            if info is not None:
                entries.append(info)
        offset += len(page.entries)
        if not page.has_more or not page.entries:
            break
    if args.json:
        data = [{
            "id": e.id,
            "when": e.happened_at.isoformat(timespec="minutes"),
            "kind": e.kind,
            "status": e.status,
            "title": e.title,
            "notes": e.notes,
            "people": [n for _, n in e.participants],
            "promises": [{"due_on": due.isoformat(), "text": text, "done": done}
                         for _, due, text, done in e.promises],
        } for e in entries]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for e in entries:
        others = [n for c, n in e.participants if int(c) != cid]
        with_text = f"\twith {', '.join(_one_line(n) for n in others)}" if others else ""
        print(f"{e.happened_at:%Y-%m-%d %H:%M}\t{e.status}\t{e.kind_label}\t"
              f"{_one_line(e.title)}{with_text}")
    if not entries:
        print("rapport: nothing logged with them yet", file=sys.stderr)
    return EXIT_OK


def _run_service_command(command: Callable[[argparse.Namespace], int],
                         args: argparse.Namespace) -> int:
    """Run a command whose refusals are ``_Refused`` (already printed) or a service's
    one-line ``ServiceError``."""
    from desktop.services.errors import ServiceError

    try:
        return command(args)
    except _Refused as refused:
        return refused.status
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT


def _not_yet(name: str) -> int:
    print(f"rapport {name}: not available yet", file=sys.stderr)
    return EXIT_INPUT


VCARD_SUFFIXES = (".vcf", ".vcard")


def split_open_files(parser: argparse.ArgumentParser, argv: Sequence[str]
                     ) -> tuple[list[str], list[str]]:
    """(the options, the files) of ``rapport [--db PATH] FILE.vcf...`` -- the desktop's
    "Open with Rapport" (resources/rapport.desktop: ``Exec=rapport %F``). The files start at
    the first argument that is not an option nor a command and names a vCard: a .vcf/.vcard
    name (existing or not: a missing one is then a one-line error) or an existing file.
    Anything else is left to argparse, so ``rapport import x.vcf`` and a mistyped command
    behave as before."""
    commands: set[str] = set()
    for action in parser._actions:  # the subcommands' names
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    takes_value = {o for a in parser._actions if a.nargs != 0 for o in a.option_strings}
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return args[:i], args[i + 1:]
        if arg.startswith("-") and arg != "-":
            i += 2 if arg in takes_value else 1
            continue
        if arg in commands:
            break
        name = _local_path(arg)
        if Path(name).suffix.lower() in VCARD_SUFFIXES or Path(name).is_file():
            return args[:i], [_local_path(a) for a in args[i:]]
        break
    return args, []


def _local_path(arg: str) -> str:
    """A file:// URL (some file managers pass them) as a path; anything else as is."""
    if arg.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(arg).path)
    return arg


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options, files = split_open_files(parser, sys.argv[1:] if argv is None else argv)
    args, extra = parser.parse_known_args(options)
    if extra:
        # argparse gives an optional trailing positional (plan's TITLE, after --on) nothing
        # when the name comes first: what is left over is that title.
        if args.command == "plan" and not any(e.startswith("-") for e in extra):
            args.title = [*args.title, *extra]
        else:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        for name in files:
            if not Path(name).is_file():
                what = "is not a file" if Path(name).exists() else "no such file"
                print(f"rapport: {name}: {what}", file=sys.stderr)
                return EXIT_INPUT
        from desktop.app import run

        try:
            return run(args.db, quit_after_paint=args.quit_after_paint,
                       open_files=[Path(name) for name in files])
        except KeyboardInterrupt:  # Ctrl+C before the window could take it
            return 130
    return _run_command(args, Path(args.db) if args.db else None)


# Commands that only read: they need no lock (SQLite's WAL lets them read while the window
# writes). Every other command, new ones included, takes the database's lock.
READERS = frozenset({"list", "export", "briefing", "path", "timeline", "followups"})


def _writes(args: argparse.Namespace) -> bool:
    return args.command not in READERS or bool(getattr(args, "push", False))


def _say(message: str) -> None:
    print(f"rapport: {message}", file=sys.stderr)


def _run_command(args: argparse.Namespace, db_path: Path | None) -> int:
    """Lock (for a command that writes), open and check the database, run the command,
    take the daily backup after a write; every failure is one line and exit status 1."""
    from desktop.models import default_db_path, lock
    from desktop.models.database import pending_upgrade

    path = db_path or default_db_path()
    held: lock.DatabaseLock | None = None
    args.may_write = _writes(args)
    # A command that only reads writes all the same when the book must be migrated first:
    # it holds the lock for that (a window of an older Rapport may have the book open).
    upgrading = not args.may_write and pending_upgrade(path)
    if args.may_write or upgrading:
        try:
            held = lock.acquire(path, args.command, wait=args.wait,
                                waiting=lambda holder: _say(
                                    f"{lock.held_message(path, holder)}: waiting…"))
        except lock.LockHeld as exc:
            _say(f"{exc} (or add --wait to wait for it)")
            return EXIT_INPUT
        except lock.LockError:
            pass  # a read-only folder: opening the database says what that means
        except KeyboardInterrupt:
            return 130
    try:
        return _open_and_run(args, path, held if upgrading else None)
    finally:
        from desktop.models import close_database

        close_database()
        if held is not None:
            held.release()


def _announce_upgrade(step: UpgradeProgress) -> None:
    """Before a migration that may take seconds (issue 18: ten at 300,000 contacts), one
    line on stderr says why the command waits; stdout stays the command's own."""
    if step.done == 0:
        _say(f"updating the address book to the new version (backup: {step.backup})…")


def _convert_old_group_cards() -> None:
    """The contacts an older Rapport made of group cards become group tags (once, after
    migration 20, by whichever command holds the lock first); one line on stderr says so."""
    from desktop.services import group_upgrade

    converted = group_upgrade.convert_old_group_cards()
    if converted is not None:
        _say(converted.note())


def _open_and_run(args: argparse.Namespace, path: Path,
                  upgrade_lock: lock.DatabaseLock | None = None) -> int:
    """Open the database and run the command; *upgrade_lock* (a reader's, held only for
    the migration) is let go once the book is open."""
    from desktop import files
    from desktop.models import DatabaseError
    from desktop.models.database import (
        READ_ONLY,
        DatabaseDamaged,
        ForeignDatabase,
        error_detail,
        is_damage,
        is_read_only,
        is_storage_error,
        open_database,
        storage_error_text,
    )
    from desktop.services import health

    try:
        open_database(path, _announce_upgrade)
        if (args.may_write or upgrade_lock is not None) and not is_read_only():
            _convert_old_group_cards()
        if upgrade_lock is not None:
            upgrade_lock.release()
        if args.may_write and is_read_only():
            _say(f"{path}: {READ_ONLY}; nothing was changed")
            return EXIT_INPUT
        health.check_if_due(path)
        status = _dispatch(args)
    except DatabaseDamaged as exc:
        _say(health.damage_message(path, exc.detail))
        return EXIT_INPUT
    except ForeignDatabase as exc:
        _say(f"{exc}{health.backups_hint(path)}")
        return EXIT_INPUT
    except DatabaseError as exc:
        _say(str(exc))
        return EXIT_INPUT
    except BrokenPipeError:  # `rapport list | head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a file the command writes: full disk, read-only target...
        _say(files.error_text(exc))
        return EXIT_INPUT
    except Exception as exc:
        if is_damage(exc):
            _say(health.damage_message(path, error_detail(exc)))
            return EXIT_INPUT
        if is_storage_error(exc):
            _say(f"{path}: {storage_error_text(exc)}")
            return EXIT_INPUT
        raise
    if args.may_write:
        _daily_backup(path)
    return status


def _daily_backup(path: Path) -> None:
    """The window takes a backup a day; so does the command line after a change (issue 13:
    a user who never opens the window has backups too). A failure is said, not fatal: the
    command itself succeeded."""
    from desktop.models.database import storage_error_text
    from desktop.services import backups

    try:
        backups.take_daily_backup(path)
    except Exception as exc:
        _say(f"the daily backup failed: {storage_error_text(exc)}")


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "list":
        return _cmd_list(args)
    if args.command == "demo":
        return _cmd_demo(args)
    if args.command == "import":
        return _cmd_import(args)
    if args.command == "export":
        return _cmd_export(args)
    if args.command == "tag":
        return _cmd_tag(args)
    if args.command == "briefing":
        return _cmd_briefing(args)
    if args.command == "path":
        return _cmd_path(args)
    if args.command == "sync":
        from desktop.cli_sync import run as _cmd_sync

        return _cmd_sync(args)
    if args.command == "capture":
        from desktop.cli_capture import run as _cmd_capture

        return _cmd_capture(args)
    if args.command == "followups":
        return _cmd_followups(args)
    commands = {"remind": _cmd_remind, "plan": _cmd_plan, "log": _cmd_log,
                "timeline": _cmd_timeline}
    if args.command in commands:
        return _run_service_command(commands[args.command], args)
    return _not_yet(args.command)


if __name__ == "__main__":
    sys.exit(main())
