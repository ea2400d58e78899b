"""Single instance per database (issue 7): a QLockFile beside the database; a second
Rapport on the same file is refused with one clear line; a lock left by a process that died
(SIGKILL: no clean-up) does not lock the user out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import acquire_instance_lock, lock_path
from tests.hardening.helpers import ROOT, child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("LOCKED", flush=True)
time.sleep(120)
"""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=child_env(), cwd=ROOT, timeout=60)


def _dead_holder(db_file: Path) -> int:
    """Lock *db_file* from a child process, then kill it: the lock file stays behind."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(db_file))],
                             stdout=subprocess.PIPE, text=True, env=child_env())
    assert child.stdout is not None and child.stdout.readline().strip() == "LOCKED"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert lock_path(db_file).exists()
    return child.pid


def test_a_second_lock_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    first, _ = acquire_instance_lock(db_file)
    assert first is not None
    try:
        second, reason = acquire_instance_lock(db_file)
        assert second is None
        assert reason == (f"rapport.sqlite3 is already open in another Rapport window "
                          f"(process {os.getpid()}); switch to that window, or close it first")
        other, _ = acquire_instance_lock(tmp_path / "other.sqlite3")  # per database
        assert other is not None
        other.unlock()
    finally:
        first.unlock()
    again, _ = acquire_instance_lock(db_file)
    assert again is not None
    again.unlock()


def test_the_app_refuses_a_database_open_elsewhere_in_one_line(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    held, _ = acquire_instance_lock(db_file)
    assert held is not None
    try:
        done = _cli("--db", str(db_file), "--quit-after-paint")
    finally:
        held.unlock()
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("rapport:")]
    assert lines == [f"rapport: rapport.sqlite3 is already open in another Rapport window "
                     f"(process {os.getpid()}); switch to that window, or close it first"]
    assert "Traceback" not in done.stderr


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    dead = _dead_holder(db_file)
    assert str(dead) in lock_path(db_file).read_text(errors="replace")
    lock, reason = acquire_instance_lock(db_file)
    assert lock is not None, reason
    lock.unlock()
    # and the app itself starts on it
    _dead_holder(db_file)
    done = _cli("--db", str(db_file), "--quit-after-paint")
    assert done.returncode == 0, done.stderr
    assert "first paint" in done.stderr
