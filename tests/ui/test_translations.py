"""Languages (issue 14): every user-visible string of the main views is in the German and
French translations, translated (not left unfinished), with its placeholders; the .qm
files Qt loads are built from the .ts in the repository; the window speaks German when
the system does.

"The main views" are the whole of desktop/ui (every view and dialog; the second pass of
issue 14 wrapped the rest) and the sentences the layers below write for them (focus
reasons, warm paths, duplicates, results, the readers' reasons for a rejected card, the
sync's summaries and refusals, why a file could not be written: desktop/text.py): their
strings are collected
afresh with pyside6-lupdate, as `make translations` does, so a new string that nobody
translated fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.common import languages

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
MAIN_VIEWS = ["desktop/ui", "desktop/services", "desktop/vcard", "desktop/files.py"]
LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"%L?\d|\{\d\}")
COUNT = re.compile(r"%L?n")

Message = tuple[str, str]  # context, source


def _lupdate(sources: list[str], out: Path, *extra: str) -> None:
    tool = Path(languages.lrelease()).with_name("lupdate")
    out.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                   '<TS version="2.1" language="de"></TS>\n', encoding="utf-8")
    subprocess.run([str(tool), "-extensions", "py", "-locations", "none", "-silent", *extra,
                    *[str(ROOT / s) for s in sources], "-ts", str(out)],
                   check=True, capture_output=True, text=True, timeout=60)


def _messages(ts: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def wanted(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "main_views.ts"
    _lupdate(MAIN_VIEWS, ts)
    found = _messages(ts)
    assert len(found) > 1000, "lupdate found too few strings: is it reading Python?"
    # The services' translation contexts are collected too (Name.tr(...), plural forms).
    assert {"FocusText", "PathText", "MatchText", "HistoryText", "ReadText", "SyncText",
            "FileText"} <= {c for c, _ in found}
    assert found[("FocusText", "%n week(s)")].get("numerus") == "yes"
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_main_views_is_translated(
        wanted: dict[Message, ET.Element], language: str) -> None:
    have = _messages(TRANSLATIONS / f"rapport_{language}.ts")
    missing = [m for m in wanted if m not in have]
    assert missing == [], f"not in rapport_{language}.ts (run `make translations`)"
    unfinished = [m for m in wanted
                  if (have[m].find("translation").get("type") or "") in  # type: ignore[union-attr]
                  ("unfinished", "vanished", "obsolete")
                  or not all(f.strip() for f in _forms(have[m]))]
    assert unfinished == [], f"untranslated in rapport_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_markup(
        wanted: dict[Message, ET.Element], language: str) -> None:
    have = _messages(TRANSLATIONS / f"rapport_{language}.ts")
    for key in wanted:
        source = key[1]
        forms = _forms(have[key])
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), \
                (key, form)
            assert re.findall(r"<[^>]+>", form) == re.findall(r"<[^>]+>", source), (key, form)
            assert form.count("&") - 2 * form.count("&&") == \
                source.count("&") - 2 * source.count("&&"), (key, form)  # one accelerator
        if COUNT.search(source):
            assert any(COUNT.search(f) for f in forms[1:]), (key, forms)


def test_english_has_every_plural_form(tmp_path: Path) -> None:
    ts = tmp_path / "plurals.ts"
    _lupdate(["desktop"], ts, "-pluralonly")
    plurals = {k for k, m in _messages(ts).items() if m.get("numerus") == "yes"}
    have = _messages(TRANSLATIONS / "rapport_en.ts")
    assert plurals and plurals <= set(have), "run `make translations`"
    assert [k for k in plurals if not all(f.strip() for f in _forms(have[k]))] == []


def test_the_qm_files_are_built_from_the_ts_in_the_repository(tmp_path: Path) -> None:
    for ts in languages.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    built = languages.compile_translations(tmp_path)
    assert sorted(p.name for p in built) == ["rapport_de.qm", "rapport_en.qm", "rapport_fr.qm"]
    for qm in built:  # what the app loads is what the .ts says
        assert (TRANSLATIONS / qm.name).read_bytes() == qm.read_bytes(), \
            f"{qm.name} is stale: run `make translations`"


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[None]:
    installed = languages.install(qapp, QLocale("de_DE"))
    try:
        yield
    finally:
        languages.uninstall(qapp, installed)
        QLocale.setDefault(QLocale(languages.SOURCE_LOCALE))


def test_the_window_speaks_the_systems_language(qtbot, tmp_path: Path, german: None,  # type: ignore[no-untyped-def]
                                                 sample_contacts: object) -> None:
    import datetime as dt

    from desktop.ui.common import formatting
    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Kontakte", "&Ansicht", "E&xtras", "&Hilfe"]
    assert window.sidebar.title_of("all") == "Alle Kontakte"
    assert window.count_label.text() == "4 Kontakte"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own
    assert formatting.date_text(dt.date(1980, 3, 4)) == "4. März 1980"
    assert formatting.relative_days(-3) == "vor 3 Tagen"
    assert formatting.number(1234) == "1.234"


def test_the_month_grid_reads_out_its_day_in_the_systems_language(  # type: ignore[no-untyped-def]
        qtbot, german: None) -> None:
    """Issue 14: what a screen reader hears on the calendar's painted month is German on a
    German system too."""
    import datetime as dt

    from desktop.services.followups import DayCounts, MonthView
    from desktop.ui.calendar.month_grid import MonthGrid

    grid = MonthGrid()
    qtbot.addWidget(grid)
    day = dt.date(2026, 12, 8)
    grid.set_view(MonthView(2026, 12, {day: DayCounts(followups=2, birthdays=1)}), day,
                  dt.date(2026, 12, 3))
    assert grid.accessibleName().endswith("8. Dezember 2026: 2 Wiedervorlagen, 1 Geburtstag")
    assert grid.accessibleName().startswith("Dienstag")
    assert grid.accessibleDescription() == (
        "Dezember 2026 · Pfeiltasten wechseln den Tag, Eingabetaste öffnet seine Agenda")


def test_the_services_speak_english_without_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line has no translator: the sentences are the English source, with the
    English plural forms."""
    from desktop import text

    monkeypatch.setattr(text, "_translator", text.english)
    assert text.fill(text.ListText.tr("%1 and %2"), "a, b", "c") == "a, b and c"
    assert text.Translatable.tr("%n day(s)", "", 1) == "1 day"
    assert text.Translatable.tr("%Ln day(s)", "", 1234) == "1,234 days"
    assert text.fill("%1 met %2", "%2", "Bo") == "%2 met Bo"  # one pass: a name is data


def test_sentences_the_services_write_are_shown_in_german(  # type: ignore[no-untyped-def]
        qtbot, german: None, db_path: Path) -> None:
    """The week's focus reason and a warm path's steps, composed in desktop/services, come
    out in German in the calendar's focus card and the network's reach panel."""
    import datetime as dt

    from desktop.services import followups, knows, paths
    from desktop.services.graph import person_refs
    from desktop.ui.calendar.calendar_panel import CalendarPanel
    from desktop.ui.network.reach import ReachBox
    from desktop.ui.operations import Operations
    from tests.services.netbuild import intro, me, person

    people = {"me": me(), **{n: person(n) for n in ("Ana", "Bo", "Cy", "Eve")}}
    intro(people["me"], people["Ana"])
    intro(people["Bo"], people["Cy"], by=people["Ana"])
    intro(people["Cy"], people["Eve"], by=people["Ana"])
    followups.add_followup(people["Ana"], dt.date.today() - dt.timedelta(days=10), "Catch up")
    ops = Operations(QUndoStack())
    panel = CalendarPanel(ops)
    qtbot.addWidget(panel)
    panel.resize(1000, 760)
    panel.show()
    qtbot.waitExposed(panel)
    ops.propose_focus()
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=30_000)
    reasons = [c.reason.text() for c in panel.cards]
    assert "Wieder melden: Sie wollten catch up (10 Tage überfällig)" in reasons, reasons
    assert not any("Reconnect" in r or " late" in r for r in reasons), reasons

    reach = ReachBox(ops)
    qtbot.addWidget(reach)
    reach.set_graph(knows.load_graph())
    reach.reach_target(paths.person_target(person_refs([people["Eve"]])[people["Eve"]]))
    qtbot.waitUntil(lambda: bool(reach.found_paths()), timeout=30_000)
    shown = [label.text() for label in reach.findChildren(QLabel)]
    assert "Bitten Sie Ana, Sie Eve vorzustellen" in shown, shown
    assert any(t.startswith("Sie und Ana haben sich direkt kennengelernt") for t in shown), \
        shown
    assert not any(t.startswith(("Ask ", "you ")) for t in shown), shown


def test_the_month_grids_pills_are_german(qtbot, german: None) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the words on the calendar's pills, full and short, are German too."""
    import datetime as dt

    from desktop.services.followups import DayCounts, MonthView
    from desktop.ui.calendar.month_grid import MonthGrid

    grid = MonthGrid()
    qtbot.addWidget(grid)
    today, late, ahead = dt.date(2026, 12, 3), dt.date(2026, 12, 1), dt.date(2026, 12, 8)
    grid.set_view(MonthView(2026, 12, {
        late: DayCounts(followups=4),
        ahead: DayCounts(followups=2, meetings=1, birthdays=3)}), ahead, today)
    grid.resize(1100, 800)

    def labels(day: dt.date, wide: bool) -> list[str]:
        cell = grid._cell_rect((day - grid.first_shown()).days)
        return [label for _rect, label, _colour, _font in grid.badges(day, cell, wide)]

    assert labels(ahead, wide=False) == ["2 fällig", "1 Treffen", "3 Geb."]
    assert labels(late, wide=False) == ["4 überf."]
    assert labels(ahead, wide=True) == ["2 Wiedervorlagen", "1 Treffen", "3 Geburtstage"]


def test_the_briefing_speaks_german(  # type: ignore[no-untyped-def]
        qtbot, german: None, sample_contacts: dict) -> None:
    """Issue 14: the sentences the briefing service writes (why an introduction is worth
    making, the suggested "one thing", the stage) come out in German in the preview and
    on the page; names and tags stay as typed."""
    from desktop.services import contacts
    from desktop.services.types import ContactFields
    from desktop.ui.briefing.briefing_html import briefing_html
    from desktop.ui.briefing.briefing_preview import BriefingPreviewDialog
    from desktop.ui.operations import Operations

    # Kim shares Running and Jazz with Ana: worth an introduction.
    contacts.create_contact(ContactFields(full_name="Kim Park", tags=("Running", "Jazz")))
    dialog = BriefingPreviewDialog(Operations(QUndoStack()), [sample_contacts["ana"]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == 1, timeout=30_000)
    b = dialog.briefings[0]
    assert b.introduce_to[0].reason == "beide interessieren sich für Jazz und Running"
    suggestion = ("Bieten Sie an, sie mit Kim Park bekannt zu machen "
                  "(beide interessieren sich für Jazz und Running).")
    assert b.one_thing == suggestion
    assert dialog.one_thing_edit.placeholderText().endswith(suggestion)
    assert (b.stage_label, b.stage_hint) == ("Beziehung", "wir kennen und mögen uns")
    assert b.known_for.startswith("In Ihren Kontakten seit ")
    page = briefing_html(b)
    assert "beide interessieren sich für Jazz und Running" in page
    assert "both into" not in page and "Offer to" not in page
