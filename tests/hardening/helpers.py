"""Shared by the hardening tests: generated vCard files and a child-process runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_cards(path: Path, count: int, *, photo: bytes | None = None, every: int = 1,
                start: int = 0) -> Path:
    """*count* distinct vCard 3.0 contacts (unique names, e-mails and phones); every
    *every*-th card carries *photo* (base64 text, folded) when given."""
    lines: list[str] = []
    for i in range(start, start + count):
        lines += [
            "BEGIN:VCARD", "VERSION:3.0", f"FN:Person {i:06d} Example",
            f"N:Example;Person {i:06d};;;", f"ORG:Company {i % 500}",
            f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.org",
            f"TEL;TYPE=CELL:+44 20 7{i:07d}", f"NOTE:Met at conference {i % 97}; likes jazz.",
            f"CATEGORIES:Group {i % 20},Interest {i % 7}",
        ]
        if photo is not None and i % every == 0:
            text = "PHOTO;ENCODING=b;TYPE=JPEG:" + photo.decode("ascii")
            lines.append(text[:75])
            lines += [" " + text[j:j + 74] for j in range(75, len(text), 74)]
        lines.append("END:VCARD")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("RAPPORT_DB", None)
    return env


def python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=timeout)


def rapport(*args: str, db: Path | None = None, timeout: float = 120,
            **popen: object) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would, in a child process."""
    argv = [sys.executable, "-m", "desktop.cli", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(argv, capture_output=True, text=True, env=child_env(), cwd=ROOT,
                          timeout=timeout, **popen)  # type: ignore[call-overload]


def damage_pages(db_file: Path, table: str, count: int = 1) -> list[int]:
    """Overwrite *count* leaf pages of *table*'s b-tree, from its middle on, with garbage --
    what a bad disk sector or a torn write does. The database must be closed (no -wal)."""
    import sqlite3

    assert not Path(f"{db_file}-wal").exists() or not Path(f"{db_file}-wal").stat().st_size
    con = sqlite3.connect(db_file)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = [r[0] for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]
    finally:
        con.close()
    assert len(pages) > count, f"{table} has only {len(pages)} leaf pages"
    hit = pages[len(pages) // 2:len(pages) // 2 + count]
    with open(db_file, "r+b") as fh:
        for page in hit:
            fh.seek((page - 1) * size)
            fh.write(bytes([0xA5]) * size)
    return hit


def can_mount() -> bool:
    """True where the tests may mount a small tmpfs (root). RAPPORT_TEST_NO_MOUNT=1 says
    no, to try the fall-backs other machines use."""
    if os.environ.get("RAPPORT_TEST_NO_MOUNT"):
        return False
    return os.name == "posix" and os.geteuid() == 0 and _mount_works()


_MOUNT_OK: list[bool] = []


def _mount_works() -> bool:
    if not _MOUNT_OK:
        import tempfile

        with tempfile.TemporaryDirectory() as where:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", where],
                                  capture_output=True)
            _MOUNT_OK.append(done.returncode == 0)
            if done.returncode == 0:
                subprocess.run(["umount", where], check=True)
    return _MOUNT_OK[0]


class Tmpfs:
    """A small tmpfs mounted at *where* (a real file system that fills up, or is made
    read-only); unmounted on exit."""

    def __init__(self, where: Path, size: str) -> None:
        self.where = where
        self.size = size

    def __enter__(self) -> Path:
        self.where.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={self.size},mode=0755", "tmpfs",
                        str(self.where)], check=True, capture_output=True)
        return self.where

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.where)], check=True,
                       capture_output=True)

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["umount", "-l", str(self.where)], capture_output=True)


def version_18_book(path: Path, people: int) -> Path:
    """A book as Rapport 18 left it (its search index included, which migration 19 makes
    again): *people* contacts, each with an e-mail, a number and a note."""
    import sqlite3

    from desktop.models.database import create_schema
    from tests.services.test_migration_19 import V18_TEXT

    create_schema(path, 18)
    con = sqlite3.connect(path)
    try:
        con.executemany(
            "INSERT INTO contact (id, uid, full_name, sort_key, organization, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(i, f"u{i}", f"Person{i} Example", f"example person{i}", f"Firm{i % 13}",
              f"met at conference {i % 97}, word{i % 211} likes jazz")
             for i in range(1, people + 1)])
        con.executemany("INSERT INTO email (contact_id, address) VALUES (?, ?)",
                        [(i, f"p{i}@example.org") for i in range(1, people + 1)])
        con.executemany("INSERT INTO phone (contact_id, number, e164) VALUES (?, ?, ?)",
                        [(i, f"+1 415 555 {i % 10000:04d}", f"+1415555{i % 10000:04d}")
                         for i in range(1, people + 1)])
        con.execute(V18_TEXT)
        con.execute("INSERT INTO store_state (key, value) VALUES ('next_contact_id', ?)",
                    (people + 1,))
        con.commit()
    finally:
        con.close()
    return path
