"""Languages (issue 14), the sentences written below the UI: a reader's reason for a card it
rejected, the sync's summary and a server's refusal, capture's reasons, come out in the
app's language, in the ``FILE:LINE: reason`` shape; the command line, which installs no
translator, stays English. Real files and a real CardDAV server throughout."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.ui.common import languages

DAMAGED = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n"
    # line 5: a card with nothing to call it by
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:lost its name\r\nEND:VCARD\r\n"
    # line 9: a line that is no property, in a card that is kept
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Berg\r\nthis line has no colon\r\nEND:VCARD\r\n"
)
NO_NAME_DE = "Karte hat weder Namen noch Organisation, Spitznamen, E-Mail, Telefon oder URL; " \
             "übersprungen"
NO_NAME_EN = "card has no name, organisation, nickname, e-mail, phone or URL; skipped"


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[None]:
    installed = languages.install(qapp, QLocale("de_DE"))
    try:
        yield
    finally:
        languages.uninstall(qapp, installed)
        QLocale.setDefault(QLocale(languages.SOURCE_LOCALE))


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.vcf"
    path.write_text(DAMAGED, encoding="utf-8", newline="")
    return path


def test_a_damaged_card_is_reported_in_german_with_its_file_and_line(  # type: ignore[no-untyped-def]
        qtbot, german: None, db_path: Path, tmp_path: Path) -> None:
    from desktop.ui.importing.import_dialog import ImportPreviewDialog
    from desktop.ui.operations import Operations

    not_vcard = tmp_path / "notes.vcf"
    not_vcard.write_text("just some notes\n", encoding="utf-8")
    dialog = ImportPreviewDialog(Operations(QUndoStack()), [_damaged(tmp_path), not_vcard])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.start()
    shown = [dialog.rejected_list.item(i).text() for i in range(dialog.rejected_list.count())]
    assert shown == [
        f"damaged.vcf:5: {NO_NAME_DE}",
        "damaged.vcf:12: Zeile ohne „:“ ('this line has no colon'); ignoriert",
        "notes.vcf:1: keine vCard-Datei (keine Zeile BEGIN:VCARD)",
    ]
    # The full path is in the tooltip, in the same shape.
    assert dialog.rejected_list.item(0).toolTip() == f"{tmp_path / 'damaged.vcf'}:5: {NO_NAME_DE}"


def test_the_import_report_of_a_csv_file_is_german(  # type: ignore[no-untyped-def]
        german: None, db_path: Path, tmp_path: Path) -> None:
    from desktop.services import importer

    data = Path(__file__).resolve().parents[1] / "data" / "csv"
    header = (data / "google-contacts.csv").read_text(encoding="utf-8").splitlines()[0]
    columns = header.count(",") + 1
    path = tmp_path / "google.csv"
    path.write_text(header + "\r\n"
                    + "Ana,,Lima" + "," * (columns - 3) + "\r\n"
                    + "," * 14 + "only a note" + "," * (columns - 15) + "\r\n",
                    encoding="utf-8", newline="")
    result = importer.run_import([path, data / "bank-statement.csv"])
    assert [str(e) for e in result.rejected] == [
        f"{path}:3: Zeile übersprungen: Sie hat weder Namen noch Organisation, E-Mail oder "
        "Telefon"]
    assert list(result.unreadable) == [
        f"{data / 'bank-statement.csv'}:1: kein Kontakte-Export von LinkedIn, Google oder "
        "Outlook: Seine Spalten sind id, label, amount"]


def test_a_sync_summary_and_a_refusal_are_german(  # type: ignore[no-untyped-def]
        german: None, db_path: Path, tmp_path: Path) -> None:
    """A server that refuses a card too large: the user reads why in German, and the
    summary the sync dialog shows after "Synced just now:" is German too."""
    from desktop.services import contacts
    from desktop.services.sync import accounts, engine
    from desktop.services.sync.carddav import AddressBook
    from desktop.services.sync.engine import sync_account
    from desktop.services.types import ContactFields
    from tests.sync.servers import PASSWORD, USER
    from tests.sync.test_sync import find_card
    from tests.sync.test_sync_refusals import _refusing_server

    server = _refusing_server(tmp_path)
    try:
        account_id = accounts.add_account(server.url, USER, PASSWORD)
        accounts.set_books(account_id, [AddressBook(server.book_url(), "contacts")],
                           {server.book_url()})
        big, _ = contacts.create_contact(ContactFields(full_name="Hugo Heavy"))
        contacts.set_photo(big, os.urandom(30_000), "image/jpeg")
        for i in range(2):
            contacts.create_contact(ContactFields(full_name=f"Light {i}"))
        result = sync_account(account_id)
        assert result.error is None
        assert result.refused[0].startswith(
            "Hugo Heavy: der Server lehnte die Karte als zu groß ab (413)"), result.refused
        assert result.summary() == ("2 hochgeladen, 0 aktualisiert, 0 auf dem Server gelöscht; "
                                    "1 nicht abgeglichen (vom Server abgelehnt)")
        assert sync_account(account_id).summary() == "1 nicht abgeglichen (vom Server abgelehnt)"
        # Both sides change one title: the conflict is counted and reviewed in German.
        zoe, _ = contacts.create_contact(ContactFields(full_name="Zoë Müller", title="Chef"))
        sync_account(account_id)
        href, text = find_card(server, "contacts", "Zoë Müller")
        server.put(href, text.replace("TITLE:Chef", "TITLE:Head chef"))
        contacts.update_contact(zoe, dataclasses.replace(
            contacts.get_contact(zoe).fields, title="Owner"))  # type: ignore[union-attr]
        assert sync_account(account_id).summary() == (
            "0 neu, 1 aktualisiert, 0 hier gelöscht; "
            "1 Konflikt zu prüfen (der Wert des Servers übernommen; Ihrer aufbewahrt); "
            "1 nicht abgeglichen (vom Server abgelehnt)")
        [kept] = engine.conflicts(zoe)
        assert engine.conflict_differences(kept.id) == (("Titel", "Owner", "Head chef"),)
        info = accounts.account(account_id)
        assert info is not None and accounts.status_text(info) == "Abgeglichen gerade eben"
    finally:
        server.stop()
    # The server is gone: the reason the account shows is German.
    failed = sync_account(account_id, timeout=5)
    assert failed.error is not None and failed.error.startswith("keine Verbindung zu "), \
        failed.error
    info = accounts.account(account_id)
    assert info is not None and accounts.status_text(info).startswith(
        "Abgleich fehlgeschlagen: keine Verbindung zu ")


def test_capture_says_in_german_what_it_could_not_read(  # type: ignore[no-untyped-def]
        german: None, db_path: Path, tmp_path: Path) -> None:
    from desktop.services.capture import engine

    mbox = tmp_path / "inbox.mbox"
    mbox.write_bytes(b"From ana@example.org Mon Jan  6 10:00:00 2025\n"
                     b"Subject: no date here\n\nbody\n")
    missing = tmp_path / "gone.ics"
    scan = engine.scan_files([mbox, missing])
    assert [str(p) for p in scan.problems] == []  # the From_ line dates it
    assert list(scan.unreadable) == [f"{missing}:1: Datei oder Ordner gibt es nicht"]
    text = tmp_path / "plain.txt"
    text.write_text("hello\n", encoding="utf-8")
    assert list(engine.scan_files([text]).unreadable) == [
        f"{text}:1: weder ein Kalender (.ics) noch eine mbox-Datei noch ein Maildir-Ordner"]


def test_the_command_line_stays_english_on_a_german_system(tmp_path: Path) -> None:
    """`rapport import` on a German desktop: the command line installs no translator, so
    its report is the English source, in the same shape."""
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
           "LANGUAGE": "de_DE"}
    run = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(tmp_path / "cli.sqlite3"),
         "import", str(_damaged(tmp_path))],
        capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    assert f"{tmp_path / 'damaged.vcf'}:5: {NO_NAME_EN}" in run.stderr
    assert "line has no ':'" in run.stderr
    assert "Karte" not in run.stderr + run.stdout and "Zeile" not in run.stderr + run.stdout
