"""Privacy (issue 7): the database, its WAL and shared-memory files, backups and exports are
readable by the user only (0600), whatever the umask says."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import backups, contacts, exporter
from desktop.services.types import ContactFields

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def open_umask() -> Iterator[None]:
    """The usual desktop umask: without care, new files would be world-readable (0644)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_database_and_its_journal_are_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    try:
        contacts.create_contact(ContactFields(full_name="Ana Silva"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        close_database()


def test_a_database_left_readable_by_others_is_narrowed(tmp_path: Path, open_umask: None
                                                       ) -> None:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    close_database()
    os.chmod(path, 0o644)
    open_database(path)
    close_database()
    assert mode(path) == 0o600


def test_backups_and_exports_are_private(db_path: Path, open_umask: None) -> None:
    contacts.create_contact(ContactFields(full_name="Ana Silva"))
    daily = backups.take_daily_backup(today=dt.date(2026, 3, 1))
    assert daily is not None and mode(daily) == 0o600
    safety, _ = backups.restore_backup(daily)
    assert mode(safety) == 0o600
    assert mode(db_path) == 0o600
    out = db_path.parent / "everyone.vcf"
    exporter.export_vcards(out)
    assert "Ana Silva" in out.read_text(encoding="utf-8")
    assert mode(out) == 0o600
