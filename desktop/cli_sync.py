"""``rapport sync``: CardDAV sync from the command line (issues 8 and 12). No Qt.

    rapport sync [--yes]                          sync every account
    rapport sync --add URL --user NAME [--password-stdin] [OPTIONS] [--yes]
                                                  add an account (its default address book;
                                                  the others are listed, off), sync it
    rapport sync --list                           accounts, address books and their status
    rapport sync --password ACCOUNT --password-stdin   change an account's stored password
    rapport sync --remove ACCOUNT                 forget an account (contacts stay)
    rapport sync --configure ACCOUNT OPTIONS      change how an account reaches its server

OPTIONS: ``--ca-file PEM`` (a self-hosted server's CA), ``--pin-sha256 HEX`` (accept exactly
that server certificate), ``--timeout SECONDS``, ``--allow-http`` (plain http to another
machine: the password travels in clear). ACCOUNT is an id (``#2``), a name, a user name or
the server address.

A first sync that would upload more than 50 contacts says what it would do and waits for
``--yes``. Exit status 0 when every account synced (cards a server refused are listed on
stderr, "not synced: NAME: reason", and tried again next time; a group card on the server
with members not found is one line there too, "BOOK: group “X”: 1 of 3 members not found"),
1 when one failed or waits for ``--yes``, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import getpass
import sys

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--add", metavar="URL", help="add a CardDAV account at URL, then sync it")
    p.add_argument("--user", metavar="NAME", help="user name of the account to add")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin")
    p.add_argument("--password", metavar="ACCOUNT", dest="password_for",
                   help="change the stored password of ACCOUNT (with --password-stdin)")
    p.add_argument("--remove", metavar="ACCOUNT", help="forget ACCOUNT (contacts stay)")
    p.add_argument("--configure", metavar="ACCOUNT",
                   help="change the connection options of ACCOUNT")
    p.add_argument("--list", action="store_true", help="list accounts and their status")
    p.add_argument("--yes", action="store_true",
                   help="go ahead with a first sync that uploads more than 50 contacts")
    p.add_argument("--ca-file", metavar="PEM", help="CA certificate of a self-hosted server")
    p.add_argument("--pin-sha256", metavar="HEX",
                   help="accept exactly the server certificate with this SHA-256")
    p.add_argument("--timeout", metavar="SECONDS", type=float,
                   help="seconds to wait for the server (default 30)")
    p.add_argument("--allow-http", action="store_true",
                   help="allow plain http:// to another machine (the password travels in clear)")


def _err(text: str) -> None:
    print(f"rapport sync: {text}", file=sys.stderr)


def _read_password(args: argparse.Namespace, prompt: str) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    _err("give the password with --password-stdin")
    return None


def run(args: argparse.Namespace) -> int:
    from desktop.services.errors import ServiceError
    from desktop.services.sync import accounts, engine
    from desktop.services.sync.carddav import CardDavError, TransportOptions

    if args.list:
        infos = accounts.accounts()
        if not infos:
            print("no sync accounts")
        for info in infos:
            print(f"#{info.id} {info.name} <{info.url}>: {accounts.status_text(info)}")
            extras = []
            if info.timeout:
                extras.append(f"timeout {info.timeout:g} s")
            if info.ca_file:
                extras.append(f"CA file {info.ca_file}")
            if info.pinned_sha256:
                extras.append("pinned certificate")
            if info.allow_http:
                extras.append("plain http allowed")
            if extras:
                print("  " + ", ".join(extras))
            for b in info.books:
                mark = "*" if b.is_default else ("+" if b.enabled else "-")
                state = "" if b.enabled else " (off)"
                print(f"  {mark} {b.name} ({b.contact_count} contacts){state} {b.url}")
            for ns in accounts.not_synced(info.id):
                print(f"  not synced: {ns.display_name}: {ns.reason_text}")
        return EXIT_OK

    try:
        if args.remove:
            account_id = accounts.find_account(args.remove)
            gone = accounts.account(account_id)
            accounts.remove_account(account_id)
            print(f"removed {gone.name if gone else args.remove}; its contacts stay in Rapport")
            return EXIT_OK
        if args.password_for:
            account_id = accounts.find_account(args.password_for)
            password = _read_password(args, "New password: ")
            if password is None:
                return EXIT_USAGE
            where = accounts.set_password(account_id, password)
            kept = "keyring" if where == "keyring" else "private password file"
            print(f"password changed (kept in the {kept}); the next sync uses it")
            return EXIT_OK
        if args.configure:
            account_id = accounts.find_account(args.configure)
            accounts.set_options(account_id, ca_file=args.ca_file,
                                 pinned_sha256=args.pin_sha256, timeout=args.timeout,
                                 allow_http=True if args.allow_http else None)
            print("settings saved")
            return EXIT_OK
    except ServiceError as exc:
        _err(str(exc))
        return EXIT_ERROR

    if args.add:
        from desktop.services.sync.carddav import split_credentials

        clean, url_user, url_password = split_credentials(args.add)
        user = args.user or url_user
        if not user:
            _err("--add needs --user NAME")
            return EXIT_USAGE
        typed = url_password if url_password is not None else \
            _read_password(args, f"Password for {user} at {clean}: ")
        if typed is None:
            return EXIT_USAGE
        password = typed
        existing = accounts.find_existing(clean, user)
        options = TransportOptions(timeout=args.timeout or accounts.DEFAULT_TIMEOUT,
                                   ca_file=args.ca_file, pinned_sha256=args.pin_sha256,
                                   allow_http=args.allow_http)
        try:
            books = engine.discover(clean, user, password, options=options)
            account_id = accounts.add_account(
                clean, user, password, ca_file=args.ca_file, pinned_sha256=args.pin_sha256,
                timeout=args.timeout, allow_http=args.allow_http)
        except (CardDavError, ServiceError) as exc:
            _err(f"{clean}: {exc}")
            return EXIT_ERROR
        if existing is not None:
            accounts.add_books(account_id, books)
            print(f"{user} at {clean} was already set up: re-linked (nothing is doubled)")
        else:
            default = accounts.default_book(books)
            chosen = {default.url} if default else set()
            accounts.set_books(account_id, books, chosen, default.url if default else None)
            others = [b.name for b in books if b.url not in chosen]
            print(f"added {user} at {clean}: syncing {default.name if default else 'nothing'}"
                  + (f"; also on the server (off): {', '.join(others)}" if others else ""))
        targets = [account_id]
    else:
        targets = [a.id for a in accounts.accounts()]
        if not targets:
            _err("no sync accounts; add one with rapport sync --add URL --user NAME")
            return EXIT_ERROR
    status = EXIT_OK
    for account_id in targets:
        found = accounts.account(account_id)
        name = found.name if found else f"account {account_id}"
        if not args.yes and engine.needs_preview(account_id):
            try:
                plan = engine.preview(account_id)
            except CardDavError as exc:
                _err(f"{name}: {exc}")
                status = EXIT_ERROR
                continue
            if plan.needs_confirmation:
                _err(f"{name}: first sync: {plan.text()}; run again with --yes to go ahead")
                status = EXIT_ERROR
                continue
        try:
            result = engine.sync_account(account_id)
        except engine.SyncCancelled:
            return 130
        for line in result.rejected:
            _err(f"{name}: skipped {line}")
        for line in result.refused:
            _err(f"{name}: not synced: {line}")
        for line in result.missing_members:
            _err(f"{name}: {line}")
        if result.error:
            _err(f"{name}: {result.error}")
            status = EXIT_ERROR
        else:
            print(f"{name}: {result.summary()}")
    return status
