"""Full disk and partial writes (issue 13).

Every file Rapport writes goes through ``desktop.files``: a temporary file beside the
target, fsynced and renamed. On a full disk the command says so in one line and exits 1,
the earlier file is untouched and no temporary file is left; an import that fills the disk
says the disk is full (not "cannot rollback") and leaves the database as it was. A file a
killed process left half-written is removed on the next start. A read-only target is not
replaced.

Where the tests may mount (root), the disk is a real tmpfs a few kilobytes from full;
elsewhere the full disk is an injected ENOSPC from fsync (files) and SQLite's own
``max_page_count`` limit (the database), which fail the same way.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, files
from desktop.models import close_database, open_database
from desktop.models import database as database_module
from desktop.services import contacts, followups
from desktop.services.types import ContactFields, LabeledValue
from tests.hardening.helpers import ROOT, Tmpfs, can_mount, child_env, rapport, write_cards

OLD = b"%PDF-1.4 the briefing printed last week\n"
DISK_FULL = "the disk is full; nothing was written (the old file, if any, is unchanged)"


@pytest.fixture()
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a disk with about 16 KB left (or where every fsync says ENOSPC)."""
    where = tmp_path / "disk"
    if can_mount():
        with Tmpfs(where, "1m") as folder:
            yield folder
        return
    where.mkdir()
    real = os.fsync

    def full(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(where)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(os, "fsync", full)
    yield where


def _fill(folder: Path, leave: int = 16_384) -> None:
    """Fill the disk under *folder* but for *leave* bytes (nothing to do when injected)."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    if free > leave and free < 64 << 20:  # a real, small disk
        with open(folder / "filler", "wb") as fh:
            fh.write(b"\0" * (free - leave))


@pytest.fixture()
def db_with_people(tmp_path: Path) -> Path:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    for i in range(400):  # exports of ~150 KB: more than the disk has left
        cid, _ = contacts.create_contact(ContactFields(
            full_name=f"Person {i:03d}", organization="Lumen Labs",
            emails=(LabeledValue(f"p{i}@lumen.example"),),
            note="Long-standing client; prefers morning calls. " * 6))
        if i % 2:
            followups.add_followup(cid, dt.date.today(), f"Send the deck, version {i}")
    close_database()
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _no_temporary_files(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(files.TEMP_SUFFIX)]


@pytest.mark.parametrize("what", ["briefing", "export", "ics"])
def test_a_full_disk_is_one_line_and_the_old_file_stays(
    qapp, capsys: pytest.CaptureFixture[str], db_with_people: Path, filled: Path, what: str
) -> None:
    target = filled / {"briefing": "ana.pdf", "export": "all.vcf", "ics": "due.ics"}[what]
    target.write_bytes(OLD)
    _fill(filled)
    args = {"briefing": ["briefing", "Person 001", "--pdf", str(target)],
            "export": ["export", str(target)],
            "ics": ["followups", "--ics", str(target)]}[what]
    code, err = _run(capsys, "--db", str(db_with_people), *args)
    assert code == 1
    assert err.strip().splitlines()[-1] == f"rapport: {target}: cannot write: {DISK_FULL}"
    assert target.read_bytes() == OLD
    _no_temporary_files(filled)


def test_an_import_that_fills_the_disk_says_so_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = write_cards(tmp_path / "cards.vcf", 4000)
    if can_mount():
        mount = Tmpfs(tmp_path / "disk", "5000k")  # a small book and its WAL, 16 KB pages
        folder = mount.__enter__()
    else:
        mount, folder = None, tmp_path / "disk"
        folder.mkdir()
        # SQLite's own limit on the file's size fails exactly as a full disk does
        pragmas = database_module._pragmas
        monkeypatch.setattr(database_module, "_pragmas",
                            lambda read_only=False: {**pragmas(read_only),
                                                     "max_page_count": 300})
    try:
        db_file = folder / "rapport.sqlite3"
        code, err = _run(capsys, "--db", str(db_file), "import",
                         str(write_cards(tmp_path / "few.vcf", 5, start=90_000)))
        assert code == 0, err
        code, err = _run(capsys, "--db", str(db_file), "import", str(cards))
        assert code == 1
        assert err.strip().splitlines()[-1] == (
            f"rapport: {db_file}: the disk is full; nothing was changed (free some space, "
            "then try again)")
        con = sqlite3.connect(db_file)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 5
        finally:
            con.close()
    finally:
        if mount is not None:
            mount.__exit__(None, None, None)


KILLED_EXPORT = """
import sys, time
from desktop.models import open_database
from desktop.services import exporter
open_database(sys.argv[1])
def progress(done, total):
    print("WRITING", flush=True)
    time.sleep(120)
    return True
exporter.export_vcards(sys.argv[2], progress=progress)
"""


def test_a_killed_export_leaves_no_file_behind_after_the_next_start(
    db_with_people: Path, tmp_path: Path
) -> None:
    out = tmp_path / "elsewhere" / "everyone.vcf"
    out.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(db_with_people),
                              str(out)], stdout=subprocess.PIPE, text=True, env=child_env(),
                             cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == "WRITING"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    [left] = [p for p in out.parent.iterdir()]
    assert left.name.startswith(".everyone.vcf.") and left.name.endswith(files.TEMP_SUFFIX)
    assert b"Person 000" in left.read_bytes()  # contact data, in a hidden file
    assert not out.exists()
    done = rapport("list", db=db_with_people)  # the next start of anything
    assert done.returncode == 0
    assert list(out.parent.iterdir()) == []
    assert list((db_with_people.parent / files.PENDING_FOLDER).iterdir()) == []


@pytest.mark.parametrize("what", ["briefing", "export", "ics"])
def test_a_read_only_target_is_not_replaced(
    qapp, capsys: pytest.CaptureFixture[str], db_with_people: Path, tmp_path: Path, what: str
) -> None:
    target = tmp_path / {"briefing": "ana.pdf", "export": "all.vcf", "ics": "due.ics"}[what]
    target.write_bytes(OLD)
    os.chmod(target, 0o444)
    args = {"briefing": ["briefing", "Person 001", "--pdf", str(target)],
            "export": ["export", str(target)],
            "ics": ["followups", "--ics", str(target)]}[what]
    code, err = _run(capsys, "--db", str(db_with_people), *args)
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        f"rapport: {target}: cannot write: the file is read-only; it was left as it was")
    assert target.read_bytes() == OLD and (target.stat().st_mode & 0o777) == 0o444
    _no_temporary_files(tmp_path)
