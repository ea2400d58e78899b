"""Test set-up shared by every tier.

Qt must know its platform before it loads: without a display, Qt aborts with a
misleading xcb message, so the offscreen platform is set here, first.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import contacts, phones
from desktop.services.types import ContactFields, ContactId, LabeledValue

REAL_VCARDS = Path(__file__).resolve().parents[2] / "shared" / "vcards" / "real"

# No test starts this close to midnight: a test reads the date once and expects it to
# hold until it ends (a suite started at 23:54 once failed seven tests after 00:00).
MIDNIGHT_MARGIN = dt.timedelta(seconds=30)


def pytest_configure(config: pytest.Config) -> None:
    """The real-world vCards are part of the test suite: a run without them would test
    nothing of what phones export, so it fails instead of skipping (issue 11)."""
    if not REAL_VCARDS.is_dir():
        raise pytest.UsageError(
            f"the real vCard corpus is missing: expected the folder {REAL_VCARDS} "
            "(shared/vcards/real beside the checkout)"
        )


@pytest.fixture(autouse=True)
def _one_day_per_test(request: pytest.FixtureRequest) -> None:
    """Each test runs within one calendar day: one that would start in the last
    ``MIDNIGHT_MARGIN`` of a day (or the last N minutes, marked ``day_left(minutes=N)``)
    waits for the next day first. A module that says ``TODAY_FOLLOWS_THE_CLOCK = True``
    gets its ``TODAY`` set to the date the test starts on, not the date it was imported on
    (modules are imported minutes before their tests run)."""
    marker = request.node.get_closest_marker("day_left")
    margin = dt.timedelta(minutes=marker.kwargs["minutes"]) if marker else MIDNIGHT_MARGIN
    now = dt.datetime.now()
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    if midnight - now < margin:
        time.sleep((midnight - now).total_seconds() + 1)
    if getattr(request.module, "TODAY_FOLLOWS_THE_CLOCK", False):
        request.module.TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _user_region() -> Iterator[None]:
    """Phone numbers written without a country code are placed in the user's region: tests
    must not depend on the machine's locale, so the region is unknown unless a test says
    (``phones.set_user_region``)."""
    phones.set_user_region("")
    yield
    phones.set_user_region("")


@pytest.fixture(autouse=True)
def _undo_stacks_emptied(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The undo stacks a test made are emptied when it ends, while their commands and what
    those point at are alive. The app has one stack for its whole run; a test's stack is
    left in a cycle with its window and its commands, and Python's collector could
    destroy the stack after some of its commands (a crash inside QUndoStack::clear, seen
    when the network view's release ran a full collection after many window tests)."""
    from desktop.ui.operations import core

    made = []
    init = core.OperationsCore.__init__

    def recording(self: core.OperationsCore, undo_stack: object, *args: object,
                  **kwargs: object) -> None:
        init(self, undo_stack, *args, **kwargs)  # type: ignore[arg-type]
        made.append(undo_stack)

    monkeypatch.setattr(core.OperationsCore, "__init__", recording)
    yield
    from shiboken6 import Shiboken

    for stack in made:
        if Shiboken.isValid(stack):
            stack.clear()  # type: ignore[attr-defined]


@pytest.fixture(scope="session", autouse=True)
def _british_english(qapp: object) -> Iterator[None]:
    """Every test reads the app as a British English user does, whatever the machine's
    locale: dates ("4 Mar 2026"), numbers ("1,234") and the English plural forms
    ("1 contact", "2 contacts"), loaded the way the app loads them (issue 14)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common import languages

    app = QApplication.instance()
    assert app is not None
    installed = languages.install(app, QLocale(languages.SOURCE_LOCALE))
    assert installed, "the English translation (plural forms) did not load"
    yield
    languages.uninstall(app, installed)


@pytest.fixture()
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh database file on disk, opened and migrated; the models are bound to it."""
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    yield path
    close_database()


@pytest.fixture()
def sample_contacts(db_path: Path) -> dict[str, ContactId]:
    """A small, known network: the user's profile and four contacts with tags."""
    me, _ = contacts.create_contact(
        ContactFields(full_name="Sam Rivera", tags=("Running", "Jazz", "Chess")), is_me=True
    )
    ana, _ = contacts.create_contact(
        ContactFields(
            full_name="Ana Silva", given_name="Ana", family_name="Silva",
            organization="Lumen Labs", title="CTO", stage="relationship",
            emails=(LabeledValue("ana@lumen.example", "work"),),
            phones=(LabeledValue("+44 20 7946 0018", "cell"),),
            note="Loves trail running; two kids.",
            tags=("Running", "Jazz", "Investors"),
        )
    )
    bo, _ = contacts.create_contact(
        ContactFields(
            full_name="Bo Chen", organization="Harbor & Co", stage="acquainted",
            emails=(LabeledValue("bo@harbor.example", "work"),),
            tags=("Chess", "Politics"),
        )
    )
    zoe, _ = contacts.create_contact(
        ContactFields(full_name="Zoë Müller", organization="Café Zürich", tags=("Jazz",))
    )
    markup, _ = contacts.create_contact(
        ContactFields(full_name="<b>Bold</b> <img src=x>", organization="<script>x</script>")
    )
    return {"me": me, "ana": ana, "bo": bo, "zoe": zoe, "markup": markup}
