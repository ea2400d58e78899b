"""Writing files safely: the one way Rapport writes a file the user keeps (issue 13).

Every PDF, .vcf, .ics, backup copy and password file goes through :func:`atomic_path` or
:func:`atomic_file`: the content is written to a temporary file in the target's folder
(``.NAME.XXXXXXXX.rapport-tmp``), flushed and fsynced, then renamed over the target in one
step, and the folder is fsynced so the rename survives a power cut. Whatever goes wrong (a
full disk, a cancel, a crash of the writing code) the target is either the old file or the
complete new one, and the temporary file is removed. A process that is killed outright
cannot remove it: each temporary file is therefore recorded in the *pending* folder (beside
the database, see :func:`use_pending_folder`) while it exists, and the next start removes
the ones whose writer no longer runs (:func:`remove_abandoned`).

A target that exists and is read-only is not replaced unless the caller says the user
agreed (``replace_read_only=True``): :class:`ReadOnlyTarget` is raised instead. New files
are private (0600, contact data); a replaced file keeps its mode.

Plain Python, no Qt; of Rapport it imports only ``desktop.text`` (its sentences are
translated like the services'): every layer may use it.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO, Literal, TextIO, overload

from desktop.text import Translatable, fill

TEMP_SUFFIX = ".rapport-tmp"
PENDING_FOLDER = ".rapport-pending"
PRIVATE_MODE = 0o600
_counter = itertools.count()
_pending: Path | None = None
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class ReadOnlyTarget(PermissionError):
    """The target exists and is read-only; it was left as it was. Ask the user, then
    write again with ``replace_read_only=True``."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))
        self.path = path


class FileText(Translatable):
    """Translation context of why a file could not be written."""


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _FULL


def error_text(exc: OSError, path: Path | str | None = None) -> str:
    """One line saying why *path* could not be written, for stderr or a message box."""
    where = str(path if path is not None else exc.filename or "")
    if isinstance(exc, ReadOnlyTarget):
        why = FileText.tr("the file is read-only; it was left as it was")
    elif is_disk_full(exc):
        why = FileText.tr(
            "the disk is full; nothing was written (the old file, if any, is unchanged)")
    elif exc.errno == errno.EROFS:
        why = FileText.tr("the disk is read-only")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        why = FileText.tr("permission denied")
    elif exc.errno == errno.ENOENT:
        why = FileText.tr("the folder does not exist")
    elif exc.errno == errno.EISDIR:
        why = FileText.tr("that is a folder")
    else:
        why = exc.strerror or str(exc)
    text = fill(FileText.tr("cannot write: %1"), why)
    return f"{where}: {text}" if where else text


def is_read_only(path: Path) -> bool:
    """True if *path* exists and may not be written: no write permission for us, or no
    write bit at all (which even root is asked about), or on a read-only file system."""
    try:
        st = path.stat()
    except OSError:
        return False
    if stat.S_ISDIR(st.st_mode):
        return False
    return not (st.st_mode & 0o222) or not os.access(path, os.W_OK)


# --------------------------------------------------------------------------- pending files


def use_pending_folder(folder: Path | None) -> None:
    """Record this process's temporary files under *folder*/.rapport-pending (the database's
    folder); None stops recording. Abandoned ones are removed by :func:`remove_abandoned`."""
    global _pending
    _pending = None if folder is None else Path(folder) / PENDING_FOLDER


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, owned by someone else
    return True


def remove_abandoned(folder: Path) -> int:
    """Remove the temporary files that processes no longer running left behind (killed
    half-way through an export, a PDF, a backup). Returns how many were removed."""
    pending = Path(folder) / PENDING_FOLDER
    removed = 0
    try:
        records = list(pending.iterdir())
    except OSError:
        return 0
    for record in records:
        pid_text = record.name.partition("-")[0]
        if not pid_text.isdigit() or _pid_alive(int(pid_text)):
            continue
        try:
            temp = Path(record.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            temp = None
        if temp is not None and temp.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                removed += 1
            # A backup cut short leaves SQLite's rollback journal of the copy beside it; a
            # scratch database (``scratch_path``) its WAL and shared memory.
            for suffix in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{temp}{suffix}").unlink()
        with contextlib.suppress(OSError):
            record.unlink()
    return removed


def _register(temp: Path) -> Path | None:
    if _pending is None:
        return None
    record = _pending / f"{os.getpid()}-{next(_counter)}-{secrets.token_hex(3)}"
    try:
        _pending.mkdir(mode=0o700, exist_ok=True)
        record.write_text(str(temp.resolve()), encoding="utf-8")
    except OSError:
        return None  # a read-only data folder: the write itself may still succeed
    return record


# --------------------------------------------------------------------------- writing


def _temp_for(target: Path) -> tuple[Path, int]:
    folder = target.parent
    stem = target.name[:120]  # the temporary name must stay within NAME_MAX
    for _ in range(100):
        temp = folder / f".{stem}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         PRIVATE_MODE)
        except FileExistsError:
            continue
        return temp, fd
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str, *, replace_read_only: bool = False,
                mode: int | None = None) -> Iterator[Path]:
    """Yield the path of an empty temporary file beside *target* for the caller to fill
    (by name: SQLite's backup API, a PDF writer); on a normal exit it is fsynced and
    renamed over *target*, on an exception removed and *target* left as it was.

    *mode*: the new file's mode (default: the replaced file's, else 0600)."""
    target = Path(target)
    if not str(target.parent):
        target = Path(".") / target
    if not replace_read_only and is_read_only(target):
        raise ReadOnlyTarget(target)
    try:
        temp, fd = _temp_for(target)
    except OSError as exc:
        exc.filename = str(target)  # say which file the user asked for, not ours
        raise
    os.close(fd)
    record = _register(temp)
    try:
        yield temp
        if mode is None:
            try:
                mode = stat.S_IMODE(target.stat().st_mode)
            except OSError:
                mode = PRIVATE_MODE
        fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.chmod(temp, mode)
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and exc.filename in (None, str(temp), temp):
            exc.filename = str(target)
        raise
    finally:
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()


@contextlib.contextmanager
def scratch_path(beside: Path | str) -> Iterator[Path]:
    """Yield the path of a new, empty, private temporary file beside *beside* for work
    that is thrown away once used (a database upgraded before it is copied in); it is
    removed at the end with SQLite's files beside it (-journal, -wal, -shm), and by the
    next start's :func:`remove_abandoned` when the process was killed first."""
    temp, fd = _temp_for(Path(beside))
    os.close(fd)
    record = _register(temp)
    try:
        yield temp
    finally:
        for part in (temp, *(Path(f"{temp}{s}") for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                part.unlink()
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()


@overload
def atomic_file(target: Path | str, kind: Literal["b"] = "b", *,
                replace_read_only: bool = False) -> contextlib.AbstractContextManager[BinaryIO]:
    ...


@overload
def atomic_file(target: Path | str, kind: Literal["t"], *, replace_read_only: bool = False
                ) -> contextlib.AbstractContextManager[TextIO]:
    ...


def atomic_file(target: Path | str, kind: Literal["b", "t"] = "b", *,
                replace_read_only: bool = False) -> contextlib.AbstractContextManager[IO]:
    """An open file (binary, or ``kind="t"``: UTF-8 text, newlines as written) whose
    content replaces *target* when the ``with`` block ends normally; see
    :func:`atomic_path`."""
    return _atomic_file(Path(target), kind, replace_read_only)


@contextlib.contextmanager
def _atomic_file(target: Path, kind: str, replace_read_only: bool) -> Iterator[IO]:
    with atomic_path(target, replace_read_only=replace_read_only) as temp:
        if kind == "t":
            with open(temp, "w", encoding="utf-8", newline="") as fh:
                yield fh
        else:
            with open(temp, "wb") as bfh:
                yield bfh


def write_bytes(target: Path | str, data: bytes, *, replace_read_only: bool = False) -> None:
    """Replace *target* with *data*, atomically."""
    with atomic_file(target, replace_read_only=replace_read_only) as fh:
        fh.write(data)
