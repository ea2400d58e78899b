"""The command line (DESIGN.md's contract). No widgets here; the GUI is imported only
when ``rapport`` is run without a subcommand."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

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
    if args.json:
        data = records.contact_records(ids)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    rows = search.fetch_rows(ids)
    for cid in ids:
        row = rows[cid]
        org = f"  ({_one_line(row.organization)})" if row.organization and row.full_name else ""
        tag_text = f"  [{', '.join(_one_line(t) for t in row.tags)}]" if row.tags else ""
        print(f"{cid}\t{_one_line(row.display_name)}{org}{tag_text}")
    return EXIT_OK


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
    for error in (*result.rejected, *result.warnings):
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
    print(result.summary())
    return EXIT_OK


def _cmd_briefing(args: argparse.Namespace) -> int:
    from desktop.services.contacts import find_contacts

    matches = find_contacts(args.who)
    if not matches:
        print(f"rapport: no contact matches {args.who!r}", file=sys.stderr)
        return EXIT_INPUT
    if len(matches) > 1:
        print(f"rapport: {args.who!r} matches {len(matches)} contacts; give the id:",
              file=sys.stderr)
        for m in matches:
            org = (f" ({_one_line(m.organization)})"
                   if m.organization and m.organization != m.name else "")
            print(f"{m.id}\t{_one_line(m.name)}{org}", file=sys.stderr)
        return EXIT_INPUT
    # The PDF writer is Qt (QtGui, no widgets): loaded only for this command.
    from desktop.ui.briefing_pdf import (
        default_page_size,
        ensure_gui_application,
        write_briefing_pdf,
    )

    ensure_gui_application()
    write_briefing_pdf([matches[0].id], args.pdf, args.page_size or default_page_size())
    print(f"briefing on {_one_line(matches[0].name)} written to {args.pdf}")
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
        listed = ", ".join(f"{_one_line(m.name)} (#{m.id})" for m in matches[:5])
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
        print(_one_line(person.name))
    return EXIT_OK


def _one_line(text: str) -> str:
    """Contact text for one line of terminal output: a name with a newline, an escape
    sequence or a right-to-left override must not break the line or turn it around."""
    from desktop.services.text import terminal_text

    return " ".join(terminal_text(text).split())


def _cmd_followups(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.services import calendar_export, followups

    today = dt.date.today()
    if args.may_write:  # else the Rapport window holds the database and catches up itself
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
        result = calendar_export.export_calendar(args.ics)
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

        try:
            return run(args.db, quit_after_paint=args.quit_after_paint,
                       open_files=[Path(name) for name in files])
        except KeyboardInterrupt:  # Ctrl+C before the window could take it
            return 130

    return _run_command(args, Path(args.db) if args.db else None)


# Commands that only read: they need no lock (SQLite's WAL lets them read while the window
# writes). Every other command, new ones included, takes the database's lock.
READERS = frozenset({"list", "export", "briefing", "path"})


def _say(message: str) -> None:
    print(f"rapport: {message}", file=sys.stderr)


def _run_command(args: argparse.Namespace, db_path: Path | None) -> int:
    """Lock (for a command that writes), open and check the database, run the command,
    take the daily backup after a write; every failure is one line and exit status 1."""
    from desktop.models import default_db_path, lock

    path = db_path or default_db_path()
    held: lock.DatabaseLock | None = None
    args.may_write = args.command not in READERS
    if args.may_write:
        try:
            held = lock.acquire(path, args.command, wait=args.wait,
                                waiting=lambda holder: _say(
                                    f"{lock.held_message(path, holder)}: waiting…"))
        except lock.LockHeld as exc:
            if args.command != "followups":  # which only reads while the window runs
                _say(f"{exc} (or add --wait to wait for it)")
                return EXIT_INPUT
            args.may_write = False
        except lock.LockError:
            pass  # a read-only folder: opening the database says what that means
        except KeyboardInterrupt:
            return 130
    try:
        return _open_and_run(args, path)
    finally:
        from desktop.models import close_database

        close_database()
        if held is not None:
            held.release()


def _open_and_run(args: argparse.Namespace, path: Path) -> int:
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
        open_database(path)
        if args.may_write and is_read_only():
            if args.command != "followups":  # which only reads, then
                _say(f"{path}: {READ_ONLY}; nothing was changed")
                return EXIT_INPUT
            args.may_write = False
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


if __name__ == "__main__":
    sys.exit(main())
