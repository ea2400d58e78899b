"""Damaged calendar and mail files: whatever the damage, reading never raises anything but
the one-line VCardError, and what can be read is read (issue 17: nothing is lost)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from desktop.services.capture.mail import MailMessage, iter_messages
from desktop.vcard import CardError, VCardError
from desktop.vcard.ical_reader import EventOccurrence, iter_events
from tests.capture.conftest import DATA

SINCE, UNTIL = dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)


def _damaged(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randrange(1, 8)):
        what = rnd.randrange(4)
        at = rnd.randrange(len(out))
        if what == 0:
            out[at] = rnd.randrange(256)  # a flipped byte
        elif what == 1:
            del out[at : at + rnd.randrange(1, 200)]  # a lost piece
        elif what == 2:
            out[at:at] = rnd.choice([b"\r\n", b"\n ", b":", b";", b"\x00", b"=?utf-8?q?=FF?=",
                                     b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"\nFrom x\n"])
        else:
            out = out[: max(at, 1)]  # cut short
    return bytes(out)


def test_damaged_calendars_never_crash(tmp_path: Path) -> None:
    rnd = random.Random(17)
    path = tmp_path / "damaged.ics"
    read = 0
    for name in ("google-calendar.ics", "outlook-calendar.ics", "apple-calendar.ics"):
        original = (DATA / name).read_bytes()
        for _ in range(40):
            path.write_bytes(_damaged(original, rnd))
            try:
                items = list(iter_events(path, SINCE, UNTIL))
            except VCardError as exc:
                assert str(exc).startswith(f"{path}:")
                continue
            assert all(isinstance(i, (EventOccurrence, CardError)) for i in items)
            read += sum(isinstance(i, EventOccurrence) for i in items)
    assert read > 0  # damage elsewhere leaves the other events readable


def test_damaged_mailboxes_never_crash(tmp_path: Path) -> None:
    rnd = random.Random(23)
    path = tmp_path / "damaged.mbox"
    original = (DATA / "thunderbird-inbox").read_bytes()
    read = 0
    for _ in range(60):
        path.write_bytes(b"From - Mon Jan  6 09:15:00 2025\n" + _damaged(original, rnd)[32:])
        items = list(iter_messages(path))
        assert all(isinstance(i, (MailMessage, CardError)) for i in items)
        read += sum(isinstance(i, MailMessage) for i in items)
    assert read > 0
