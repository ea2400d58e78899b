"""Hostile text in names (issue 13): a raw newline, a terminal escape or a right-to-left
override in a contact's name must not break a line of `rapport list`, colour the terminal,
or turn the name (and what follows it) around. The command line neutralises them; every
view of the window shows the name through the same ``display_name``: controls become
spaces, bidi overrides are dropped, right-to-left text is isolated (FSI ... PDI) -- the list,
the detail pane, the network's labels, the calendar and the briefing."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from desktop.models import close_database, open_database
from desktop.services import briefing, contacts, followups, graph, interactions, knows, network
from desktop.services.types import ContactFields, ContactId
from desktop.text import FSI, PDI
from desktop.ui.briefing.briefing_html import briefing_html
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.hardening.helpers import rapport

NAMES = {
    "newline": "Evil\nName\x1b[31m",  # a line break and an ANSI colour escape
    "override": "\u202eevil\u202c Corp",  # shows as "proC live" unless neutralised
    "hebrew": "שרה כהן",  # right-to-left letters: fine, but isolated from their neighbours
    "tab": "Tab\tName\x07",
}
SHOWN = {"newline": "Evil Name [31m", "override": "evil Corp",
         "hebrew": f"{FSI}שרה כהן{PDI}", "tab": "Tab Name"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.fixture()
def hostile(tmp_path: Path) -> tuple[Path, dict[str, ContactId]]:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    me, _ = contacts.create_contact(ContactFields(full_name="Sam Rivera"), is_me=True)
    ids = {key: contacts.create_contact(ContactFields(full_name=name, stage="acquainted"))[0]
           for key, name in NAMES.items()}
    today = dt.date.today()
    for cid in ids.values():
        followups.add_followup(cid, today, "Call back")
    people = list(ids.values())
    for a, b in itertools.pairwise(people):  # everyone on the network's picture
        graph.record_introduction(graph.IntroductionFields(a, b, introducer=me))
    interactions.log_interaction(interactions.InteractionDraft(
        "meeting", dt.datetime.combine(today + dt.timedelta(days=1), dt.time(10)),
        tuple(ids.values()), "Lunch"))
    yield path, ids
    close_database()


def test_the_command_line_prints_each_name_on_one_clean_line(
    hostile: tuple[Path, dict[str, ContactId]]
) -> None:
    path, _ids = hostile
    close_database()
    listed = rapport("list", db=path)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == len(NAMES)
    for line in lines:
        _cid, _, rest = line.partition("\t")
        assert "\t" not in rest and not _CONTROL.search(rest), repr(line)
    shown = {line.split("\t")[1] for line in lines}
    assert shown == {"Evil Name [31m", "evil Corp", "שרה כהן", "Tab Name"}
    due = rapport("followups", db=path)
    assert len(due.stdout.splitlines()) == len(NAMES)
    assert not _CONTROL.search(due.stdout.replace("\t", "").replace("\n", ""))
    # JSON is data for programs: the names exactly as stored, escaped by JSON
    data = json.loads(rapport("list", "--json", db=path).stdout)
    assert {d["full_name"] for d in data} == set(NAMES.values())


def test_every_view_shows_the_same_safe_name(
    qtbot, tmp_path: Path, hostile: tuple[Path, dict[str, ContactId]]
) -> None:
    _path, ids = hostile
    want = {ids[key]: SHOWN[key] for key in NAMES}
    # the network's node labels
    nodes = {n.id: n.name for n in network.graph_data(knows.load_graph()).nodes}
    # the calendar's follow-ups, and the timeline of the meeting
    due = {item.contact_id: item.name for item in followups.due(dt.date.today())}
    # the briefing: its title, and in the HTML it prints
    briefs = {cid: briefing.briefing(cid) for cid in want}
    for cid, name in want.items():
        assert nodes[cid] == name
        assert due[cid] == name
        assert briefs[cid].name == name
        assert name in briefing_html(briefs[cid])

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    model = window.model
    listed = {model.index(r, 0).data(model.ContactIdRole):
              model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
              for r in range(model.rowCount())}
    for cid, name in want.items():
        assert listed[cid] == name
        window.contact_list.select_contact(cid)
        qtbot.waitUntil(lambda cid=cid: window.detail.contact_id() == cid, timeout=30_000)
        assert window.detail.name_label.text() == name
