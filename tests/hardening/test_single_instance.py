"""Single instance per database (issues 7 and 13): a lock beside the database, held by the
window and by every command that writes; whoever comes second is refused with one clear
line (or, given --wait, waits); a lock left by a process that died (SIGKILL: no clean-up)
does not lock the user out; the lock reads as taken to an older Rapport's QLockFile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.models import lock
from desktop.models.lock import lock_path
from tests.hardening.helpers import ROOT, child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

HOLDER = """
import sys, time
from pathlib import Path
from desktop.models import lock
held = lock.acquire(Path(sys.argv[1]), sys.argv[2])
print("LOCKED", flush=True)
time.sleep(120)
"""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=child_env(), cwd=ROOT, timeout=60)


def _holder(db_file: Path, what: str = lock.WINDOW) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_file), what],
                             stdout=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == "LOCKED"
    return child


def _dead_holder(db_file: Path) -> int:
    """Lock *db_file* from a child process, then kill it: the lock file stays behind."""
    child = _holder(db_file)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert lock_path(db_file).exists()
    return child.pid


def test_a_second_lock_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    first = lock.acquire(db_file)
    try:
        with pytest.raises(lock.LockHeld) as refused:
            lock.acquire(db_file, "import")
        assert str(refused.value) == (
            f"rapport.sqlite3 is already open in another Rapport window "
            f"(process {os.getpid()}); switch to that window, or close it first")
        lock.acquire(tmp_path / "other.sqlite3").release()  # one lock per database
    finally:
        first.release()
    assert not lock_path(db_file).exists()
    lock.acquire(db_file).release()


def test_the_app_refuses_a_database_open_elsewhere_in_one_line(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    child = _holder(db_file)
    try:
        done = _cli("--db", str(db_file), "--quit-after-paint")
    finally:
        child.kill()
        child.wait(timeout=30)
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("rapport:")]
    assert lines == [f"rapport: rapport.sqlite3 is already open in another Rapport window "
                     f"(process {child.pid}); switch to that window, or close it first"]
    assert "Traceback" not in done.stderr


def test_the_app_says_which_command_holds_the_database(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    child = _holder(db_file, "import")
    try:
        done = _cli("--db", str(db_file), "--quit-after-paint")
    finally:
        child.kill()
        child.wait(timeout=30)
    assert done.returncode == 1
    assert (f"rapport: rapport.sqlite3 is being changed by `rapport import` (process "
            f"{child.pid}); try again when it has finished") in done.stderr.splitlines()


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    dead = _dead_holder(db_file)
    assert lock_path(db_file).read_text().splitlines()[0] == str(dead)
    lock.acquire(db_file).release()
    # and the app itself starts on it
    _dead_holder(db_file)
    done = _cli("--db", str(db_file), "--quit-after-paint")
    assert done.returncode == 0, done.stderr
    assert "first paint" in done.stderr


def test_an_older_rapport_sees_the_lock_as_taken(tmp_path: Path) -> None:
    """Rapport before issue 13 took a QLockFile on the same file: it must not start while
    a new Rapport (or a command) holds the lock, nor the other way round."""
    from PySide6.QtCore import QLockFile

    db_file = tmp_path / "rapport.sqlite3"
    held = lock.acquire(db_file, "sync")
    old = QLockFile(str(lock_path(db_file)))
    old.setStaleLockTime(0)
    try:
        assert not old.tryLock(0)
        pid, _host, _app = old.getLockInfo()
        assert pid == os.getpid()
    finally:
        held.release()
    assert old.tryLock(0)
    try:
        with pytest.raises(lock.LockHeld):
            lock.acquire(db_file)
    finally:
        old.unlock()


def test_while_a_window_upgrades_an_old_book_a_second_start_and_a_reader_are_refused(
        tmp_path: Path) -> None:
    """The window takes the lock before the backup and the migration (seconds on a big
    book: issue 18), so a second Rapport started meanwhile is refused as always; a command
    that only reads would migrate the book too, so it is refused as well (before, it
    backed the book up a second time and waited on the migration's transaction)."""
    from tests.hardening.helpers import version_18_book

    db_file = version_18_book(tmp_path / "old.sqlite3", 100_000)
    first = subprocess.Popen([sys.executable, "-m", "desktop.cli", "--db", str(db_file),
                              "--quit-after-paint"], stderr=subprocess.PIPE, text=True,
                             env=child_env(), cwd=ROOT)
    try:
        while not list(tmp_path.glob("old.sqlite3.before-v*.bak")):  # the migration starts
            assert first.poll() is None
            time.sleep(0.02)
        others = [subprocess.Popen([sys.executable, "-m", "desktop.cli", "--db", str(db_file),
                                    *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, env=child_env(), cwd=ROOT)
                  for args in (["--quit-after-paint"], ["list"])]
        done = [(child.wait(timeout=60), *child.communicate()) for child in others]
        still_upgrading = first.poll() is None
    finally:
        first.wait(timeout=120)
    assert first.returncode == 0
    assert still_upgrading  # else the book was free again: the case is not tested
    for status, out, err in done:
        assert status == 1 and out == ""
        assert "already open in another Rapport window" in err
    assert len(list(tmp_path.glob("old.sqlite3.before-v*.bak"))) == 1
    lock.acquire(db_file).release()  # and the window let go
