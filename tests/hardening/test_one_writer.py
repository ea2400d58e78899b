"""One database, one writer at a time, nothing lost (issue 13).

The command line honours the window's lock (refuses in one line, or waits with --wait);
commands that only read still run. An edit the database cannot take -- busy with another
writer, or read-only -- stays in the editor with the reason, and is saved once it can be.
The window refreshes after a change made by another program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from desktop.models import close_database, db, lock, open_database
from desktop.models.database import is_read_only
from desktop.services import contacts, search
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.contacts.contact_editor import ContactEditorDialog
from desktop.ui.database_guard import DatabaseGuard
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.hardening.helpers import ROOT, Tmpfs, can_mount, child_env, rapport, write_cards

HOLDER = """
import sys, time
from pathlib import Path
from desktop.models import lock
held = lock.acquire(Path(sys.argv[1]), sys.argv[2])
print("LOCKED", flush=True)
sys.stdin.readline()
"""

WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE contact SET title = title")
print("WRITING", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
"""


def _child(code: str, *args: str, ready: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == ready
    return child


def _release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(timeout=30)


@pytest.fixture()
def shared_db(tmp_path: Path) -> Path:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    contacts.create_contact(ContactFields(full_name="Ana Silva"))
    close_database()
    return path


def test_a_command_that_writes_waits_for_the_window_or_says_why_not(
    shared_db: Path, tmp_path: Path
) -> None:
    cards = write_cards(tmp_path / "cards.vcf", 20)
    window = _child(HOLDER, str(shared_db), lock.WINDOW, ready="LOCKED")
    try:
        refused = rapport("import", str(cards), db=shared_db)
        assert refused.returncode == 1
        assert refused.stderr.strip() == (
            f"rapport: rapport.sqlite3 is already open in another Rapport window (process "
            f"{window.pid}); switch to that window, or close it first (or add --wait to wait "
            "for it)")
        # reading needs no lock
        listed = rapport("list", db=shared_db)
        assert listed.returncode == 0 and "Ana Silva" in listed.stdout
        assert rapport("followups", db=shared_db).returncode == 0
        waiting = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "--db", str(shared_db), "import", "--wait",
             str(cards)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=child_env(), cwd=ROOT)
        assert waiting.stderr is not None
        said = waiting.stderr.readline()
        assert said.startswith("rapport: rapport.sqlite3 is already open in another Rapport "
                               "window") and said.rstrip().endswith(": waiting…")
        assert waiting.poll() is None
    finally:
        _release(window)
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert "imported 20 new" in out
    open_database(shared_db)
    try:
        assert len(search.query_ids(search.ListFilter())) == 21
    finally:
        close_database()


@pytest.fixture()
def editor_on(qtbot, shared_db: Path) -> Iterator[ContactEditorDialog]:
    open_database(shared_db)
    [ana] = search.query_ids(search.ListFilter(text="ana"))
    dialog = ContactEditorDialog(Operations(QUndoStack()), ana)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    close_database()


def test_an_edit_the_busy_database_cannot_take_stays_in_the_editor(
    qtbot, shared_db: Path, editor_on: ContactEditorDialog
) -> None:
    dialog = editor_on
    db.execute_sql("PRAGMA busy_timeout = 300")  # the test need not wait the full 5 s
    writer = _child(WRITER, str(shared_db), ready="WRITING")
    try:
        dialog.title_edit.setText("Chief Technology Officer")
        dialog.save()
        assert dialog.isVisible()
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == (
            "The database is busy: something else is writing to it (an import, a sync or "
            "another program); nothing was changed, try again in a moment")
        assert dialog.title_edit.text() == "Chief Technology Officer"  # nothing typed is lost
    finally:
        _release(writer)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    detail = contacts.get_contact(dialog.contact_id or ContactId(0))
    assert detail is not None and detail.fields.title == "Chief Technology Officer"


@pytest.fixture()
def read_only_db(shared_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The database on a read-only file system (root, where a tmpfs can be mounted), or a
    read-only file in a read-only folder (any other user)."""
    where = tmp_path / "ro"
    if can_mount():
        with Tmpfs(where, "8m") as folder:
            shutil.copy(shared_db, folder / shared_db.name)
            Tmpfs(where, "8m").read_only()
            yield folder / shared_db.name
        return
    if os.geteuid() == 0:
        pytest.fail("running as root without permission to mount: no way to make a "
                    "read-only database for this test")
    where.mkdir()
    path = where / shared_db.name
    shutil.copy(shared_db, path)
    os.chmod(path, 0o444)
    os.chmod(where, 0o555)
    try:
        yield path
    finally:
        os.chmod(where, 0o755)


def test_a_read_only_database_can_be_read_and_refuses_changes_clearly(
    qtbot, read_only_db: Path, tmp_path: Path
) -> None:
    listed = rapport("list", db=read_only_db)
    assert listed.returncode == 0 and "Ana Silva" in listed.stdout, listed.stderr
    cards = write_cards(tmp_path / "cards.vcf", 3)
    refused = rapport("import", str(cards), db=read_only_db)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (f"rapport: {read_only_db}: the database is read-only; "
                                      "nothing was changed")
    assert "Traceback" not in refused.stderr + listed.stderr

    open_database(read_only_db)
    try:
        assert is_read_only()
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        ops = Operations(QUndoStack())
        window = MainWindow(ops, settings)
        qtbot.addWidget(window)
        guard = DatabaseGuard(window, ops, read_only_db)
        assert guard.read_only_label is not None
        assert guard.read_only_label.text() == "Read-only"
        [ana] = search.query_ids(search.ListFilter(text="ana"))
        dialog = ContactEditorDialog(ops, ana)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.title_edit.setText("CTO")
        dialog.save()
        assert dialog.isVisible()
        assert dialog.error_label.text() == "The database is read-only; nothing was changed"
        assert dialog.title_edit.text() == "CTO"
    finally:
        close_database()


def test_the_window_refreshes_after_another_program_changes_the_file(
    qtbot, shared_db: Path, tmp_path: Path
) -> None:
    open_database(shared_db)
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        ops = Operations(QUndoStack())
        window = MainWindow(ops, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
        guard = DatabaseGuard(window, ops, shared_db)
        guard.start(upkeep=False)
        assert window.model.rowCount() == 1
        # another program: nothing here announces its change
        done = rapport("import", str(write_cards(tmp_path / "cards.vcf", 30)), db=shared_db)
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: window.model.rowCount() == 31, timeout=30_000)
        assert "31" in window.count_label.text()
        guard.stop()
    finally:
        close_database()
