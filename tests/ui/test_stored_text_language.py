"""Issue 14: what Rapport stores for later -- an undo label, a sync account's last error, a
refused card's reason, the calendar push's last error -- is kept as its parts and worded in
the language of whatever shows it: written by the German app, the English command line
shows English, and the reverse. Rows written before the parts were kept show their text as
it is. The agenda's own words and the numbers in sentences follow the app's language too."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from desktop import text
from desktop.models import close_database, db, open_database
from desktop.models.database import create_schema
from desktop.services import contacts, demo, followups, history, importer, interactions, tags
from desktop.services.errors import ServiceError
from desktop.services.reasons import decode, reason_text
from desktop.services.sync import accounts, caldav, engine
from desktop.services.types import ContactFields, ContactId
from desktop.ui.calendar.calendar_export_dialog import CalendarExportDialog
from desktop.ui.common import languages
from desktop.ui.operations import Operations
from tests.sync.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[list[object]]:
    """``german[0]()`` switches the app to German, ``german[1]()`` back to English (what
    the command line runs in: no translator)."""
    installed: list[object] = []

    def on() -> None:
        installed.append(languages.install(qapp, QLocale("de_DE")))

    def off() -> None:
        while installed:
            languages.uninstall(qapp, installed.pop())  # type: ignore[arg-type]
        text.set_translator(None)
        QLocale.setDefault(QLocale(languages.SOURCE_LOCALE))

    yield [on, off]
    off()
    # As the session's British English left it (tests/conftest.py).
    text.set_translator(QCoreApplication.translate, languages.locale_number)


def _cli(db_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}  # the command line stays English
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_file), *args],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


# --- 1. undo labels ------------------------------------------------------------------

def test_an_undo_label_is_worded_in_the_language_that_shows_it(
        db_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva"))
    on()  # the German app edits Ana...
    base = contacts.get_contact(ana)
    assert base is not None
    edited = contacts.update_contact(ana, ContactFields(full_name="Ana Silva", title="CEO"),
                                     base=base.fields)
    (set_id,) = edited.change_sets
    info = history.set_info(set_id)
    assert info is not None and info.text == "Ana Silva bearbeiten"
    off()  # ...and English shows it in English
    info = history.set_info(set_id)
    assert info is not None and info.text == "Edit Ana Silva"
    assert db.execute_sql("SELECT label FROM change_set WHERE id = ?",
                          (set_id,)).fetchone()[0] == "Edit Ana Silva"
    assert history.undo([set_id]).message() == "Undid “Edit Ana Silva”"


def test_an_import_made_in_english_is_undone_from_the_german_edit_menu(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, tmp_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    cards = tmp_path / "phone.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
                             "END:VCARD\r\n" for i in range(3)), encoding="utf-8")
    result = importer.run_import([cards])  # as `rapport import` does, in English
    on()
    ops = Operations(QUndoStack())
    assert ops.record_import(result)
    assert ops.undo_stack.undoText() == "3 Kontakte aus phone.vcf importieren"
    messages: list[str] = []
    ops.notice.connect(messages.append)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages[-1] == "„3 Kontakte aus phone.vcf importieren“ rückgängig gemacht"


def test_an_old_undo_label_is_shown_as_it_was_written(
        db_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva"))
    base = contacts.get_contact(ana)
    assert base is not None
    (set_id,) = contacts.update_contact(ana, ContactFields(full_name="Ana Silva", title="CEO"),
                                        base=base.fields).change_sets
    # A row from before migration 14: its label as the app wrote it then, no parts.
    db.execute_sql("UPDATE change_set SET label = 'Kontakt bearbeitet', label_parts = NULL "
                   "WHERE id = ?", (set_id,))
    on()
    info = history.set_info(set_id)
    assert info is not None and info.text == "Kontakt bearbeitet"
    assert history.undo([set_id]).message() == "„Kontakt bearbeitet“ rückgängig gemacht"


# --- 2. sync errors and refusals ---------------------------------------------------------

class _NoServer:
    """A client that is never asked anything (the sync stops before it is)."""

    def close(self) -> None:
        pass


def _failed_sync(account_id: int) -> None:
    engine.sync_account(account_id, password="secret",
                        client_factory=lambda *_args: _NoServer())  # type: ignore[arg-type,return-value]


def test_a_sync_error_written_by_the_german_app_reads_english_on_the_command_line(
        tmp_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    path = tmp_path / "sync.sqlite3"
    open_database(path)
    try:
        account_id = accounts.add_account("https://dav.example/", "ana", "secret")
        ghost, _ = contacts.create_contact(ContactFields(full_name="Hugo Heavy"))
        book = db.execute_sql(
            "INSERT INTO sync_book (account_id, url, name, enabled, is_default) "
            "VALUES (?, 'https://dav.example/c/', 'contacts', 0, 0)", (account_id,)).lastrowid
        on()  # the German app syncs: no address book is chosen (an error, kept)...
        _failed_sync(account_id)
        [info] = accounts.accounts()
        assert accounts.status_text(info) == (
            "Abgleich fehlgeschlagen: für dieses Konto ist kein Adressbuch gewählt")
        # ...and a server refused a card (as the sync records it).
        reason = engine.SyncError.tr("the server refused %1 as too large (413)").fill(
            engine.SyncError.tr("the card"))
        db.execute_sql(
            "INSERT INTO sync_refused (book_id, contact_id, display_name, reason, "
            "reason_parts, refused_at) VALUES (?, ?, 'Hugo Heavy', ?, ?, '2026-12-01')",
            (book, int(ghost), text.english_text(reason), text.phrase_parts(reason)))
        [waiting] = accounts.not_synced(account_id)
        assert waiting.reason_text == "der Server lehnte die Karte als zu groß ab (413)"
        off()
    finally:
        close_database()
    listed = _cli(path, "sync", "--list")
    assert listed.returncode == 0, listed.stderr
    assert "Sync failed: no address book chosen for this account" in listed.stdout
    assert "not synced: Hugo Heavy: the server refused the card as too large (413)" \
        in listed.stdout, listed.stdout


def test_a_sync_error_written_in_english_reads_german_in_the_app(
        db_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    account_id = accounts.add_account("https://dav.example/", "ana", "secret")
    _failed_sync(account_id)  # as `rapport sync` records it
    [info] = accounts.accounts()
    assert accounts.status_text(info) == (
        "Sync failed: no address book chosen for this account")
    on()
    [info] = accounts.accounts()
    assert accounts.status_text(info) == (
        "Abgleich fehlgeschlagen: für dieses Konto ist kein Adressbuch gewählt")


def test_an_old_sync_error_is_shown_as_it_was_written(
        db_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    account_id = accounts.add_account("https://dav.example/", "ana", "secret")
    db.execute_sql("UPDATE sync_account SET last_error = 'Zeitüberschreitung' WHERE id = ?",
                   (account_id,))
    [info] = accounts.accounts()
    assert accounts.status_text(info) == "Sync failed: Zeitüberschreitung"
    on()
    [info] = accounts.accounts()
    assert accounts.status_text(info) == "Abgleich fehlgeschlagen: Zeitüberschreitung"


# --- 2b. the calendar push's last error ---------------------------------------------------

def _push_status(account_id: int) -> str:
    """What the calendar export dialog says of the account's push."""
    return CalendarExportDialog._status(caldav.settings(account_id))


def _unreachable_push_account() -> tuple[int, str]:
    """An account that pushes to a server nobody listens on, and its host."""
    port = free_port()
    account_id = accounts.add_account(f"http://127.0.0.1:{port}/", "ana", "secret")
    caldav.set_enabled(account_id, True)
    return account_id, f"127.0.0.1:{port}"


def test_a_push_error_made_in_english_reads_german_in_the_dialog(
        db_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    account_id, host = _unreachable_push_account()
    result = caldav.push_account(account_id)  # as `rapport followups --push` does it
    assert result.error_text() == f"cannot connect to {host}: connection refused"
    assert _push_status(account_id) == (
        f"Push failed: cannot connect to {host}: connection refused")
    on()
    assert _push_status(account_id) == (
        f"Übertragung fehlgeschlagen: keine Verbindung zu {host}: Verbindung abgelehnt")
    off()
    assert db.execute_sql("SELECT last_error FROM caldav_calendar WHERE account_id = ?",
                          (account_id,)).fetchone()[0] == (
        f"cannot connect to {host}: connection refused")


def test_a_push_error_made_in_german_reads_english_afterwards(
        db_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    account_id, host = _unreachable_push_account()
    on()  # the German app pushes
    result = caldav.push_account(account_id)
    assert result.summary() == (
        f"Übertragung fehlgeschlagen: keine Verbindung zu {host}: Verbindung abgelehnt")
    assert _push_status(account_id) == (
        f"Übertragung fehlgeschlagen: keine Verbindung zu {host}: Verbindung abgelehnt")
    off()
    assert result.summary() == f"push failed: cannot connect to {host}: connection refused"
    assert _push_status(account_id) == (
        f"Push failed: cannot connect to {host}: connection refused")


def test_the_command_lines_push_error_is_english_and_reads_german_in_the_app(
        tmp_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    path = tmp_path / "push.sqlite3"
    open_database(path)
    try:
        account_id, _host = _unreachable_push_account()
        accounts.delete_password(account_id)  # the command line finds no password
    finally:
        close_database()
    pushed = _cli(path, "followups", "--push")
    assert pushed.returncode != 0
    assert "no password stored for this account: add it again in Sync Accounts" \
        in pushed.stderr, pushed.stderr
    open_database(path)
    try:
        on()
        assert _push_status(account_id) == (
            "Übertragung fehlgeschlagen: für dieses Konto ist kein Passwort gespeichert: "
            "Fügen Sie es unter Sync-Konten erneut hinzu")
    finally:
        close_database()


def test_migration_16_keeps_an_old_push_error_as_it_was_written(
        tmp_path: Path, german: list[object]) -> None:
    on, _off = german  # type: ignore[misc]
    path = tmp_path / "old.sqlite3"
    create_schema(path, 15)
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO sync_account (id, url, username) "
                    "VALUES (1, 'https://dav.example/', 'ana')")
        con.execute("INSERT INTO caldav_calendar (account_id, enabled, last_error) "
                    "VALUES (1, 1, 'Zeitüberschreitung')")
        con.commit()
    finally:
        con.close()
    open_database(path)
    try:
        conf = caldav.settings(1)
        assert conf is not None and conf.last_error == "Zeitüberschreitung"
        assert db.execute_sql("SELECT last_error_parts FROM caldav_calendar").fetchone() == (
            None,)
        assert _push_status(1) == "Push failed: Zeitüberschreitung"
        on()
        assert _push_status(1) == "Übertragung fehlgeschlagen: Zeitüberschreitung"
    finally:
        close_database()


# --- 3. the agenda's words ------------------------------------------------------------------

def test_the_agenda_names_an_untitled_group_meeting_in_the_apps_language(
        db_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    people = [contacts.create_contact(ContactFields(full_name=n))[0]
              for n in ("Ana Silva", "Bo Chen", "Cy Park")]
    when = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10, 0))
    interactions.log_interaction(interactions.InteractionDraft(
        "meeting", when, tuple(ContactId(p) for p in people)))
    day = when.date()

    def shown() -> tuple[str, str]:
        [entry] = [e for e in followups.agenda(day, day) if e.kind == "meeting"]
        return entry.title, reason_text(entry.detail)

    assert shown() == ("Ana Silva and 2 others", "Meeting")
    on()
    assert shown() == ("Ana Silva und 2 weitere Personen", "Treffen")
    off()
    assert shown() == ("Ana Silva and 2 others", "Meeting")


# --- 4. numbers ----------------------------------------------------------------------------

def test_numbers_in_sentences_are_grouped_the_apps_way(
        db_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    tag, _ = tags.create_tag("Chess")
    with pytest.raises(ServiceError, match="1 to 36,500 days"):
        tags.set_cadence(tag, 40_000)
    assert text.number(2000) == "2,000"
    on()
    with pytest.raises(ServiceError, match=r"1 bis 36\.500 Tage"):
        tags.set_cadence(tag, 40_000)
    assert text.number(2000) == "2.000"
    # A stored phrase with a count is worded with the grouping of whatever shows it.
    label = history.HistoryLabel.tr("Import %Ln contact(s) from %1", "", 2000).fill("x.vcf")
    assert text.phrase_text(label) == "2.000 Kontakte aus x.vcf importieren"
    off()
    assert text.phrase_text(label) == "Import 2,000 contacts from x.vcf"


def test_todays_summary_and_the_backup_kinds_follow_the_app_language(
        german: list[object], sample_contacts: dict[str, ContactId]) -> None:
    """The tray's summary and the restore dialog's backup kinds: German in the German
    app, English without a translator (one wording, in the service)."""
    from desktop.services import backups, reminders

    today = dt.date(2026, 12, 3)
    followups.add_followup(sample_contacts["ana"], today, "Call")
    followups.add_followup(sample_contacts["bo"], today - dt.timedelta(days=1), "Write")
    summary = reminders.today_summary(today)
    info = backups.BackupInfo(Path("x.bak"), backups.KIND_DAILY,
                              dt.datetime(2026, 12, 3, 9, 0), 5, 1)
    assert summary.text() == "2 follow-ups (1 overdue) today"
    assert info.label == "Daily backup"
    german[0]()  # type: ignore[operator]
    assert summary.text() == "Heute: 2 Wiedervorlagen (1 überfällig)"
    assert info.label == "Tägliche Sicherung"


# The demo's own reminders ("Send the article I promised", "Ask how the new job is going")
# are Rapport's sentences, not the user's words: stored as reason parts and worded in the
# language of whatever shows them. A demo made on the command line reads German in the
# German window, and one made by the German window reads English on the command line.
ENGLISH = {"Send the article I promised", "Ask how the new job is going"}
GERMAN = {"Den versprochenen Artikel schicken", "Fragen, wie es im neuen Job läuft"}


def _demo_reminders() -> list[str]:
    """Every open promised or manual reminder of the demo, as the app shows it."""
    rows = db.execute_sql(
        "SELECT contact_id FROM follow_up WHERE origin IN ('promise', 'manual') "
        "AND done = 0").fetchall()
    shown = []
    for (cid,) in rows:
        for item in followups.open_followups(ContactId(int(cid))):
            if item.origin in ("promise", "manual"):
                shown.append(reason_text(item.reason))
    return shown


def test_a_demo_made_on_the_command_line_reads_german_in_the_german_app(
        tmp_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    path = tmp_path / "demo.sqlite3"
    made = _cli(path, "demo", "--people", "150")
    assert made.returncode == 0, made.stderr
    listed = _cli(path, "followups")
    assert listed.returncode == 0, listed.stderr
    assert any(s in listed.stdout for s in ENGLISH)  # English where it was made
    open_database(path)
    try:
        stored = db.execute_sql(
            "SELECT reason, reason_parts FROM follow_up WHERE origin IN ('promise', 'manual')"
        ).fetchall()
        assert stored and all(reason == "" and parts for reason, parts in stored)
        on()
        shown = _demo_reminders()
        assert shown and set(shown) <= GERMAN, set(shown)
        off()
        assert set(_demo_reminders()) <= ENGLISH
    finally:
        close_database()


def test_a_demo_made_by_the_german_app_reads_english_on_the_command_line(
        tmp_path: Path, german: list[object]) -> None:
    on, off = german  # type: ignore[misc]
    path = tmp_path / "demo.sqlite3"
    open_database(path)
    try:
        on()
        demo.generate_demo(150, seed=3)
        assert set(_demo_reminders()) <= GERMAN
        off()
        reasons = {reason_text(decode(r, p)) for r, p in db.execute_sql(
            "SELECT reason, reason_parts FROM follow_up WHERE origin IN ('promise', 'manual')")}
        assert reasons == ENGLISH
    finally:
        close_database()
    listed = _cli(path, "followups")
    assert listed.returncode == 0, listed.stderr
    assert not any(s in listed.stdout for s in GERMAN)
    due = [line for line in listed.stdout.splitlines()
           if line.endswith(("(promise)", "(manual)"))]
    assert due and all(any(s in line for s in ENGLISH) for line in due), due
