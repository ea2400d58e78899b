"""``rapport sync``: CardDAV sync from the command line (issue 8). No Qt.

    rapport sync                                  sync every account
    rapport sync --add URL --user NAME [--password-stdin]
                                                  add an account (all its address books), sync it
    rapport sync --list                           accounts, address books and their status

Exit status 0 when every account synced, 1 when one failed (one line on stderr each).
"""

from __future__ import annotations

import argparse
import getpass
import sys

EXIT_OK = 0
EXIT_ERROR = 1


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--add", metavar="URL", help="add a CardDAV account at URL, then sync it")
    p.add_argument("--user", metavar="NAME", help="user name of the account to add")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new account's password from the first line of stdin")
    p.add_argument("--list", action="store_true", help="list accounts and their status")


def run(args: argparse.Namespace) -> int:
    from desktop.services.sync import accounts, engine
    from desktop.services.sync.carddav import CardDavError

    if args.list:
        infos = accounts.accounts()
        if not infos:
            print("no sync accounts")
        for info in infos:
            print(f"{info.name} <{info.url}>: {accounts.status_text(info)}")
            for b in info.books:
                mark = "*" if b.is_default else ("+" if b.enabled else "-")
                print(f"  {mark} {b.name} ({b.contact_count} contacts) {b.url}")
        return EXIT_OK
    if args.add:
        if not args.user:
            print("rapport sync: --add needs --user NAME", file=sys.stderr)
            return 2
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        elif sys.stdin.isatty():
            password = getpass.getpass(f"Password for {args.user} at {args.add}: ")
        else:
            print("rapport sync: give the password with --password-stdin", file=sys.stderr)
            return 2
        try:
            books = engine.discover(args.add, args.user, password)
        except CardDavError as exc:
            print(f"rapport sync: {args.add}: {exc}", file=sys.stderr)
            return EXIT_ERROR
        account_id = accounts.add_account(args.add, args.user, password)
        accounts.set_books(account_id, books, {b.url for b in books})
        print(f"added {args.user} at {args.add}: "
              + ", ".join(b.name for b in books))
        targets = [account_id]
    else:
        targets = [a.id for a in accounts.accounts()]
        if not targets:
            print("rapport sync: no sync accounts; add one with "
                  "rapport sync --add URL --user NAME", file=sys.stderr)
            return EXIT_ERROR
    status = EXIT_OK
    for account_id in targets:
        found = accounts.account(account_id)
        name = found.name if found else f"account {account_id}"
        try:
            result = engine.sync_account(account_id)
        except engine.SyncCancelled:
            return 130
        for line in result.rejected:
            print(f"rapport sync: {name}: skipped {line}", file=sys.stderr)
        if result.error:
            print(f"rapport sync: {name}: {result.error}", file=sys.stderr)
            status = EXIT_ERROR
        else:
            print(f"{name}: {result.summary()}")
    return status
