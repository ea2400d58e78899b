"""The command line (DESIGN.md's contract). No widgets here; the GUI is imported only
when ``rapport`` is run without a subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.contacts import NameMatch

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
        "--quit-after-paint", action="store_true",
        help="open the desktop app, wait until the main window has painted its first rows, "
        "then quit (used to measure start-up time)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import vCard files (2.1, 3.0, 4.0; many cards per file)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")

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
    p.add_argument("--ics", type=Path, metavar="OUT.ics")

    p = sub.add_parser("path", help="warm-introduction path from me to NAME")
    p.add_argument("name", metavar="NAME")

    p = sub.add_parser("demo", help="fill the database with a realistic demo network")
    p.add_argument("--people", type=int, default=300, metavar="N")

    p = sub.add_parser("sync", help="two-way sync with CardDAV accounts")
    from desktop.cli_sync import add_arguments as _sync_arguments

    _sync_arguments(p)
    return parser


def _open(db_path: Path | None) -> Path:
    from desktop.models import default_db_path, open_database

    path = db_path or default_db_path()
    open_database(path)
    return path


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
            if len(lines) == _WRITE_BATCH:
                out.write(separator + ",\n".join(lines))
                lines, separator = [], ",\n"
        if lines:
            out.write(separator + ",\n".join(lines))
            separator = ",\n"
        out.write("\n]\n" if separator != "\n" else "]\n")
        return EXIT_OK
    for start in range(0, len(ids), _WRITE_BATCH):
        chunk = ids[start : start + _WRITE_BATCH]
        rows = search.fetch_rows(chunk)
        lines = []
        for cid in chunk:
            row = rows.get(cid)
            if row is None:  # deleted while listed
                continue
            org = f"  ({row.organization})" if row.organization and row.full_name else ""
            tag_text = f"  [{', '.join(row.tags)}]" if row.tags else ""
            lines.append(f"{cid}\t{row.display_name}{org}{tag_text}\n")
        out.write("".join(lines))
    return EXIT_OK


_WRITE_BATCH = 2000


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

    result = importer.run_import(args.files)
    for line in result.unreadable:
        print(line, file=sys.stderr)
    for error in result.rejected:
        print(str(error), file=sys.stderr)
    print(result.summary())
    return EXIT_INPUT if result.unreadable else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import exporter
    from desktop.services.errors import ServiceError

    try:
        result = exporter.export_vcards(args.out, tag=args.tag, version=args.vcard_version)
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"{args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    print(result.summary())
    return EXIT_OK


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
    from desktop.ui.briefing_pdf import (
        default_page_size,
        ensure_gui_application,
        write_briefing_pdf,
    )

    ensure_gui_application()
    try:
        write_briefing_pdf([who.id], args.pdf, args.page_size or default_page_size())
    except OSError as exc:
        print(f"{args.pdf}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"briefing on {_one_line(who.name)} written to {args.pdf}")
    return EXIT_OK


def _cmd_path(args: argparse.Namespace) -> int:
    """The warm path from the user to NAME, one person per line (issue 5)."""
    from desktop.services import graph
    from desktop.services.errors import ServiceError

    matches = graph.find_people(args.name, limit=6)
    if not matches:
        print(f"rapport: nobody called {args.name!r}", file=sys.stderr)
        return EXIT_INPUT
    if len(matches) > 1:
        listed = ", ".join(f"{m.name} (#{m.id})" for m in matches[:5])
        more = ", …" if len(matches) > 5 else ""
        print(f"rapport: {args.name!r} is ambiguous: {listed}{more}; give the full name or "
              "the number", file=sys.stderr)
        return EXIT_INPUT
    try:
        path = graph.warm_path(graph.load_network(), matches[0].id)
    except ServiceError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for person in path.people:
        print(person.name)
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())  # a name with a tab or newline must not break the line


def _cmd_followups(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.services import calendar_export, followups
    from desktop.services.errors import ServiceError

    today = dt.date.today()
    followups.catch_up()  # planned meetings that took place since count as contact
    items = followups.due(today)
    for item in items:
        late = item.days_overdue(today)
        status = "today" if late == 0 else f"overdue {late} day{'s' if late != 1 else ''}"
        print(f"{item.on.isoformat()}\t{status}\t{_one_line(item.name)}\t"
              f"{_one_line(item.reason)} ({item.origin})")
    if not items:
        print("rapport: nothing due: you are up to date with everyone", file=sys.stderr)
    if args.ics:
        try:
            result = calendar_export.export_calendar(args.ics)
        except ServiceError as exc:
            print(f"rapport: {exc}", file=sys.stderr)
            return EXIT_INPUT
        print(f"rapport: {result.summary()}", file=sys.stderr)
    return EXIT_OK


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
    args = parser.parse_args(options)
    if args.command is None:
        for name in files:
            if not Path(name).is_file():
                what = "is not a file" if Path(name).exists() else "no such file"
                print(f"rapport: {name}: {what}", file=sys.stderr)
                return EXIT_INPUT
        from desktop.app import run

        return run(args.db, quit_after_paint=args.quit_after_paint,
                   open_files=[Path(name) for name in files])

    from desktop.models import DatabaseError

    try:
        _open(args.db)
    except DatabaseError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_INPUT
    try:
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
        if args.command == "followups":
            return _cmd_followups(args)
        return _not_yet(args.command)
    except BrokenPipeError:  # `rapport list | head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
