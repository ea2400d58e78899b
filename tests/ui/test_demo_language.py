"""Issue 14: the demo's own reminders ("Send the article I promised", "Ask how the new job
is going") are Rapport's sentences, not the user's words: stored as reason parts and worded
in the language of whatever shows them. A demo made on the command line reads German in
the German window, and one made by the German window reads English on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop import text
from desktop.models import close_database, db, open_database
from desktop.services import demo, followups
from desktop.services.reasons import decode, reason_text
from desktop.services.types import ContactId
from desktop.ui.common import languages

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = {"Send the article I promised", "Ask how the new job is going"}
GERMAN = {"Den versprochenen Artikel schicken", "Fragen, wie es im neuen Job läuft"}


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[list[object]]:
    """``german[0]()`` switches the app to German, ``german[1]()`` back to no translator
    (what the command line runs with)."""
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
    text.set_translator(QCoreApplication.translate, languages.locale_number)


def _cli(db_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}  # the CLI stays English
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_file), *args],
                          capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)


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
