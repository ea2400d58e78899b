"""Shared set-up for the capture tests: the real-world-shaped calendar and mail files, a
known network with e-mail addresses, and a fixed local time zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import contacts
from desktop.services.types import ContactFields, ContactId, LabeledValue

DATA = Path(__file__).resolve().parents[1] / "data" / "capture"
CSV_DATA = Path(__file__).resolve().parents[1] / "data" / "csv"


@pytest.fixture()
def paris() -> Iterator[None]:
    """Local time is Paris time (CET/CEST), whatever the machine says: every expected time
    below is a wall-clock time in Paris."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture()
def people(db_path: Path) -> dict[str, ContactId]:
    """The user (Sam) and three contacts the fixture files mention, each with a 30-day
    keep-in-touch cadence; Bo has a second address."""
    me, _ = contacts.create_contact(ContactFields(
        full_name="Sam Rivera", emails=(LabeledValue("sam@rivera.example"),)), is_me=True)
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", organization="Lumen Labs", keep_in_touch_days=30,
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    bo, _ = contacts.create_contact(ContactFields(
        full_name="Bo Chen", keep_in_touch_days=30,
        emails=(LabeledValue("bo.chen@gmail.example", "home"),
                LabeledValue("bo@harbor.example", "work"))))
    zoe, _ = contacts.create_contact(ContactFields(
        full_name="Zoë Müller", keep_in_touch_days=30,
        emails=(LabeledValue("zoe@cafe.example"),)))
    return {"me": me, "ana": ana, "bo": bo, "zoe": zoe}
