"""One database, one writer at a time (issues 7 and 13): a lock file beside the database.

The window holds ``<database>.lock`` for as long as it runs; every command that writes
(``import``, ``demo``, ``sync``...) holds it for as long as it works. Whoever comes second
is refused with one line saying who holds it -- or, for a command given ``--wait``, waits
for it. Commands that only read (``list``, ``export``...) need no lock: SQLite's WAL lets
them read while the window writes.

The lock is the operating system's (``flock`` on the open lock file), so it dies with its
process: a crash, a power cut or
SIGKILL never leaves a lock that locks the user out, and nothing has to guess whether a
lock is stale. The file says who holds it in QLockFile's format (pid, program, host name,
machine and boot ids; then what holds it), which the refusal message quotes. A lock file
on another computer's disk (a shared folder) names that host.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WINDOW = "window"


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as its file says (pid 0 / "" when it cannot be read)."""

    pid: int
    host: str
    what: str  # WINDOW, or the command ("import", "sync"...)


class LockHeld(Exception):
    """Someone else holds the lock; ``str()`` is one line saying who and what to do."""

    def __init__(self, db_path: Path, holder: Holder) -> None:
        self.db_path = db_path
        self.holder = holder
        super().__init__(held_message(db_path, holder))


class LockError(Exception):
    """The lock file could not be made (a read-only folder...); one line."""


def held_message(db_path: Path, holder: Holder) -> str:
    name = db_path.name
    who = f" (process {holder.pid})" if holder.pid else ""
    if holder.host and holder.host != socket.gethostname():
        return (f"{name} is open in Rapport on {holder.host}{who}; if that computer no "
                f"longer runs it, delete {lock_path(db_path)}")
    if holder.what and holder.what != WINDOW:
        return (f"{name} is being changed by `rapport {holder.what}`{who}; try again when "
                "it has finished")
    return (f"{name} is already open in another Rapport window{who}; switch to that "
            "window, or close it first")


def _program_name() -> str:
    """The name QLockFile compares with the holder's running program (Linux: the
    executable behind /proc/PID/exe), so an older Rapport reads our lock as live."""
    try:
        return os.path.basename(os.readlink("/proc/self/exe"))
    except OSError:
        return os.path.basename(sys.executable)


def read_holder(path: Path) -> Holder:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return Holder(0, "", "")
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    host = lines[2].strip() if len(lines) > 2 else ""
    what = lines[5].strip() if len(lines) > 5 else ""
    return Holder(pid, host, what or WINDOW)


def _machine_ids() -> tuple[str, str]:
    """QLockFile's 4th and 5th lines: the machine id and this boot's id (Linux)."""
    out = []
    for name in ("/etc/machine-id", "/proc/sys/kernel/random/boot_id"):
        try:
            out.append(Path(name).read_text(encoding="ascii").strip())
        except (OSError, UnicodeDecodeError):
            out.append("")
    return out[0], out[1]


def _os_lock(fd: int, blocking: bool) -> bool:
    """Take the OS lock on *fd*; False if someone else has it (and not *blocking*)."""
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
        try:
            msvcrt.locking(fd, mode, 1)
        except OSError:
            return False
        return True
    import fcntl

    # flock: held per open file, so a second lock in this same process is refused too
    # (fcntl's record locks are per process); Linux maps it onto NFS's locks.
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise
    return True


class DatabaseLock:
    """The held lock on one database. Private state: ``_fd`` is the open lock file the
    OS lock lives on (closing it releases the lock)."""

    def __init__(self, db_path: Path, fd: int) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            self.path.unlink()  # before closing: nobody can lock the unlinked file anew
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(db_path: Path, what: str = WINDOW, *, wait: bool = False,
            waiting: Callable[[Holder], None] | None = None) -> DatabaseLock:
    """Lock *db_path* for this process, for *what* (``WINDOW`` or a command's name).

    Raises LockHeld when another process (or another lock in this one) holds it, unless
    *wait*: then ``waiting(holder)`` is called once and this blocks until the holder lets
    go. Raises LockError when the lock file cannot be made.
    """
    path = lock_path(db_path)
    told = False
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise LockError(f"{path}: cannot lock the database: "
                            f"{exc.strerror or exc} (check the folder's permissions)") from exc
        try:
            got = _os_lock(fd, blocking=False)
            if not got:
                holder = read_holder(path)
                if not wait:
                    raise LockHeld(db_path, holder)
                if not told and waiting is not None:
                    waiting(holder)
                told = True
                os.close(fd)
                time.sleep(0.2)  # poll: the holder's file is unlinked and made anew
                continue
            # The holder may have unlinked the file between our open and our lock: then
            # we hold a lock on a file nobody else will ever open. Start again.
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            machine, boot = _machine_ids()
            info = (f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n"
                    f"{machine}\n{boot}\n{what}\n")
            os.ftruncate(fd, 0)
            os.write(fd, info.encode("utf-8"))
            return DatabaseLock(db_path, fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
